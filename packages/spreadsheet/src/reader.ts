import type { Issue, Result } from '@smartcity/core';
import { columnLetters, isColumnInGrid, isDateFormat, parseCellRef, serialToIso } from './cells.js';
import { abort, type LocatedIssue, WorkbookAbort, workbookIssue } from './issues.js';
import { EXCEL_MAX_ROWS, resolveLimits, type WorkbookLimits } from './limits.js';
import { attr, decodeXml, decodeXString, eachAttr, scanXml, type XmlHandler } from './xml.js';
import { type InflateBudget, inflateEntry, inflateWhole, readZipDirectory, type ZipEntry } from './zip.js';

/**
 * A normalised cell value: text, number, boolean, a date (`{ date: '2025-08-17' }` or with a time part
 * `'2025-08-17T08:30:00'`) or an Excel error value (`{ error: '#N/A' }`). Rich text becomes plain text,
 * hyperlinks their display text, formula cells their cached result.
 *
 * @example
 * ```ts
 * const values: CellValue[] = ['Dinas Kominfo', 42, true, { date: '2025-08-17' }, { error: '#N/A' }];
 * ```
 */
export type CellValue = string | number | boolean | { date: string } | { error: string };

/**
 * One row as read: its 1-based row number and its cells, index 0 being column A (`undefined` = empty).
 *
 * @example
 * ```ts
 * const row: WorkbookRow = { row: 2, cells: ['sipedas', 'SIPEDAS', undefined, 2025] };
 * ```
 */
export interface WorkbookRow {
  row: number;
  cells: (CellValue | undefined)[];
}

/**
 * One sheet as read: its name, its non-empty rows in order, and its merged ranges ('A1:C1').
 *
 * @example
 * ```ts
 * const sheet: WorkbookSheet = { name: 'Inovasi', rows: [], merges: [] };
 * ```
 */
export interface WorkbookSheet {
  name: string;
  /** Whether Excel hides the sheet (`hidden` or `veryHidden`). */
  hidden?: boolean;
  rows: WorkbookRow[];
  merges: string[];
}

/**
 * A whole workbook as plain data. `issues` holds warnings the reader recovered from (cells without an `r=`
 * reference, a sheet whose part is missing, formulas without a cached result), each located.
 *
 * @example
 * ```ts
 * const result = await readWorkbook(bytes);
 * if (result.success) for (const sheet of result.data.sheets) console.log(sheet.name, sheet.rows.length);
 * ```
 */
export interface WorkbookData {
  /** The workbook uses the 1904 date system (dates were converted either way). */
  date1904: boolean;
  sheets: WorkbookSheet[];
  /** Warnings, located by sheet, row and column; the data is still usable. */
  issues: Issue[];
}

/**
 * Options of {@link readWorkbook}.
 *
 * @example
 * ```ts
 * const options: ReadWorkbookOptions = { fileName: 'inovasi.xlsx', limits: { maxRows: 50_000 } };
 * ```
 */
export interface ReadWorkbookOptions {
  /** Shown in every issue's location. */
  fileName?: string;
  /** Overrides of {@link DEFAULT_WORKBOOK_LIMITS}. */
  limits?: Partial<WorkbookLimits>;
  /** Only read these sheets (by name); the others are not inflated at all. */
  sheets?: readonly string[];
}

const RELS_OFFICE_DOCUMENT = /\/officeDocument$/;

/**
 * Reads an untrusted `.xlsx` safely and returns its cells as plain data, or located, bilingual issues.
 *
 * Safety: the zip's directory is checked (entry count, declared sizes, encryption) before anything is inflated;
 * entries are inflated in 16 KiB slices while the real output is counted against the per-entry and total
 * limits, so zip bombs stop early under a bounded memory budget; sheets are parsed as they inflate; DTDs and
 * entities are never expanded (`<!DOCTYPE` is refused); references beyond Excel's grid, broken shared-string
 * indexes and over-long cells become typed issues, never exceptions. Works in browsers and Node.
 *
 * @example
 * ```ts
 * import { readWorkbook } from '@smartcity/spreadsheet';
 * const result = await readWorkbook(bytes, { fileName: 'inovasi.xlsx' });
 * if (!result.success) console.log(result.issues.map((i) => i.message.en));
 * else console.log(result.data.sheets[0]?.rows[0]?.cells);
 * ```
 */
