import { type ChildProcess, spawn } from 'node:child_process';
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

// A CKAN portal in its own process: runCli blocks this one (spawnSync), so a server here could not answer.
const PORTAL = `
const http = require('node:http');
const all = [
  { id: 'a1', name: 'jumlah-pengaduan', title: 'Jumlah Pengaduan', tags: [{ name: 'smart-governance' }] },
  { id: 'a2', name: 'lain', title: 'Data Lain', tags: [{ name: 'lain' }] },
];
const server = http.createServer((req, res) => {
  const u = new URL(req.url, 'http://x');
  if (u.pathname !== '/api/3/action/package_search') { res.writeHead(404); return res.end(); }
  const start = Number(u.searchParams.get('start') || 0);
  const rows = Number(u.searchParams.get('rows') || 10);
  res.writeHead(200, { 'content-type': 'application/json' });
  res.end(JSON.stringify({ help: 'h', success: true, result: { count: all.length, results: all.slice(start, start + rows) } }));
});
server.listen(0, '127.0.0.1', () => console.log(server.address().port));
`;

describe('smartcity import spbe from a CKAN portal', () => {
  let portal: ChildProcess | undefined;
  let port = '';
  beforeAll(async () => {
    const child = spawn(process.execPath, ['-e', PORTAL], { stdio: ['ignore', 'pipe', 'inherit'] });
    portal = child;
    port = await new Promise<string>((resolve) =>
      child.stdout?.once('data', (d) => resolve(String(d).trim())),
    );
  });
  afterAll(() => {
    portal?.kill();
  });

  it('reads the portal root as a URL source and prints the report (--dry-run --json)', () => {
    const run = runCli([
      'import',
      'spbe',
      `http://127.0.0.1:${port}`,
      '--into',
      file('workspace.json'),
      '--dry-run',
      '--json',
    ]);
    expect(run.status, run.stderr).toBe(0);
    const json = JSON.parse(run.stdout);
    expect(json).toMatchObject({ command: 'import', kind: 'spbe', ok: true, dryRun: true, written: null });
    expect(json.sources).toEqual([
      expect.objectContaining({
        name: `http://127.0.0.1:${port}/`,
        importer: 'ckan-http',
        format: 'http',
        counts: { read: 2, mapped: 1, extension: 1, rejected: 0 },
        errors: [],
      }),
    ]);
    expect(json.sources[0].warnings.map((w: { code: string }) => w.code)).toEqual(['not_attached']);
    expect(readFileSync(file('workspace.json'), 'utf8')).not.toContain('jumlah-pengaduan');
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
