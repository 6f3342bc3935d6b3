import { type CliIo, reportFailure, run } from './main.js';

/**
 * A stdout that survives its reader going away: `smartcity validate bad.json | head -1` closes the pipe early.
 * Later writes are dropped, and the exit code stays the command's own (1 for an invalid workspace), never 0
 * because the output was cut short.
 */
function guardedStdout(): CliIo['stdout'] {
  let closed = false;
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE' || error.code === 'ERR_STREAM_DESTROYED') closed = true;
    else throw error;
  });
  return {
    get isTTY() {
      return process.stdout.isTTY;
    },
    get columns() {
      return process.stdout.columns;
    },
    write(chunk) {
      if (closed) return false;
      return process.stdout.write(chunk);
    },
  };
}

/** Wires the CLI to the real process: streams, exit code, broken pipes and stray failures. */
export async function start(argv: readonly string[], version: string): Promise<void> {
  const io: CliIo = {
    stdout: guardedStdout(),
    stderr: process.stderr,
    stdin: process.stdin,
    env: process.env,
    cwd: process.cwd(),
  };
  const langAt = argv.indexOf('--lang');
  const lang =
    argv.includes('--lang=en') ||
    (langAt >= 0 && argv[langAt + 1] === 'en') ||
    process.env.SMARTCITY_LANG === 'en';
  const state = {
    lang: lang ? ('en' as const) : ('id' as const),
    json: argv.some((a) => a === '--json' || a.startsWith('--json=')),
    debug: argv.includes('--debug'),
    command: null,
  };
  const stray = (error: unknown) => {
    process.exitCode = reportFailure(error, io, state);
    process.exit();
  };
  process.on('uncaughtException', stray);
  process.on('unhandledRejection', stray);
  process.exitCode = await run(argv, version, io);
}
