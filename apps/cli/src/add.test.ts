import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { PILLARS, parseWorkspace } from '@smartcity/core';
import { SAMPLE_WORKSPACES } from '@smartcity/core/samples';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { type CliIo, run } from './main.js';
import { makeTempDir, runCli } from './test-support.js';

const temp = makeTempDir();
const file = join(temp.dir, 'workspace.json');
const sample = SAMPLE_WORKSPACES['pontianak-2023'];
const agency = sample.agencies[0]!.id;

beforeEach(() => writeFileSync(file, JSON.stringify(sample, null, 2)));
afterAll(() => temp.remove());

function read() {
  const parsed = parseWorkspace(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success) throw new Error(JSON.stringify(parsed.issues));
  return parsed.data;
}

/** Runs the CLI in-process as if on a terminal, answering its questions from `answers`. */
async function onTerminal(args: string[], answers: string[]) {
  const stdin = Object.assign(new PassThrough(), { isTTY: true });
  stdin.end(answers.map((a) => `${a}\n`).join(''));
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    stdout: { isTTY: true, columns: 100, write: (t) => out.push(String(t)) > 0 },
    stderr: { isTTY: false, write: (t) => err.push(t) > 0 },
    stdin,
    env: { NO_COLOR: '1' },
    cwd: temp.dir,
  };
  const status = await run(args, '0.0.0', io);
  return { status, stdout: out.join(''), stderr: err.join('') };
}

describe('smartcity add with options', () => {
  it('adds an innovation, validated and written atomically, with a derived id', () => {
    const before = sample.innovations.length;
    const result = runCli([
      'add',
      'innovation',
      file,
      '--name',
      'E-Retribusi Pasar Baru',
      '--pillar',
      'economy',
      '--element',
      'transaction',
      '--agency',
      agency,
      '--horizon',
      'quick-win',
      '--start',
      '2025-01-06',
      '--lang',
      'en',
    ]);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toContain('Added innovation: E-Retribusi Pasar Baru (e-retribusi-pasar-baru)');
    const ws = read();
    expect(ws.innovations).toHaveLength(before + 1);
    expect(ws.innovations.at(-1)).toMatchObject({
      id: 'e-retribusi-pasar-baru',
      pillarId: 'economy',
      elementId: 'economy.transaction',
      agencyId: agency,
      horizon: 'quick-win',
      status: 'planned',
      startDate: '2025-01-06',
    });
  });

  it('adds a KPI measurement and an evaluation', () => {
    const innovation = sample.innovations.find((i) => i.kpis.length > 0)!;
    const kpi = innovation.kpis[0]!;
    const m = runCli([
      'add',
      'kpi-measurement',
      file,
      '--innovation',
      innovation.id,
      '--kpi',
      kpi.id,
      '--date',
      '2025-06-30',
      '--value',
      '12,5',
      '--json',
    ]);
    expect(m.status, m.stderr).toBe(0);
    expect(JSON.parse(m.stdout)).toMatchObject({
      ok: true,
      kind: 'kpi-measurement',
      record: { date: '2025-06-30', value: 12.5 },
    });
    const e = runCli([
      'add',
      'evaluation',
      file,
      '--kind',
      'external',
      '--year',
      '2025',
      '--stage',
      'I',
      '--date',
      '2025-06-12',
    ]);
    expect(e.status, e.stderr).toBe(0);
    const ws = read();
    const measured = ws.innovations.find((i) => i.id === innovation.id)!.kpis[0]!.measurements.at(-1);
    expect(measured).toMatchObject({ date: '2025-06-30', value: 12.5 });
    expect(ws.evaluations.at(-1)).toMatchObject({
      kind: 'external',
      cycle: { year: 2025, stage: 'I' },
      date: '2025-06-12',
    });
  });

  it('refuses bad values with a located message and leaves the file untouched', () => {
    const original = readFileSync(file, 'utf8');
    const cases: [string[], string][] = [
      [
        [
          'innovation',
          file,
          '--name',
          'X',
          '--pillar',
          'transport',
          '--element',
          'x',
          '--agency',
          agency,
          '--horizon',
          'short',
        ],
        '(--pillar)',
      ],
      [
        [
          'innovation',
          file,
          '--name',
          'X',
          '--pillar',
          'economy',
          '--element',
          'x',
          '--agency',
          'nope',
          '--horizon',
          'short',
        ],
        '(--element)',
      ],
      [['innovation', file, '--name', 'X'], 'needs --pillar, --element, --agency, --horizon'],
      [['evaluation', file, '--kind', 'external', '--year', '2025', '--date', '2026-02-30'], '(--date)'],
      [
        [
          'kpi-measurement',
          file,
          '--innovation',
          'nope',
          '--kpi',
          'k',
          '--date',
          '2025-01-01',
          '--value',
          '1',
        ],
        '(--innovation)',
      ],
      [
        ['evaluation', file, '--kind', 'external', '--year', '2025', '--name', 'X'],
        '--name does not apply to add evaluation',
      ],
      [['planet', file], '(<what>)'],
    ];
    for (const [args, expected] of cases) {
      const result = runCli(['add', ...args, '--lang', 'en']);
      expect(result.status, args.join(' ')).toBe(2);
      expect(result.stderr).toContain(expected);
    }
    expect(readFileSync(file, 'utf8')).toBe(original);
  });
});

