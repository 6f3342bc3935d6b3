import type { Issue, LocalizedText } from '@smartcity/core';
import { parse } from 'csv-parse/sync';
import { decodeText, repairMojibake, type TextEncodingName } from './text/encoding.js';
import { type CellValue, cellText, normalizeLabel } from './values.js';

/**
 * One row of a source table: its 1-based row number in the file or sheet, and its cells (index 0 = column A).
 *
 * @example
 * ```ts
 * const row: TableRow = { row: 2, cells: ['1', 'Level 3'] };
 * ```
 */
export interface TableRow {
  row: number;
  cells: CellValue[];
  /**
   * Where each cell really is, when the row was assembled from cells elsewhere (a per-indicator form sheet read as
   * one row): issues about cell `i` point to `origins[i]` instead of this row and the cell's own column.
   */
  origins?: readonly (CellOrigin | undefined)[];
}

/**
 * The original place of a cell of an assembled {@link TableRow}: its 1-based row, 0-based column and the label it
 * was found under (all optional: an indicator taken from a sheet name has no cell).
 *
 * @example
 * ```ts
 * const origin: CellOrigin = { row: 13, column: 2, header: 'Jawaban' };
 * ```
 */
export interface CellOrigin {
  row?: number;
  column?: number;
  header?: string;
}

/**
 * A rectangular source as the importers read it, whatever the format: a CSV file, one worksheet of a workbook,
 * or the rows of a database query (with the column names as the heading row).
 *
 * @example
 * ```ts
 * const table: SourceTable = { file: 'aplikasi.csv', date1904: false, merges: [],
 *   rows: [{ row: 1, cells: ['Nama Aplikasi', 'Status'] }, { row: 2, cells: ['SIPEDAS', 'Aktif'] }] };
 * ```
 */
export interface SourceTable {
  file: string;
  sheet?: string;
  /** Whether Excel serial dates count from 1904 (old Mac workbooks). */
  date1904: boolean;
  /** Merged ranges such as `'A1:A2'` (workbooks only). */
  merges: readonly string[];
  rows: TableRow[];
}

/** A note from reading a source, which importers turn into report warnings or errors. */
export interface ReadNote {
  code: string;
  severity: 'error' | 'warning';
  message: LocalizedText;
  row?: number;
  column?: number;
  value?: unknown;
}

/**
 * The delimiters detected in CSV text.
 *
 * @example
 * ```ts
 * const d: CsvDelimiter = ';';
 * ```
 */
export type CsvDelimiter = ',' | ';' | '\t';

/**
 * Options of {@link readCsvTable}.
 *
 * @example
 * ```ts
 * const options: CsvReadOptions = { file: 'penilaian.csv', delimiter: ';' };
 * ```
 */
export interface CsvReadOptions {
  file: string;
  /** Overrides the detected delimiter. */
  delimiter?: CsvDelimiter;
  /** At most this many data rows are read (default 1,000,000). */
  maxRows?: number;
}

/**
 * The outcome of {@link readCsvTable}.
 *
 * @example
 * ```ts
 * const r: CsvReadResult = { table: undefined, encoding: 'utf-8', delimiter: ',', notes: [] };
 * ```
 */
export interface CsvReadResult {
  table: SourceTable | undefined;
  encoding: TextEncodingName;
  delimiter: CsvDelimiter;
  notes: ReadNote[];
}

/**
 * Detects the delimiter of CSV text from its first lines: the one of `,` `;` and tab that splits the lines into the
 * most, and most consistent, columns (quoted parts ignored).
 *
 * @example
 * ```ts
 * detectDelimiter('a;b;c\n1;2,5;3\n'); // ';'
 * ```
 */
export function detectDelimiter(text: string): CsvDelimiter {
  const lines: string[] = [];
  let current = '';
  let quoted = false;
  for (let i = 0; i < text.length && lines.length < 10 && i < 200_000; i++) {
    const ch = text[i]!;
    if (ch === '"') quoted = !quoted;
    else if ((ch === '\n' || ch === '\r') && !quoted) {
      if (current.trim() !== '') lines.push(current);
      current = '';
    } else if (!quoted) current += ch;
  }
  if (current.trim() !== '' && lines.length < 10) lines.push(current);
  let best: CsvDelimiter = ',';
  let bestScore = -1;
  for (const d of [',', ';', '\t'] as const) {
    const counts = lines.map((l) => l.split(d).length - 1);
    const first = counts[0] ?? 0;
    if (first === 0) continue;
    const consistent = counts.filter((c) => c === first).length;
    const score = consistent * 1000 + first;
    if (score > bestScore) {
      best = d;
      bestScore = score;
    }
  }
  return best;
}

const MOJIBAKE_HINT = /[\u00c2-\u00f4]/;