export async function readWorkbook(
  bytes: Uint8Array,
  options: ReadWorkbookOptions = {},
): Promise<Result<WorkbookData>> {
  return readWorkbookResult(bytes, options);
}

/**
 * {@link readWorkbook} for the importer: sheets for which `skipRows` says so are listed (name, hidden) with no
 * rows and are not inflated at all (the importer ignores their cells: information sheets, unknown sheets).
 */
export function readWorkbookResult(
  bytes: Uint8Array,
  options: ReadWorkbookOptions,
  skipRows?: (name: string) => boolean,
): Result<WorkbookData> {
  try {
    return { success: true, data: readWorkbookSync(bytes, options, skipRows) };
  } catch (e) {
    if (e instanceof WorkbookAbort) return { success: false, issues: [e.issue] };
    // Anything else is a defect of ours; still a value, never a crash on user data.
    return {
      success: false,
      issues: [
        workbookIssue(
          'unreadable_input',
          {
            id: `Buku kerja tidak dapat dibaca (${String((e as Error)?.message ?? e)})`,
            en: `The workbook cannot be read (${String((e as Error)?.message ?? e)})`,
          },
          { file: options.fileName },
        ),
      ],
    };
  }
}

/**
 * A copy of a string that does not keep the text it was cut from alive. V8 represents a substring of 13 or more
 * characters as a view of its parent, so one short cell value sliced from a 256 KiB run of sheet XML would keep
 * the whole run in memory (all of a sheet's XML, for a sheet's cells); prefixing and slicing again makes a flat
 * copy of just the value. Short strings are copies already.
 */
function detach(s: string): string {
  return s.length < 13 ? s : ` ${s}`.slice(1);
}

function resolvePath(base: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = base.split('/').slice(0, -1);
  for (const seg of target.split('/')) {
    if (seg === '..') parts.pop();
    else if (seg !== '.' && seg !== '') parts.push(seg);
  }
  return parts.join('/');
}

