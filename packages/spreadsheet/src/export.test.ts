import { getCollection, type Workspace } from '@smartcity/core';
import { SAMPLE_WORKSPACES } from '@smartcity/core/samples';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { CSV_DELIMITERS, exportCsv, exportCsvFiles, exportWorkbook } from './export.js';
import { importCsv, importWorkbook } from './import.js';
import { startsWithFormulaTrigger } from './injection.js';
import { INJECTION_CORPUS } from './injection.testutil.js';
import { cellsOf, sheetXmls } from './xml.testutil.js';

const ws = SAMPLE_WORKSPACES['pontianak-2023'];
const AT = '2025-08-17T09:00:00Z';

async function exceljs(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return wb;
}

describe('exportWorkbook, read back with exceljs', () => {
  it('has a sheet per collection with headers in id, frozen, filtered, hidden id column, real types', async () => {
    const wb = await exceljs(await exportWorkbook(ws, { exportedAt: AT, title: 'Inovasi Pontianak' }));
    expect(wb.worksheets.map((s) => s.name)).toEqual(
      expect.arrayContaining([
        'Ringkasan',
        'Dimensi dan elemen',
        'Perangkat daerah',
        'Inovasi',
        'Anggaran',
        'Indikator kinerja (KPI)',
        'Pengukuran',
        'Evaluasi',
        'Temuan',
        'Risiko',
        'Kalender',
      ]),
    );
    expect(wb.title).toBe('Inovasi Pontianak');
    expect(wb.subject).toBe('Pontianak');
    expect(wb.created?.toISOString()).toBe('2025-08-17T09:00:00.000Z');
    const sheet = wb.getWorksheet('Inovasi')!;
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.autoFilter).toBeTruthy();
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    expect(header.slice(0, 5)).toEqual(['Id', 'Nama', 'Deskripsi', 'Dimensi', 'Elemen']);
    expect(sheet.getColumn(1).hidden).toBe(true);
    expect(sheet.getColumn(2).width).toBeGreaterThan(8);
    const start = header.indexOf('Tanggal mulai') + 1;
    expect(sheet.getRow(2).getCell(start).value).toBeInstanceOf(Date);
    expect(sheet.getRow(2).getCell(start).numFmt).toBe('dd/mm/yyyy');
    const status = header.indexOf('Status') + 1;
    expect(sheet.getRow(2).getCell(status).value).toBe('Terimplementasi');
    const budget = wb.getWorksheet('Anggaran')!;
    const amount = (budget.getRow(1).values as unknown[]).indexOf('Jumlah');
    expect(typeof budget.getRow(2).getCell(amount).value).toBe('number');
    expect(budget.getRow(2).getCell(amount).numFmt).toContain('Rp');
    const lists = wb.getWorksheet('Daftar pilihan')!;
    expect(lists.state).toBe('hidden');
  });

  it('writes English headers, sheet names and option labels with lang en', async () => {
    const wb = await exceljs(await exportWorkbook(ws, { exportedAt: AT, lang: 'en' }));
    const sheet = wb.getWorksheet('Innovations')!;
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    expect(header.slice(0, 3)).toEqual(['Id', 'Name', 'Description']);
    expect(sheet.getRow(2).getCell(header.indexOf('Status') + 1).value).toBe('Implemented');
    expect(sheet.getRow(2).getCell(header.indexOf('Start date') + 1).numFmt).toBe('yyyy-mm-dd');
  });
});

