/**
 * Limits the workbook reader enforces on untrusted input. Every limit is checked against the sizes the zip's
 * central directory declares *before* anything is inflated, and again against the real byte counts *while*
 * inflating, so a file that lies about its sizes is stopped as soon as it goes over.
 *
 * @example
 * ```ts
 * const limits: WorkbookLimits = { ...DEFAULT_WORKBOOK_LIMITS, maxRows: 10_000 };
 * ```
 */
export interface WorkbookLimits {
  /** Largest accepted file (compressed bytes). */
  maxFileBytes: number;
  /** Largest sum of the decompressed sizes of the entries the reader inflates. */
  maxDecompressedBytes: number;
  /** Largest decompressed size of any single zip entry. */
  maxEntryBytes: number;
  /** Most zip entries (files inside the workbook). */
  maxEntries: number;
  /** Most sheets. */
  maxSheets: number;
  /** Most rows in one sheet (counted as rows are read). */
  maxRows: number;
  /** Most characters in one cell (Excel's own limit is 32,767). */
  maxCellLength: number;
  /** Most shared strings. */
  maxSharedStrings: number;
}

/**
 * The default limits: generous for any real municipal workbook (a 300,000-row sheet fits), far below what
 * would exhaust a laptop's memory.
 *
 * @example
 * ```ts
 * DEFAULT_WORKBOOK_LIMITS.maxCellLength; // 32767
 * ```
 */
export const DEFAULT_WORKBOOK_LIMITS: Readonly<WorkbookLimits> = Object.freeze({
  maxFileBytes: 100 * 1024 * 1024,
  maxDecompressedBytes: 512 * 1024 * 1024,
  maxEntryBytes: 400 * 1024 * 1024,
  maxEntries: 2_000,
  maxSheets: 255,
  maxRows: 1_048_576,
  maxCellLength: 32_767,
  maxSharedStrings: 2_000_000,
});

/** Excel's grid: 1,048,576 rows by 16,384 columns (XFD). */
export const EXCEL_MAX_ROWS = 1_048_576;
/** Excel's grid: 16,384 columns (A..XFD). */
export const EXCEL_MAX_COLUMNS = 16_384;

export function resolveLimits(limits?: Partial<WorkbookLimits>): WorkbookLimits {
  return { ...DEFAULT_WORKBOOK_LIMITS, ...(limits ?? {}) };
}
