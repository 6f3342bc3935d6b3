// Issue 9, defects 5, 8 and 10: dates validated at the edge in one language, honest JSON and encodings, and the
// smaller ones (kind prefix in --city, a name with a line break, --risks -1, SMARTCITY_NOW, a KPI far over its
// target, init onto an existing file).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SAMPLE_WORKSPACES } from '@smartcity/core/samples';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempDir, runCli } from './test-support.js';

const temp = makeTempDir();
const file = (name: string) => join(temp.dir, name);

beforeAll(() => {
  writeFileSync(file('ws.json'), JSON.stringify(SAMPLE_WORKSPACES['pontianak-2023']));
});
afterAll(() => temp.remove());

/** True when a message mixes the two languages' wording (the defect: "… (tanggal tidak valid)"). */
function oneLanguage(text: string, lang: 'id' | 'en'): boolean {
  const other = lang === 'en' ? /\b(tidak|tanggal|berkas|opsi)\b/ : /\b(invalid|the|must|file)\b/;
  return !other.test(text);
}

describe('dates a user gives (defect 5)', () => {
  it('refuses --as-of 9999-12-31 and 2026-02-30 with a located usage error in one language (exit 2)', () => {
    for (const value of ['9999-12-31', '2026-02-30', '2025-13-01', '25-01-01']) {
      for (const lang of ['id', 'en'] as const) {
        const run = runCli(['summary', file('ws.json'), '--as-of', value, '--lang', lang]);
        expect(run.status, run.stderr).toBe(2);
        expect(run.stderr).toContain(`"${value}"`);
        expect(run.stderr).toContain('(--as-of)');
        expect(oneLanguage(run.stderr, lang), run.stderr).toBe(true);
      }
    }
    const json = runCli(['summary', file('ws.json'), '--as-of', '9999-12-31', '--json']);
    expect(JSON.parse(json.stdout)).toMatchObject({
      ok: false,
      error: { code: 'invalid_date', where: '--as-of' },
    });
  });

  it('refuses SMARTCITY_NOW on a day that does not exist instead of rolling it over', () => {
    for (const now of [
      '2026-02-30T10:00:00Z',
      '2025-06-31T00:00:00+07:00',
      '2025-01-01T24:00:00Z',
      '2025-01-01',
    ]) {
      const run = runCli(['schedule', '2025', '--tz', 'Asia/Jakarta', '--lang', 'en'], {
        env: { SMARTCITY_NOW: now },
      });
      expect(run.status, now).toBe(2);
      expect(run.stderr).toContain(`SMARTCITY_NOW is not a valid ISO 8601 instant: "${now}"`);
    }
    const ok = runCli(['schedule', '2025', '--tz', 'Asia/Jakarta'], {
      env: { SMARTCITY_NOW: '2024-02-29T23:59:59.5+07:00' },
    });
    expect(ok.status, ok.stderr).toBe(0);
  });
});

describe('diagnostics (defect 8)', () => {
  it('reports UTF-16 without a byte-order mark as not UTF-8, not as invalid JSON', () => {
    const text = JSON.stringify(SAMPLE_WORKSPACES['pontianak-2023']);
    writeFileSync(file('utf16le.json'), Buffer.from(text, 'utf16le'));
    writeFileSync(file('utf16be.json'), Buffer.from(text, 'utf16le').swap16());
    for (const name of ['utf16le.json', 'utf16be.json']) {
      const run = runCli(['validate', file(name), '--lang', 'en']);
      expect(run.status).toBe(2);
      expect(run.stderr).toContain('the file is not UTF-8 text (it looks like UTF-16)');
      expect(run.stdout).toBe('');
    }
  });

  it('does not print ok: true when `smartcity --json` exits 2', () => {
    const bare = runCli(['--json']);
    expect(bare.status).toBe(2);
    expect(JSON.parse(bare.stdout)).toMatchObject({ command: 'help', ok: false });
    const help = runCli(['--help', '--json']);
    expect(help.status).toBe(0);
    expect(JSON.parse(help.stdout)).toMatchObject({ command: 'help', ok: true });
  });

  it('prints the help of a command as JSON with --help --json', () => {
    const run = runCli(['validate', '--help', '--json', '--lang', 'en']);
    expect(run.status).toBe(0);
    const body = JSON.parse(run.stdout);
    expect(body).toMatchObject({
      command: 'help',
      ok: true,
      name: 'validate',
      usage: expect.stringMatching(/^smartcity validate /),
    });
    expect(body.globalOptions.map((o: { flag: string }) => o.flag)).toContain('--json');
  });

  it('answers --json=yes with a JSON usage error', () => {
    const run = runCli(['validate', file('ws.json'), '--json=yes', '--lang', 'en']);
    expect(run.status).toBe(2);
    expect(JSON.parse(run.stdout)).toMatchObject({ ok: false, error: { code: 'usage' } });
    expect(run.stderr).toContain('option "--json" takes no value');
  });

  it('refuses --json twice like --lang twice', () => {
    const json = runCli(['validate', file('ws.json'), '--json', '--json', '--lang', 'en']);
    const lang = runCli(['validate', file('ws.json'), '--lang', 'en', '--lang', 'en']);
    expect(json.status).toBe(2);
    expect(lang.status).toBe(2);
    expect(json.stderr).toContain('option "--json" given more than once');
    expect(lang.stderr).toContain('option "--lang" given more than once');
  });
});

