import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SAMPLE_WORKSPACES } from '@smartcity/core/samples';
import { readWorkbook } from '@smartcity/spreadsheet';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempDir, runCli } from './test-support.js';

const temp = makeTempDir();
const file = (name: string) => join(temp.dir, name);
const NOW = { SMARTCITY_NOW: '2025-08-17T09:00:00Z' };

beforeAll(() => writeFileSync(file('pontianak.json'), JSON.stringify(SAMPLE_WORKSPACES['pontianak-2023'])));
afterAll(() => temp.remove());

describe('smartcity export', () => {
  it('writes an xlsx workbook with Indonesian sheets', async () => {
    const run = runCli(['export', 'xlsx', file('pontianak.json'), '--out', file('p.xlsx')], { env: NOW });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/^Ditulis .*p\.xlsx \(\d+ baris\)/);
    const read = await readWorkbook(new Uint8Array(readFileSync(file('p.xlsx'))));
    expect(read.success && read.data.sheets.map((s) => s.name)).toEqual(
      expect.arrayContaining(['Ringkasan', 'Inovasi', 'Anggaran']),
    );
  });

  it('writes English headers with --lang en and reports JSON', async () => {
    const run = runCli(
      ['export', 'xlsx', file('pontianak.json'), '--out', file('p-en.xlsx'), '--lang', 'en', '--json'],
      { env: NOW },
    );
    expect(run.status, run.stderr).toBe(0);
    const out = JSON.parse(run.stdout);
    expect(out).toMatchObject({ command: 'export', ok: true, format: 'xlsx', lang: 'en', streaming: false });
    const read = await readWorkbook(new Uint8Array(readFileSync(file('p-en.xlsx'))));
    expect(read.success && read.data.sheets.map((s) => s.name)).toContain('Innovations');
  });

  it('writes one CSV per collection into a folder (; and BOM for id), or one collection to a file', () => {
    const run = runCli(['export', 'csv', file('pontianak.json'), '--out', file('csv')]);
    expect(run.status, run.stderr).toBe(0);
    const text = readFileSync(join(file('csv'), 'innovations.csv'), 'utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text.split('\r\n')[0]).toContain('Id;Nama;');
    const one = runCli([
      'export',
      'csv',
      file('pontianak.json'),
      '--collection',
      'risks',
      '--out',
      file('risks.csv'),
      '--lang',
      'en',
    ]);
    expect(one.status, one.stderr).toBe(0);
    expect(readFileSync(file('risks.csv'), 'utf8')).toContain('Id,Risk,');
  });

  it('refuses to overwrite its input and explains usage errors', () => {
    const same = runCli(['export', 'xlsx', file('pontianak.json'), '--out', file('pontianak.json')]);
    expect(same.status).toBe(2);
    expect(JSON.parse(readFileSync(file('pontianak.json'), 'utf8')).municipality.name).toBe('Pontianak');
    const noOut = runCli(['export', 'xlsx', file('pontianak.json')]);
    expect(noOut.status).toBe(2);
    expect(noOut.stderr).toContain('--out');
    const badFormat = runCli(['export', 'pdf', file('pontianak.json'), '--out', file('x.pdf')]);
    expect(badFormat.status).toBe(2);
    expect(existsSync(file('x.pdf'))).toBe(false);
  });
});