/**
 * Reads a CSV export into a {@link SourceTable}: decodes the bytes ({@link decodeText}: UTF-8 ± BOM, UTF-16 with BOM,
 * Windows-1252 fallback), detects the delimiter unless given, parses with csv-parse (ragged rows and stray quotes
 * tolerated), and repairs double-encoded UTF-8 per cell. Never throws: an unreadable file gives `table: undefined`
 * and an error note.
 *
 * @example
 * ```ts
 * const { table } = readCsvTable(new TextEncoder().encode('No;Level\n1;3\n'), { file: 'a.csv' });
 * table?.rows[1]?.cells; // ['1', '3']
 * ```
 */
export function readCsvTable(bytes: Uint8Array, options: CsvReadOptions): CsvReadResult {
  const decoded = decodeText(bytes);
  const notes: ReadNote[] = decoded.notes.map((n) => ({
    code: n.code,
    severity: 'warning',
    message: n.message,
  }));
  const delimiter = options.delimiter ?? detectDelimiter(decoded.text);
  let records: string[][];
  try {
    // UTF-8 input goes to csv-parse as bytes (its native form); other encodings as the decoded text.
    const utf8Input = decoded.encoding === 'utf-8' || decoded.encoding === 'utf-8-bom';
    const input = utf8Input ? Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) : decoded.text;
    records = parse(input, {
      delimiter,
      relax_quotes: true,
      relax_column_count: true,
      skip_empty_lines: false,
      bom: true,
      to: (options.maxRows ?? 1_000_000) + 10,
    }) as string[][];
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    notes.push({
      code: 'unreadable_input',
      severity: 'error',
      message: { id: `CSV tidak dapat dibaca: ${reason}`, en: `The CSV cannot be read: ${reason}` },
    });
    return { table: undefined, encoding: decoded.encoding, delimiter, notes };
  }
  const rows: TableRow[] = [];
  let repaired = 0;
  // One scan of the whole text spares a test per cell when no character of a double encoding occurs at all.
  const mayRepair = MOJIBAKE_HINT.test(decoded.text);
  for (let r = 0; r < records.length; r++) {
    const cells = records[r]!;
    let empty = true;
    for (let c = 0; c < cells.length; c++) {
      const v = cells[c]!;
      if (v !== '') empty = false;
      if (mayRepair && MOJIBAKE_HINT.test(v)) {
        const fixed = repairMojibake(v);
        if (fixed !== undefined) {
          cells[c] = fixed;
          if (repaired++ < 20) notes.push(mojibakeNote(r + 1, c, v, fixed));
        }
      }
    }
    if (!empty) rows.push({ row: r + 1, cells });
  }
  if (repaired > 20) notes.push(mojibakeMore(repaired - 20));
  return {
    table: { file: options.file, date1904: false, merges: [], rows },
    encoding: decoded.encoding,
    delimiter,
    notes,
  };
}

/** A note for a repaired double-encoded value. */
export function mojibakeNote(row: number, column: number, before: string, after: string): ReadNote {
  return {
    code: 'mojibake_repaired',
    severity: 'warning',
    row,
    column,
    value: before,
    message: {
      id: `Teks tersandi ganda (UTF-8 dibaca sebagai Latin-1) diperbaiki: "${clip(before)}" → "${clip(after)}"`,
      en: `Double-encoded text (UTF-8 read as Latin-1) repaired: "${clip(before)}" → "${clip(after)}"`,
    },
  };
}

function mojibakeMore(count: number): ReadNote {
  return {
    code: 'mojibake_repaired',
    severity: 'warning',
    message: {
      id: `${count} nilai tersandi ganda lainnya juga diperbaiki`,
      en: `${count} more double-encoded values were repaired too`,
    },
  };
}