describe('smaller defects (defect 10)', () => {
  it('takes "Kabupaten Jayapura" as the name Jayapura of a kabupaten, and refuses a contradicting --kind', () => {
    const dir = file('jayapura');
    const run = runCli(['init', dir, '--city', 'Kabupaten Jayapura', '--code', '91.03', '--json']);
    expect(run.status, run.stderr).toBe(0);
    const written = JSON.parse(readFileSync(join(dir, 'workspace.json'), 'utf8'));
    expect(written.municipality).toMatchObject({ name: 'Jayapura', kind: 'kabupaten' });
    const summary = runCli(['summary', join(dir, 'workspace.json'), '--as-of', '2026-06-30']);
    expect(summary.stdout).toContain('Kabupaten Jayapura');
    expect(summary.stdout).not.toContain('Kabupaten Kabupaten');
    const conflict = runCli([
      'init',
      file('j2'),
      '--city',
      'Kota Jayapura',
      '--code',
      '91.03',
      '--kind',
      'kabupaten',
    ]);
    expect(conflict.status).toBe(2);
    expect(conflict.stderr).toContain('(--city)');
  });

  it('refuses a city or province name with a line break', () => {
    const city = runCli(['init', file('nl'), '--city', 'Ponti\nanak', '--code', '61.71', '--lang', 'en']);
    expect(city.status).toBe(2);
    expect(city.stderr).toContain('--city contains control characters');
    const province = runCli([
      'init',
      file('nl2'),
      '--city',
      'Pontianak',
      '--code',
      '61.71',
      '--province',
      'A\rB',
      '--tz',
      'Asia/Pontianak',
    ]);
    expect(province.status).toBe(2);
  });

  it('says what is wrong with --risks -1 instead of "needs a value"', () => {
    const run = runCli(['summary', file('ws.json'), '--risks', '-1', '--lang', 'en']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('invalid --risks "-1": it must be a whole number 0–100');
    expect(run.stderr).not.toContain('needs a value');
  });

  it('warns when a KPI measurement is far over its target (progress would be clamped silently)', () => {
    const ws = structuredClone(SAMPLE_WORKSPACES['pontianak-2023']) as unknown as {
      innovations: {
        name: string;
        kpis: {
          name: string;
          baseline: number | null;
          target: { value: number };
          measurements: { value: number }[];
        }[];
      }[];
    };
    const innovation = ws.innovations.find((i) =>
      i.kpis.some((k) => k.baseline !== null && k.measurements.length > 0),
    )!;
    const kpi = innovation.kpis.find((k) => k.baseline !== null && k.measurements.length > 0)!;
    for (const m of kpi.measurements) m.value = kpi.baseline! + 5 * (kpi.target.value - kpi.baseline!);
    writeFileSync(file('over.json'), JSON.stringify(ws));
    const run = runCli(['summary', file('over.json'), '--as-of', '2030-12-31', '--lang', 'en']);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).toContain(`KPI "${kpi.name}" (${innovation.name})`);
    expect(run.stderr).toContain('far past the target');
    const json = JSON.parse(runCli(['summary', file('over.json'), '--as-of', '2030-12-31', '--json']).stdout);
    expect(json.warnings).toEqual([expect.objectContaining({ code: 'kpi_far_over_target' })]);
    const normal = JSON.parse(runCli(['summary', file('ws.json'), '--as-of', '2030-12-31', '--json']).stdout);
    expect(normal.warnings).toEqual([]);
  });

  it('gives a hint that fits when init meets an existing workspace or a file instead of a directory', () => {
    const dir = file('existing');
    mkdirSync(dir);
    writeFileSync(join(dir, 'workspace.json'), '{}');
    const exists = runCli(['init', dir, '--city', 'Pontianak', '--code', '61.71', '--lang', 'en']);
    expect(exists.status).toBe(2);
    expect(exists.stderr).toContain(`smartcity validate ${join(dir, 'workspace.json')}`);
    const onFile = runCli([
      'init',
      file('ws.json'),
      '--city',
      'Pontianak',
      '--code',
      '61.71',
      '--lang',
      'en',
    ]);
    expect(onFile.status).toBe(2);
    expect(onFile.stderr).toContain('this is a file, not a directory');
    expect(onFile.stderr).toContain(`smartcity validate ${file('ws.json')}`);
  });

  it('points region, province and zone mismatches at the flag to fix, and shows warnings (defect 4)', () => {
    const unknown = runCli([
      'init',
      file('narnia'),
      '--city',
      'X',
      '--code',
      '99.99',
      '--province',
      'Narnia',
      '--tz',
      'Asia/Jakarta',
      '--lang',
      'en',
    ]);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('(--code). Fix the value of --code.');
    const zone = runCli([
      'init',
      file('kediri'),
      '--city',
      'Kediri',
      '--code',
      '35.71',
      '--tz',
      'Asia/Jayapura',
      '--lang',
      'en',
    ]);
    expect(zone.status).toBe(2);
    expect(zone.stderr).toContain('(--tz). Fix the value of --tz.');
    const sameOffset = runCli([
      'init',
      file('ptk'),
      '--city',
      'Pontianak',
      '--code',
      '61.71',
      '--tz',
      'Asia/Jakarta',
      '--json',
    ]);
    expect(sameOffset.status, sameOffset.stderr).toBe(0);
    expect(JSON.parse(sameOffset.stdout).warnings).toEqual([
      expect.objectContaining({ code: 'time_zone_mismatch', pathText: 'municipality.timeZone' }),
    ]);
    const text = runCli([
      'init',
      file('ptk2'),
      '--city',
      'Pontianak',
      '--code',
      '61.71',
      '--tz',
      'Asia/Jakarta',
      '--cohort',
      '2023',
      '--lang',
      'en',
    ]);
    expect(text.status).toBe(0);
    expect(text.stderr).toMatch(/^Warning \(--tz\): /m);
  });
});
