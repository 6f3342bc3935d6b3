// Starts a throw-away MariaDB server for tests and benchmarks: a private data directory, a private socket, a free
// TCP port on 127.0.0.1. Used by the vitest globalSetup of @smartcity/spbe and by bench/spbe.bench.mjs.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const HINT = 'run: bash scripts/setup-system.sh';

function which(name, extra) {
  for (const dir of [...(process.env.PATH ?? '').split(':'), ...extra]) {
    if (dir && existsSync(join(dir, name))) return join(dir, name);
  }
  return undefined;
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/**
 * Starts MariaDB; resolves to { port, socket, dir, uri, stop() }. Throws with "run: bash scripts/setup-system.sh"
 * when the server binaries are missing.
 */
export async function startMariaDb() {
  const installDb = which('mariadb-install-db', ['/usr/bin', '/usr/local/bin']);
  const server = which('mariadbd', ['/usr/sbin', '/usr/bin', '/usr/local/sbin']);
  if (!installDb || !server)
    throw new Error(`MariaDB server binaries (mariadb-install-db, mariadbd) not found; ${HINT}`);
  const dir = await mkdtemp(join(tmpdir(), 'spbe-mariadb-'));
  const datadir = join(dir, 'data');
  const socket = join(dir, 'sock');
  const asRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const install = spawnSync(
    installDb,
    [
      '--no-defaults',
      `--datadir=${datadir}`,
      '--auth-root-authentication-method=normal',
      '--skip-test-db',
      ...(asRoot ? ['--user=root'] : []),
    ],
    { encoding: 'utf8', timeout: 120_000 },
  );
  if (install.status !== 0) {
    await rm(dir, { recursive: true, force: true });
    throw new Error(`mariadb-install-db failed (${install.status}): ${install.stderr || install.stdout}`);
  }
  const port = await freePort();
  const child = spawn(
    server,
    [
      '--no-defaults',
      `--datadir=${datadir}`,
      `--socket=${socket}`,
      '--skip-networking=0',
      `--port=${port}`,
      '--bind-address=127.0.0.1',
      ...(asRoot ? ['--user=root'] : []),
      '--skip-log-bin',
      '--innodb-buffer-pool-size=64M',
      `--pid-file=${join(dir, 'mariadb.pid')}`,
      `--log-error=${join(dir, 'error.log')}`,
    ],
    { stdio: 'ignore' },
  );
  let exited = false;
  child.on('exit', () => {
    exited = true;
  });
  const { default: mysql } = await import('mysql2/promise');
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (exited) {
      await rm(dir, { recursive: true, force: true });
      throw new Error('mariadbd exited during start-up');
    }
    try {
      const c = await mysql.createConnection({ socketPath: socket, user: 'root' });
      await c.end();
      break;
    } catch (error) {
      if (Date.now() > deadline) {
        child.kill('SIGKILL');
        await rm(dir, { recursive: true, force: true });
        throw new Error(`MariaDB did not start within 60 s: ${error.message}`);
      }
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  // A TCP user for URL connections (root@localhost authenticates over the socket).
  const admin = await mysql.createConnection({ socketPath: socket, user: 'root', multipleStatements: true });
  await admin.query(
    "CREATE USER IF NOT EXISTS 'spbe'@'127.0.0.1' IDENTIFIED BY 'spbe'; GRANT ALL PRIVILEGES ON *.* TO 'spbe'@'127.0.0.1';",
  );
  await admin.end();
  return {
    port,
    socket,
    dir,
    uri: (database) => `mysql://spbe:spbe@127.0.0.1:${port}/${database}`,
    async stop() {
      if (!exited) {
        const gone = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
        await gone;
        clearTimeout(timer);
      }
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** Loads a .sql file (a dump) into a new database through the socket, as a city would with `mariadb < dump.sql`. */
export async function loadSql(db, database, sql, options = {}) {
  const { default: mysql } = await import('mysql2/promise');
  const c = await mysql.createConnection({
    socketPath: db.socket,
    user: 'root',
    multipleStatements: true,
    charset: 'utf8mb4',
  });
  try {
    if (!options.append) {
      await c.query(
        `DROP DATABASE IF EXISTS \`${database}\`; CREATE DATABASE \`${database}\` CHARACTER SET utf8mb4;`,
      );
    }
    await c.query(`USE \`${database}\`;`);
    await c.query(sql);
  } finally {
    await c.end();
  }
}
