import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SAMPLE_WORKSPACES } from '@smartcity/core/samples';
import { exportWorkbook } from '@smartcity/spreadsheet';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempDir, runCli } from './test-support.js';

const temp = makeTempDir();
const file = (name: string) => join(temp.dir, name);
const ws = SAMPLE_WORKSPACES['pontianak-2023'];

async function edited(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(
    (await exportWorkbook(ws, { exportedAt: '2025-08-17T09:00:00Z' })) as unknown as ArrayBuffer,
  );
  const sheet = wb.getWorksheet('Inovasi')!;
  const header = sheet.getRow(1).values as unknown[];
  sheet.getRow(2).getCell(header.indexOf('Nama')).value = 'Komanda Baru';
  sheet.getRow(3).getCell(header.indexOf('Status')).value = 'entah';
  wb.getWorksheet('Risiko')!.spliceRows(2, 1);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

beforeAll(async () => {
  writeFileSync(file('ws.json'), JSON.stringify(ws));
  writeFileSync(file('edited.xlsx'), await edited());
});
afterAll(() => temp.remove());

describe('smartcity import workbook', () => {
  it('prints the change report and writes nothing with --dry-run', () => {
    const before = readFileSync(file('ws.json'), 'utf8');
    const run = runCli(['import', 'workbook', file('edited.xlsx'), '--into', file('ws.json'), '--dry-run']);
    expect(run.status).toBe(1); // one refused cell
    expect(run.stdout).toContain('Diubah (1)');
    expect(run.stdout).toMatch(/name: "Komanda" → "Komanda Baru"/);
    expect(run.stdout).toContain('Tidak ada di buku kerja (dipertahankan) (1)');
    expect(run.stdout).toMatch(
      /Ditolak \(1\)\n {2}✗ edited\.xlsx › Inovasi › baris 3 › kolom N \(Status\) › nilai "entah"/,
    );
    expect(run.stdout).toContain('Uji coba (--dry-run)');
    expect(readFileSync(file('ws.json'), 'utf8')).toBe(before);
  });

  it('reports JSON with before/after and located rejections', () => {
    const run = runCli([
      'import',
      'workbook',
      file('edited.xlsx'),
      '--into',
      file('ws.json'),
      '--dry-run',
      '--json',
      '--lang',
      'en',
    ]);
    const out = JSON.parse(run.stdout);
    expect(out).toMatchObject({
      command: 'import',
      kind: 'workbook',
      ok: false,
      dryRun: true,
      written: null,
    });
    expect(out.updated[0].changes).toEqual([{ key: 'name', before: 'Komanda', after: 'Komanda Baru' }]);
    expect(out.missing).toHaveLength(1);
    expect(out.rejected[0]).toMatchObject({
      code: 'invalid_option',
      source: { sheet: 'Inovasi', row: 3, column: 'N', header: 'Status', value: 'entah' },
    });
  });

  it('writes the merged workspace (the valid changes) atomically', () => {
    const run = runCli(['import', 'workbook', file('edited.xlsx'), '--into', file('ws.json')]);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('Workspace ditulis ke');
    const merged = JSON.parse(readFileSync(file('ws.json'), 'utf8'));
    expect(merged.innovations[0].name).toBe('Komanda Baru');
    expect(merged.innovations[1].status).toBe(ws.innovations[1]!.status);
    expect(merged.risks).toHaveLength(ws.risks.length);
  });

  it('gives usage errors for a missing --into, an unknown kind and a missing file', () => {
    expect(runCli(['import', 'workbook', file('edited.xlsx')]).status).toBe(2);
    expect(runCli(['import', 'nothing', file('edited.xlsx'), '--into', file('ws.json')]).status).toBe(2);
    const missing = runCli(['import', 'workbook', file('nope.xlsx'), '--into', file('ws.json')]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('nope.xlsx');
  });

  it('reports a file that is not a workbook as rejected, without crashing', () => {
    writeFileSync(file('fake.xlsx'), 'not a zip');
    const run = runCli(['import', 'workbook', file('fake.xlsx'), '--into', file('ws.json'), '--dry-run']);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('bukan buku kerja Excel');
  });
});
