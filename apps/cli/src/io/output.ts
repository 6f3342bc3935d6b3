// Safe writes for every file the CLI produces (`schedule --ics`, `add`, and the adapters' `export`, `import`,
// `report` commands). How to use it from a command:
//
//   import { writeOutput } from '../io/output.js';
//   // inside run(ctx): refuses to overwrite an input, a read-only file (unless --force) or to invent a directory.
//   await writeOutput(ctx, outFile, bytesOrText, { inputs: [workspaceFile], force: ctx.args.values.force === true });
//
// `writeOutput` throws the located CliError (exit 2) so the command stops with one clear line; use
// `writeOutputAtomic` when you want the outcome as a value instead (e.g. to keep going after one failed file).
// `-` as the path means standard output (pass `stdout`; `writeOutput` passes the command's stdout for you).
// Every temporary file is `.<name>.smartcity-<pid>-<random>.tmp` beside the target: it is removed on failure,
// on Ctrl-C (SIGINT) and SIGTERM, and left-overs of a killed run are removed by the next write into the same
// directory (only when their process is gone).
import { randomBytes } from 'node:crypto';
import { constants, readdirSync, type Stats, unlinkSync } from 'node:fs';
import {
  access,
  chmod,
  lstat,
  mkdir,
  readdir,
  realpath,
  rename,
  stat,
  unlink,
  writeFile,
} from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import type { LocalizedText } from '@smartcity/core';
import type { CommandContext } from '../commands/types.js';
import { CliError } from '../ui/errors.js';
import { MSG } from '../ui/messages.js';

/** Options of {@link writeOutputAtomic}. */
export interface WriteOutputOptions {
  /** Files this run reads (as given on the command line; `-` is ignored): the output may not be any of them. */
  inputs?: readonly string[];
  /** Replace a read-only target (its mode is kept). Without it, a read-only target is refused. */
  force?: boolean;
  /** Create missing parent directories (only for outputs whose directory the command itself owns, e.g. demo). */
  createDirectories?: boolean;
  /** Where `-` writes. Without it, `-` is refused. */
  stdout?: { write(chunk: string | Uint8Array): boolean };
  /** The working directory relative paths are resolved against (default: `process.cwd()`). */
  cwd?: string;
}

/** The outcome of {@link writeOutputAtomic}: where the data went, or a located error to show the user. */
export type WriteOutcome = { ok: true; path: string; stdout: boolean } | { ok: false; error: CliError };

const TEMP_PATTERN = /^\.(.+)\.smartcity-(\d+)-[0-9a-f]{8}\.tmp$/;
// Left-overs of earlier versions: `<name>.<pid>.<random>.tmp`.
const LEGACY_TEMP_PATTERN = /^(.+)\.(\d+)\.[0-9a-f]{8}\.tmp$/;

const pending = new Set<string>();
let handlersInstalled = false;

function removePendingSync(): void {
  for (const path of pending) {
    try {
      unlinkSync(path);
    } catch {
      // Already gone.
    }
  }
  pending.clear();
}

function installSignalHandlers(): void {
  if (handlersInstalled) return;
  handlersInstalled = true;
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.once(signal, () => {
      removePendingSync();
      // Die of the same signal, so the shell sees the usual 130/143.
      process.kill(process.pid, signal);
    });
  }
  process.once('exit', removePendingSync);
}

function systemCode(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string'
    ? error.code
    : undefined;
}

function alive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return systemCode(error) === 'EPERM';
  }
}

/**
 * Removes temporary files a killed run left in a directory (ours only: the name pattern and a process id that no
 * longer runs). Never fails.
 */
