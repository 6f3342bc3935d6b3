import { isError, parseWorkspace, type Workspace } from '@smartcity/core';
import { SAMPLE_WORKSPACES } from '@smartcity/core/samples';
import ExcelJS from 'exceljs';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { exportCsv, exportCsvFiles, exportWorkbook } from './export.js';
import { importCsv, importWorkbook } from './import.js';
import { readWorkbook } from './reader.js';

const AT = '2025-08-17T09:00:00Z';
const base = SAMPLE_WORKSPACES['pontianak-2023'];

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return wb;
}
async function save(wb: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
function col(sheet: ExcelJS.Worksheet, header: string): number {
  const i = (sheet.getRow(1).values as unknown[]).indexOf(header);
  if (i < 1) throw new Error(`no column ${header} on ${sheet.name}`);
  return i;
}
function set(sheet: ExcelJS.Worksheet, row: number, header: string, value: ExcelJS.CellValue): void {
  sheet.getRow(row).getCell(col(sheet, header)).value = value;
}
function get(sheet: ExcelJS.Worksheet, row: number, header: string): ExcelJS.CellValue {
  return sheet.getRow(row).getCell(col(sheet, header)).value;
}

describe('information sheets', () => {
  it('are not read by the import (a hostile list sheet changes nothing), while readWorkbook still refuses them', async () => {
    const files = unzipSync(await exportWorkbook(base, { exportedAt: AT }));
    const workbook = new TextDecoder().decode(files['xl/workbook.xml']);
    const rels = new TextDecoder().decode(files['xl/_rels/workbook.xml.rels']);
    const rid = /<sheet [^>]*name="Daftar pilihan"[^>]*r:id="([^"]+)"/.exec(workbook)![1]!;
    const target = new RegExp(`Id="${rid}"[^>]*Target="([^"]+)"`).exec(rels)![1]!;
    files[`xl/${target.replace(/^\/?(xl\/)?/, '')}`] = strToU8('<!DOCTYPE x [<!ENTITY a "b">]><worksheet/>');
    const broken = zipSync(files);
    const read = await readWorkbook(broken);
    expect(read.success).toBe(false);
    if (!read.success) expect(read.issues[0]!.code).toBe('dtd_refused');
    const r = await importWorkbook(base, broken);
    expect(r.report.issues).toEqual([]);
    expect(r.merge.workspace).toEqual(base);
  });
});

describe('import of an unedited export', () => {
  it('changes nothing (xlsx, every sample)', async () => {
    for (const [name, ws] of Object.entries(SAMPLE_WORKSPACES)) {
      const bytes = await exportWorkbook(ws, { exportedAt: AT });
      const r = await importWorkbook(ws, bytes, { fileName: `${name}.xlsx` });
      expect(r.report.issues, name).toEqual([]);
      expect(r.ok).toBe(true);
      expect(r.merge.added).toEqual([]);
      expect(r.merge.updated).toEqual([]);
      expect(r.merge.missing).toEqual([]);
      expect(r.merge.workspace).toEqual(ws);
    }
  });
  it('changes nothing (csv, both locales, every sample)', () => {
    for (const lang of ['id', 'en'] as const) {
      for (const [name, ws] of Object.entries(SAMPLE_WORKSPACES)) {
        const r = importCsv(ws, exportCsvFiles(ws, { lang }));
        expect(r.report.issues, name).toEqual([]);
        expect(r.merge.updated, name).toEqual([]);
        expect(r.merge.workspace).toEqual(ws);
      }
    }
  });
});