describe('smartcity add on a terminal', () => {
  it('asks for each value with choices from the catalogues and the agencies, and re-asks an invalid answer', async () => {
    const economy = PILLARS.findIndex((p) => p.id === 'economy') + 1;
    const result = await onTerminal(
      ['add', 'innovation', file, '--lang', 'en'],
      [
        'Pasar Digital', // name
        String(economy), // pillar by number
        'nope', // element: not a choice → asked again
        'economy.transaction', // element by value
        agency, // agency by value
        '1', // horizon: quick-win
        '', // status: default planned
        '2026-02-30', // start: not a real day → asked again
        '2026-01-05', // start
        '2025-12-31', // end before start → asked again
        '2026-06-30', // end
      ],
    );
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toContain('Pillar (choose a number or a value):');
    expect(result.stdout).toMatch(/\d\) Smart Economy {2}\[economy\]/);
    expect(result.stdout).toContain(`[${agency}]`);
    expect(result.stdout).toContain('not one of the choices: "nope"');
    expect(result.stdout).toContain('invalid date "2026-02-30"');
    expect(result.stdout).toContain('the planned end is before the start');
    expect(result.stdout).toContain('Added innovation: Pasar Digital (pasar-digital)');
    expect(read().innovations.at(-1)).toMatchObject({
      id: 'pasar-digital',
      pillarId: 'economy',
      elementId: 'economy.transaction',
      horizon: 'quick-win',
      status: 'planned',
      startDate: '2026-01-05',
      endDate: '2026-06-30',
    });
  });

  it('picks the innovation and then its KPI from lists for a measurement', async () => {
    const withKpis = sample.innovations.filter((i) => i.kpis.length > 0);
    const innovation = withKpis[0]!;
    const result = await onTerminal(['add', 'kpi-measurement', file], ['1', '1', '2025-09-30', '40']);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toContain(innovation.name);
    expect(result.stdout).toContain(innovation.kpis[0]!.name);
    const kpi = read().innovations.find((i) => i.id === innovation.id)!.kpis[0]!;
    expect(kpi.measurements.at(-1)).toMatchObject({ date: '2025-09-30', value: 40 });
  });

  it('stops with exit 2 when the input ends before every question is answered, without writing', async () => {
    const original = readFileSync(file, 'utf8');
    const result = await onTerminal(['add', 'evaluation', file, '--lang', 'en'], ['external']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('the input ended before every question was answered');
    expect(readFileSync(file, 'utf8')).toBe(original);
  });
});

describe('smartcity init on a terminal', () => {
  it('asks for the cohort year when --cohort is not given, and checks the answer', async () => {
    const dir = join(temp.dir, 'cohort');
    const result = await onTerminal(
      ['init', dir, '--city', 'Pontianak', '--code', '61.71', '--lang', 'en'],
      ['2016', '2023'],
    );
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toContain('Year the city joined the Smart City programme');
    expect(result.stdout).toContain('invalid --cohort "2016"');
    const written = JSON.parse(readFileSync(join(dir, 'workspace.json'), 'utf8'));
    expect(written.municipality.cohortYear).toBe(2023);
  });

  it('takes --cohort without asking', async () => {
    const dir = join(temp.dir, 'cohort-flag');
    const result = await onTerminal(
      ['init', dir, '--city', 'Pontianak', '--code', '61.71', '--cohort', '2024'],
      [],
    );
    expect(result.status, result.stderr).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 'workspace.json'), 'utf8')).municipality.cohortYear).toBe(2024);
  });
});
