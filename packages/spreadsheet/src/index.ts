/**
 * `@smartcity/spreadsheet`: export a workspace to Excel workbooks and CSV, bring an edited workbook back by
 * stable id, and read untrusted workbooks safely. Browser-safe; Node-only file helpers live in
 * `@smartcity/spreadsheet/node`.
 *
 * @packageDocumentation
 */

export {
  CSV_DELIMITERS,
  type ExportCsvOptions,
  type ExportWorkbookOptions,
  exportCsv,
  exportCsvFiles,
  exportWorkbook,
} from './export.js';
export {
  type ImportWorkbookOptions,
  importCsv,
  importWorkbook,
  type WorkbookImportResult,
} from './import.js';
export { neutraliseFormula, restoreFormula, startsWithFormulaTrigger } from './injection.js';
export { DEFAULT_WORKBOOK_LIMITS, type WorkbookLimits } from './limits.js';
export {
  type CellValue,
  type ReadWorkbookOptions,
  readWorkbook,
  type WorkbookData,
  type WorkbookRow,
  type WorkbookSheet,
} from './reader.js';
