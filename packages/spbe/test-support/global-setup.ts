// vitest globalSetup of @smartcity/spbe: one throw-away MariaDB for the database tests (real server, no mocked
// driver), with the fixture dumps loaded; stopped and its directory removed afterwards. When the server binaries
// are missing the database tests fail with the set-up hint (they are never skipped).
import { readFile } from 'node:fs/promises';
import type { TestProject } from 'vitest/node';
import type {} from '../src/node/mariadb.testutil.js';
import { loadSql, startMariaDb } from './mariadb.mjs';

export default async function setup(project: TestProject) {
  let db: Awaited<ReturnType<typeof startMariaDb>> | undefined;
  try {
    db = await startMariaDb();
    const databases: string[] = [];
    for (const name of ['monev', 'laravel']) {
      const sql = await readFile(new URL(`../src/node/__fixtures__/${name}.sql`, import.meta.url), 'utf8');
      await loadSql(db, name, sql);
      databases.push(name);
    }
    project.provide('mariadb', { ok: true, port: db.port, socket: db.socket, databases });
  } catch (error) {
    project.provide('mariadb', { ok: false, error: error instanceof Error ? error.message : String(error) });
  }
  return async () => {
    await db?.stop();
  };
}
