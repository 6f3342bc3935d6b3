import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SAMPLE_IDS, SAMPLE_PROGRAMME_YEARS, SAMPLE_WORKSPACES } from '@smartcity/core/samples';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempDir, runCli, STACK_TRACE } from './test-support.js';

const temp = makeTempDir();
const file = (name: string) => join(temp.dir, name);

beforeAll(() => {
  for (const id of SAMPLE_IDS) writeFileSync(file(`${id}.json`), JSON.stringify(SAMPLE_WORKSPACES[id]));
  writeFileSync(file('broken.json'), '{"schemaVersion": 1,');
});
afterAll(() => temp.remove());

describe('smartcity summary', () => {
  it('summarises a sample: innovations per pillar and status, scores, progress, risks, overdue (Indonesian)', () => {
    const run = runCli(['summary', file('pekalongan-2021.json'), '--as-of', '2021-12-31']);
    expect(run.status, run.stderr).toBe(0);
    const out = run.stdout;
    expect(out).toMatch(/^Ringkasan Kota Pekalongan — per 31 Desember 2021\n/);
    expect(out).toMatch(
      /Inovasi per pilar dan status \(6\)\n\s+Pilar\s+Direncanakan\s+Berjalan\s+Terimplementasi/,
    );
    expect(out).toMatch(/Jumlah\s+0\s+3\s+2\s+1\s+0\s+6/);
    expect(out).toMatch(
      /Indeks smart city {2}3,11 \/ 5 {2}tanpa predikat resmi {2}\(\+0,17 dari evaluasi-2021-i\)/,
    );
    expect(out).toMatch(/Smart Governance\s+3,50/);
    expect(out).toMatch(/Keseluruhan: 79,0%/);
    expect(out).toMatch(/Risiko teratas\n\s+Risiko\s+Skor \(K×D\)/);
    expect(out).toMatch(/Terlambat dan jatuh tempo \(7\)/);
    expect(out).toContain('Belum ada evaluasi tercatat untuk semester II 2019');
    expect(run.stderr).toBe('');
  });

  it('answers in English with English decimals', () => {
    const run = runCli(['summary', file('pontianak-2023.json'), '--as-of', '2023-12-31', '--lang', 'en']);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/^Summary of Pontianak City — as of 31 December 2023\n/);
    expect(run.stdout).toMatch(/Smart city index {2}3\.41 \/ 5 {2}no official predicate {2}\(\+0\.14 from /);
    expect(run.stdout).toMatch(/Overall: 72\.6%/);
    expect(run.stdout).toContain('Nothing is overdue.');
  });

  it.each(SAMPLE_IDS)('summarises %s without errors, also as JSON', (id) => {
    const asOf = `${SAMPLE_PROGRAMME_YEARS[id]}-12-31`;
    const run = runCli(['summary', file(`${id}.json`), '--as-of', asOf, '--json']);
    expect(run.status, run.stderr).toBe(0);
    const body = JSON.parse(run.stdout);
    expect(body).toMatchObject({ command: 'summary', ok: true, asOf, file: file(`${id}.json`) });
    expect(body.summary.innovations.total).toBe(SAMPLE_WORKSPACES[id].innovations.length);
    expect(body.summary.innovations.byPillar).toHaveLength(6);
    for (const key of ['municipality', 'latestEvaluation', 'progress', 'topRisks', 'overdue', 'issues']) {
      expect(body.summary).toHaveProperty(key);
    }
  });

  it("defaults --as-of to today in the city's zone", () => {
    // 2023-12-31T17:30Z is already 1 January 2024 in Pontianak (UTC+7).
    const run = runCli(['summary', file('pontianak-2023.json'), '--json'], {
      env: { SMARTCITY_NOW: '2023-12-31T17:30:00Z' },
    });
    expect(JSON.parse(run.stdout).asOf).toBe('2024-01-01');
  });

  it('rejects bad options (exit 2) and an unreadable or invalid workspace (exit 2 / 1)', () => {
    const asOf = runCli(['summary', file('pontianak-2023.json'), '--as-of', '2023-02-30', '--lang', 'en']);
    expect(asOf.status).toBe(2);
    expect(asOf.stderr).toContain('invalid date "2023-02-30" (--as-of)');
    const risks = runCli(['summary', file('pontianak-2023.json'), '--risks', 'many']);
    expect(risks.status).toBe(2);
    expect(risks.stderr).toContain('nilai --risks "many" tidak valid');
    const missing = runCli(['summary', file('nope.json')]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('berkas tidak ditemukan');
    const broken = runCli(['summary', file('broken.json'), '--lang', 'en']);
    expect(broken.status).toBe(1);
    expect(broken.stderr).toMatch(
      /^smartcity: invalid workspace: 1 issue — \(root\): Invalid JSON at line 1, column 21/,
    );
    expect(broken.stderr).toContain(`Run "smartcity validate ${file('broken.json')}" to see every issue.`);
    for (const run of [asOf, risks, missing, broken]) expect(run.stderr).not.toMatch(STACK_TRACE);
  });
});