export async function removeStaleTemporaryFiles(directory: string): Promise<string[]> {
  const removed: string[] = [];
  let names: string[];
  try {
    names = await readdir(directory);
  } catch {
    return removed;
  }
  for (const name of names) {
    const match = TEMP_PATTERN.exec(name) ?? LEGACY_TEMP_PATTERN.exec(name);
    if (!match || alive(Number(match[2]))) continue;
    try {
      await unlink(join(directory, name));
      removed.push(join(directory, name));
    } catch {
      // Someone else removed it, or it is not ours to remove.
    }
  }
  return removed;
}

/** Synchronous twin of {@link removeStaleTemporaryFiles}, for tests and start-up. */
export function removeStaleTemporaryFilesSync(directory: string): void {
  let names: string[];
  try {
    names = readdirSync(directory);
  } catch {
    return;
  }
  for (const name of names) {
    const match = TEMP_PATTERN.exec(name) ?? LEGACY_TEMP_PATTERN.exec(name);
    if (!match || alive(Number(match[2]))) continue;
    try {
      unlinkSync(join(directory, name));
    } catch {
      // Not ours to remove.
    }
  }
}

/**
 * Registers a temporary file to remove on Ctrl-C, SIGTERM or exit (for writers outside this module, e.g.
 * `writeNewFile`); call {@link releaseTemporary} once it is renamed or removed.
 */
export function trackTemporary(path: string): void {
  installSignalHandlers();
  pending.add(path);
}

/** Stops tracking a temporary file (it was renamed into place or removed). */
export function releaseTemporary(path: string): void {
  pending.delete(path);
}

/** The temporary name a write uses beside its target. */
export function temporaryPathFor(target: string): string {
  return join(
    dirname(target),
    `.${basename(target)}.smartcity-${process.pid}-${randomBytes(4).toString('hex')}.tmp`,
  );
}

function fail(
  code: string,
  what: LocalizedText,
  where: string,
  hint?: LocalizedText,
  cause?: unknown,
): WriteOutcome {
  return { ok: false, error: new CliError({ code, what, where, hint, cause }) };
}

async function identity(path: string): Promise<{ real: string; dev: number; ino: number } | undefined> {
  try {
    const real = await realpath(path);
    const stats = await stat(real);
    return { real, dev: stats.dev, ino: stats.ino };
  } catch {
    return undefined;
  }
}

/**
 * Writes a command's output safely: never onto one of its inputs (same file, also through symbolic or hard
 * links), never onto a read-only file unless `force`, never into a directory that does not exist (unless
 * `createDirectories`), and atomically (a temporary file beside the target, renamed over it; a symbolic link
 * keeps pointing at the new contents; the mode of a replaced file is kept). `-` writes to `stdout`.
 * Returns the outcome instead of throwing; {@link writeOutput} is the throwing form for commands.
 */
