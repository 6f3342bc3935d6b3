// The core 0.2 import plumbing this package builds on, in one place: stable ids, the merge, the import report,
// Indonesian number and date parsing.
export {
  deriveStableId,
  type ImportReport,
  type Issue as SourceIssue,
  type MergeResult,
  mergeWorkspace,
  parseIndonesianDate,
  parseIndonesianNumber,
  type RecordRef,
  type SourceLocation,
} from '@smartcity/core';
