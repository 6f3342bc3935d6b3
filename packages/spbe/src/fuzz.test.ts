import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assessmentImporter, mapAssessmentTables } from './importers/assessment.js';
import { readIndicatorForms } from './importers/assessmentForms.js';
import { ckanImporter, ckanInstant, mapCkanResponse } from './importers/ckan.js';
import { inventoryImporter } from './importers/inventory.js';
import { importSpbe } from './importSpbe.js';
import { ReportBuilder } from './report.js';
import { computeSpbeIndex } from './spbeIndex.js';
import { detectDelimiter, locateHeader, readCsvTable, type SourceTable } from './table.js';
import { testWorkspace } from './testing/workspace.testutil.js';
import { decodeText, repairMojibake } from './text/encoding.js';
import {
  type CellValue,
  excelSerialToDate,
  findUsDates,
  parseBoolean,
  parseDateCell,
  parseIndicatorRef,
  parseLevel,
  parseNumberCell,
  parseYear,
} from './values.js';

const RUNS = { numRuns: 300 };

const cell: fc.Arbitrary<CellValue> = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme' }),
  fc.double(),
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
  fc.record({ date: fc.string() }),
  fc.record({ error: fc.string() }),
  fc.constantFrom(
    '-',
    'Level 3',
    'Penilaian mandiri level : 3',
    '35-2',
    'D1 A1 ID-1',
    '__proto__',
    'constructor',
    'XeonÂ®',
    '12/31/2015',
  ),
);

const words = fc.constantFrom(
  'No',
  'Indikator',
  'Penilaian Mandiri',
  'Nilai Kematangan',
  'Nama Aplikasi',
  'Perangkat Daerah',
  'Status',
  'URL',
  'Tahun',
  'Bobot',
  '__proto__',
  'constructor',
  'Level 3',
  '35-2',
  'aktif',
  'naktif',
  '-',
  '',
  '"',
  ';',
  ',',
  '\t',
  '\r\n',
  '\n',
  'XeonÂ®',
  '12/31/2015',
  'D4 A8 ID-47',
  'Tingkat 9',
  '9 Juli 2024',
  '1.234,56',
);
const csvText = fc.array(fc.oneof(words, fc.string()), { maxLength: 80 }).map((parts) => parts.join(''));

