import { constants } from 'node:fs';
import { link, mkdir, open, unlink, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import type { LocalizedText } from '@smartcity/core';
import { CliError } from '../ui/errors.js';
import { MSG } from '../ui/messages.js';
import {
  releaseTemporary,
  removeStaleTemporaryFiles,
  temporaryPathFor,
  trackTemporary,
  writeOutputAtomic,
} from './output.js';

/**
 * The largest input the CLI reads, in MiB. A real workspace is well under 1 MiB; the limit keeps a wrong file
 * (a database dump, a video) from exhausting memory. Documented in docs/cli.md.
 */
export const MAX_INPUT_MB = 20;
const MAX_INPUT_BYTES = MAX_INPUT_MB * 1024 * 1024;
const CHUNK = 1024 * 1024;

/** What a read reports while it runs, so a caller can drive a progress bar. */
export type ReadProgress = (bytesRead: number, totalBytes: number) => void;

function systemCode(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string'
    ? error.code
    : undefined;
}

function reason(error: unknown): string {
  const code = systemCode(error);
  const message = error instanceof Error ? error.message : String(error);
  return code ?? message;
}

function readError(error: unknown, where: string): CliError {
  const code = systemCode(error);
  if (code === 'ENOENT' || code === 'ENOTDIR') {
    return new CliError({
      code: 'file_not_found',
      what: MSG.fileNotFound,
      where,
      hint: MSG.fileNotFoundHint,
      cause: error,
    });
  }
  if (code === 'EISDIR') {
    return new CliError({
      code: 'is_directory',
      what: MSG.isDirectory,
      where,
      hint: MSG.isDirectoryHint,
      cause: error,
    });
  }
  if (code === 'EACCES' || code === 'EPERM') {
    return new CliError({
      code: 'permission_denied',
      what: MSG.permissionDenied,
      where,
      hint: MSG.permissionDeniedHint,
      cause: error,
    });
  }
  return new CliError({ code: 'read_failed', what: MSG.readFailed(reason(error)), where, cause: error });
}

function tooLarge(bytes: number, where: string): CliError {
  return new CliError({
    code: 'file_too_large',
    what: MSG.fileTooLarge(bytes, MAX_INPUT_MB),
    where,
    hint: MSG.fileTooLargeHint,
  });
}

/**
 * Reads a text file the careful way: a clear {@link CliError} (exit 2) for a missing file, a directory, missing
 * permission, a file over {@link MAX_INPUT_MB} MiB or bytes that are not UTF-8; a leading BOM is dropped.
 * The size is checked before reading and again while reading, so pipes and growing files are bounded too.
 * `-` reads standard input.
 */
export async function readTextFile(
  path: string,
  options: { onProgress?: ReadProgress } = {},
): Promise<string> {
  const where = path;
  const chunks: Uint8Array[] = [];
  let total = 0;
  if (path === '-') {
    for await (const chunk of process.stdin) {
      const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
      total += bytes.byteLength;
      if (total > MAX_INPUT_BYTES) throw tooLarge(total, 'stdin');
      chunks.push(bytes);
    }
    return decodeUtf8(Buffer.concat(chunks), 'stdin');
  }
  let handle: Awaited<ReturnType<typeof open>>;
  try {
    handle = await open(path, constants.O_RDONLY);
  } catch (error) {
    throw readError(error, where);
  }
  try {
    const stats = await handle.stat();
    if (stats.isDirectory())
      throw new CliError({ code: 'is_directory', what: MSG.isDirectory, where, hint: MSG.isDirectoryHint });
    if (!stats.isFile() && !stats.isFIFO() && !stats.isCharacterDevice()) {
      throw new CliError({ code: 'not_a_file', what: MSG.notRegularFile, where, hint: MSG.isDirectoryHint });
    }
    if (stats.size > MAX_INPUT_BYTES) throw tooLarge(stats.size, where);
    const expected = stats.size;
    for (;;) {
      const buffer = Buffer.allocUnsafe(CHUNK);
      const { bytesRead } = await handle.read(buffer, 0, CHUNK, null);
      if (bytesRead === 0) break;
      total += bytesRead;
      if (total > MAX_INPUT_BYTES) throw tooLarge(total, where);
      chunks.push(buffer.subarray(0, bytesRead));
      options.onProgress?.(total, Math.max(expected, total));
    }
  } catch (error) {
    throw error instanceof CliError ? error : readError(error, where);
  } finally {
    await handle.close().catch(() => undefined);
  }
  return decodeUtf8(Buffer.concat(chunks), where);
}

/** UTF-16 without a byte-order mark: a NUL byte in every other position of the first bytes. */
function looksLikeUtf16(bytes: Uint8Array): boolean {
  const sample = Math.min(bytes.length, 512) & ~1;
  if (sample < 2) return false;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < sample; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  const pairs = sample / 2;
  return evenNul > pairs * 0.3 || oddNul > pairs * 0.3;
}

function decodeUtf8(bytes: Uint8Array, where: string): string {
  const utf16 =
    (bytes[0] === 0xff && bytes[1] === 0xfe) ||
    (bytes[0] === 0xfe && bytes[1] === 0xff) ||
    looksLikeUtf16(bytes);
  if (utf16) throw new CliError({ code: 'not_utf8', what: MSG.utf16, where, hint: MSG.notUtf8Hint });
  // NUL is valid UTF-8 but never part of a text document: a binary file or another encoding.
  if (bytes.indexOf(0) >= 0)
    throw new CliError({ code: 'not_utf8', what: MSG.notUtf8, where, hint: MSG.notUtf8Hint });
  try {
    // `fatal` turns invalid sequences into an error instead of U+FFFD; the decoder drops a leading BOM.
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch (error) {
    throw new CliError({ code: 'not_utf8', what: MSG.notUtf8, where, hint: MSG.notUtf8Hint, cause: error });
  }
}

function writeError(error: unknown, where: string): CliError {
  if (error instanceof CliError) return error;
  const code = systemCode(error);
  if (code === 'EISDIR') {
    return new CliError({
      code: 'is_directory',
      what: MSG.isDirectory,
      where,
      hint: MSG.isDirectoryHint,
      cause: error,
    });
  }
  return new CliError({
    code: 'write_failed',
    what: MSG.writeFailed(reason(error)),
    where,
    hint: MSG.writeFailedHint,
    cause: error,
  });
}

/**
 * Writes a file the command owns (its directory is created when missing), atomically, through
 * {@link writeOutputAtomic}. For outputs a user names, call `writeOutput` (src/io/output.ts) instead, which also
 * refuses inputs, read-only targets and missing directories.
 */
export async function writeFileAtomic(path: string, contents: string): Promise<void> {
  const outcome = await writeOutputAtomic(path, contents, { createDirectories: true });
  if (!outcome.ok) throw outcome.error;
}

/**
 * Writes a new file, refusing to replace an existing one (exit 2 with "pick another directory"): the text goes to
 * a temporary file that is then hard-linked to the target, which fails atomically if the target exists.
 */
export async function writeNewFile(
  path: string,
  contents: string,
  messages: { exists: LocalizedText; hint: LocalizedText } = {
    exists: MSG.fileExists,
    hint: MSG.fileExistsHint,
  },
): Promise<void> {
  const target = resolve(path);
  const temp = temporaryPathFor(target);
  const exists = (cause?: unknown) =>
    new CliError({ code: 'file_exists', what: messages.exists, where: path, hint: messages.hint, cause });
  try {
    await mkdir(dirname(target), { recursive: true });
    await removeStaleTemporaryFiles(dirname(target));
    trackTemporary(temp);
    await writeFile(temp, contents, { encoding: 'utf8', mode: 0o644, flag: 'wx' });
    try {
      await link(temp, target);
    } catch (error) {
      const code = systemCode(error);
      if (code === 'EEXIST') throw exists(error);
      // File systems without hard links: fall back to an exclusive create.
      if (code === 'EPERM' || code === 'ENOTSUP' || code === 'EXDEV') {
        await writeFile(target, contents, { encoding: 'utf8', mode: 0o644, flag: 'wx' }).catch((inner) => {
          throw systemCode(inner) === 'EEXIST' ? exists(inner) : inner;
        });
      } else {
        throw error;
      }
    }
  } catch (error) {
    throw writeError(error, path);
  } finally {
    await unlink(temp).catch(() => undefined);
    releaseTemporary(temp);
  }
}