function relsPathOf(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

interface Rel {
  type: string;
  target: string;
}

/** Reads a workbook synchronously (same checks as {@link readWorkbook}); throws only `WorkbookAbort`. */
export function readWorkbookSync(
  bytes: Uint8Array,
  options: ReadWorkbookOptions = {},
  skipRows?: (name: string) => boolean,
): WorkbookData {
  const file = options.fileName;
  const limits = resolveLimits(options.limits);
  const entries = readZipDirectory(bytes, limits, file);
  const budget: InflateBudget = { used: 0 };
  const decoder = new TextDecoder('utf-8');
  const text = (entry: ZipEntry) => decoder.decode(inflateWhole(bytes, entry, limits, budget, file));
  const issues: LocatedIssue[] = [];

  const parseRels = (part: string): Map<string, Rel> => {
    const rels = new Map<string, Rel>();
    const entry = entries.get(relsPathOf(part));
    if (!entry) return rels;
    scanAll(
      text(entry),
      { file, part: entry.name },
      {
        open(name, attrs) {
          if (name !== 'Relationship') return;
          const id = attr(attrs, 'Id');
          const target = attr(attrs, 'Target');
          if (id && target && attr(attrs, 'TargetMode') !== 'External') {
            rels.set(id, { type: attr(attrs, 'Type') ?? '', target: resolvePath(part, target) });
          }
        },
        close() {},
        text() {},
      },
    );
    return rels;
  };

  // Package relationships → the workbook part
  let workbookPart = 'xl/workbook.xml';
  for (const rel of parseRels('').values())
    if (RELS_OFFICE_DOCUMENT.test(rel.type)) workbookPart = rel.target;
  const workbookEntry = entries.get(workbookPart);
  if (!workbookEntry) {
    abort(
      'not_a_workbook',
      {
        id: 'Arsip ini bukan buku kerja Excel: bagian workbook.xml tidak ada',
        en: 'This archive is not an Excel workbook: the workbook.xml part is missing',
      },
      { file },
    );
  }
  let date1904 = false;
  const sheetDefs: { name: string; rid: string; hidden: boolean }[] = [];
  scanAll(
    text(workbookEntry),
    { file, part: workbookPart },
    {
      open(name, attrs) {
        if (name === 'workbookPr') {
          const v = attr(attrs, 'date1904');
          date1904 = v === '1' || v === 'true';
        } else if (name === 'sheet') {
          const state = attr(attrs, 'state');
          sheetDefs.push({
            name: attr(attrs, 'name') ?? `Sheet${sheetDefs.length + 1}`,
            rid: attr(attrs, 'id') ?? '',
            hidden: state === 'hidden' || state === 'veryHidden',
          });
        }
      },
      close() {},
      text() {},
    },
  );
  if (sheetDefs.length > limits.maxSheets) {
    abort(
      'too_many_sheets',
      {
        id: `Buku kerja berisi ${sheetDefs.length} lembar; batasnya ${limits.maxSheets}`,
        en: `The workbook has ${sheetDefs.length} sheets; the limit is ${limits.maxSheets}`,
      },
      { file },
    );
  }
  const wbRels = parseRels(workbookPart);
  const relOfType = (suffix: string) => [...wbRels.values()].find((r) => r.type.endsWith(suffix))?.target;

  const sharedStrings = readSharedStrings(
    entries.get(relOfType('/sharedStrings') ?? 'xl/sharedStrings.xml'),
    text,
    limits,
    file,
  );
  const dateStyles = readDateStyles(entries.get(relOfType('/styles') ?? 'xl/styles.xml'), text, file);

  const sheets: WorkbookSheet[] = [];
  for (const def of sheetDefs) {
    if (options.sheets && !options.sheets.includes(def.name)) continue;
    const target = wbRels.get(def.rid)?.target;
    const entry = target === undefined ? undefined : entries.get(target);
    if (!entry) {
      issues.push(
        workbookIssue(
          'missing_sheet',
          {
            id: `Lembar "${def.name}" disebut dalam buku kerja tetapi isinya tidak ada; lembar dilewati`,
            en: `Sheet "${def.name}" is listed in the workbook but its part is missing; the sheet is skipped`,
          },
          { file, sheet: def.name },
          'warning',
        ),
      );
      continue;
    }
    if (skipRows?.(def.name)) {
      sheets.push({ name: def.name, ...(def.hidden ? { hidden: true } : {}), rows: [], merges: [] });
      continue;
    }
    const sheet = readSheet(bytes, entry, def.name, {
      sharedStrings,
      dateStyles,
      date1904,
      limits,
      budget,
      file,
      issues,
    });
    if (def.hidden) sheet.hidden = true;
    sheets.push(sheet);
  }
  return { date1904, sheets, issues };
}

function scanAll(text: string, where: { file?: string; part: string }, handler: XmlHandler): void {
  scanXml(text, handler, true, where);
}

function readSharedStrings(
  entry: ZipEntry | undefined,
  text: (e: ZipEntry) => string,
  limits: WorkbookLimits,
  file?: string,
): string[] {
  const out: string[] = [];
  if (!entry) return out;
  let depth = 0; // inside <si>
  let inT = false;
  let inPhonetic = 0;
  let current = '';
  scanAll(
    text(entry),
    { file, part: entry.name },
    {
      open(name, _attrs, selfClosing) {
        if (name === 'si') {
          if (selfClosing) out.push('');
          else {
            depth = 1;
            current = '';
          }
        } else if (name === 'rPh') {
          if (!selfClosing) inPhonetic++;
        } else if (name === 't' && depth && !selfClosing) inT = true;
      },
      close(name) {
        if (name === 'si') {
          depth = 0;
          if (out.length >= limits.maxSharedStrings) {
            abort(
              'too_many_strings',
              {
                id: `Buku kerja berisi lebih dari ${limits.maxSharedStrings} teks bersama`,
                en: `The workbook holds more than ${limits.maxSharedStrings} shared strings`,
              },
              { file },
            );
          }
          out.push(detach(decodeXString(decodeXml(current))));
        } else if (name === 'rPh') inPhonetic = Math.max(0, inPhonetic - 1);
        else if (name === 't') inT = false;
      },
      text(raw) {
        if (inT && !inPhonetic) current += raw;
      },
    },
  );
  return out;
}

function readDateStyles(
  entry: ZipEntry | undefined,
  text: (e: ZipEntry) => string,
  file?: string,
): boolean[] {
  const out: boolean[] = [];
  if (!entry) return out;
  const formats = new Map<number, string>();
  let inCellXfs = false;
  scanAll(
    text(entry),
    { file, part: entry.name },
    {
      open(name, attrs, selfClosing) {
        if (name === 'numFmt') {
          const id = Number(attr(attrs, 'numFmtId'));
          const code = attr(attrs, 'formatCode');
          if (Number.isInteger(id) && code !== undefined) formats.set(id, code);
        } else if (name === 'cellXfs' && !selfClosing) inCellXfs = true;
        else if (name === 'xf' && inCellXfs) {
          const id = Number(attr(attrs, 'numFmtId') ?? '0');
          out.push(Number.isInteger(id) && isDateFormat(id, formats.get(id)));
        }
      },
      close(name) {
        if (name === 'cellXfs') inCellXfs = false;
      },
      text() {},
    },
  );
  return out;
}

interface SheetContext {
  sharedStrings: string[];
  dateStyles: boolean[];
  date1904: boolean;
  limits: WorkbookLimits;
  budget: InflateBudget;
  file?: string;
  issues: Issue[];
}

const STREAM_SCAN_THRESHOLD = 256 * 1024;
// Longest run of XML without a complete token the sheet parser holds: far above any real cell (32,767 characters).
const MAX_PENDING_CHARS = 4 * 1024 * 1024;

function readSheet(bytes: Uint8Array, entry: ZipEntry, name: string, ctx: SheetContext): WorkbookSheet {
  const { limits, file } = ctx;
  const rows: WorkbookRow[] = [];
  const merges: string[] = [];
  let rowNumber = 0;
  let rowCount = 0;
  let cells: (CellValue | undefined)[] | undefined;
  let column = 0;
  let cellType = '';
  let cellStyle = 0;
  let cellHasRef = true;
  let value = '';
  let inline = '';
  let inV = false;
  let inIs = false;
  let inT = false;
  let inPhonetic = 0;
  let inCell = false;
  let hasValue = false;
  let warnedMissingRef = false;
  let warnedFormula = false;
  let hasFormula = false;

  const where = (extra: { row?: number; column?: number }) => ({
    file,
    sheet: name,
    row: extra.row,
    column: extra.column === undefined ? undefined : columnLetters(Math.min(extra.column, 16_384 * 26)),
  });

  const beyondGrid = (ref: string) =>
    abort(
      'beyond_grid',
      {
        id: `Referensi sel "${ref}" berada di luar kisi Excel (A1:XFD1048576)`,
        en: `Cell reference "${ref}" lies beyond Excel's grid (A1:XFD1048576)`,
      },
      { file, sheet: name, value: ref.slice(0, 64) },
    );

  const finishCell = () => {
    if (!cells) return;
    let v: CellValue | undefined;
    const raw = inline !== '' || cellType === 'inlineStr' ? inline : value;
    switch (cellType) {
      case 's': {
        if (!hasValue) break;
        const index = Number(value);
        const s = Number.isInteger(index) ? ctx.sharedStrings[index] : undefined;
        if (s === undefined) {
          abort(
            'invalid_cell',
            {
              id: `Sel merujuk teks bersama nomor "${value.slice(0, 20)}" yang tidak ada`,
              en: `The cell refers to shared string "${value.slice(0, 20)}", which does not exist`,
            },
            where({ row: rowNumber, column }),
          );
        }
        v = s;
        break;
      }
      case 'inlineStr':
      case 'str':
        if (hasValue || inline !== '') v = detach(decodeXString(decodeXml(raw)));
        break;
      case 'b':
        if (hasValue) v = value.trim() === '1' || value.trim() === 'true';
        break;
      case 'e':
        if (hasValue) v = { error: detach(decodeXml(value).trim()) };
        break;
      case 'd':
        if (hasValue)
          v = {
            date: detach(decodeXml(value))
              .trim()
              .replace(/Z$/, '')
              .replace(/T00:00:00(\.0+)?$/, ''),
          };
        break;
      default: {
        if (!hasValue) break;
        const n = Number(value);
        if (value.trim() === '' || !Number.isFinite(n)) {
          abort(
            'invalid_cell',
            {
              id: `Sel angka berisi "${value.slice(0, 40)}" yang bukan angka`,
              en: `The number cell holds "${value.slice(0, 40)}", which is not a number`,
            },
            where({ row: rowNumber, column }),
          );
        }
        if (ctx.dateStyles[cellStyle]) {
          const iso = serialToIso(n, ctx.date1904);
          v = iso === undefined ? n : { date: iso };
        } else v = n;
      }
    }
    if (hasFormula && v === undefined && !warnedFormula) {
      warnedFormula = true;
      ctx.issues.push(
        workbookIssue(
          'formula_without_value',
          {
            id: 'Rumus tanpa hasil tersimpan dibaca sebagai sel kosong (simpan ulang berkas di Excel untuk menghitungnya)',
            en: 'A formula without a stored result is read as an empty cell (save the file again in Excel to compute it)',
          },
          where({ row: rowNumber, column }),
          'warning',
        ),
      );
    }
    if (typeof v === 'string' && v.length > limits.maxCellLength) {
      abort(
        'cell_too_long',
        {
          id: `Sel berisi ${v.length} karakter; batasnya ${limits.maxCellLength}`,
          en: `The cell holds ${v.length} characters; the limit is ${limits.maxCellLength}`,
        },
        where({ row: rowNumber, column }),
      );
    }
    if (v !== undefined && v !== '') cells[column - 1] = v;
  };

  // The attributes of the cell being opened, read in one pass (a cell's tag is parsed once per cell of the sheet).
  const cellAttrs: { r?: string; t?: string; s?: string } = {};
  const readCellAttr = (local: string, raw: string): boolean => {
    if (local === 'r') cellAttrs.r ??= decodeXml(raw);
    else if (local === 't') cellAttrs.t ??= decodeXml(raw);
    else if (local === 's') cellAttrs.s ??= decodeXml(raw);
    return false;
  };

  const handler: XmlHandler = {
    open(tag, attrs, selfClosing) {
      switch (tag) {
        case 'row': {
          const r = attr(attrs, 'r');
          let next = rowNumber + 1;
          if (r !== undefined) {
            const parsed = Number(r);
            if (!/^[0-9]{1,10}$/.test(r.trim()) || parsed < 1 || parsed > EXCEL_MAX_ROWS)
              beyondGrid(`row ${r}`);
            next = parsed;
          } else noteMissingRef(rowNumber + 1);
          rowNumber = next;
          column = 0;
          rowCount++;
          if (rowCount > limits.maxRows) {
            abort(
              'too_many_rows',
              {
                id: `Lembar "${name}" berisi lebih dari ${limits.maxRows} baris`,
                en: `Sheet "${name}" has more than ${limits.maxRows} rows`,
              },
              { file, sheet: name, row: rowNumber },
            );
          }
          cells = [];
          if (selfClosing) cells = undefined;
          break;
        }
        case 'c': {
          if (!cells) {
            // a cell outside a row: start an implicit row
            rowNumber += 1;
            cells = [];
          }
          cellAttrs.r = undefined;
          cellAttrs.t = undefined;
          cellAttrs.s = undefined;
          eachAttr(attrs, readCellAttr);
          const r = cellAttrs.r as string | undefined;
          if (r !== undefined) {
            const ref = parseCellRef(r.trim());
            if (!ref || !isColumnInGrid(ref.column) || ref.row > EXCEL_MAX_ROWS || ref.row < 1) {
              beyondGrid(r);
              break;
            }
            column = ref.column;
            cellHasRef = true;
          } else {
            column += 1;
            cellHasRef = false;
            if (column > 16_384) beyondGrid(`${columnLetters(column)}${rowNumber}`);
            noteMissingRef(rowNumber);
          }
          cellType = (cellAttrs.t as string | undefined) ?? 'n';
          cellStyle = Number((cellAttrs.s as string | undefined) ?? '0') || 0;
          value = '';
          inline = '';
          hasValue = false;
          hasFormula = false;
          inCell = !selfClosing;
          break;
        }
        case 'v':
          if (inCell && !selfClosing) {
            inV = true;
            hasValue = true;
          }
          break;
        case 'f':
          if (inCell) hasFormula = true;
          break;
        case 'is':
          if (inCell && !selfClosing) inIs = true;
          break;
        case 't':
          if (inIs && !selfClosing) inT = true;
          break;
        case 'rPh':
          if (!selfClosing) inPhonetic++;
          break;
        case 'mergeCell': {
          const ref = attr(attrs, 'ref');
          if (ref && merges.length < 100_000) merges.push(ref);
          break;
        }
      }
    },
    close(tag) {
      switch (tag) {
        case 'c':
          if (inCell) finishCell();
          inCell = false;
          break;
        case 'v':
          inV = false;
          break;
        case 'is':
          inIs = false;
          break;
        case 't':
          inT = false;
          break;
        case 'rPh':
          inPhonetic = Math.max(0, inPhonetic - 1);
          break;
        case 'row':
          if (cells && cells.length > 0) {
            for (let k = 0; k < cells.length; k++) if (!(k in cells)) cells[k] = undefined;
            rows.push({ row: rowNumber, cells });
          }
          cells = undefined;
          break;
      }
    },
    text(raw) {
      if (inV) {
        value += raw;
        if (value.length > limits.maxCellLength * 8) tooLong();
      } else if (inT && !inPhonetic) {
        inline += raw;
        if (inline.length > limits.maxCellLength * 8) tooLong();
      }
    },
  };

  function tooLong(): never {
    return abort(
      'cell_too_long',
      {
        id: `Sel lebih panjang daripada batas ${limits.maxCellLength} karakter`,
        en: `A cell is longer than the limit of ${limits.maxCellLength} characters`,
      },
      where({ row: rowNumber, column }),
    );
  }

  function noteMissingRef(row: number) {
    if (warnedMissingRef) return;
    warnedMissingRef = true;
    ctx.issues.push(
      workbookIssue(
        'missing_reference',
        {
          id: 'Baris atau sel tanpa atribut r= ; posisinya disimpulkan dari urutan (seperti Excel)',
          en: 'A row or cell without an r= attribute; its position is inferred from the order (as Excel does)',
        },
        { file, sheet: name, row, column: column > 0 ? columnLetters(column) : undefined },
        'warning',
      ),
    );
  }
  void cellHasRef;

  const decoder = new TextDecoder('utf-8');
  let buffer = '';
  const part = { file, part: entry.name };
  inflateEntry(
    bytes,
    entry,
    limits,
    ctx.budget,
    (chunk) => {
      buffer += decoder.decode(chunk, { stream: true });
      if (buffer.length >= STREAM_SCAN_THRESHOLD) {
        const consumed = scanXml(buffer, handler, false, part);
        buffer = buffer.slice(consumed);
        // What is left is one unfinished token or text run: bounded, so a part without tags cannot grow it.
        if (buffer.length > MAX_PENDING_CHARS) tooLong();
      }
    },
    file,
  );
  buffer += decoder.decode();
  scanXml(buffer, handler, true, part);
  return { name, rows, merges };
}
