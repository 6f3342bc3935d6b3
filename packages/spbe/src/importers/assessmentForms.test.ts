import { scoreSpbe } from '@smartcity/core';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { detectSource, importSpbe } from '../importSpbe.js';
import { testWorkspace } from '../testing/workspace.testutil.js';
import { assessmentImporter } from './assessment.js';
import { readIndicatorForms } from './assessmentForms.js';

type Ind = Record<
  string,
  { self?: number; verified?: number; explanation?: string; recommendation?: string; evidence?: string[] }
>;

function spbeOf(ev: unknown): { model: string; indicators: Ind } {
  return (ev as { scores: { spbe: { model: string; indicators: Ind } } }).scores.spbe;
}

async function bytesOf(wb: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

type AnswerAt = 'colon' | 'right' | 'below';

interface FormOptions {
  /** How the answer is written: after the colon, to the right in a merged cell, or in the cell below. */
  at?: AnswerAt;
  answer?: unknown;
  verified?: unknown;
  explanation?: string;
  evidence?: string;
  /** The indicator line at A3 (defaults to the number of the sheet). */
  heading?: string;
}

/**
 * Writes the official questionnaire block (spbe.md §4) on a sheet: Domain, Aspek, Indikator, Pertanyaan, the criteria
 * table "Tingkat 1–5 | Kriteria" in rows 6–11, then Jawaban (row 13), Penjelasan (14) and Data dukung (15).
 */
function formSheet(wb: ExcelJS.Workbook, name: string, no: number, o: FormOptions = {}): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(name);
  ws.getCell('A1').value = 'Domain: Kebijakan Internal SPBE';
  ws.getCell('A2').value = 'Aspek: Kebijakan Internal Tata Kelola SPBE';
  ws.getCell('A3').value = o.heading ?? `Indikator ${no}: Kebijakan Internal`;
  ws.getCell('A4').value = 'Pertanyaan: Apakah kebijakan internal telah ditetapkan?';
  ws.getCell('A6').value = 'Tingkat';
  ws.getCell('B6').value = 'Kriteria';
  for (let t = 1; t <= 5; t++) {
    ws.getCell(`A${6 + t}`).value = `Tingkat ${t}`;
    ws.getCell(`B${6 + t}`).value = `Kriteria tingkat ${t}: konsep kebijakan internal ${'x'.repeat(t)}`;
  }
  const at = o.at ?? 'right';
  if (at === 'colon') ws.getCell('A13').value = `Jawaban: ${o.answer ?? ''}`;
  else ws.getCell('A13').value = 'Jawaban: Pilih tingkat 1, 2, 3, 4, atau 5';
  if (at === 'right' && o.answer !== undefined) {
    ws.mergeCells('G13:H13');
    ws.getCell('G13').value = o.answer as ExcelJS.CellValue;
  }
  if (at === 'below') {
    ws.getCell('A13').value = 'Jawaban';
    if (o.answer !== undefined) ws.getCell('A14').value = o.answer as ExcelJS.CellValue;
  }
  const r = at === 'below' ? 15 : 14;
  if (o.verified !== undefined) {
    // Beside the self level: "Jawaban … | 3 | Penilaian Verifikasi | 2".
    ws.getCell(`J${r - 1}`).value = 'Penilaian Verifikasi';
    ws.getCell(`K${r - 1}`).value = o.verified as ExcelJS.CellValue;
  }
  ws.getCell(`A${r}`).value = `Penjelasan: ${o.explanation ?? ''}`;
  ws.getCell(`A${r + 1}`).value = 'Data dukung:';
  if (o.evidence) ws.getCell(`B${r + 1}`).value = o.evidence;
  return ws;
}

function cover(wb: ExcelJS.Workbook): void {
  const ws = wb.addWorksheet('Petunjuk');
  ws.getCell('A1').value = 'Petunjuk pengisian LKE SPBE 2018';
  ws.getCell('A2').value = 'Indikator 1 sampai 35 diisi pada lembar masing-masing';
  ws.getCell('A3').value = 'Jawaban: Pilih tingkat 1, 2, 3, 4, atau 5';
}

const NAMES = (n: number) =>
  n % 4 === 0
    ? `Indikator ${String(n).padStart(2, '0')}`
    : n % 4 === 1
      ? `Indikator ${n}`
      : n % 4 === 2
        ? `ID-${n}`
        : `Indikator ${n} - Kebijakan`;

const AT: AnswerAt[] = ['colon', 'right', 'below'];

