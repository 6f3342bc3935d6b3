// Issue 9, defects 1, 2, 3 and 6: outputs never replace inputs or read-only files, no silent directory creation,
// `--ics -` is stdout, a broken pipe keeps the exit code, temporary files are cleaned, and the bin works after
// `npm ci`.
import { spawn, spawnSync } from 'node:child_process';
import {
  chmodSync,
  copyFileSync,
  existsSync,
  linkSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SAMPLE_WORKSPACES } from '@smartcity/core/samples';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removeStaleTemporaryFiles, writeOutputAtomic } from './io/output.js';
import { CLI, makeTempDir, runCli } from './test-support.js';

const temp = makeTempDir();
const file = (name: string) => join(temp.dir, name);
const WORKSPACE = JSON.stringify(SAMPLE_WORKSPACES['pontianak-2023'], null, 2);

beforeAll(() => {
  writeFileSync(file('ws.json'), WORKSPACE);
});
afterAll(() => temp.remove());

describe('outputs never overwrite inputs (defect 1)', () => {
  it('refuses --ics onto the workspace itself, through a symbolic link and through a hard link', () => {
    symlinkSync(file('ws.json'), file('link.json'));
    linkSync(file('ws.json'), file('hard.json'));
    for (const [input, output] of [
      [file('ws.json'), file('ws.json')],
      [file('link.json'), file('ws.json')],
      [file('ws.json'), file('link.json')],
      [file('hard.json'), file('ws.json')],
    ] as const) {
      const run = runCli(['schedule', '2023', '--workspace', input, '--ics', output, '--lang', 'en']);
      expect(run.status, run.stderr).toBe(2);
      expect(run.stderr).toContain('the output file is the input file');
      expect(readFileSync(file('ws.json'), 'utf8')).toBe(WORKSPACE);
    }
    const json = runCli(['schedule', '2023', '-w', file('ws.json'), '--ics', file('ws.json'), '--json']);
    expect(JSON.parse(json.stdout)).toMatchObject({
      ok: false,
      error: { code: 'output_is_input', exitCode: 2 },
    });
  });

  it('refuses a read-only target unless --force, and keeps its mode when forced', () => {
    writeFileSync(file('ro.ics'), 'old');
    chmodSync(file('ro.ics'), 0o444);
    const refused = runCli([
      'schedule',
      '2023',
      '-w',
      file('ws.json'),
      '--ics',
      file('ro.ics'),
      '--lang',
      'en',
    ]);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain('read-only');
    expect(refused.stderr).toContain('--force');
    expect(readFileSync(file('ro.ics'), 'utf8')).toBe('old');
    const forced = runCli(['schedule', '2023', '-w', file('ws.json'), '--ics', file('ro.ics'), '--force']);
    expect(forced.status, forced.stderr).toBe(0);
    expect(readFileSync(file('ro.ics'), 'utf8')).toMatch(/^BEGIN:VCALENDAR\r\n/);
    expect(statSync(file('ro.ics')).mode & 0o777).toBe(0o444);
  });

  it('writes through a symbolic link without replacing the link', () => {
    writeFileSync(file('real.ics'), '');
    symlinkSync(file('real.ics'), file('alias.ics'));
    const run = runCli(['schedule', '2023', '--tz', 'Asia/Jakarta', '--ics', file('alias.ics')]);
    expect(run.status, run.stderr).toBe(0);
    expect(readFileSync(file('real.ics'), 'utf8')).toMatch(/^BEGIN:VCALENDAR/);
  });

  it('never creates a missing directory tree for --ics', () => {
    const target = file('no/such/dir/cal.ics');
    const run = runCli(['schedule', '2025', '--tz', 'Asia/Jakarta', '--ics', target, '--lang', 'en']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(`the directory ${file('no/such/dir')} does not exist`);
    expect(run.stderr).toContain('mkdir -p');
    expect(existsSync(file('no'))).toBe(false);
  });

  it('treats --ics - as standard output', () => {
    const run = runCli(['schedule', '2025', '--tz', 'Asia/Jakarta', '--ics', '-'], { cwd: temp.dir });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/^BEGIN:VCALENDAR\r\n[\s\S]*END:VCALENDAR\r\n$/);
    expect(existsSync(file('-'))).toBe(false);
    const both = runCli(['schedule', '2025', '--tz', 'Asia/Jakarta', '--ics', '-', '--json']);
    expect(both.status).toBe(2);
  });

  it('returns a located error value from writeOutputAtomic (the API the adapter commands use)', async () => {
    writeFileSync(file('in.json'), '{}');
    const same = await writeOutputAtomic(file('in.json'), 'x', { inputs: [file('in.json')] });
    expect(same.ok).toBe(false);
    if (!same.ok) {
      expect(same.error.code).toBe('output_is_input');
      expect(same.error.where).toBe(file('in.json'));
      expect(same.error.what.id).not.toBe(same.error.what.en);
    }
    const ok = await writeOutputAtomic(file('out.txt'), new Uint8Array([104, 105]), {
      inputs: [file('in.json')],
    });
    expect(ok).toEqual({ ok: true, path: file('out.txt'), stdout: false });
    expect(readFileSync(file('out.txt'), 'utf8')).toBe('hi');
    const chunks: (string | Uint8Array)[] = [];
    const piped = await writeOutputAtomic('-', 'to stdout', { stdout: { write: (c) => chunks.push(c) > 0 } });
    expect(piped.ok && piped.stdout).toBe(true);
    expect(chunks).toEqual(['to stdout']);
    const noStdout = await writeOutputAtomic('-', 'x');
    expect(noStdout.ok).toBe(false);
  });
});