function clip(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

/**
 * The workbook shape of `@smartcity/spreadsheet`'s hostile-input reader `readWorkbook`.
 *
 * @example
 * ```ts
 * const wb: WorkbookLike = { date1904: false, sheets: [{ name: 'Aplikasi', merges: [], rows: [] }] };
 * ```
 */
export interface WorkbookLike {
  date1904: boolean;
  /** Warnings of the reader (kept in the import report). */
  issues?: readonly Issue[];
  sheets: readonly {
    name: string;
    rows: readonly { row: number; cells: readonly CellValue[] }[];
    merges: readonly string[];
  }[];
}

/**
 * Turns a workbook read by `@smartcity/spreadsheet` into one {@link SourceTable} per worksheet, repairing
 * double-encoded text per cell.
 *
 * @example
 * ```ts
 * tablesFromWorkbook({ date1904: true, sheets: [{ name: 'S1', merges: [], rows: [{ row: 1, cells: ['No'] }] }] },
 *   'lke.xlsx').tables[0]?.date1904; // true
 * ```
 */
export function tablesFromWorkbook(
  workbook: WorkbookLike,
  file: string,
): { tables: SourceTable[]; notes: (ReadNote & { sheet: string })[] } {
  const notes: (ReadNote & { sheet: string })[] = [];
  const tables = workbook.sheets.map((sheet) => {
    const rows: TableRow[] = [];
    for (const r of sheet.rows) {
      const row = cleanRow(r.row, r.cells.slice(), sheet.name, notes);
      if (row) rows.push(row);
    }
    return { file, sheet: sheet.name, date1904: workbook.date1904, merges: [...sheet.merges], rows };
  });
  return { tables, notes };
}

/**
 * Repairs the double-encoded text of one row of a workbook or database (in place, noting each repair) and returns
 * it as a {@link TableRow}, or `undefined` when every cell is missing. Shared by {@link tablesFromWorkbook} and
 * the database route, which cleans rows as they stream in.
 *
 * @example
 * ```ts
 * const notes: (ReadNote & { sheet: string })[] = [];
 * cleanRow(2, ['XeonÂ®', '-'], 'aplikasi', notes)?.cells; // ['Xeon®', '-']
 * cleanRow(3, ['-', null], 'aplikasi', notes); // undefined
 * ```
 */
export function cleanRow(
  row: number,
  cells: CellValue[],
  sheet: string,
  notes: (ReadNote & { sheet: string })[],
): TableRow | undefined {
  let empty = true;
  for (let c = 0; c < cells.length; c++) {
    const v = cells[c];
    if (typeof v === 'string' && MOJIBAKE_HINT.test(v)) {
      const fixed = repairMojibake(v);
      if (fixed !== undefined) {
        cells[c] = fixed;
        notes.push({ ...mojibakeNote(row, c, v, fixed), sheet });
      }
    }
    if (empty && cellText(cells[c]) !== undefined) empty = false;
  }
  return empty ? undefined : { row, cells };
}

/**
 * A field an importer looks for in the headings, with the heading texts (normalised, see `normalizeLabel`) that
 * name it.
 *
 * @example
 * ```ts
 * const field: FieldSpec = { key: 'name', aliases: ['nama aplikasi', 'judul'] };
 * ```
 */
export interface FieldSpec {
  key: string;
  aliases: readonly string[];
  /** Whether a heading that merely contains an alias as whole words also matches (default true). */
  loose?: boolean;
}

/**
 * The headings found in a table: where they are, and which column holds which field.
 *
 * @example
 * ```ts
 * const h: HeaderMatch = { headerRows: [1], dataStart: 1, headers: ['Nama'], fields: new Map([['name', 0]]),
 *   unmatched: [] };
 * ```
 */
export interface HeaderMatch {
  /** Row numbers of the heading rows (one, or two for merged two-row headings). */
  headerRows: number[];
  /** Index in `table.rows` of the first data row. */
  dataStart: number;
  /** The combined heading text per column. */
  headers: string[];
  /** Field key → column index. */
  fields: Map<string, number>;
  /** Columns with a heading that matched no field (kept as extension data). */
  unmatched: number[];
}

function colLetterToIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/**
 * An A1-style range (`'B2:D3'`, `'$A$1:$C$1'`) as zero-based columns and one-based rows; `undefined` when it is not
 * one. Used for the merged cells of a sheet.
 *
 * @example
 * ```ts
 * parseRange('B2:D3'); // { c1: 1, r1: 2, c2: 3, r2: 3 }
 * ```
 */
export function parseRange(range: string): { r1: number; c1: number; r2: number; c2: number } | undefined {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d{1,7}):\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(range.trim());
  if (!m) return undefined;
  return { c1: colLetterToIndex(m[1]!), r1: Number(m[2]), c2: colLetterToIndex(m[3]!), r2: Number(m[4]) };
}

function matchField(label: string, specs: readonly FieldSpec[], used: Set<string>): string | undefined {
  if (label === '') return undefined;
  for (const spec of specs) if (!used.has(spec.key) && spec.aliases.includes(label)) return spec.key;
  const padded = ` ${label} `;
  let best: { key: string; len: number } | undefined;
  for (const spec of specs) {
    if (used.has(spec.key) || spec.loose === false) continue;
    for (const alias of spec.aliases) {
      if (alias.length >= 4 && padded.includes(` ${alias} `) && (!best || alias.length > best.len)) {
        best = { key: spec.key, len: alias.length };
      }
    }
  }
  return best?.key;
}

