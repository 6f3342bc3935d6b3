/**
 * Import plumbing shared by every adapter: Indonesian number and date parsing, the import report and the merge of
 * incoming records into a workspace.
 */
export {
  type FieldChange,
  type IncomingNestedRow,
  type MergeIncoming,
  type MergeOptions,
  type MergeResult,
  mergeWorkspace,
  type RecordRef,
  type RecordUpdate,
  summarizeMerge,
} from './merge.js';
export { type ParseDateOptions, parseIndonesianDate } from './parseDate.js';
export { type ParseNumberOptions, parseIndonesianNumber } from './parseNumber.js';
export {
  addImportIssues,
  addImportRow,
  combineImportReports,
  createImportReport,
  type ImportCounts,
  type ImportReport,
  type ImportRowInput,
  type ImportRowReport,
  type ImportRowStatus,
  type ImportSourceInfo,
  importReportHasErrors,
  summarizeImportReport,
} from './report.js';