describe('temporary files (defect 6)', () => {
  function deadPid(): number {
    const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], {
      encoding: 'utf8',
    });
    return Number(child.stdout);
  }

  it('removes the temporary file on Ctrl-C (SIGINT) and SIGTERM', async () => {
    for (const signal of ['SIGINT', 'SIGTERM'] as const) {
      const dir = file(`signal-${signal}`);
      mkdirSync(dir);
      const child = spawn(
        process.execPath,
        [CLI, 'schedule', '2025', '--tz', 'Asia/Jakarta', '--ics', join(dir, 'cal.ics')],
        { env: { ...process.env, NO_COLOR: '1', SMARTCITY_TEST_HOLD_WRITE: '20000' } },
      );
      let stderr = '';
      await new Promise<void>((ready) => {
        child.stderr.on('data', (chunk: Buffer) => {
          stderr += chunk.toString();
          if (stderr.includes('holding')) ready();
        });
      });
      expect(readdirSync(dir).some((name) => name.endsWith('.tmp'))).toBe(true);
      const exited = new Promise<NodeJS.Signals | null>((done) =>
        child.on('exit', (_code, sig) => done(sig)),
      );
      child.kill(signal);
      expect(await exited).toBe(signal);
      expect(readdirSync(dir)).toEqual([]);
    }
  });

  it('removes left-overs of a killed run on the next write, but not those of a running process', async () => {
    const dir = file('stale');
    mkdirSync(dir);
    const dead = deadPid();
    const stale = [`.cal.ics.smartcity-${dead}-0123abcd.tmp`, `cal.ics.${dead}.89abcdef.tmp`];
    for (const name of stale) writeFileSync(join(dir, name), 'partial');
    const live = `.cal.ics.smartcity-${process.pid}-0123abcd.tmp`;
    writeFileSync(join(dir, live), 'being written');
    const run = runCli(['schedule', '2025', '--tz', 'Asia/Jakarta', '--ics', join(dir, 'cal.ics')]);
    expect(run.status, run.stderr).toBe(0);
    expect(readdirSync(dir).sort()).toEqual([live, 'cal.ics'].sort());
    expect(await removeStaleTemporaryFiles(dir)).toEqual([]);
  });
});

describe('broken pipe (defect 2)', () => {
  it('keeps exit 1 for an invalid workspace when the reader closes the pipe early', () => {
    const bad = { ...SAMPLE_WORKSPACES['pontianak-2023'] } as Record<string, unknown>;
    const innovations = (bad.innovations as Record<string, unknown>[])[0]!;
    bad.innovations = Array.from({ length: 3000 }, (_, i) => ({
      ...innovations,
      id: `x-${i}`,
      pillarId: 'nope',
    }));
    writeFileSync(file('invalid-many.json'), JSON.stringify(bad));
    const piped = spawnSync(
      'bash',
      [
        '-c',
        `"${process.execPath}" "${CLI}" validate "${file('invalid-many.json')}" | head -1; echo "status=\${PIPESTATUS[0]}"`,
      ],
      { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } },
    );
    expect(piped.stdout).toMatch(/status=1\n$/);
    expect(piped.stdout.split('\n')).toHaveLength(3);
    expect(piped.stderr).toBe('');
  });
});

describe('the bin after npm ci (defect 3)', () => {
  const pkgUrl = new URL('../package.json', import.meta.url);
  const pkg = JSON.parse(readFileSync(pkgUrl, 'utf8')) as { bin: Record<string, string>; files: string[] };
  const launcher = fileURLToPath(new URL(pkg.bin.smartcity ?? '', pkgUrl));

  it('points "bin" at a committed, executable launcher, not at the build', () => {
    expect(pkg.bin.smartcity).toBe('./bin/smartcity.js');
    expect(pkg.files).toContain('bin');
    expect(statSync(launcher).mode & 0o111).not.toBe(0);
    expect(readFileSync(launcher, 'utf8')).toMatch(/^#!\/usr\/bin\/env node\n/);
  });

  it('runs the build when it exists', () => {
    const run = spawnSync(process.execPath, [launcher, '--version'], { encoding: 'utf8' });
    expect(run.status).toBe(0);
    expect(run.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('says in both languages how to build when the build is missing (exit 2)', () => {
    const pkgDir = file('fresh-clone');
    mkdirSync(join(pkgDir, 'bin'), { recursive: true });
    copyFileSync(launcher, join(pkgDir, 'bin', 'smartcity.js'));
    writeFileSync(join(pkgDir, 'package.json'), '{"type":"module"}');
    const id = spawnSync(process.execPath, [join(pkgDir, 'bin', 'smartcity.js'), '--help'], {
      encoding: 'utf8',
      env: { ...process.env, SMARTCITY_LANG: '' },
    });
    expect(id.status).toBe(2);
    expect(id.stderr).toContain('belum dibangun');
    expect(id.stderr).toContain('npm run build');
    const en = spawnSync(process.execPath, [join(pkgDir, 'bin', 'smartcity.js'), '--lang', 'en'], {
      encoding: 'utf8',
    });
    expect(en.status).toBe(2);
    expect(en.stderr).toContain('the command is not built yet');
    expect(en.stderr).toContain('npm run build');
  });
});