function mapHeaders(headers: readonly string[], specs: readonly FieldSpec[]) {
  const fields = new Map<string, number>();
  const used = new Set<string>();
  const unmatched: number[] = [];
  // Exact matches first, so that "Nama Aplikasi" is not taken by a looser "nama" elsewhere.
  const labels = headers.map((h) => normalizeLabel(h));
  labels.forEach((label, c) => {
    const spec = specs.find((s) => !used.has(s.key) && s.aliases.includes(label));
    if (spec) {
      fields.set(spec.key, c);
      used.add(spec.key);
    }
  });
  labels.forEach((label, c) => {
    if ([...fields.values()].includes(c)) return;
    const key = matchField(label, specs, used);
    if (key) {
      fields.set(key, c);
      used.add(key);
    } else if (label !== '') unmatched.push(c);
  });
  return { fields, unmatched };
}

/**
 * Finds the heading row(s) of a table among its first rows (the row whose headings name the most fields) and maps
 * columns to fields. Two-row headings (a merged group heading above sub-headings, or cells merged down over two
 * rows, as in excelize exports) are combined: `"Nama Aplikasi"` over a blank stays `"Nama Aplikasi"`, a group
 * `"Server"` over `"CPU"` becomes `"Server CPU"`.
 *
 * @example
 * ```ts
 * const table = { file: 'a.csv', date1904: false, merges: [],
 *   rows: [{ row: 1, cells: ['Nama Aplikasi', 'Status'] }, { row: 2, cells: ['SIPEDAS', 'Aktif'] }] };
 * locateHeader(table, [{ key: 'name', aliases: ['nama aplikasi'] }])?.fields.get('name'); // 0
 * ```
 */
export function locateHeader(
  table: SourceTable,
  specs: readonly FieldSpec[],
  scan = 15,
): HeaderMatch | undefined {
  let best: { index: number; score: number } | undefined;
  for (let i = 0; i < Math.min(scan, table.rows.length); i++) {
    const headers = table.rows[i]!.cells.map((c) => (typeof c === 'string' ? c : ''));
    const { fields } = mapHeaders(headers, specs);
    if (fields.size > 0 && (!best || fields.size > best.score)) best = { index: i, score: fields.size };
  }
  if (!best) return undefined;
  const first = table.rows[best.index]!;
  const next = table.rows[best.index + 1];
  const width = Math.max(first.cells.length, next?.cells.length ?? 0);
  const top: string[] = Array.from({ length: width }, (_, c) => cellText(first.cells[c]) ?? '');
  const single = mapHeaders(top, specs);
  if (next && isSubHeading(table, first.row, next, top)) {
    // Forward-fill group headings across their merged (blank) cells.
    const filled = top.slice();
    const merges = table.merges.map(parseRange).filter((m) => m !== undefined);
    for (const m of merges) {
      if (m.r1 === first.row && m.c2 > m.c1)
        for (let c = m.c1 + 1; c <= m.c2; c++) filled[c] = top[m.c1] ?? '';
    }
    if (merges.length === 0)
      for (let c = 1; c < width; c++) if (filled[c] === '') filled[c] = filled[c - 1] ?? '';
    const combined = filled.map((parent, c) => {
      const child = cellText(next.cells[c]) ?? '';
      if (child === '' || child === parent) return top[c] === '' && child === '' ? '' : parent;
      return parent === '' ? child : `${parent} ${child}`;
    });
    const two = mapHeaders(combined, specs);
    // Prefer the combined headings unless they name fewer fields; sub-headings alone are tried too.
    const subs = combined.map((h, c) => (cellText(next.cells[c]) ? (cellText(next.cells[c]) as string) : h));
    const alt = mapHeaders(subs, specs);
    const pick =
      alt.fields.size > two.fields.size ? { ...alt, headers: subs } : { ...two, headers: combined };
    if (pick.fields.size >= single.fields.size) {
      return { headerRows: [first.row, next.row], dataStart: best.index + 2, ...pick };
    }
  }
  return { headerRows: [first.row], dataStart: best.index + 1, headers: top, ...single };
}

function isSubHeading(
  table: SourceTable,
  headerRow: number,
  next: TableRow,
  top: readonly string[],
): boolean {
  const merged = table.merges
    .map(parseRange)
    .some((m) => m !== undefined && m.r1 === headerRow && m.r2 >= headerRow + 1);
  const texts = next.cells.map((c) =>
    typeof c === 'string' ? c.trim() : c === null || c === undefined ? '' : 0,
  );
  if (texts.some((t) => t === 0)) return false;
  const nonEmpty = texts.filter((t) => t !== '') as string[];
  if (nonEmpty.length === 0) return merged;
  // Data rows contain digits somewhere in most cells; sub-headings are words under blank or group headings.
  const underBlank = next.cells.some(
    (c, i) => typeof c === 'string' && c.trim() !== '' && (top[i] ?? '') === '',
  );
  const numeric = nonEmpty.filter((t) => /^[\d.,\s/-]+$/.test(t)).length;
  return (merged || underBlank) && numeric === 0;
}
