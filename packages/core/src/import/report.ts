import type { Lang } from '../i18n/index.js';
import { type Issue, isError, type SourceLocation } from '../issues/index.js';

/**
 * What was imported: the file name as the user knows it, what it holds (`kind`, e.g. `workspace`, `spbe-2020`)
 * and its format (`xlsx`, `csv`, `sql`, `json`).
 *
 * @example
 * ```ts
 * const source: ImportSourceInfo = { file: 'inovasi.xlsx', kind: 'workspace', format: 'xlsx' };
 * ```
 */
export interface ImportSourceInfo {
  file?: string;
  kind?: string;
  format?: string;
}

/**
 * What became of one source row: `mapped` into the model, kept as `extension` data (read but not part of the
 * model, stored under `extensions`), or `rejected` (not used; its issues say why).
 *
 * @example
 * ```ts
 * const status: ImportRowStatus = 'rejected';
 * ```
 */
export type ImportRowStatus = 'mapped' | 'extension' | 'rejected';

/**
 * One source row of an import report, with its issues (errors and warnings).
 *
 * @example
 * ```ts
 * const row: ImportRowReport = { source: { sheet: 'KPI', row: 7 }, status: 'mapped', issues: [] };
 * ```
 */
export interface ImportRowReport {
  source: SourceLocation;
  status: ImportRowStatus;
  issues: Issue[];
}

/**
 * Counts of an import: rows `read`, and of those how many were `mapped`, kept as `extension` data and
 * `rejected` (the three add up to `read`).
 *
 * @example
 * ```ts
 * const counts: ImportCounts = { read: 10, mapped: 8, extension: 1, rejected: 1 };
 * ```
 */
export interface ImportCounts {
  read: number;
  mapped: number;
  extension: number;
  rejected: number;
}

/**
 * The report of one import, shared by every adapter: what was read, what was mapped, kept as extension data or
 * rejected, and every issue (errors and warnings, each with its source location). `rows` lists the rows when the
 * adapter keeps them; `issues` always holds all issues, file-level and row-level.
 *
 * @example
 * ```ts
 * const report: ImportReport = createImportReport({ file: 'inovasi.csv', format: 'csv' });
 * report.counts.read; // 0
 * ```
 */
export interface ImportReport {
  source: ImportSourceInfo;
  counts: ImportCounts;
  rows?: ImportRowReport[];
  issues: Issue[];
}

/**
 * A row to add to a report: where it is, what became of it and its issues (which get the row's location when they
 * have none of their own).
 *
 * @example
 * ```ts
 * const input: ImportRowInput = { source: { file: 'kpi.csv', row: 3 }, status: 'mapped' };
 * ```
 */
export interface ImportRowInput {
  source: SourceLocation;
  status: ImportRowStatus;
  issues?: readonly Issue[];
}

function locate(items: readonly Issue[] | undefined, source: SourceLocation): Issue[] {
  if (!items) return [];
  return items.map((i) => ({ ...i, source: { ...source, ...i.source } }));
}

function emptyCounts(): ImportCounts {
  return { read: 0, mapped: 0, extension: 0, rejected: 0 };
}

/**
 * Builds an import report from its source, its rows and file-level issues (all optional). Counts are computed
 * from the rows; row issues get the row's location and are also listed in `issues`. Pure: nothing is kept
 * between calls. With `keepRows: false` the report has counts and issues but no `rows` (for large files).
 *
 * @example
 * ```ts
 * const report = createImportReport({ file: 'kpi.csv', format: 'csv' }, {
 *   rows: [
 *     { source: { row: 2 }, status: 'mapped' },
 *     { source: { row: 3 }, status: 'rejected', issues: [issue([], 'required', { id: 'Nama wajib', en: 'Name required' })] },
 *   ],
 * });
 * report.counts; // { read: 2, mapped: 1, extension: 0, rejected: 1 }
 * ```
 */
export function createImportReport(
  source: ImportSourceInfo,
  input: { rows?: readonly ImportRowInput[]; issues?: readonly Issue[]; keepRows?: boolean } = {},
): ImportReport {
  const sourceInfo: ImportSourceInfo = {};
  if (typeof source?.file === 'string') sourceInfo.file = source.file;
  if (typeof source?.kind === 'string') sourceInfo.kind = source.kind;
  if (typeof source?.format === 'string') sourceInfo.format = source.format;
  const fileSource: SourceLocation = sourceInfo.file === undefined ? {} : { file: sourceInfo.file };
  let report: ImportReport = {
    source: sourceInfo,
    counts: emptyCounts(),
    issues: locate(input.issues, fileSource),
  };
  if (input.keepRows !== false) report.rows = [];
  for (const row of input.rows ?? []) report = appendRow(report, row, fileSource);
  return report;
}

