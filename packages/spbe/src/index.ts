/**
 * `@smartcity/spbe`: brings the data of legacy SPBE (e-government) systems into a `@smartcity` workspace —
 * self-assessments and evaluation results, application inventories, CKAN open-data portals — with an import
 * report for every source. Browser-safe; the MySQL/MariaDB importers are in `@smartcity/spbe/node`.
 *
 * @packageDocumentation
 */

export {
  ASSESSMENT_FIELDS,
  assessmentImporter,
  detectSpbeModel,
  mapAssessmentTables,
} from './importers/assessment.js';
export { ckanImporter, ckanInstant, mapCkanResponse } from './importers/ckan.js';
export { INVENTORY_FIELDS, inventoryImporter, mapInventoryTables } from './importers/inventory.js';
export {
  detectSource,
  type ImportSpbeOptions,
  importSpbe,
  SPBE_IMPORTERS,
  type SpbeImportOutcome,
} from './importSpbe.js';
export {
  type ImportReport,
  ReportBuilder,
  type SourceIssue,
  type SourceLocation,
} from './report.js';
export { loadTables, type SourceFormat, sniffFormat } from './sources.js';
export {
  computeSpbeIndex,
  type SpbeIndexBasis,
  type SpbeIndexNode,
  type SpbeIndexView,
} from './spbeIndex.js';
export {
  type CsvDelimiter,
  type CsvReadOptions,
  type CsvReadResult,
  detectDelimiter,
  type FieldSpec,
  type HeaderMatch,
  locateHeader,
  type ReadNote,
  readCsvTable,
  type SourceTable,
  type TableRow,
  tablesFromWorkbook,
  type WorkbookLike,
} from './table.js';
export { type DecodedText, decodeText, repairMojibake, type TextEncodingName } from './text/encoding.js';
export type {
  ImportContext,
  ImportSource,
  PillarEvidence,
  SpbeImportData,
  SpbeImporter,
  SpbeImportResult,
  WorkbookReader,
} from './types.js';
export {
  type CellValue,
  cellText,
  excelSerialToDate,
  findUsDates,
  type IndicatorRef,
  isMissing,
  normalizeLabel,
  parseBoolean,
  parseDateCell,
  parseIndicatorRef,
  parseLevel,
  parseNumberCell,
  parseYear,
} from './values.js';