describe('the edit script: change 10 cells, add 3 rows, delete 2, break 4', () => {
  it('gives exactly that change report', async () => {
    const wb = await load(await exportWorkbook(base, { exportedAt: AT }));
    const inv = wb.getWorksheet('Inovasi')!;
    const agencies = wb.getWorksheet('Perangkat daerah')!;
    const budget = wb.getWorksheet('Anggaran')!;
    const kpis = wb.getWorksheet('Indikator kinerja (KPI)')!;
    const measurements = wb.getWorksheet('Pengukuran')!;
    const findings = wb.getWorksheet('Temuan')!;
    const risks = wb.getWorksheet('Risiko')!;

    // 10 changed cells
    set(inv, 2, 'Nama', 'Komanda (diperbarui)');
    set(inv, 3, 'Nama', 'Pionirs 2.0');
    set(inv, 2, 'Deskripsi', 'Penghijauan TPA, tahap 2; "lanjutan"');
    set(inv, 3, 'Tanggal selesai', new Date(Date.UTC(2024, 5, 30)));
    set(budget, 2, 'Jumlah', 175_000_000);
    set(budget, 3, 'Catatan', 'Catatan baru');
    set(kpis, 2, 'Target', 95);
    set(agencies, 2, 'Nama', 'Dinas Komunikasi, Informatika dan Statistik');
    set(agencies, 3, 'Singkatan', 'Bappeda Kota');
    set(risks, 2, 'Mitigasi', '=Rencana cadangan');

    // 4 broken cells (on rows without other changes)
    set(inv, 4, 'Status', 'jalan terus');
    set(inv, 5, 'Perangkat daerah pengampu', 'dishub-x');
    set(budget, 4, 'Tahun anggaran', 'dua ribu');
    set(measurements, 3, 'Tanggal pengukuran', '31/02/2024');

    // 3 new rows (ids left blank: derived)
    agencies.addRow([null, 'Dinas Perhubungan', 'Dishub', 'Dinas']);
    const budgetRow = budget.addRow([]);
    budgetRow.getCell(col(budget, 'Inovasi (id)')).value = 'komanda';
    budgetRow.getCell(col(budget, 'Tahun anggaran')).value = 2023;
    budgetRow.getCell(col(budget, 'Jumlah')).value = 50_000_000;
    budgetRow.getCell(col(budget, 'Sumber dana')).value = 'Hibah';
    const riskRow = risks.addRow([]);
    riskRow.getCell(col(risks, 'Risiko')).value = 'Server down saat puncak layanan';
    riskRow.getCell(col(risks, 'Kemungkinan (1–5)')).value = 2;
    riskRow.getCell(col(risks, 'Dampak (1–5)')).value = 4;
    riskRow.getCell(col(risks, 'Perangkat daerah pemilik risiko')).value = 'diskominfo';
    riskRow.getCell(col(risks, 'Mitigasi')).value = 'Server cadangan';
    riskRow.getCell(col(risks, 'Status')).value = get(risks, 2, 'Status');

    // 2 deleted rows
    const deletedMeasurement = get(measurements, 2, 'Id');
    const deletedFinding = get(findings, 2, 'Id');
    measurements.spliceRows(2, 1);
    findings.spliceRows(2, 1);

    const result = await importWorkbook(base, await save(wb), { fileName: 'pontianak-diedit.xlsx' });
    const m = result.merge;

    const changes = m.updated.flatMap((u) =>
      u.changes.map((c) => `${u.ref.collection}:${u.ref.id}:${c.key}`),
    );
    expect(changes, JSON.stringify(changes)).toHaveLength(10);
    expect(changes).toEqual(
      expect.arrayContaining([
        'innovations:komanda:name',
        'innovations:komanda:description',
        'innovations:pionirs:name',
        'innovations:pionirs:endDate',
        `kpis:${base.innovations[0]!.kpis[0]!.id}:target.value`,
        `risks:${base.risks[0]!.id}:mitigation`,
      ]),
    );
    expect(m.updated.find((u) => u.ref.collection === 'risks')!.changes[0]!.after).toBe('=Rencana cadangan');
    expect(m.added.map((a) => a.collection).sort()).toEqual(['agencies', 'budgetLines', 'risks']);
    expect(m.added.find((a) => a.collection === 'agencies')!.id).toBe('dinas-perhubungan');
    expect(m.missing.map((r) => `${r.collection}:${r.id}`).sort()).toEqual(
      [`findings:${deletedFinding}`, `measurements:${deletedMeasurement}`].sort(),
    );
    expect(m.removed).toEqual([]);

    const errors = result.report.issues.filter(isError);
    expect(errors).toHaveLength(4);
    expect(result.ok).toBe(false);
    for (const e of errors) {
      expect(e.source).toMatchObject({ file: 'pontianak-diedit.xlsx' });
      expect(typeof e.source!.sheet).toBe('string');
      expect(typeof e.source!.row).toBe('number');
      expect(typeof e.source!.column).toBe('string');
      expect(typeof e.source!.header).toBe('string');
      expect(e.source!.value).toBeDefined();
      expect(e.message.id.length).toBeGreaterThan(5);
      expect(e.message.en.length).toBeGreaterThan(5);
    }
    expect(errors.map((e) => [e.source!.sheet, e.source!.row, e.source!.header, e.source!.value])).toEqual(
      expect.arrayContaining([
        ['Inovasi', 4, 'Status', 'jalan terus'],
        ['Inovasi', 5, 'Perangkat daerah pengampu', 'dishub-x'],
        ['Anggaran', 4, 'Tahun anggaran', 'dua ribu'],
        ['Pengukuran', 2, 'Tanggal pengukuran', '31/02/2024'],
      ]),
    );
    // the refused cells kept their old values
    const ws = m.workspace;
    expect(ws.innovations[2]!.status).toBe(base.innovations[2]!.status);
    expect(ws.innovations[3]!.agencyId).toBe(base.innovations[3]!.agencyId);
    expect(parseWorkspace(ws).success).toBe(true);
  });

  it('removes deleted rows when asked', async () => {
    const wb = await load(await exportWorkbook(base, { exportedAt: AT }));
    wb.getWorksheet('Risiko')!.spliceRows(2, 1);
    const result = await importWorkbook(base, await save(wb), { removeMissing: true });
    expect(result.merge.removed.map((r) => r.id)).toEqual([base.risks[0]!.id]);
    expect(result.merge.workspace.risks).toHaveLength(base.risks.length - 1);
  });
});

