#!/usr/bin/env node
// The `smartcity` command as npm links it. It is committed (not built) so that `npm ci` links it at once, before
// any build: `npx smartcity` then never falls back to the public registry. It only loads the build, dist/cli.js,
// and says how to make it when it is missing.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const built = new URL('../dist/cli.js', import.meta.url);
if (existsSync(fileURLToPath(built))) {
  await import(built.href);
} else {
  const args = process.argv.slice(2);
  const english =
    args.includes('--lang=en') ||
    args.some((a, i) => a === 'en' && args[i - 1] === '--lang') ||
    process.env.SMARTCITY_LANG === 'en';
  process.stderr.write(
    english
      ? 'smartcity: the command is not built yet (apps/cli/dist/cli.js is missing). Build it once from the repository root: npm run build\n'
      : 'smartcity: perintah ini belum dibangun (apps/cli/dist/cli.js tidak ada). Bangun sekali dari akar repositori: npm run build\n',
  );
  process.exitCode = 2;
}