// Mutates a report being built by createImportReport (never one handed out).
function appendRow(report: ImportReport, row: ImportRowInput, fileSource: SourceLocation): ImportReport {
  const source = { ...fileSource, ...row.source };
  const issues = locate(row.issues, source);
  const status: ImportRowStatus =
    row.status === 'mapped' || row.status === 'extension' || row.status === 'rejected'
      ? row.status
      : 'rejected';
  report.counts.read++;
  report.counts[status]++;
  report.rows?.push({ source, status, issues });
  for (const i of issues) report.issues.push(i);
  return report;
}

/**
 * Returns a new report with one more row (the given report is not changed). For thousands of rows, collect them
 * and call {@link createImportReport} once instead.
 *
 * @example
 * ```ts
 * let report = createImportReport({ file: 'kpi.csv' });
 * report = addImportRow(report, { source: { row: 2 }, status: 'extension' });
 * report.counts.extension; // 1
 * ```
 */
export function addImportRow(report: ImportReport, row: ImportRowInput): ImportReport {
  const copy: ImportReport = {
    source: { ...report.source },
    counts: { ...report.counts },
    issues: [...report.issues],
  };
  if (report.rows) copy.rows = [...report.rows];
  return appendRow(copy, row, report.source.file === undefined ? {} : { file: report.source.file });
}

/**
 * Returns a new report with more file-level issues (a missing sheet, an unknown column kept as extension data).
 *
 * @example
 * ```ts
 * const next = addImportIssues(report, [warning([], 'custom', { id: 'Kolom "X" disimpan', en: 'Column "X" kept' })]);
 * ```
 */
export function addImportIssues(report: ImportReport, items: readonly Issue[]): ImportReport {
  const copy: ImportReport = {
    ...report,
    counts: { ...report.counts },
    issues: [
      ...report.issues,
      ...locate(items, report.source.file === undefined ? {} : { file: report.source.file }),
    ],
  };
  return copy;
}

/**
 * Combines the reports of several files of one import (counts added up, rows and issues concatenated); the
 * source is the first report's, with the file names joined.
 *
 * @example
 * ```ts
 * const all = combineImportReports([reportA, reportB]);
 * ```
 */
export function combineImportReports(reports: readonly ImportReport[]): ImportReport {
  const counts = emptyCounts();
  const issues: Issue[] = [];
  const rows: ImportRowReport[] = [];
  let anyRows = false;
  const files: string[] = [];
  for (const r of reports) {
    counts.read += r.counts.read;
    counts.mapped += r.counts.mapped;
    counts.extension += r.counts.extension;
    counts.rejected += r.counts.rejected;
    issues.push(...r.issues);
    if (r.rows) {
      anyRows = true;
      rows.push(...r.rows);
    }
    if (r.source.file !== undefined) files.push(r.source.file);
  }
  const source: ImportSourceInfo = { ...(reports[0]?.source ?? {}) };
  if (files.length > 0) source.file = files.join(', ');
  const out: ImportReport = { source, counts, issues };
  if (anyRows) out.rows = rows;
  return out;
}

/**
 * Whether a report has any error (warnings alone do not count): an import with errors should not be saved
 * without the user's consent.
 *
 * @example
 * ```ts
 * importReportHasErrors(createImportReport({})); // false
 * ```
 */
export function importReportHasErrors(report: ImportReport): boolean {
  return report.issues.some(isError);
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/**
 * One paragraph for a person about an import, in `id` or `en`:
 * `inovasi.xlsx: 120 baris dibaca — 112 dipetakan, 5 disimpan sebagai data tambahan (extensions), 3 ditolak.
 * 3 galat, 7 peringatan.`
 *
 * @example
 * ```ts
 * summarizeImportReport(createImportReport({ file: 'kpi.csv' }, { rows: [{ source: { row: 2 }, status: 'mapped' }] }), 'en');
 * // 'kpi.csv: 1 row read — 1 mapped, 0 kept as extension data, 0 rejected. No errors or warnings.'
 * ```
 */
export function summarizeImportReport(report: ImportReport, lang: Lang = 'id'): string {
  const { read, mapped, extension, rejected } = report.counts;
  const errors = report.issues.filter(isError).length;
  const warnings = report.issues.length - errors;
  const file = report.source.file ? `${report.source.file}: ` : '';
  if (lang === 'en') {
    const problems =
      errors === 0 && warnings === 0
        ? 'No errors or warnings.'
        : `${plural(errors, 'error', 'errors')}, ${plural(warnings, 'warning', 'warnings')}.`;
    return `${file}${plural(read, 'row', 'rows')} read — ${mapped} mapped, ${extension} kept as extension data, ${rejected} rejected. ${problems}`;
  }
  const problems =
    errors === 0 && warnings === 0
      ? 'Tidak ada galat atau peringatan.'
      : `${errors} galat, ${warnings} peringatan.`;
  return `${file}${read} baris dibaca — ${mapped} dipetakan, ${extension} disimpan sebagai data tambahan (extensions), ${rejected} ditolak. ${problems}`;
}