describe('exportWorkbook, the sheet XML itself', () => {
  it('has typed cells, dropdown validations for every option and reference column, and no formula', async () => {
    const bytes = await exportWorkbook(ws, { exportedAt: AT });
    const { sheets, styles, core } = sheetXmls(bytes);
    expect(core).toContain('2025-08-17T09:00:00');
    const xml = sheets.get('Inovasi')!;
    expect(xml).toMatch(/<pane [^>]*ySplit="1"[^>]*state="frozen"/);
    expect(xml).toMatch(/<autoFilter ref="A1:[A-Z]+\d+"/);
    expect(xml).toMatch(/<col [^>]*min="1" max="1"[^>]*hidden="1"/);
    const innovations = getCollection('innovations');
    const dropdowns = innovations.fields.filter((f) => f.kind === 'enum' || f.kind === 'reference');
    const validations = [...xml.matchAll(/<dataValidation [^>]*type="list"[^>]*>/g)];
    expect(validations.length).toBeGreaterThanOrEqual(dropdowns.length);
    expect(xml).toContain('&apos;Daftar pilihan&apos;!$');
    for (const [name, sheetXml] of sheets) expect(sheetXml, name).not.toMatch(/<f[ >]/);
    // dates: number cells (no t=) whose style is a date format
    const cells = cellsOf(xml);
    const dateCell = cells.find((c) => c.ref === 'J2')!;
    expect(dateCell.t).toBeUndefined();
    expect(Number(dateCell.v)).toBe(44942); // 2023-01-16
    expect(styles).toContain('formatCode="dd/mm/yyyy"');
    expect(styles).toContain('Rp');
    // rupiah: integer number cells
    const budgetCells = cellsOf(sheets.get('Anggaran')!).filter(
      (c) => c.ref.startsWith('D') && c.ref !== 'D1',
    );
    expect(budgetCells.every((c) => c.t === undefined && Number.isInteger(Number(c.v)))).toBe(true);
  });
});

function corpusWorkspace(): Workspace {
  const copy = structuredClone(ws);
  copy.innovations = copy.innovations.map((inv, i) => ({
    ...inv,
    name: INJECTION_CORPUS[i % INJECTION_CORPUS.length]!,
    description: INJECTION_CORPUS[(i + 3) % INJECTION_CORPUS.length]!,
  }));
  copy.agencies = copy.agencies.map((a, i) => ({
    ...a,
    name: INJECTION_CORPUS[(i + 7) % INJECTION_CORPUS.length]!,
  }));
  copy.risks = copy.risks.map((r, i) => ({
    ...r,
    mitigation: INJECTION_CORPUS[(i + 11) % INJECTION_CORPUS.length]!,
  }));
  return copy;
}

describe('formula injection corpus', () => {
  const hostile = corpusWorkspace();

  it('XLSX: no formula cell, every corpus text stored as text without a trigger, and restored on import', async () => {
    const bytes = await exportWorkbook(hostile, { exportedAt: AT });
    const { sheets } = sheetXmls(bytes);
    for (const [name, xml] of sheets) {
      expect(xml, name).not.toMatch(/<f[ >]/);
      for (const c of cellsOf(xml)) {
        if (c.t === 's' || c.t === 'str' || c.t === 'inlineStr') continue;
        expect(c.formula).toBe(false);
      }
    }
    const wb = await exceljs(bytes);
    wb.eachSheet((sheet) =>
      sheet.eachRow((row) =>
        row.eachCell((cell) => {
          expect(cell.type).not.toBe(ExcelJS.ValueType.Formula);
          if (typeof cell.value === 'string')
            expect(startsWithFormulaTrigger(cell.value), cell.value).toBe(false);
        }),
      ),
    );
    const back = await importWorkbook(hostile, bytes);
    expect(back.report.issues).toEqual([]);
    expect(back.merge.updated).toEqual([]);
    expect(back.merge.workspace).toEqual(hostile);
  });

  for (const lang of ['id', 'en'] as const) {
    it(`CSV (${lang}): no text field starts with a trigger; numbers stay numbers; restored on import`, () => {
      const files = exportCsvFiles(hostile, { lang });
      for (const [name, text] of Object.entries(files)) {
        expect(text.charCodeAt(0), name).toBe(0xfeff);
        const records = parse(text.slice(1), {
          delimiter: CSV_DELIMITERS[lang],
          relax_column_count: true,
        }) as string[][];
        for (const record of records.slice(1)) {
          for (const field of record) {
            if (/^-?\d+([.,]\d+)?(e[+-]?\d+)?$/i.test(field)) continue; // a real number
            expect(startsWithFormulaTrigger(field), `${name}: ${field}`).toBe(false);
          }
        }
      }
      const back = importCsv(hostile, files);
      expect(back.report.issues).toEqual([]);
      expect(back.merge.workspace).toEqual(hostile);
    });
  }

  it('uses ; and a decimal comma for id, , and a point for en', () => {
    const copy = structuredClone(ws);
    copy.innovations[0]!.kpis[0]!.target.value = 1234.5;
    const id = exportCsv(copy, 'kpis', { lang: 'id' });
    const en = exportCsv(copy, 'kpis', { lang: 'en' });
    expect(id.split('\r\n')[0]).toContain(';');
    expect(id).toContain(';1234,5;');
    expect(en).toContain(',1234.5,');
  });
});