describe('fuzzing: no parser throws on any input', () => {
  it('value parsers', () => {
    fc.assert(
      fc.property(cell, fc.boolean(), (v, d1904) => {
        parseIndicatorRef(v);
        const level = parseLevel(v);
        if (level !== undefined) expect(Number.isInteger(level)).toBe(true);
        parseBoolean(v);
        parseDateCell(v, d1904);
        parseNumberCell(v);
        parseYear(v);
        if (typeof v === 'string') findUsDates(v);
        if (typeof v === 'number') excelSerialToDate(v, d1904);
      }),
      RUNS,
    );
  });

  it('decoding, mojibake repair, delimiter detection and CSV reading', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), csvText, (bytes, text) => {
        decodeText(bytes);
        readCsvTable(bytes, { file: 'x.csv' });
        const r = readCsvTable(new TextEncoder().encode(text), { file: 'y.csv' });
        detectDelimiter(text);
        repairMojibake(text);
        if (r.table) for (const row of r.table.rows) expect(row.row).toBeGreaterThan(0);
      }),
      RUNS,
    );
  });

  it('heading location on random tables', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(cell, { maxLength: 8 }), { maxLength: 8 }),
        fc.array(fc.string(), { maxLength: 4 }),
        (rows, merges) => {
          const table: SourceTable = {
            file: 't',
            date1904: false,
            merges,
            rows: rows.map((cells, i) => ({ row: i + 1, cells })),
          };
          locateHeader(table, [{ key: 'a', aliases: ['no', 'indikator'] }]);
        },
      ),
      RUNS,
    );
  });

  it('the per-indicator form reader on random sheets', () => {
    const formWords = fc.constantFrom(
      'Jawaban',
      'Jawaban: Pilih tingkat 1, 2, 3, 4, atau 5',
      'Jawaban: 3',
      'Tingkat',
      'Tingkat 3',
      'Kriteria',
      'Penilaian Verifikasi',
      'Penjelasan:',
      'Data dukung: a.pdf; b.pdf',
      'Indikator',
      'Indikator 3: Kebijakan',
      'Level',
      'Nilai',
      'Tahun: 2018',
    );
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            fc.oneof(fc.constantFrom('Indikator 3', 'ID-35', 'Indikator 35 (2)', 'Petunjuk'), fc.string()),
            fc.array(fc.array(fc.oneof(cell, formWords), { maxLength: 8 }), { maxLength: 12 }),
            fc.array(fc.oneof(fc.string(), fc.constantFrom('A1:B1', 'A13:A14', 'G13:H13')), { maxLength: 3 }),
          ),
          { maxLength: 4 },
        ),
        (sheets) => {
          const tables: SourceTable[] = sheets.map(([sheet, rows, merges]) => ({
            file: 'f.xlsx',
            sheet,
            date1904: false,
            merges,
            rows: rows.map((cells, i) => ({ row: i + 1, cells })),
          }));
          const read = readIndicatorForms(tables);
          expect(read.forms.length + read.others.length).toBe(tables.length);
          const report = new ReportBuilder({ file: 'f.xlsx' });
          mapAssessmentTables(read.forms, { workspace: testWorkspace(), year: 2018 }, report);
          const { counts } = report.build();
          expect(counts.read).toBe(counts.mapped + counts.extension + counts.rejected);
        },
      ),
      RUNS,
    );
  });

  it('the importers on random CSV bytes and text', async () => {
    const ws = testWorkspace();
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          csvText.map((t) => new TextEncoder().encode(t)),
          fc.uint8Array({ maxLength: 300 }),
        ),
        async (bytes) => {
          const source = { name: 'fuzz.csv', bytes };
          for (const importer of [assessmentImporter, inventoryImporter]) {
            await importer.detect(source);
            const { report } = await importer.import(source, { workspace: ws, year: 2024 });
            expect(report.counts.read).toBe(
              report.counts.mapped + report.counts.extension + report.counts.rejected,
            );
          }
          const outcome = await importSpbe([source], { into: ws, year: 2024 });
          expect(Array.isArray(outcome.reports)).toBe(true);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('the CKAN importer on random JSON', async () => {
    const ws = testWorkspace();
    await fc.assert(
      fc.asyncProperty(fc.jsonValue(), fc.string(), async (json, zone) => {
        mapCkanResponse(json, 'f.json', { workspace: ws }, new ReportBuilder({}));
        mapCkanResponse(
          { help: 'h', success: true, result: json },
          'f.json',
          { workspace: ws },
          new ReportBuilder({}),
        );
        mapCkanResponse(
          { help: 'h', success: true, result: { results: [json] } },
          'f.json',
          { workspace: ws },
          new ReportBuilder({}),
        );
        ckanInstant(typeof json === 'string' ? json : '2021-04-09T11:39:37', zone);
        await ckanImporter.import(
          { name: 'f.json', bytes: new TextEncoder().encode(JSON.stringify(json)) },
          { workspace: ws },
        );
      }),
      RUNS,
    );
  });

  it('the index on random SPBE data', () => {
    fc.assert(
      fc.property(fc.constantFrom('spbe-2018', 'spbe-2020', 'x'), fc.jsonValue(), (model, indicators) => {
        computeSpbeIndex({ model, indicators });
      }),
      RUNS,
    );
  });

  it('the importers on corrupted workbooks', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Aplikasi');
    ws.addRow(['Nama Aplikasi', 'Perangkat Daerah', 'Status']);
    for (let i = 1; i <= 20; i++) ws.addRow([`App ${i}`, 'Diskominfo', i % 2 ? 'Aktif' : 'Tidak Aktif']);
    const valid = new Uint8Array(await wb.xlsx.writeBuffer());
    const workspace = testWorkspace();
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.nat({ max: valid.length - 1 }), fc.integer({ min: 0, max: 255 })), {
          minLength: 1,
          maxLength: 6,
        }),
        fc.option(fc.nat({ max: valid.length }), { nil: undefined }),
        async (flips, cut) => {
          const bytes = valid.slice(0, cut ?? valid.length);
          for (const [at, value] of flips) if (at < bytes.length) bytes[at] = value;
          const outcome = await importSpbe([{ name: 'c.xlsx', bytes }], {
            into: workspace,
            importer: 'inventory',
          });
          expect(outcome.reports).toHaveLength(1);
        },
      ),
      { numRuns: 60 },
    );
  });
});
