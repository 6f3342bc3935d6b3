import type { LocalizedText } from '@smartcity/core';
import mysql from 'mysql2';
import { mapAssessmentTables } from '../importers/assessment.js';
import { createInventoryMapper, mapInventoryTables, type RowSink } from '../importers/inventory.js';
import { ReportBuilder } from '../report.js';
import { cleanRow, type ReadNote, type SourceTable, type TableRow } from '../table.js';
import type {
  ImportContext,
  ImportSource,
  SpbeImportData,
  SpbeImporter,
  SpbeImportResult,
} from '../types.js';
import type { CellValue } from '../values.js';
import { DATABASE_LAYOUTS, type DatabaseLayout, type DatabaseQuery, expandSql } from './layouts.js';

/**
 * How to reach a legacy database: a URL (`mysql://user:password@host:3306/database`) or mysql2 connection options,
 * plus a timeout for connecting and for each query.
 *
 * @example
 * ```ts
 * const target: MysqlTarget = { url: 'mysql://reader:secret@10.0.0.5/monev', timeoutMs: 30_000 };
 * ```
 */
export interface MysqlTarget {
  url?: string;
  options?: mysql.ConnectionOptions;
  /** Milliseconds for connecting and for each query (default 60,000). */
  timeoutMs?: number;
  /** Layouts to try (default {@link DATABASE_LAYOUTS}). */
  layouts?: readonly DatabaseLayout[];
}

/** A URL or options without the password, for reports and messages. */
export function describeTarget(target: MysqlTarget): string {
  if (target.url) {
    try {
      const u = new URL(target.url);
      u.password = '';
      return u.toString().replace(/:@/, '@');
    } catch {
      return 'mysql://(invalid URL)';
    }
  }
  const o = target.options ?? {};
  return `mysql://${o.user ?? ''}@${o.socketPath ?? `${o.host ?? 'localhost'}:${o.port ?? 3306}`}/${o.database ?? ''}`;
}

function failure(code: string, message: LocalizedText) {
  return { code, message };
}

function connect(target: MysqlTarget): mysql.Connection {
  const timeout = target.timeoutMs ?? 60_000;
  const common: mysql.ConnectionOptions = {
    connectTimeout: timeout,
    dateStrings: true,
    supportBigNumbers: true,
    bigNumberStrings: true,
    charset: 'utf8mb4',
    multipleStatements: false,
  };
  if (target.url) return mysql.createConnection({ uri: target.url, ...common, ...target.options });
  return mysql.createConnection({ ...common, ...target.options });
}

function run<T>(conn: mysql.Connection, sql: string, timeout: number, values: unknown[] = []): Promise<T> {
  return new Promise((resolve, reject) => {
    conn.query({ sql, timeout, values }, (error, rows) => (error ? reject(error) : resolve(rows as T)));
  });
}

function cell(value: unknown): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (typeof value === 'bigint') return String(value);
  if (value instanceof Uint8Array) return new TextDecoder('utf-8', { fatal: false }).decode(value);
  return String(value);
}

/**
 * Streams a query row by row: the column names first as row 1, then the rows numbered from 2, at most `maxRows`
 * after the headings (the rest is only counted as truncated). A failing `onRow` ends the query with its error.
 */
function streamRows(
  conn: mysql.Connection,
  sql: string,
  timeout: number,
  maxRows: number,
  onRow: (row: number, cells: CellValue[]) => void,
): Promise<{ truncated: boolean }> {
  return new Promise((resolve, reject) => {
    let count = 0;
    let truncated = false;
    let failed: unknown;
    const deliver = (cells: CellValue[]) => {
      count++;
      if (failed !== undefined) return;
      try {
        onRow(count, cells);
      } catch (error) {
        failed = error;
      }
    };
    const query = conn.query({ sql, timeout, rowsAsArray: true });
    query
      .on('error', reject)
      .on('fields', (fields: mysql.FieldPacket[]) => deliver(fields.map((f) => f.name)))
      .on('result', (row: unknown) => {
        if (count > maxRows) {
          truncated = true;
          return;
        }
        // mysql2 gives each row its own array: the cells are converted in place rather than copied.
        const cells = row as CellValue[];
        for (let i = 0; i < cells.length; i++) cells[i] = cell(cells[i]);
        deliver(cells);
      })
      .on('end', () => (failed === undefined ? resolve({ truncated }) : reject(failed)));
  });
}