describe('rejected cells are counted exactly', () => {
  it('one row with three bad cells gives exactly three issues', async () => {
    const wb = await load(await exportWorkbook(base, { exportedAt: AT }));
    const inv = wb.getWorksheet('Inovasi')!;
    set(inv, 2, 'Status', 'entah');
    set(inv, 2, 'Tanggal mulai', 'kemarin');
    set(inv, 2, 'Jangka waktu', 'selamanya');
    const result = await importWorkbook(base, await save(wb));
    const errors = result.report.issues.filter(isError);
    expect(errors).toHaveLength(3);
    expect(new Set(errors.map((e) => e.source!.column)).size).toBe(3);
    expect(result.merge.workspace).toEqual(base);
  });

  it('5,000 rows with one bad cell give one issue and keep the 4,999 others', async () => {
    const big: Workspace = structuredClone(base);
    const template = base.innovations[0]!;
    big.innovations = Array.from({ length: 5000 }, (_, i) => ({
      ...structuredClone(template),
      id: `inovasi-${i}`,
      kpis: [],
      budget: [],
    }));
    big.risks = [];
    big.evaluations = big.evaluations.map((e) => ({ ...e, innovationIds: [] }));
    if (big.masterplan)
      big.masterplan.programmes = big.masterplan.programmes.map((p) => ({ ...p, innovationIds: [] }));
    const parsed = parseWorkspace(big);
    expect(parsed.success).toBe(true);
    const ws = parsed.success ? parsed.data : big;
    const csv = exportCsv(ws, 'innovations', { lang: 'id' }).split('\r\n');
    const header = csv[0]!.replace('\uFEFF', '').split(';');
    const year = header.indexOf('Tanggal mulai');
    const fields = csv[2500]!.split(';');
    fields[year] = '2023-13-45';
    csv[2500] = fields.join(';');
    const result = importCsv(ws, { 'innovations.csv': csv.join('\r\n') });
    const errors = result.report.issues.filter(isError);
    expect(errors).toHaveLength(1);
    expect(errors[0]!.source).toMatchObject({
      file: 'innovations.csv',
      row: 2501,
      header: 'Tanggal mulai',
      value: '2023-13-45',
    });
    expect(result.report.counts).toMatchObject({ read: 5000, mapped: 5000, rejected: 0 });
    expect(result.merge.unchanged.length).toBeGreaterThanOrEqual(5000);
  });
});

describe('sheets and columns that are not ours', () => {
  it('warns about an unknown sheet and an unknown column, located, and imports the rest', async () => {
    const wb = await load(await exportWorkbook(base, { exportedAt: AT }));
    wb.addWorksheet('Catatan saya').addRow(['apa saja']);
    const inv = wb.getWorksheet('Inovasi')!;
    inv.getRow(1).getCell(40).value = 'Kolom tambahan';
    set(inv, 2, 'Nama', 'Nama baru');
    const result = await importWorkbook(base, await save(wb), { fileName: 'x.xlsx' });
    expect(result.report.issues.map((i) => [i.code, i.severity, i.source?.sheet])).toEqual([
      ['unknown_sheet', 'warning', 'Catatan saya'],
      ['unknown_column', 'warning', 'Inovasi'],
    ]);
    expect(result.merge.updated).toHaveLength(1);
    expect(result.ok).toBe(true);
  });

  it('refuses a nested row whose parent does not exist, at its parent column', async () => {
    const wb = await load(await exportWorkbook(base, { exportedAt: AT }));
    const budget = wb.getWorksheet('Anggaran')!;
    const row = budget.addRow([]);
    row.getCell(col(budget, 'Inovasi (id)')).value = 'tidak-ada';
    row.getCell(col(budget, 'Tahun anggaran')).value = 2024;
    row.getCell(col(budget, 'Jumlah')).value = 1;
    row.getCell(col(budget, 'Sumber dana')).value = 'APBD';
    const result = await importWorkbook(base, await save(wb));
    const errors = result.report.issues.filter(isError);
    expect(errors.map((e) => [e.code, e.source?.header, e.source?.value])).toEqual([
      ['unknown_parent', 'Inovasi (id)', 'tidak-ada'],
    ]);
    expect(result.merge.added).toEqual([]);
  });

  it('reports a hostile file as an issue, never a throw', async () => {
    const result = await importWorkbook(base, new TextEncoder().encode('<!DOCTYPE x>'), {
      fileName: 'bad.xlsx',
    });
    expect(result.ok).toBe(false);
    expect(result.report.issues[0]!.code).toBe('not_a_workbook');
    expect(result.merge.workspace).toEqual(base);
  });
});
