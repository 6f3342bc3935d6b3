import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CURRENT_SCHEMA_VERSION } from '@smartcity/core';
import { afterAll, describe, expect, it } from 'vitest';
import { makeTempDir, runCli, STACK_TRACE } from './test-support.js';

const temp = makeTempDir();
afterAll(() => temp.remove());

const NOW = { SMARTCITY_NOW: '2025-03-10T02:00:00Z' };
const PONTIANAK = [
  '--city',
  'Pontianak',
  '--code',
  '61.71',
  '--tz',
  'Asia/Pontianak',
  '--province',
  'Kalimantan Barat',
];

describe('smartcity init', () => {
  it('writes a valid workspace with an empty masterplan and lists the six pillars', () => {
    const dir = join(temp.dir, 'kota-pontianak');
    const run = runCli(['init', dir, ...PONTIANAK], { env: NOW });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain(`Workspace baru dibuat: ${join(dir, 'workspace.json')}`);
    expect(run.stdout).toContain('Pontianak · Kota · 61.71 · Kalimantan Barat');
    expect(run.stdout).toContain('2025–2029, belum ada program');
    for (const id of ['governance', 'branding', 'economy', 'living', 'society', 'environment']) {
      expect(run.stdout).toMatch(new RegExp(`^  ${id}\\s+Smart `, 'm'));
    }
    const written = JSON.parse(readFileSync(join(dir, 'workspace.json'), 'utf8'));
    expect(written.schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
    expect(written.municipality).toMatchObject({
      name: 'Pontianak',
      kind: 'kota',
      timeZone: 'Asia/Pontianak',
    });
    expect(written.masterplan.period).toEqual({ startYear: 2025, endYear: 2029 });
    expect(written.masterplan.programmes).toEqual([]);
    expect(written.innovations).toEqual([]);
    const check = runCli(['validate', join(dir, 'workspace.json')]);
    expect(check.status, check.stdout).toBe(0);
  });

  it('derives the province and its time zone from the region code when they are not given', () => {
    const dir = join(temp.dir, 'kota-makassar');
    const run = runCli(['init', dir, '--city', 'Makassar', '--code', '73.71', '--json'], { env: NOW });
    expect(run.status, run.stderr).toBe(0);
    const written = JSON.parse(readFileSync(join(dir, 'workspace.json'), 'utf8'));
    expect(written.municipality).toMatchObject({
      province: 'Sulawesi Selatan',
      timeZone: 'Asia/Makassar',
      kind: 'kota',
    });
  });

  it('derives kabupaten from the code, takes --period, and answers in English with JSON', () => {
    const dir = join(temp.dir, 'sleman');
    const args = ['init', dir, '--city', 'Sleman', '--code', '34.04', '--tz', 'Asia/Jakarta'];
    const run = runCli([
      ...args,
      '--province',
      'DI Yogyakarta',
      '--period',
      '2024-2028',
      '--json',
      '--lang',
      'en',
    ]);
    expect(run.status, run.stderr).toBe(0);
    const body = JSON.parse(run.stdout);
    expect(body).toMatchObject({ command: 'init', ok: true, file: join(dir, 'workspace.json') });
    expect(body.workspace.municipality.kind).toBe('kabupaten');
    expect(body.workspace.masterplan.period).toEqual({ startYear: 2024, endYear: 2028 });
    expect(body.pillars.map((p: { id: string }) => p.id)).toEqual([
      'governance',
      'branding',
      'economy',
      'living',
      'society',
      'environment',
    ]);
    expect(body.pillars[0].shortLabel).toBe('Governance');
  });

  it('refuses to overwrite an existing workspace (exit 2) and leaves it untouched', () => {
    const dir = join(temp.dir, 'twice');
    expect(runCli(['init', dir, ...PONTIANAK]).status).toBe(0);
    const path = join(dir, 'workspace.json');
    writeFileSync(path, '{"mine": true}\n');
    const id = runCli(['init', dir, ...PONTIANAK]);
    expect(id.status).toBe(2);
    expect(id.stderr).toBe(
      `smartcity: workspace.json sudah ada di direktori ini dan tidak akan ditimpa (${path}). Workspace itu dapat diperiksa dengan "smartcity validate ${path}" dan ditambah dengan "smartcity add … ${path}"; untuk workspace baru pilih direktori lain.\n`,
    );
    const en = runCli(['init', dir, ...PONTIANAK, '--lang', 'en']);
    expect(en.stderr).toContain('already exists in this directory and will not be overwritten');
    expect(en.stderr).toContain('for a new workspace pick another directory');
    expect(readFileSync(path, 'utf8')).toBe('{"mine": true}\n');
  });

  it('gives the core message for a zone abbreviation such as WIB (exit 2)', () => {
    const args = ['init', join(temp.dir, 'wib'), ...PONTIANAK.slice(0, 4), '--tz', 'WIB', '--province', 'X'];
    const id = runCli(args);
    expect(id.status).toBe(2);
    expect(id.stderr).toMatch(
      /^smartcity: WIB adalah singkatan, bukan zona IANA\. Gunakan nama zona IANA: .* \(--tz\)\. /,
    );
    const en = runCli([...args, '--lang', 'en']);
    expect(en.stderr).toMatch(
      /^smartcity: WIB is an abbreviation, not an IANA zone\. Use an IANA zone name: /,
    );
    const foreign = runCli([
      'init',
      join(temp.dir, 'ny'),
      ...PONTIANAK.slice(0, 4),
      '--tz',
      'America/New_York',
      '--province',
      'X',
      '--lang',
      'en',
    ]);
    expect(foreign.status).toBe(2);
    expect(foreign.stderr).toContain('(--tz). Fix the value of --tz.');
  });

  it('points a bad region code at --code, and a missing option at itself (exit 2)', () => {
    const bad = runCli([
      'init',
      join(temp.dir, 'bad'),
      '--city',
      'X',
      '--code',
      '6171',
      '--tz',
      'Asia/Jakarta',
      '--province',
      'Y',
      '--lang',
      'en',
    ]);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('(--code). Fix the value of --code.');
    const mismatch = runCli([
      'init',
      join(temp.dir, 'mm'),
      ...PONTIANAK,
      '--kind',
      'kabupaten',
      '--lang',
      'en',
    ]);
    expect(mismatch.status).toBe(2);
    expect(mismatch.stderr).toContain('(--code)');
    const missing = runCli(['init', join(temp.dir, 'm'), '--code', '61.71', '--tz', 'Asia/Pontianak']);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('opsi --city wajib diisi');
    const period = runCli([
      'init',
      join(temp.dir, 'p'),
      ...PONTIANAK,
      '--period',
      '2029-2025',
      '--lang',
      'en',
    ]);
    expect(period.status).toBe(2);
    expect(period.stderr).toContain('invalid period "2029-2025" (--period)');
    for (const run of [bad, mismatch, missing, period]) expect(run.stderr).not.toMatch(STACK_TRACE);
  });
});
