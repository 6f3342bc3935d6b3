// Helpers for the CLI's tests: every test runs the BUILT CLI (`dist/cli.js`) as a child process, the way a user
// or a script does, so that exit codes, streams and packaging are all part of what is tested.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';

/** The built CLI. The package's `test` script builds it before vitest runs. */
// SMARTCITY_TEST_CLI points the tests at another build (e.g. one made with `tsup --out-dir` elsewhere while a
// shared working tree is being rebuilt).
export const CLI =
  process.env.SMARTCITY_TEST_CLI ?? fileURLToPath(new URL('../dist/cli.js', import.meta.url));

/** A stack trace line, which must never reach a user without `--debug`. */
export const STACK_TRACE = /\n\s+at /;

/** The outcome of one CLI run. */
export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs `node dist/cli.js …args` with colours off. Every run is also checked for what must never happen: a crash
 * (exit code other than 0, 1, 2, or a signal) or a stack trace without `--debug`.
 */
export function runCli(
  args: readonly string[],
  options: { cwd?: string; env?: Record<string, string | undefined>; input?: string } = {},
): CliRun {
  const env: Record<string, string | undefined> = {
    ...process.env,
    NO_COLOR: '1',
    SMARTCITY_LANG: undefined,
  };
  delete env.FORCE_COLOR;
  Object.assign(env, options.env ?? {});
  for (const key of Object.keys(env)) if (env[key] === undefined) delete env[key];
  const result = spawnSync(process.execPath, [CLI, ...args], {
    cwd: options.cwd ?? process.cwd(),
    env: env as NodeJS.ProcessEnv,
    input: options.input ?? '',
    encoding: 'utf8',
    timeout: 30_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  const run = { status: result.status, stdout: result.stdout, stderr: result.stderr };
  if (!args.includes('--debug')) {
    expect([0, 1, 2], `exit code of smartcity ${args.join(' ')}: ${run.stderr}`).toContain(run.status);
    expect(run.stderr).not.toMatch(STACK_TRACE);
    expect(run.stdout).not.toMatch(STACK_TRACE);
  }
  return run;
}

/** A fresh directory under the OS temp dir, and a function that removes it. */
export function makeTempDir(prefix = 'smartcity-cli-'): { dir: string; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
