import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SAMPLE_IDS, SAMPLE_WORKSPACES } from '@smartcity/core/samples';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempDir, runCli } from './test-support.js';

const temp = makeTempDir('smartcity-report-');
const file = (name: string) => join(temp.dir, name);

beforeAll(() => {
  for (const id of SAMPLE_IDS) writeFileSync(file(`${id}.json`), JSON.stringify(SAMPLE_WORKSPACES[id]));
  writeFileSync(
    file('theme.json'),
    JSON.stringify({ cityName: 'Pemkot Pontianak', colors: { primary: '#123456' } }),
  );
  writeFileSync(file('bad-theme.json'), JSON.stringify({ colors: { primary: 'red;}</style>' } }));
});
afterAll(() => temp.remove());

describe('smartcity report', () => {
  it('writes the evaluation report as HTML, format from the extension, with a theme', () => {
    const run = runCli([
      'report',
      file('pontianak-2023.json'),
      '--as-of',
      '2023-12-31',
      '--theme',
      file('theme.json'),
      '--out',
      file('r.html'),
    ]);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/^Laporan ditulis ke .*r\.html \(evaluation, html, \d+ B\)\n$/);
    const html = readFileSync(file('r.html'), 'utf8');
    expect(html).toContain('<html lang="id">');
    expect(html).toContain('Pemkot Pontianak');
    expect(html).toContain('--primary:#123456');
  });

  it('writes the catalogue as an English PDF', () => {
    const run = runCli(
      [
        'report',
        file('pontianak-2023.json'),
        '--kind',
        'catalogue',
        '--format',
        'pdf',
        '--lang',
        'en',
        '--as-of',
        '2023-12-31',
        '--out',
        file('c.pdf'),
      ],
      {},
    );
    expect(run.status, run.stderr).toBe(0);
    const bytes = readFileSync(file('c.pdf'));
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    if (existsSync('/usr/bin/pdftotext')) {
      expect(execFileSync('pdftotext', [file('c.pdf'), '-'], { encoding: 'utf8' })).toContain(
        'Smart City Innovation Catalogue',
      );
    }
  }, 120_000);

  it('compares several workspaces as Markdown, with a JSON envelope', () => {
    const files = SAMPLE_IDS.map((id) => file(`${id}.json`));
    const run = runCli([
      'report',
      ...files,
      '--kind',
      'comparison',
      '--as-of',
      '2023-12-31',
      '--cycle',
      '2023-II',
      '--out',
      file('p.md'),
      '--json',
    ]);
    expect(run.status, run.stderr).toBe(0);
    const body = JSON.parse(run.stdout);
    expect(body).toMatchObject({
      command: 'report',
      ok: true,
      kind: 'comparison',
      format: 'md',
      cycle: '2023-II',
      files,
    });
    expect(readFileSync(file('p.md'), 'utf8')).toContain('# Perbandingan Antardaerah Smart City');
  });

  it('writes to standard output with --out -', () => {
    const run = runCli([
      'report',
      file('pekalongan-2021.json'),
      '--format',
      'md',
      '--as-of',
      '2021-12-31',
      '--out',
      '-',
    ]);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain('# Laporan Evaluasi Smart City — Kota Pekalongan');
  });

  it('explains usage errors with exit 2', () => {
    const cases: string[][] = [
      ['report', file('pontianak-2023.json'), '--as-of', '2023-12-31'],
      ['report', file('pontianak-2023.json'), '--kind', 'ringkasan', '--out', file('x.html')],
      ['report', file('pontianak-2023.json'), '--format', 'docx', '--out', file('x.html')],
      ['report', file('pontianak-2023.json'), '--as-of', '2023-13-01', '--out', file('x.html')],
      ['report', file('pontianak-2023.json'), file('singkawang-2022.json'), '--out', file('x.html')],
      [
        'report',
        file('pontianak-2023.json'),
        '--as-of',
        '2023-12-31',
        '--cycle',
        '2019-I',
        '--out',
        file('x.html'),
      ],
      [
        'report',
        file('pontianak-2023.json'),
        '--as-of',
        '2023-12-31',
        '--theme',
        file('bad-theme.json'),
        '--out',
        file('x.html'),
      ],
      ['report', file('pontianak-2023.json'), '--as-of', '2023-12-31', '--out', file('pontianak-2023.json')],
    ];
    for (const args of cases) {
      const run = runCli(args);
      expect(run.status, `${args.join(' ')}\n${run.stderr}`).toBe(2);
      expect(run.stderr).toMatch(/^smartcity: /);
    }
    expect(existsSync(file('x.html'))).toBe(false);
    expect(JSON.parse(readFileSync(file('pontianak-2023.json'), 'utf8')).municipality.name).toBe('Pontianak');
  });
});
