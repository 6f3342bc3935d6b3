import { inject } from 'vitest';

declare module 'vitest' {
  export interface ProvidedContext {
    mariadb: { ok: true; port: number; socket: string; databases: string[] } | { ok: false; error: string };
  }
}

/** The URL of a fixture database on the test MariaDB; fails the test with the set-up hint when it is missing. */
export function fixtureUrl(database: 'monev' | 'laravel'): string {
  const db = inject('mariadb');
  if (!db.ok)
    throw new Error(`No MariaDB for the database tests (${db.error}); run: bash scripts/setup-system.sh`);
  return `mysql://spbe:spbe@127.0.0.1:${db.port}/${database}`;
}

/** The socket of the test MariaDB (root access, for tests that create their own tables). */
export function serverSocket(): string {
  const db = inject('mariadb');
  if (!db.ok)
    throw new Error(`No MariaDB for the database tests (${db.error}); run: bash scripts/setup-system.sh`);
  return db.socket;
}