/** What {@link readMysqlTables} read: the layout, the tables (or none for streamed queries), notes or an error. */
type MysqlRead = {
  layout?: DatabaseLayout;
  tables: { kind: 'assessment' | 'inventory'; table: SourceTable }[];
  notes: {
    code: string;
    message: LocalizedText;
    sheet?: string;
    row?: number;
    column?: number;
    value?: unknown;
  }[];
  error?: { code: string; message: LocalizedText };
  database: string;
};

/** Takes the rows of an inventory query as they stream in (`count`: how many inventory queries the layout runs). */
type InventoryStream = (query: DatabaseQuery, file: string, count: number) => RowSink;

/**
 * Reads a legacy SPBE database (MySQL or MariaDB) through mysql2: a read-only transaction with a consistent
 * snapshot, streaming queries with a timeout, the layouts of {@link DATABASE_LAYOUTS} detected from the tables
 * present. Returns the self-assessment and inventory rows as tables with the same headings as the systems' own
 * exports, and the layout found. Never throws: connection or query failures are returned as `error`.
 *
 * @example
 * ```ts
 * const read = await readMysqlTables({ url: 'mysql://reader:secret@127.0.0.1:3306/monev' });
 * read.layout?.id; // 'monev'
 * ```
 */
export function readMysqlTables(target: MysqlTarget, options: { maxRows?: number } = {}): Promise<MysqlRead> {
  return readDatabase(target, options);
}

/** {@link readMysqlTables}, with inventory queries optionally handed row by row to `stream` instead of tabled. */
async function readDatabase(
  target: MysqlTarget,
  options: { maxRows?: number; stream?: InventoryStream },
): Promise<MysqlRead> {
  const timeout = target.timeoutMs ?? 60_000;
  const file = describeTarget(target);
  const maxRows = options.maxRows ?? 5_000_000;
  let conn: mysql.Connection;
  try {
    conn = connect(target);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return {
      tables: [],
      notes: [],
      database: file,
      error: failure('connection_failed', {
        id: `Koneksi gagal: ${reason}`,
        en: `Connection failed: ${reason}`,
      }),
    };
  }
  const closed = new Promise<void>((resolve) => {
    conn.once('end', () => resolve());
    conn.once('error', () => resolve());
  });
  conn.on('error', () => undefined);
  try {
    await run(conn, 'SET SESSION TRANSACTION READ ONLY', timeout);
    await run(conn, 'START TRANSACTION WITH CONSISTENT SNAPSHOT, READ ONLY', timeout);
    const present = new Set(
      (
        await run<{ t: string }[]>(
          conn,
          'SELECT LOWER(TABLE_NAME) AS t FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE()',
          timeout,
        )
      ).map((r) => r.t),
    );
    const layouts = target.layouts ?? DATABASE_LAYOUTS;
    const layout = layouts.find((l) => l.queries.some((q) => q.requires.every((t) => present.has(t))));
    if (!layout) {
      return {
        tables: [],
        notes: [],
        database: file,
        error: failure('unknown_layout', {
          id: `Tidak ada tata letak basis data SPBE yang dikenal (dicari: ${layouts.map((l) => l.id).join(', ')})`,
          en: `No known SPBE database layout (looked for: ${layouts.map((l) => l.id).join(', ')})`,
        }),
      };
    }
    const tables: MysqlRead['tables'] = [];
    const notes: MysqlRead['notes'] = [];
    const runs = layout.queries.filter((q) => q.requires.every((t) => present.has(t)));
    const inventoryCount = runs.filter((q) => q.kind === 'inventory').length;
    for (const q of runs) {
      const sql = expandSql(q.sql, present);
      const sink = q.kind === 'inventory' ? options.stream?.(q, file, inventoryCount) : undefined;
      const rows: TableRow[] = [];
      const rowNotes: (ReadNote & { sheet: string })[] = [];
      // Streamed rows are cleaned and mapped as they arrive; the others are kept for the table.
      const { truncated } = await streamRows(conn, sql, timeout, maxRows, (row, cells) => {
        const cleaned = cleanRow(row, cells, q.table, rowNotes);
        if (cleaned) sink ? sink.push(cleaned) : rows.push(cleaned);
      });
      sink?.end();
      if (truncated) {
        notes.push({
          code: 'too_big',
          sheet: q.table,
          message: {
            id: `Lebih dari ${maxRows} baris; sisanya diabaikan`,
            en: `More than ${maxRows} rows; the rest is ignored`,
          },
        });
      }
      for (const n of rowNotes) notes.push(n);
      if (!sink) {
        tables.push({ kind: q.kind, table: { file, sheet: q.table, date1904: false, merges: [], rows } });
      }
    }
    await run(conn, 'ROLLBACK', timeout).catch(() => undefined);
    return { layout, tables, notes, database: file };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
    return {
      tables: [],
      notes: [],
      database: file,
      error: failure(code === 'PROTOCOL_SEQUENCE_TIMEOUT' ? 'timeout' : 'query_failed', {
        id: `Basis data tidak dapat dibaca: ${reason}`,
        en: `The database cannot be read: ${reason}`,
      }),
    };
  } finally {
    conn.end(() => undefined);
    await Promise.race([closed, new Promise((r) => setTimeout(r, 2000))]);
    conn.destroy();
  }
}

