import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempDir, runCli } from './test-support.js';

const temp = makeTempDir('smartcity-spbe-');
const file = (name: string) => join(temp.dir, name);

const WORKSPACE = {
  schemaVersion: 2,
  municipality: {
    name: 'Pontianak',
    kind: 'kota',
    regionCode: '61.71',
    province: 'Kalimantan Barat',
    timeZone: 'Asia/Pontianak',
  },
  agencies: [{ id: 'diskominfo', name: 'Dinas Komunikasi dan Informatika', abbreviation: 'Diskominfo' }],
};

beforeAll(() => {
  const lke = ['No;Penilaian Mandiri;Nilai Kematangan;Bobot'];
  for (let i = 1; i <= 47; i++) lke.push(`${i};Level ${(i % 5) + 1};Tingkat 3;2,50`);
  lke.push('99;3;3;1');
  writeFileSync(file('lke-2023.csv'), `\ufeff${lke.join('\r\n')}\r\n`);
  // Windows-1252 bytes: "é" is 0xE9.
  writeFileSync(
    file('aplikasi.csv'),
    Buffer.from('Nama Aplikasi,Perangkat Daerah,Status\nKaf\xe9 Data,Diskominfo,Tidak Aktif\n', 'latin1'),
  );
  writeFileSync(file('workspace.json'), JSON.stringify(WORKSPACE));
});
afterAll(() => temp.remove());

describe('smartcity import spbe', () => {
  it('imports a self-assessment and an inventory, prints the reports, writes atomically; again changes nothing', () => {
    const dry = runCli([
      'import',
      'spbe',
      file('lke-2023.csv'),
      file('aplikasi.csv'),
      '--into',
      file('workspace.json'),
      '--dry-run',
    ]);
    expect(dry.status, dry.stderr).toBe(0);
    expect(dry.stdout).toContain('Sumber: lke-2023.csv — dibaca sebagai assessment');
    expect(dry.stdout).toContain('48 baris dibaca: 47 dipetakan, 1 sebagai data tambahan, 0 ditolak');
    expect(dry.stdout).toMatch(/lke-2023\.csv › baris 49: Indikator 99 tidak ada/);
    expect(dry.stdout).toContain('Berkas bukan UTF-8; dibaca sebagai Windows-1252');
    expect(dry.stdout).toContain('Uji coba (--dry-run): tidak ada yang ditulis.');
    expect(JSON.parse(readFileSync(file('workspace.json'), 'utf8')).evaluations).toBeUndefined();

    const run = runCli([
      'import',
      'spbe',
      file('lke-2023.csv'),
      file('aplikasi.csv'),
      '--into',
      file('workspace.json'),
      '--lang',
      'en',
    ]);
    expect(run.stdout).toContain('Workspace written to');
    const ws = JSON.parse(readFileSync(file('workspace.json'), 'utf8'));
    expect(ws.evaluations[0].id).toBe('spbe-2023');
    expect(ws.applications[0]).toMatchObject({
      name: 'Kafé Data',
      agencyId: 'diskominfo',
      status: 'inactive',
    });

    const again = runCli([
      'import',
      'spbe',
      file('lke-2023.csv'),
      file('aplikasi.csv'),
      '--into',
      file('workspace.json'),
      '--json',
    ]);
    const json = JSON.parse(again.stdout);
    expect(json).toMatchObject({ command: 'import', kind: 'spbe', added: [], updated: [], written: null });
    expect(json.sources.map((s: { importer: string }) => s.importer)).toEqual(['assessment', 'inventory']);
    expect(json.sources[0].warnings.some((w: { code: string }) => w.code === 'unknown_indicator')).toBe(true);
  });

  it('rejects usage errors and unknown sources with clear messages', () => {
    const noInto = runCli(['import', 'spbe', file('lke-2023.csv')]);
    expect(noInto.status).toBe(2);
    expect(noInto.stderr).toContain('--into wajib diisi');
    const missing = runCli(['import', 'spbe', file('nope.csv'), '--into', file('workspace.json')]);
    expect(missing.status).toBe(2);
    writeFileSync(file('random.bin'), Buffer.from([0, 1, 2, 3, 0, 0, 9]));
    const unknown = runCli([
      'import',
      'spbe',
      file('random.bin'),
      '--into',
      file('workspace.json'),
      '--lang',
      'en',
    ]);
    expect(unknown.status).toBe(1);
    expect(unknown.stdout).toContain('not recognised');
    const badYear = runCli([
      'import',
      'spbe',
      file('lke-2023.csv'),
      '--into',
      file('workspace.json'),
      '--year',
      '99',
    ]);
    expect(badYear.status).toBe(2);
  });
});

describe('smartcity spbe index', () => {
  it('prints every domain and aspect, self and verified side by side, from a file or a workspace', () => {
    const run = runCli(['spbe', 'index', file('lke-2023.csv')]);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/D1 Kebijakan Internal SPBE\s+13,00\s+3,00\s+3,00/);
    expect(run.stdout).toMatch(/A8 Layanan Publik Berbasis Elektronik\s+18,00\s+3,00\s+3,00/);
    expect(run.stdout).toMatch(/Indeks SPBE\s+2,99\s+3,00/);
    expect(run.stdout).toMatch(/Predikat\s+Baik\s+Baik/);
    const json = JSON.parse(runCli(['spbe', 'index', file('workspace.json'), '--json']).stdout);
    expect(json).toMatchObject({
      command: 'spbe index',
      model: 'spbe-2020',
      evaluation: { id: 'spbe-2023' },
    });
    expect(json.self.domains).toHaveLength(4);
    expect(json.verified.aspects).toHaveLength(8);
    expect(json.verified.totalRounded).toBe(3);
  });

  it('explains what is missing', () => {
    writeFileSync(file('empty.json'), JSON.stringify(WORKSPACE));
    const run = runCli(['spbe', 'index', file('empty.json'), '--lang', 'en']);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('no evaluation with SPBE scores');
    expect(runCli(['spbe', 'total', file('empty.json')]).status).toBe(2);
  });
});
