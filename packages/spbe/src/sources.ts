import type { Result } from '@smartcity/core';
import { readWorkbook } from '@smartcity/spreadsheet';
import type { ReportBuilder } from './report.js';
import { columnLetter } from './report.js';
import {
  type CsvDelimiter,
  type ReadNote,
  readCsvTable,
  type SourceTable,
  tablesFromWorkbook,
  type WorkbookLike,
} from './table.js';
import type { ImportContext, ImportSource, WorkbookReader } from './types.js';

/**
 * The file formats the importers read.
 *
 * @example
 * ```ts
 * sniffFormat({ name: 'a.xlsx', bytes: new Uint8Array([0x50, 0x4b, 3, 4]) }); // 'xlsx'
 * ```
 */
export type SourceFormat = 'csv' | 'xlsx' | 'json' | 'mysql' | 'unknown';

/**
 * Tells the format of a source from its first bytes (not from its name, which legacy exports often get wrong):
 * a ZIP signature is a workbook, `{`/`[` is JSON, a `mysql://` or `mariadb://` URL a database, text a CSV.
 *
 * @example
 * ```ts
 * sniffFormat({ name: 'x.csv', bytes: new TextEncoder().encode('{"success":true}') }); // 'json'
 * ```
 */
export function sniffFormat(source: ImportSource): SourceFormat {
  if (source.url && /^(?:mysql|mariadb):\/\//i.test(source.url)) return 'mysql';
  const b = source.bytes;
  if (!b || b.length === 0) return 'unknown';
  if (b[0] === 0x50 && b[1] === 0x4b && (b[2] === 3 || b[2] === 5 || b[2] === 7)) return 'xlsx';
  let i = 0;
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) i = 3;
  while (i < b.length && i < 4096 && (b[i] === 0x20 || b[i] === 0x09 || b[i] === 0x0a || b[i] === 0x0d)) i++;
  if (b[i] === 0x7b || b[i] === 0x5b) return 'json';
  if (b.subarray(0, 2048).includes(0) && !(b[0] === 0xff || b[0] === 0xfe)) return 'unknown';
  return 'csv';
}

const defaultReader: WorkbookReader = (bytes, options) => readWorkbook(bytes, options);

/**
 * Reads a CSV or XLSX source into tables (one per worksheet), with the read notes already in the report.
 * Returns `undefined` (and an error in the report) when the source cannot be read.
 */
export async function loadTables(
  source: ImportSource,
  context: Pick<ImportContext, 'delimiter' | 'readWorkbook' | 'workbookLimits'>,
  report: ReportBuilder,
): Promise<SourceTable[] | undefined> {
  const format = sniffFormat(source);
  const file = source.name;
  if (format === 'csv' && source.bytes) {
    const read = readCsvTable(source.bytes, {
      file,
      delimiter: context.delimiter as CsvDelimiter | undefined,
    });
    addNotes(report, read.notes, file);
    report.settle();
    return read.table ? [read.table] : undefined;
  }
  if (format === 'xlsx' && source.bytes) {
    const reader = context.readWorkbook ?? defaultReader;
    let read: Result<WorkbookLike>;
    try {
      read = await reader(source.bytes, { fileName: file, limits: context.workbookLimits });
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      read = {
        success: false,
        issues: [{ path: [], code: 'unreadable_input', message: { id: reason, en: reason } }],
      };
    }
    if (!read.success) {
      for (const i of read.issues) report.add(i.code, i.message, { file }, 'error');
      return undefined;
    }
    for (const i of read.data.issues ?? []) report.add(i.code, i.message, { file, ...i.source }, 'warning');
    const { tables, notes } = tablesFromWorkbook(read.data, file);
    for (const n of notes) addNote(report, n, file, n.sheet);
    report.settle();
    return tables;
  }
  report.add(
    'unsupported_format',
    {
      id: 'Bukan CSV atau XLSX yang dapat dibaca',
      en: 'Not a readable CSV or XLSX file',
    },
    { file },
    'error',
  );
  return undefined;
}

function addNotes(report: ReportBuilder, notes: readonly ReadNote[], file: string, sheet?: string): void {
  for (const n of notes) addNote(report, n, file, sheet);
}

function addNote(report: ReportBuilder, n: ReadNote, file: string, sheet?: string): void {
  report.add(
    n.code,
    n.message,
    {
      file,
      sheet,
      row: n.row,
      column: n.column === undefined ? undefined : columnLetter(n.column),
      value: n.value,
    },
    n.severity,
  );
}
