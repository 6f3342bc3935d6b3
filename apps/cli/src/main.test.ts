import { describe, expect, it } from 'vitest';
import { type CliIo, reportFailure, run } from './main.js';
import { CliError } from './ui/errors.js';

function fakeIo(env: NodeJS.ProcessEnv = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    stdout: { isTTY: false, write: (t: string) => out.push(t) > 0 },
    stderr: { isTTY: false, write: (t: string) => err.push(t) > 0 },
    env,
    cwd: '/',
  };
  return { io, stdout: () => out.join(''), stderr: () => err.join('') };
}

const state = { lang: 'en' as const, json: false, debug: false, command: 'validate' };

describe('reportFailure', () => {
  it('turns an unexpected error into exit 3 with one line and the advice to rerun with --debug', () => {
    const { io, stderr } = fakeIo();
    expect(reportFailure(new TypeError('boom'), io, state)).toBe(3);
    expect(stderr()).toBe(
      'smartcity: unexpected internal error: boom. Rerun with --debug and report the output to the maintainers.\n',
    );
  });

  it('adds the stack trace only with --debug, and a JSON envelope with --json', () => {
    const { io, stdout, stderr } = fakeIo();
    const error = new CliError({
      code: 'file_not_found',
      what: { id: 'tidak ada', en: 'missing' },
      where: 'a.json',
    });
    expect(reportFailure(error, io, { ...state, debug: true, json: true })).toBe(2);
    expect(stderr()).toMatch(/^smartcity: missing \(a\.json\)\.\n.*CliError/s);
    expect(JSON.parse(stdout())).toMatchObject({
      command: 'validate',
      ok: false,
      error: { code: 'file_not_found' },
    });
  });
});

describe('run (in process)', () => {
  it('prints the top-level help without loading a command', async () => {
    const { io, stdout } = fakeIo();
    expect(await run(['--help', '--lang', 'en'], '9.9.9', io)).toBe(0);
    expect(stdout()).toMatch(/^smartcity 9\.9\.9 — /);
  });

  it('refuses an invalid SMARTCITY_NOW with exit 2', async () => {
    const { io, stderr } = fakeIo({ SMARTCITY_NOW: 'yesterday' });
    expect(await run(['schedule', '2025', '--tz', 'Asia/Jakarta', '--lang', 'en'], '0.0.0', io)).toBe(2);
    expect(stderr()).toContain('SMARTCITY_NOW is not a valid ISO 8601 instant: "yesterday" (SMARTCITY_NOW)');
  });
});
