/**
 * `@smartcity/spbe/node`: the Node-only parts of `@smartcity/spbe` — live legacy databases (MySQL/MariaDB through
 * mysql2), CKAN open-data portals over HTTP(S), and reading sources from files.
 *
 * @packageDocumentation
 */
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { SPBE_IMPORTERS } from '../importSpbe.js';
import type { ImportSource, SpbeImporter } from '../types.js';
import { ckanHttpImporter, describeCkanUrl } from './ckanHttp.js';
import { mysqlImporter } from './mysql.js';

export {
  CKAN_HTTP_DEFAULTS,
  type CkanFetch,
  type CkanHttpOptions,
  ckanHttpImporter,
  describeCkanUrl,
  fetchCkan,
} from './ckanHttp.js';

export {
  DATABASE_LAYOUTS,
  type DatabaseLayout,
  type DatabaseQuery,
  LARAVEL_LAYOUT,
  MONEV_LAYOUT,
} from './layouts.js';
export { describeTarget, type MysqlTarget, mapMysqlRead, mysqlImporter, readMysqlTables } from './mysql.js';

/**
 * Every importer, including the Node-only ones (MySQL/MariaDB databases, CKAN portals over HTTP): pass it as
 * `importers` to `importSpbe`.
 *
 * @example
 * ```ts
 * await importSpbe([{ name: 'monev', url: 'mysql://reader:secret@127.0.0.1/monev' }],
 *   { into: workspace, importers: NODE_IMPORTERS });
 * ```
 */
export const NODE_IMPORTERS: readonly SpbeImporter[] = [...SPBE_IMPORTERS, mysqlImporter, ckanHttpImporter];

/** The largest file {@link readImportSource} reads (256 MiB). */
export const MAX_SOURCE_BYTES = 256 * 1024 * 1024;

/**
 * Turns a command-line argument into an {@link ImportSource}: a `mysql://`/`mariadb://` or `http(s)://` URL stays a
 * URL (its password never appears in the name), anything else is read as a file of at most {@link MAX_SOURCE_BYTES}.
 *
 * @example
 * ```ts
 * const source = await readImportSource('exports/aplikasi.csv');
 * source.name; // 'aplikasi.csv'
 * (await readImportSource('https://data.pontianak.go.id')).url; // 'https://data.pontianak.go.id'
 * ```
 */
export async function readImportSource(pathOrUrl: string): Promise<ImportSource> {
  if (/^(?:mysql|mariadb):\/\//i.test(pathOrUrl)) {
    const { describeTarget: describe } = await import('./mysql.js');
    return { name: describe({ url: pathOrUrl }), url: pathOrUrl };
  }
  if (/^https?:\/\//i.test(pathOrUrl)) return { name: describeCkanUrl(pathOrUrl), url: pathOrUrl };
  const info = await stat(pathOrUrl);
  if (info.size > MAX_SOURCE_BYTES) {
    throw new RangeError(`${pathOrUrl}: ${info.size} bytes is more than ${MAX_SOURCE_BYTES}`);
  }
  return { name: basename(pathOrUrl), bytes: new Uint8Array(await readFile(pathOrUrl)) };
}
