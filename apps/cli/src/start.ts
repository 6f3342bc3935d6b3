import { reportFailure, run } from './main.js';
import { EXIT } from './ui/errors.js';

/** Wires the CLI to the real process: streams, exit code, broken pipes and stray failures. */
export async function start(argv: readonly string[], version: string): Promise<void> {
  const io = { stdout: process.stdout, stderr: process.stderr, env: process.env, cwd: process.cwd() };
  const langAt = argv.indexOf('--lang');
  const lang =
    argv.includes('--lang=en') ||
    (langAt >= 0 && argv[langAt + 1] === 'en') ||
    process.env.SMARTCITY_LANG === 'en';
  const state = {
    lang: lang ? ('en' as const) : ('id' as const),
    json: argv.includes('--json'),
    debug: argv.includes('--debug'),
    command: null,
  };
  // `smartcity schedule 2025 | head` closes the pipe early: that is not an error.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(EXIT.ok);
  });
  const stray = (error: unknown) => {
    process.exitCode = reportFailure(error, io, state);
    process.exit();
  };
  process.on('uncaughtException', stray);
  process.on('unhandledRejection', stray);
  process.exitCode = await run(argv, version, io);
}
