import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { assessmentImporter } from './importers/assessment.js';
import { inventoryImporter } from './importers/inventory.js';
import { importSpbe } from './importSpbe.js';
import { testWorkspace } from './testing/workspace.testutil.js';

async function bytesOf(wb: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** The Madiun export shape: title-cased headings merged over two rows, a group heading over sub-headings. */
async function madiunWorkbook(date1904: boolean): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.properties.date1904 = date1904;
  const ws = wb.addWorksheet('Aplikasi');
  ws.addRow([
    'Nama Aplikasi',
    'Kode OPD',
    'Fungsi Aplikasi',
    'Status',
    'Server',
    null,
    'Tanggal Input',
    'Created At',
  ]);
  ws.addRow([null, null, null, null, 'CPU', 'RAM', null, null]);
  for (const range of ['A1:A2', 'B1:B2', 'C1:C2', 'D1:D2', 'E1:F1', 'G1:G2', 'H1:H2']) ws.mergeCells(range);
  ws.addRow([
    'SIMPEG',
    '030801',
    'Kepegawaian',
    'Aktif',
    'XeonÂ®',
    '16 GB',
    new Date(Date.UTC(2024, 5, 18)),
    date1904 ? 43999 : 45461,
  ]);
  ws.addRow(['SIMDA', '0308010101', '-', 'Tidak Aktif', '-', '-', null, null]);
  return bytesOf(wb);
}

describe('XLSX sources (through @smartcity/spreadsheet readWorkbook)', () => {
  it.each([false, true])(
    'reads two-row merged headings, zero-padded codes and dates (date1904 = %s)',
    async (date1904) => {
      const source = { name: 'Aplikasi_0308.xlsx', bytes: await madiunWorkbook(date1904) };
      expect(await inventoryImporter.detect(source)).toBeGreaterThan(0.5);
      const { data, report } = await inventoryImporter.import(source, { workspace: testWorkspace() });
      const [a, b] = data.applications ?? [];
      expect(a).toMatchObject({
        name: 'SIMPEG',
        agencyId: 'diskominfo',
        status: 'active',
        description: 'Kepegawaian',
      });
      expect(a?.extensions).toMatchObject({
        // A raw serial: 43999 in a 1904 workbook and 45461 in a 1900 one are the same day.
        'spbe.createdAt': '2024-06-18',
        'spbe.columns': { 'Server CPU': 'Xeon®', 'Server RAM': '16 GB', 'Tanggal Input': '2024-06-18' },
      });
      expect(b).toMatchObject({ agencyId: 'opd-308010101', status: 'inactive' });
      expect(report.counts).toEqual({ read: 2, mapped: 2, extension: 0, rejected: 0 });
      expect(report.issues.find((i) => i.code === 'mojibake_repaired')?.source).toMatchObject({
        file: 'Aplikasi_0308.xlsx',
        sheet: 'Aplikasi',
        row: 3,
        column: 'E',
      });
    },
  );

  it('reads an evaluation workbook with a title row and one sheet per year', async () => {
    const wb = new ExcelJS.Workbook();
    for (const year of [2022, 2023]) {
      const ws = wb.addWorksheet(`Evaluasi ${year}`);
      ws.addRow([`Hasil Evaluasi SPBE Tahun ${year}`]);
      ws.addRow([]);
      ws.addRow(['Kode', 'Indikator', 'Penilaian Mandiri', 'Nilai Kematangan', 'Tahun']);
      ws.addRow(['D1 A1 ID-1', 'Kebijakan Internal Arsitektur SPBE', 3, 'Level 2', year]);
      ws.addRow(['D4 A8 ID-43', 'Layanan Data Terbuka', 'Tingkat 4', 'Kolaborasi', year]);
    }
    const source = { name: 'evaluasi.xlsx', bytes: await bytesOf(wb) };
    const { data, report } = await assessmentImporter.import(source, { workspace: testWorkspace() });
    expect(data.evaluations?.map((e) => [e.id, e.cycle.year])).toEqual([
      ['spbe-2022', 2022],
      ['spbe-2023', 2023],
    ]);
    expect(data.evaluations?.[1]?.scores.spbe?.indicators).toEqual({
      '1': { self: 3, verified: 2 },
      '43': { self: 4, verified: 4 },
    });
    expect(report.counts.mapped).toBe(4);
  });

  it('treats __proto__ and constructor headings in a workbook as plain, ignored columns', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('S');
    ws.addRow(['Nama Aplikasi', 'Perangkat Daerah', '__proto__', 'constructor']);
    ws.addRow(['SIPEDAS', 'Diskominfo', 'x', 'y']);
    const { data, report } = await inventoryImporter.import(
      { name: 'p.xlsx', bytes: await bytesOf(wb) },
      { workspace: testWorkspace() },
    );
    expect(data.applications?.[0]?.extensions).toBeUndefined();
    expect(report.issues.filter((i) => i.code === 'forbidden_key').length).toBe(2);
  });

  it('reports an unreadable workbook as an error instead of throwing', async () => {
    const bytes = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5]);
    const r = await importSpbe([{ name: 'broken.xlsx', bytes }], {
      into: testWorkspace(),
      importer: 'inventory',
    });
    expect(r.ok).toBe(false);
    expect(r.reports[0]?.issues[0]?.severity).toBe('error');
  });
});
