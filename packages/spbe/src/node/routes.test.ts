import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';
import mysql from 'mysql2/promise';
import { describe, expect, it } from 'vitest';
import { importSpbe } from '../importSpbe.js';
import { computeSpbeIndex } from '../spbeIndex.js';
import { testWorkspace } from '../testing/workspace.testutil.js';
import { NODE_IMPORTERS } from './index.js';
import { type DatabaseLayout, expandSql, LARAVEL_LAYOUT, MONEV_LAYOUT } from './layouts.js';
import { fixtureUrl } from './mariadb.testutil.js';

/** Exports each query of a layout the way a city would: the legacy query's result saved as CSV and as XLSX. */
async function exportLayout(url: string, layout: DatabaseLayout) {
  const conn = await mysql.createConnection({ uri: url, dateStrings: true, charset: 'utf8mb4' });
  const [tables] = await conn.query(
    'SELECT LOWER(TABLE_NAME) AS t FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE()',
  );
  const present = new Set((tables as { t: string }[]).map((r) => r.t));
  const csv: { name: string; bytes: Uint8Array }[] = [];
  const xlsx: { name: string; bytes: Uint8Array }[] = [];
  for (const q of layout.queries) {
    const [rows, fields] = await conn.query({ sql: expandSql(q.sql, present), rowsAsArray: true });
    const header = (fields as { name: string }[]).map((f) => f.name);
    const data = rows as unknown[][];
    // Excel in an Indonesian locale saves CSV with a BOM and ';' as the delimiter.
    const text = stringify([header, ...data], { delimiter: ';', bom: true, record_delimiter: '\r\n' });
    csv.push({ name: `${q.table}.csv`, bytes: new TextEncoder().encode(text) });
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet(q.table);
    ws.addRow(header);
    for (const r of data) ws.addRow(r.map((v) => (v === null ? null : v)));
    xlsx.push({ name: `${q.table}.xlsx`, bytes: new Uint8Array(await wb.xlsx.writeBuffer()) });
  }
  await conn.end();
  return { csv, xlsx };
}

describe('the same legacy data through MariaDB, CSV and XLSX', () => {
  it.each([
    ['monev', MONEV_LAYOUT],
    ['laravel', LARAVEL_LAYOUT],
  ] as const)('%s: same workspace and same index through all three routes', async (database, layout) => {
    const url = fixtureUrl(database);
    const { csv, xlsx } = await exportLayout(url, layout);
    const base = testWorkspace();
    const viaDb = await importSpbe([{ name: database, url }], { into: base, importers: NODE_IMPORTERS });
    const viaCsv = await importSpbe(csv, { into: base });
    const viaXlsx = await importSpbe(xlsx, { into: base });
    expect(viaCsv.importers).toEqual(['assessment', 'inventory']);
    expect(viaXlsx.importers).toEqual(['assessment', 'inventory']);
    expect(viaDb.merge.workspace.applications.length).toBeGreaterThan(2);
    expect(viaCsv.merge.workspace).toEqual(viaDb.merge.workspace);
    expect(viaXlsx.merge.workspace).toEqual(viaDb.merge.workspace);
    const index = (r: typeof viaDb) =>
      computeSpbeIndex(
        r.merge.workspace.evaluations[0]?.scores.spbe as { model: string; indicators: unknown },
      );
    expect(index(viaDb).self?.totalRounded).not.toBeNull();
    expect(index(viaCsv)).toEqual(index(viaDb));
    expect(index(viaXlsx)).toEqual(index(viaDb));
    // The same rows are counted the same way on every route.
    const counts = (r: typeof viaDb) =>
      r.reports
        .map((x) => x.counts)
        .reduce((a, c) => ({
          read: a.read + c.read,
          mapped: a.mapped + c.mapped,
          extension: a.extension + c.extension,
          rejected: a.rejected + c.rejected,
        }));
    expect(counts(viaCsv)).toEqual(counts(viaDb));
    expect(counts(viaXlsx)).toEqual(counts(viaDb));
  });
});
