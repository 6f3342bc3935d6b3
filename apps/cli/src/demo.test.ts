import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SAMPLE_IDS, SAMPLE_PROGRAMME_YEARS } from '@smartcity/core/samples';
import { afterAll, describe, expect, it } from 'vitest';
import { makeTempDir, runCli } from './test-support.js';

const temp = makeTempDir();
afterAll(() => temp.remove());

const NOW = { SMARTCITY_NOW: '2025-03-10T02:00:00Z' };

describe('smartcity demo', () => {
  it('runs the whole flow on every sample into ./smartcity-demo and lists the outputs', () => {
    const run = runCli(['demo'], { cwd: temp.dir, env: NOW });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/^Demo smartcity: 4 contoh workspace → smartcity-demo\n/);
    expect(run.stdout).toContain('Berkas yang ditulis:');
    expect(run.stdout).toMatch(
      /workspace \(JSON tervalidasi\)\s+smartcity-demo\/<contoh>\/workspace\.json {2}\(4\)/,
    );
    const out = join(temp.dir, 'smartcity-demo');
    for (const id of SAMPLE_IDS) {
      const year = SAMPLE_PROGRAMME_YEARS[id];
      expect(run.stdout).toContain(id);
      const workspace = join(out, id, 'workspace.json');
      for (const name of [
        'workspace.json',
        `calendar-${year}.ics`,
        `calendar-${year}.json`,
        `calendar-${year}.txt`,
      ]) {
        expect(existsSync(join(out, id, name)), `${id}/${name}`).toBe(true);
      }
      expect(runCli(['validate', workspace]).status).toBe(0);
      expect(readFileSync(join(out, id, `calendar-${year}.ics`), 'utf8')).toMatch(/^BEGIN:VCALENDAR\r\n/);
      const calendar = JSON.parse(readFileSync(join(out, id, `calendar-${year}.json`), 'utf8'));
      expect(calendar).toMatchObject({ command: 'schedule', year });
      expect(readFileSync(join(out, id, `calendar-${year}.txt`), 'utf8')).toContain(
        `Kalender program ${year}`,
      );
    }
  });

  it("prints exactly what the root README's quick start shows", () => {
    const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');
    const shown = /`npm run demo` prints where it wrote its outputs:\n\n```text\n([\s\S]*?)\n```/.exec(
      readme,
    )?.[1];
    const run = runCli(['demo'], { cwd: temp.dir });
    expect(run.stdout.trimEnd()).toBe(shown);
  });

  it('writes English outputs to --out and describes them as JSON', () => {
    const out = join(temp.dir, 'en');
    const run = runCli(['demo', '--out', out, '--lang', 'en', '--json'], { env: NOW });
    expect(run.status, run.stderr).toBe(0);
    const body = JSON.parse(run.stdout);
    expect(body).toMatchObject({ command: 'demo', ok: true, out });
    expect(body.samples.map((s: { id: string }) => s.id)).toEqual([...SAMPLE_IDS]);
    const files = body.samples.flatMap((s: { files: string[] }) => s.files) as string[];
    expect(body.fileCount).toBe(files.length);
    for (const path of files) expect(existsSync(path), path).toBe(true);
    const first = SAMPLE_IDS[0];
    const year = SAMPLE_PROGRAMME_YEARS[first];
    expect(readFileSync(join(out, first, `calendar-${year}.txt`), 'utf8')).toContain(
      `Programme calendar ${year}`,
    );
    // Running again replaces its own outputs.
    expect(runCli(['demo', '--out', out], { env: NOW }).status).toBe(0);
  });
});
