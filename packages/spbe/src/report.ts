import { columnLetter as coreColumnLetter, type Issue, type LocalizedText } from '@smartcity/core';
import type { ImportReport, SourceIssue, SourceLocation } from './internal/core.js';

export type { ImportReport, SourceIssue, SourceLocation } from './internal/core.js';

/** The spreadsheet column letter of a 0-based column index (`0` → `A`, `27` → `AB`), via the core. */
export function columnLetter(index: number): string {
  return coreColumnLetter(index + 1);
}

type RowStatus = 'mapped' | 'extension' | 'rejected';

/** A row whose status is decided later (see {@link ReportBuilder.defer}). */
export interface DeferredRow {
  source: SourceLocation;
  issues: Issue[];
}

/**
 * Collects an import report while an importer runs: counts per row status, the rows that had something to say,
 * and every issue with its source location.
 *
 * @example
 * ```ts
 * const report = new ReportBuilder({ file: 'aplikasi.csv', kind: 'inventory', format: 'csv' });
 * report.row({ file: 'aplikasi.csv', row: 2 }, 'mapped');
 * report.build().counts.mapped; // 1
 * ```
 */
export class ReportBuilder {
  readonly #source: ImportReport['source'];
  readonly #counts = { read: 0, mapped: 0, extension: 0, rejected: 0 };
  readonly #rows: { source: SourceLocation; status: RowStatus; issues: Issue[] }[] = [];
  readonly #issues: SourceIssue[] = [];
  /** Issues raised for the row being read, attached to it by {@link ReportBuilder.row}. */
  #pending: SourceIssue[] = [];

  constructor(source: ImportReport['source']) {
    this.#source = { ...source };
  }

  /** Adds an issue (a warning unless `severity: 'error'`), attached to the current row if one is open. */
  add(
    code: string,
    message: LocalizedText,
    source: SourceLocation,
    severity: 'error' | 'warning' = 'warning',
  ): Issue {
    const path: (string | number)[] = [];
    if (source.file !== undefined) path.push(source.file);
    if (source.sheet !== undefined) path.push(source.sheet);
    if (source.row !== undefined) path.push(source.row);
    if (source.header !== undefined) path.push(source.header);
    const item: SourceIssue = { path, code, message, severity, source: cleanSource(source) };
    this.#issues.push(item);
    this.#pending.push(item);
    return item;
  }

  /** Whether issues were raised since the last row was closed (so a caller may skip building a location). */
  get rowHasIssues(): boolean {
    return this.#pending.length > 0;
  }

  /** Closes a mapped row that raised no issue: only counted (the fast path for large sources). */
  mappedClean(): void {
    this.#counts.read++;
    this.#counts.mapped++;
  }

  /** Closes a row with its status; rows with issues (or not mapped) are listed in the report. */
  row(source: SourceLocation, status: RowStatus): void {
    this.#counts.read++;
    this.#counts[status]++;
    if (this.#pending.length > 0 || status !== 'mapped') {
      this.#rows.push({ source: cleanSource(source), status, issues: this.#pending });
    }
    this.#pending = [];
  }

  /**
   * Closes the issues of the current row without deciding its status yet (the status depends on rows read later,
   * e.g. on the model detected from all indicators); {@link ReportBuilder.resolve} records it.
   */
  defer(source: SourceLocation): DeferredRow {
    const handle = { source, issues: this.#pending };
    this.#pending = [];
    return handle;
  }

  /** Records a deferred row with its status; issues added now are attached to it. */
  resolve(handle: DeferredRow, status: RowStatus, late: readonly Issue[] = []): void {
    this.#pending = [...handle.issues, ...late];
    this.row(handle.source, status);
  }

  /** Keeps the issues raised so far as file-level ones, attached to no row. */
  settle(): void {
    this.#pending = [];
  }

  /** Drops issues raised since the last row (for a row that turns out to be a heading or blank). */
  discardPending(): void {
    const drop = new Set(this.#pending);
    this.#pending = [];
    for (let i = this.#issues.length - 1; i >= 0 && drop.size > 0; i--) {
      if (drop.has(this.#issues[i]!)) {
        drop.delete(this.#issues[i]!);
        this.#issues.splice(i, 1);
      }
    }
  }

  /**
   * Appends what another builder collected (counts, listed rows, issues) as if it had been reported here, after
   * what is here already: a source mapped apart while it streamed in keeps its place in the report.
   */
  absorb(other: ReportBuilder): void {
    this.#pending = [];
    this.#counts.read += other.#counts.read;
    this.#counts.mapped += other.#counts.mapped;
    this.#counts.extension += other.#counts.extension;
    this.#counts.rejected += other.#counts.rejected;
    for (const r of other.#rows) this.#rows.push(r);
    for (const i of other.#issues) this.#issues.push(i);
  }

  /** Whether any error was reported. */
  get hasErrors(): boolean {
    return this.#issues.some((i) => i.severity === 'error');
  }

  /** The report. */
  build(): ImportReport {
    this.#pending = [];
    return {
      source: { ...this.#source },
      counts: { ...this.#counts },
      rows: [...this.#rows],
      issues: [...this.#issues],
    };
  }
}

function cleanSource(source: SourceLocation): SourceLocation {
  const out: SourceLocation = {};
  if (source.file !== undefined) out.file = source.file;
  if (source.sheet !== undefined) out.sheet = source.sheet;
  if (source.row !== undefined) out.row = source.row;
  if (source.column !== undefined) out.column = source.column;
  if (source.header !== undefined) out.header = source.header;
  if (source.value !== undefined) {
    out.value =
      typeof source.value === 'string' && source.value.length > 200
        ? `${source.value.slice(0, 197)}…`
        : source.value;
  }
  return out;
}
