import type {
  Agency,
  Application,
  Evaluation,
  Evidence,
  Innovation,
  Lang,
  LocalizedText,
  PillarId,
  Result,
  Workspace,
} from '@smartcity/core';
import type { WorkbookLimits } from '@smartcity/spreadsheet';
import type { ImportReport } from './internal/core.js';
import type { CsvDelimiter, WorkbookLike } from './table.js';

/**
 * Something to import: a file's bytes with its name, or a connection URL (`mysql://…`, handled by the Node-only
 * importers of `@smartcity/spbe/node`).
 *
 * @example
 * ```ts
 * const source: ImportSource = { name: 'penilaian-2023.csv', bytes: new TextEncoder().encode('No;Level\n1;3\n') };
 * ```
 */
export interface ImportSource {
  /** The file name (or a display name without credentials); used in report locations and for detection. */
  name: string;
  bytes?: Uint8Array;
  /** A connection URL for database importers. */
  url?: string;
  /** Extra, importer-specific settings (e.g. database connection options). */
  options?: Readonly<Record<string, unknown>>;
}

/**
 * Reads a workbook the hostile-input-safe way; by default `@smartcity/spreadsheet`'s `readWorkbook`.
 *
 * @example
 * ```ts
 * const reader: WorkbookReader = async () => ({ success: true, data: { date1904: false, sheets: [] } });
 * ```
 */
export type WorkbookReader = (
  bytes: Uint8Array,
  options: { fileName?: string; limits?: Partial<WorkbookLimits> },
) => Promise<Result<WorkbookLike>>;

/**
 * What an importer may use besides the source: the workspace the data goes into (to link agencies, innovations and
 * existing evaluations), the city's time zone, and overrides.
 *
 * @example
 * ```ts
 * const context: ImportContext = { workspace, timeZone: 'Asia/Pontianak', year: 2023 };
 * ```
 */
export interface ImportContext {
  /** The workspace the data will be merged into. */
  workspace: Workspace;
  /** IANA zone for naive timestamps (CKAN); defaults to the workspace's. */
  timeZone?: string;
  /** The evaluation year when a self-assessment file does not say. */
  year?: number;
  /** Forces the SPBE model instead of detecting it. */
  model?: 'spbe-2018' | 'spbe-2020';
  /** Overrides the detected CSV delimiter. */
  delimiter?: CsvDelimiter;
  /** Language of messages meant for a person (reports carry both languages anyway). */
  lang?: Lang;
  /** Limits for reading workbooks (zip-bomb and size guards of `@smartcity/spreadsheet`). */
  workbookLimits?: Partial<WorkbookLimits>;
  /** Replaces the default workbook reader (tests, or a browser build with its own). */
  readWorkbook?: WorkbookReader;
}

/**
 * Evidence found for a pillar (open-data datasets grouped under a smart city pillar).
 *
 * @example
 * ```ts
 * const p: PillarEvidence = { pillarId: 'governance', evidence: [] };
 * ```
 */
export interface PillarEvidence {
  pillarId: PillarId;
  evidence: Evidence[];
}

/**
 * The records an importer produced, in workspace shape, ready for the core's `mergeWorkspace`. Innovations are
 * full records (the workspace's own, with evidence or application links added).
 *
 * @example
 * ```ts
 * const data: SpbeImportData = { applications: [], agencies: [] };
 * ```
 */
export interface SpbeImportData {
  agencies?: Agency[];
  applications?: Application[];
  evaluations?: Evaluation[];
  innovations?: Innovation[];
  pillarEvidence?: PillarEvidence[];
  /** Evidence that names no innovation or pillar, kept in the workspace's extensions (`spbe.datasets`). */
  datasets?: Evidence[];
}

/**
 * What an importer returns: the data and the report (rows read, mapped, kept as extension data, rejected, and
 * every issue with its file, sheet, row, column and value).
 *
 * @example
 * ```ts
 * const result: SpbeImportResult = { data: {}, report: { source: {}, counts: { read: 0, mapped: 0, extension: 0,
 *   rejected: 0 }, issues: [] } };
 * ```
 */
export interface SpbeImportResult {
  data: SpbeImportData;
  report: ImportReport;
}

/**
 * A legacy-system importer: one module, one object. `detect` says how sure it is (0 = not mine, 1 = certainly mine)
 * without side effects; `import` reads the source into data plus a report and never throws on bad data.
 *
 * @example
 * ```ts
 * const importer: SpbeImporter = {
 *   id: 'my-system',
 *   label: { id: 'Sistem saya', en: 'My system' },
 *   async detect(source) { return source.name.endsWith('.mine') ? 1 : 0; },
 *   async import(source) { return { data: {}, report: { source: { file: source.name }, counts: { read: 0,
 *     mapped: 0, extension: 0, rejected: 0 }, issues: [] } }; },
 * };
 * ```
 */
export interface SpbeImporter {
  id: string;
  label: LocalizedText;
  detect(source: ImportSource, context?: Partial<ImportContext>): Promise<number>;
  import(source: ImportSource, context: ImportContext): Promise<SpbeImportResult>;
}