function targetOf(source: ImportSource): MysqlTarget {
  const o = source.options ?? {};
  return {
    url: source.url,
    options: o.connection as mysql.ConnectionOptions | undefined,
    timeoutMs: typeof o.timeoutMs === 'number' ? o.timeoutMs : undefined,
    layouts: o.layouts as readonly DatabaseLayout[] | undefined,
  };
}

/**
 * Maps what {@link readMysqlTables} read into workspace records with a report (shared by the importer and tests).
 */
export function mapMysqlRead(read: MysqlRead, context: ImportContext): SpbeImportResult {
  return mapRead(read, context);
}

/** {@link mapMysqlRead}, with the inventory already mapped while it streamed in (its report and its data). */
function mapRead(
  read: MysqlRead,
  context: ImportContext,
  streamed?: { report: ReportBuilder; data: () => SpbeImportData },
): SpbeImportResult {
  const report = new ReportBuilder({
    file: read.database,
    kind: `mysql:${read.layout?.id ?? '?'}`,
    format: 'mysql',
  });
  if (read.error) {
    report.add(read.error.code, read.error.message, { file: read.database }, 'error');
    return { data: {}, report: report.build() };
  }
  for (const n of read.notes) {
    report.add(n.code, n.message, { file: read.database, sheet: n.sheet, row: n.row, value: n.value });
  }
  report.settle();
  const data: SpbeImportData = {};
  const assessment = read.tables.filter((t) => t.kind === 'assessment').map((t) => t.table);
  const inventory = read.tables.filter((t) => t.kind === 'inventory').map((t) => t.table);
  if (assessment.length > 0) data.evaluations = mapAssessmentTables(assessment, context, report);
  if (streamed) {
    report.absorb(streamed.report);
    Object.assign(data, streamed.data());
  } else if (inventory.length > 0) Object.assign(data, mapInventoryTables(inventory, context, report));
  return { data, report: report.build() };
}

/**
 * Live legacy databases (MySQL/MariaDB) through mysql2: `mysql://` or `mariadb://` URLs, or `options.connection`
 * (mysql2 options) on the source; read-only, streaming, with `options.timeoutMs`. Node only.
 *
 * @example
 * ```ts
 * const { data, report } = await mysqlImporter.import(
 *   { name: 'monev', url: 'mysql://reader:secret@127.0.0.1:3306/monev' }, { workspace });
 * report.source.kind; // 'mysql:monev'
 * ```
 */
export const mysqlImporter: SpbeImporter = {
  id: 'mysql',
  label: { id: 'Basis data MySQL/MariaDB aplikasi SPBE', en: 'MySQL/MariaDB database of an SPBE app' },
  async detect(source) {
    if (source.url && /^(?:mysql|mariadb):\/\//i.test(source.url)) return 1;
    if (source.options?.connection && typeof source.options.connection === 'object') return 1;
    return 0;
  },
  async import(source, context) {
    const target = targetOf(source);
    if (target.url) target.url = target.url.replace(/^mariadb:/i, 'mysql:');
    // Inventory rows are mapped while they stream in (never held as a table); their report joins the main one
    // after the self-assessment, where mapping the tables would have put it.
    const inventoryReport = new ReportBuilder({ file: describeTarget(target) });
    const mapper = createInventoryMapper(context, inventoryReport);
    let streamed = false;
    const read = await readDatabase(target, {
      stream: (q, file, count) => {
        streamed = true;
        return mapper.table({ file, sheet: q.table, date1904: false, merges: [] }, count === 1);
      },
    });
    return mapRead(read, context, streamed ? { report: inventoryReport, data: mapper.finish } : undefined);
  },
};