async function lke2018(): Promise<{ bytes: Uint8Array; levels: Record<string, number> }> {
  const wb = new ExcelJS.Workbook();
  cover(wb);
  const levels: Record<string, number> = {};
  for (let n = 1; n <= 35; n++) {
    const level = n % 6; // 0–5: the 2018 scale
    levels[String(n)] = level;
    formSheet(wb, NAMES(n), n, {
      at: AT[n % 3],
      answer: n % 2 === 0 ? level : `Tingkat ${level}`,
      explanation: `Penjelasan indikator ${n}`,
      evidence: `${n}.Perwal-12-2018.pdf\n${n}.a.reviu.pdf`,
    });
  }
  return { bytes: await bytesOf(wb), levels };
}

describe('2018 LKE workbook, one sheet per indicator', () => {
  it('imports 35 form sheets as a complete 2018 evaluation whose index is the core score of the same levels', async () => {
    const { bytes, levels } = await lke2018();
    const source = { name: 'lke-2018.xlsx', bytes };
    expect(await assessmentImporter.detect(source)).toBeGreaterThanOrEqual(0.9);
    expect((await detectSource(source))?.importer.id).toBe('assessment');
    const first = await importSpbe([source], { into: testWorkspace() });
    expect(first.ok).toBe(true);
    const report = first.reports[0]!;
    expect(report.counts).toEqual({ read: 35, mapped: 35, extension: 0, rejected: 0 });
    expect(report.issues.map((i) => i.code)).toEqual(['sheets_ignored']);
    expect(report.issues[0]?.message.en).toBe('Sheets that are not indicator forms are ignored: "Petunjuk"');
    const ev = first.merge.workspace.evaluations.find((e) => e.id === 'spbe-2018');
    const spbe = spbeOf(ev);
    expect(spbe.model).toBe('spbe-2018');
    expect(Object.fromEntries(Object.entries(spbe.indicators).map(([k, v]) => [k, v.self]))).toEqual(levels);
    expect(spbe.indicators['3']).toEqual({
      self: 3,
      explanation: 'Penjelasan indikator 3',
      evidence: ['3.Perwal-12-2018.pdf', '3.a.reviu.pdf'],
    });
    const expected = scoreSpbe({
      model: 'spbe-2018',
      indicators: Object.fromEntries(Object.entries(levels).map(([k, l]) => [k, { self: l }])),
    });
    const got = scoreSpbe(spbe);
    expect(got.self?.complete).toBe(true);
    expect(got.self?.total).toBe(expected.self?.total);
    expect(got.self?.totalRounded).toBe(expected.self?.totalRounded);

    // A re-import changes nothing: same stable id, no update.
    const again = await importSpbe([source], { into: first.merge.workspace });
    expect(again.merge.added).toEqual([]);
    expect(again.merge.updated).toEqual([]);
    expect(again.merge.workspace).toEqual(first.merge.workspace);
  });

  it('reads the answer after the colon, right in a merged cell and below, never from the criteria rows', async () => {
    const wb = new ExcelJS.Workbook();
    formSheet(wb, 'Indikator 1', 1, { at: 'colon', answer: 'Level 4' });
    formSheet(wb, 'Indikator 2', 2, { at: 'right', answer: 2 });
    formSheet(wb, 'Indikator 3', 3, { at: 'below', answer: 'Terdefinisi' });
    // Unanswered: the instruction "Pilih tingkat 1, …" and the "Tingkat 3" criteria label are no answer.
    formSheet(wb, 'Indikator 4', 4, { at: 'right' });
    formSheet(wb, 'Indikator 5', 5, { at: 'below' });
    const { data, report } = await assessmentImporter.import(
      { name: 'lke.xlsx', bytes: await bytesOf(wb) },
      { workspace: testWorkspace(), year: 2019 },
    );
    const spbe = spbeOf(data.evaluations?.[0]);
    expect(spbe.model).toBe('spbe-2018');
    expect(spbe.indicators).toEqual({ '1': { self: 4 }, '2': { self: 2 }, '3': { self: 3 } });
    expect(report.counts).toEqual({ read: 5, mapped: 3, extension: 0, rejected: 2 });
    const missing = report.issues.filter((i) => i.code === 'missing_level');
    expect(missing.map((i) => (i as { source?: unknown }).source)).toEqual([
      { file: 'lke.xlsx', sheet: 'Indikator 4', row: 13, column: 'A', header: 'Jawaban' },
      { file: 'lke.xlsx', sheet: 'Indikator 5', row: 13, column: 'A', header: 'Jawaban' },
    ]);
  });

  it('keeps a verified level beside the self level, splits evidence, and locates an unreadable level', async () => {
    const wb = new ExcelJS.Workbook();
    formSheet(wb, 'Indikator 7', 7, {
      at: 'right',
      answer: 'Tingkat 3',
      verified: 'Level 2',
      explanation: 'Sudah ada Perwal 12/2018',
      evidence: '7.Perwal-12-2018.pdf; 7.a.notulen.pdf | https://example.go.id/spbe',
    });
    formSheet(wb, 'Indikator 8', 8, { at: 'right', answer: 'tinggi', explanation: 'Sudah' });
    const { data, report } = await assessmentImporter.import(
      { name: 'lke-2018.xlsx', bytes: await bytesOf(wb) },
      { workspace: testWorkspace() },
    );
    const ev = data.evaluations?.[0];
    expect(ev?.kind).toBe('external');
    expect(spbeOf(ev).indicators).toEqual({
      '7': {
        self: 3,
        verified: 2,
        explanation: 'Sudah ada Perwal 12/2018',
        evidence: ['7.Perwal-12-2018.pdf', '7.a.notulen.pdf', 'https://example.go.id/spbe'],
      },
    });
    const bad = report.issues.find((i) => i.code === 'invalid_level') as {
      source?: unknown;
      severity?: string;
      message: { id: string; en: string };
    };
    expect(bad.severity).toBe('error');
    expect(bad.source).toEqual({
      file: 'lke-2018.xlsx',
      sheet: 'Indikator 8',
      row: 13,
      column: 'G',
      header: 'Jawaban',
      value: 'tinggi',
    });
    expect(bad.message.id).toContain('"tinggi"');
    expect(bad.message.en).toMatch(/^Unreadable self-assessed level: "tinggi" \(e\.g\. 3/);
    expect(report.counts).toEqual({ read: 2, mapped: 1, extension: 0, rejected: 1 });
  });

  it('recognises a form by its first cells and a copied sheet "Indikator 35 (2)" as the repeat 35-2', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Lembar A');
    ws.getCell('A1').value = 'Indikator';
    ws.getCell('B1').value = '20 - Rencana Induk SPBE';
    ws.getCell('A3').value = 'Penilaian Mandiri';
    ws.getCell('B3').value = 'Tingkat 2';
    ws.getCell('A4').value = 'Rekomendasi';
    ws.getCell('A5').value = 'Susun rencana induk';
    formSheet(wb, 'Indikator 35', 35, { at: 'colon', answer: 4 });
    formSheet(wb, 'Indikator 35 (2)', 35, { at: 'colon', answer: 5 });
    const { data, report } = await assessmentImporter.import(
      { name: 'lke-2018.xlsx', bytes: await bytesOf(wb) },
      { workspace: testWorkspace() },
    );
    expect(spbeOf(data.evaluations?.[0]).indicators).toEqual({
      '20': { self: 2, recommendation: 'Susun rencana induk' },
      '35': { self: 4 },
      '35-2': { self: 5 },
    });
    expect(report.issues).toEqual([]);
  });

  it('uses the forms, not a flat summary sheet, and names the indicators where the summary disagrees', async () => {
    const wb = new ExcelJS.Workbook();
    const rekap = wb.addWorksheet('Rekap');
    rekap.addRow(['No', 'Indikator', 'Penilaian Mandiri']);
    rekap.addRow([1, 'Kebijakan Internal Tim Pengarah SPBE', 3]);
    rekap.addRow([2, 'Kebijakan Internal Inovasi Proses Bisnis', 1]);
    rekap.addRow([3, 'Kebijakan Internal Rencana Induk SPBE', 2]);
    formSheet(wb, 'Indikator 1', 1, { at: 'colon', answer: 3 });
    formSheet(wb, 'Indikator 2', 2, { at: 'colon', answer: 4 });
    const { data, report } = await assessmentImporter.import(
      { name: 'lke-2018.xlsx', bytes: await bytesOf(wb) },
      { workspace: testWorkspace() },
    );
    expect(spbeOf(data.evaluations?.[0]).indicators).toEqual({ '1': { self: 3 }, '2': { self: 4 } });
    expect(report.counts.read).toBe(2);
    const warn = report.issues.find((i) => i.code === 'summary_disagrees');
    expect(warn?.message.en).toBe(
      'Summary sheet "Rekap" is not imported (the per-indicator sheets are used) and differs for indicators 2 (summary 1, sheet 4), 3 (summary 2, no sheet)',
    );
    expect((warn as { source?: unknown }).source).toEqual({ file: 'lke-2018.xlsx', sheet: 'Rekap' });
  });

  it('leaves workbooks without form sheets to the flat reader', () => {
    const table = {
      file: 'a.xlsx',
      sheet: 'Evaluasi 2023',
      date1904: false,
      merges: [],
      rows: [
        { row: 1, cells: ['Indikator', 'Penilaian Mandiri'] },
        { row: 2, cells: ['Indikator 1', 3] },
        { row: 3, cells: ['Indikator 2', 4] },
      ],
    };
    const read = readIndicatorForms([table]);
    expect(read.forms).toEqual([]);
    expect(read.others).toEqual([table]);
  });
});
