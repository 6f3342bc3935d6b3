// The entry point. It answers `--version` by itself and loads the rest lazily, so that the most common quick
// call never parses the core (zod schemas, catalogues) or any command module.
declare const __CLI_VERSION__: string;

const argv = process.argv.slice(2);
const versionAt = argv.findIndex((a) => a === '--version' || a === '-v');
const beforeCommand = versionAt >= 0 && argv.slice(0, versionAt).every((a) => a.startsWith('-'));

if (beforeCommand) {
  process.stdout.write(
    argv.includes('--json')
      ? `${JSON.stringify({ command: 'version', ok: true, version: __CLI_VERSION__ }, null, 2)}\n`
      : `${__CLI_VERSION__}\n`,
  );
} else {
  try {
    const { start } = await import('./start.js');
    await start(argv, __CLI_VERSION__);
  } catch (error) {
    // Only reached if the bundle itself cannot load: keep the promise of one line and exit 3.
    const detail = error instanceof Error ? error.message : String(error);
    process.stderr.write(
      `smartcity: galat internal / internal error (${detail}). Jalankan ulang dengan --debug / rerun with --debug.\n`,
    );
    if (argv.includes('--debug') && error instanceof Error) process.stderr.write(`${error.stack}\n`);
    process.exitCode = 3;
  }
}

export {};
