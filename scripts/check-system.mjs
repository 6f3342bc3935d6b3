#!/usr/bin/env node
// Runs first in `npm test`: the suite uses real programs (Chromium, MariaDB, poppler). When one is missing and this
// process can install it (root with apt-get), it runs scripts/setup-system.sh; otherwise it stops with the one
// command to run. A test never skips silently for a missing program.
import { execFileSync, spawnSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const NEEDED = [
  { program: 'chromium', paths: ['/usr/bin/chromium'], package: 'chromium' },
  { program: 'mariadbd', paths: ['/usr/sbin/mariadbd', '/usr/bin/mariadbd'], package: 'mariadb-server' },
  { program: 'mariadb-install-db', paths: ['/usr/bin/mariadb-install-db'], package: 'mariadb-server' },
  { program: 'pdftotext', paths: ['/usr/bin/pdftotext'], package: 'poppler-utils' },
  { program: 'pdftoppm', paths: ['/usr/bin/pdftoppm'], package: 'poppler-utils' },
];

const executable = (path) => {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
};
const missing = () => NEEDED.filter((n) => !n.paths.some(executable));

let absent = missing();
if (absent.length === 0) process.exit(0);

const names = absent.map((n) => n.program).join(', ');
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
if (isRoot && hasApt) {
  console.log(`check-system: ${names} missing; installing with scripts/setup-system.sh`);
  execFileSync('bash', [join(root, 'scripts/setup-system.sh')], { stdio: 'inherit' });
  absent = missing();
  if (absent.length === 0) process.exit(0);
  console.error(`check-system: still missing after setup: ${absent.map((n) => n.program).join(', ')}`);
  process.exit(1);
}
console.error(
  `check-system: the tests need ${names} (Debian packages: ${[...new Set(absent.map((n) => n.package))].join(' ')}).\n` +
    `Run once:  sudo bash scripts/setup-system.sh\n` +
    `(Bahasa Indonesia: program ${names} belum terpasang. Jalankan sekali: sudo bash scripts/setup-system.sh)`,
);
process.exit(1);