export async function writeOutputAtomic(
  path: string,
  data: string | Uint8Array,
  options: WriteOutputOptions = {},
): Promise<WriteOutcome> {
  if (path === '-') {
    if (!options.stdout) return fail('usage', MSG.stdoutNotAllowed, path);
    options.stdout.write(data);
    return { ok: true, path, stdout: true };
  }
  if (path === '') return fail('usage', MSG.emptyPath, path);
  const cwd = options.cwd ?? process.cwd();
  const given = resolve(cwd, path);

  // Follow a symbolic link to the file it names, so the link survives and the check below sees the real target.
  let target = given;
  let existing: Stats | undefined;
  try {
    const link = await lstat(given);
    if (link.isSymbolicLink()) {
      try {
        target = await realpath(given);
      } catch {
        return fail('dangling_link', MSG.danglingLink, path, MSG.danglingLinkHint);
      }
    }
    existing = await stat(target);
  } catch (error) {
    if (systemCode(error) !== 'ENOENT')
      return fail(
        'write_failed',
        MSG.writeFailed(systemCode(error) ?? String(error)),
        path,
        MSG.writeFailedHint,
        error,
      );
  }

  if (existing?.isDirectory()) return fail('is_directory', MSG.isDirectory, path, MSG.outputIsDirectoryHint);
  if (existing && !existing.isFile())
    return fail('not_a_file', MSG.notRegularFile, path, MSG.outputNotFileHint);

  if (existing) {
    const out = { dev: existing.dev, ino: existing.ino };
    for (const input of options.inputs ?? []) {
      if (input === '-' || input === '') continue;
      const id = await identity(resolve(cwd, input));
      if (id && id.dev === out.dev && id.ino === out.ino) {
        return fail('output_is_input', MSG.outputIsInput(input), path, MSG.outputIsInputHint);
      }
    }
    let writable = true;
    try {
      await access(target, constants.W_OK);
    } catch {
      writable = false;
    }
    // Root may write anything: look at the mode too, so a file marked read-only (chmod 444) is respected.
    if ((existing.mode & 0o222) === 0) writable = false;
    if (!writable && options.force !== true) {
      return fail('read_only', MSG.readOnlyTarget, path, MSG.readOnlyTargetHint);
    }
  }

  const directory = dirname(target);
  try {
    const dirStats = await stat(directory);
    if (!dirStats.isDirectory())
      return fail('not_a_directory', MSG.parentNotDirectory(directory), path, MSG.writeFailedHint);
  } catch (error) {
    if (systemCode(error) !== 'ENOENT' && systemCode(error) !== 'ENOTDIR') {
      return fail(
        'write_failed',
        MSG.writeFailed(systemCode(error) ?? String(error)),
        path,
        MSG.writeFailedHint,
        error,
      );
    }
    if (options.createDirectories !== true) {
      return fail(
        'directory_not_found',
        MSG.directoryNotFound(directory),
        path,
        MSG.directoryNotFoundHint(directory),
      );
    }
    try {
      await mkdir(directory, { recursive: true });
    } catch (inner) {
      return fail(
        'write_failed',
        MSG.writeFailed(systemCode(inner) ?? String(inner)),
        path,
        MSG.writeFailedHint,
        inner,
      );
    }
  }

  await removeStaleTemporaryFiles(directory);
  installSignalHandlers();
  const temp = temporaryPathFor(target);
  pending.add(temp);
  try {
    await writeFile(temp, data, { mode: 0o644, flag: 'wx' });
    if (existing) await chmod(temp, existing.mode & 0o7777);
    const hold = process.env.SMARTCITY_TEST_HOLD_WRITE;
    if (hold !== undefined && hold !== '') {
      // Test hook: pause with the temporary file in place, so a test can interrupt the write (Ctrl-C).
      process.stderr.write(`smartcity: holding ${temp}\n`);
      await new Promise((done) => setTimeout(done, Number(hold)));
    }
    await rename(temp, target);
    pending.delete(temp);
    return { ok: true, path, stdout: false };
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    pending.delete(temp);
    const code = systemCode(error);
    if (code === 'EACCES' || code === 'EPERM') {
      return fail('permission_denied', MSG.noWritePermission, path, MSG.writeFailedHint, error);
    }
    return fail('write_failed', MSG.writeFailed(code ?? String(error)), path, MSG.writeFailedHint, error);
  }
}

/**
 * {@link writeOutputAtomic} for a command: `-` goes to the command's stdout and a refusal is thrown as the
 * located {@link CliError} (exit 2).
 */
export async function writeOutput(
  ctx: Pick<CommandContext, 'cwd' | 'writeStdout'>,
  path: string,
  data: string | Uint8Array,
  options: Omit<WriteOutputOptions, 'stdout' | 'cwd'> = {},
): Promise<{ path: string; stdout: boolean }> {
  const outcome = await writeOutputAtomic(path, data, {
    ...options,
    cwd: ctx.cwd,
    stdout: {
      write: (chunk) => {
        ctx.writeStdout(chunk);
        return true;
      },
    },
  });
  if (!outcome.ok) throw outcome.error;
  return { path: outcome.path, stdout: outcome.stdout };
}
