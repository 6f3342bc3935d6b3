import type { CollectionId, Lang, Workspace } from '@smartcity/core';
import { stringify } from 'csv-stringify/sync';
import { toCsvField } from './codec.js';
import { type SheetPlan, sheetPlans } from './columns.js';
import { neutraliseFormula } from './injection.js';
import { buildWorkbook, type ExportWorkbookOptions } from './layout.js';
import { columnReader, planRows } from './rows.js';

export type { ExportWorkbookOptions } from './layout.js';

/**
 * Exports a workspace to an `.xlsx` workbook in memory: a summary sheet, the pillars and elements, one sheet per
 * collection (headers in `id` or `en`, frozen header row, autofilter, column widths, dates as dates, rupiah as
 * integers with a rupiah format, dropdowns for every option and reference, a hidden column of stable ids), the
 * programme calendar of the export year and a hidden sheet of dropdown lists. Works in browsers and Node; for
 * very large workspaces in Node prefer `writeWorkbookFile` from `@smartcity/spreadsheet/node`, which streams.
 *
 * @example
 * ```ts
 * import { SAMPLE_WORKSPACES } from '@smartcity/core/samples';
 * import { exportWorkbook } from '@smartcity/spreadsheet';
 * const bytes = await exportWorkbook(SAMPLE_WORKSPACES['pontianak-2023'], { exportedAt: '2025-08-17T09:00:00Z' });
 * bytes[0] === 0x50 && bytes[1] === 0x4b; // true: a zip ('PK')
 * ```
 */
export async function exportWorkbook(ws: Workspace, options: ExportWorkbookOptions): Promise<Uint8Array> {
  const ExcelJS = await loadExcelJS();
  const wb = new ExcelJS.Workbook();
  await buildWorkbook(wb, ws, options, false);
  const buffer = await wb.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}

/** exceljs, loaded when a workbook is first written (keeps CSV-only and reader-only bundles small). */
export async function loadExcelJS(): Promise<typeof import('exceljs')> {
  const mod = (await import('exceljs')) as unknown as { default?: typeof import('exceljs') };
  return (mod.default ?? mod) as typeof import('exceljs');
}

/**
 * Options of {@link exportCsv} and {@link exportCsvFiles}.
 *
 * @example
 * ```ts
 * const options: ExportCsvOptions = { lang: 'en' };
 * ```
 */
export interface ExportCsvOptions {
  /** `id` (default): `;` between fields and a decimal comma; `en`: `,` and a decimal point. */
  lang?: Lang;
}

/**
 * The field delimiter of each CSV locale: `;` for `id` (whose decimal separator is the comma), `,` for `en`.
 *
 * @example
 * ```ts
 * CSV_DELIMITERS.id; // ';'
 * ```
 */
export const CSV_DELIMITERS: Readonly<Record<Lang, string>> = { id: ';', en: ',' };

function planOf(collection: CollectionId): SheetPlan {
  const plan = sheetPlans().find((p) => p.collection.id === collection);
  if (!plan) throw new RangeError(`Unknown collection id: ${String(collection)}`);
  return plan;
}

/**
 * Exports one collection as CSV text: UTF-8 with a byte-order mark (so Excel reads the accents right), a header
 * row in the chosen language, CRLF line ends; for `id` the `;` delimiter and a decimal comma, for `en` `,` and a
 * decimal point. Dates are `YYYY-MM-DD`, booleans `ya`/`tidak` (`yes`/`no`), options their labels. Every user
 * text that starts with a formula trigger gets a leading apostrophe (see {@link neutraliseFormula}).
 *
 * @example
 * ```ts
 * import { SAMPLE_WORKSPACES } from '@smartcity/core/samples';
 * const csv = exportCsv(SAMPLE_WORKSPACES['pontianak-2023'], 'innovations', { lang: 'id' });
 * csv.startsWith('\uFEFFId;Nama;'); // true
 * ```
 */
export function exportCsv(ws: Workspace, collection: CollectionId, options: ExportCsvOptions = {}): string {
  const lang: Lang = options.lang === 'en' ? 'en' : 'id';
  const plan = planOf(collection);
  const header = plan.columns.map((c) => neutraliseFormula(c.label[lang]));
  const records: string[][] = [header];
  const readers = plan.columns.map((c) => columnReader(plan, c));
  for (const r of planRows(ws, plan)) {
    records.push(plan.columns.map((c, i) => toCsvField(c, readers[i]!(r), lang)));
  }
  return stringify(records, { delimiter: CSV_DELIMITERS[lang], bom: true, record_delimiter: '\r\n' });
}

/**
 * Exports every collection as CSV, keyed by file name (`innovations.csv`, `budgetLines.csv`, …); same rules as
 * {@link exportCsv}.
 *
 * @example
 * ```ts
 * import { SAMPLE_WORKSPACES } from '@smartcity/core/samples';
 * Object.keys(exportCsvFiles(SAMPLE_WORKSPACES['pontianak-2023'], { lang: 'en' })).includes('innovations.csv'); // true
 * ```
 */
export function exportCsvFiles(ws: Workspace, options: ExportCsvOptions = {}): Record<string, string> {
  const out: Record<string, string> = {};
  for (const plan of sheetPlans())
    out[`${plan.collection.id}.csv`] = exportCsv(ws, plan.collection.id, options);
  return out;
}
