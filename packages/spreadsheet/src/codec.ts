// How a model value becomes a cell (XLSX) or a field (CSV), and back. One place for the rules, so the XLSX and CSV
// writers and the importer agree; the rules are documented in docs/spreadsheet.md.
import {
  type Lang,
  type LocalizedText,
  localize,
  parseIndonesianDate,
  parseIndonesianNumber,
} from '@smartcity/core';
import { civilDateToSerial, serialToIso } from './cells.js';
import type { SheetColumn } from './columns.js';
import { neutraliseFormula, restoreFormula } from './injection.js';
import type { CellValue } from './reader.js';

/** Number formats of typed columns (Excel format codes). */
export const NUMBER_FORMATS = {
  rupiah: '"Rp"\\ #,##0',
  percent: '0.00%',
  integer: '0',
  dateId: 'dd/mm/yyyy',
  dateEn: 'yyyy-mm-dd',
} as const;

// ─── strings inside XLSX ────────────────────────────────────────────────────────────────────────────────────────

// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what Excel needs escaped
const XSTRING_NEEDS = /[\u0000-\u0008\u000b-\u001f\u007f]|_x[0-9A-Fa-f]{4}_/;
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what Excel needs escaped
const XSTRING_ALL = /[\u0000-\u0008\u000b-\u001f\u007f]|_(?=x[0-9A-Fa-f]{4}_)/g;

/**
 * Escapes what XML cannot carry in a cell the way Excel does (`ST_Xstring`): control characters (and CR, which
 * XML parsers turn into LF) as `_x000D_`, and a literal `_xHHHH_` by escaping its underscore as `_x005F_`.
 */
export function encodeXString(text: string): string {
  if (!XSTRING_NEEDS.test(text)) return text;
  return text.replace(
    XSTRING_ALL,
    (c) => `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`,
  );
}

// ─── lists ──────────────────────────────────────────────────────────────────────────────────────────────────────

function listToText(items: readonly unknown[], isReference: boolean): string {
  if (items.length === 0) return '';
  if (isReference && items.every((i) => typeof i === 'string')) return items.join(', ');
  const simple =
    items.every((i) => typeof i === 'string' && i !== '' && !i.includes('\n')) &&
    !String(items[0]).startsWith('[');
  return simple ? (items as string[]).join('\n') : JSON.stringify(items);
}

// ─── encode ─────────────────────────────────────────────────────────────────────────────────────────────────────

/** An exceljs cell value plus the number format it needs. */
export type XlsxCell = string | number | boolean | Date | null;

function optionLabel(column: SheetColumn, value: unknown, lang: Lang): string | undefined {
  const option = column.options?.find((o) => o.value === value);
  return option ? localize(option.label, lang) : undefined;
}

function isPreExcelDate(date: string): boolean {
  return date < '1900-03-01' || date > '9999-12-31';
}

type XlsxEncoder = (value: unknown) => XlsxCell;
const xlsxEncoders: Readonly<Record<Lang, WeakMap<SheetColumn, XlsxEncoder>>> = {
  id: new WeakMap(),
  en: new WeakMap(),
};

/**
 * A model value → an exceljs cell value (user text neutralised and escaped; empty text is an empty cell): the
 * encoder of one column in one language, made once: the option labels are a map, the column's kind is
 * decided here and not for every cell (a 100,000-row sheet calls it 1.7 million times).
 */
export function xlsxEncoderOf(column: SheetColumn, lang: Lang): XlsxEncoder {
  let encode = xlsxEncoders[lang].get(column);
  if (encode) return encode;
  encode = makeXlsxEncoder(column, lang);
  xlsxEncoders[lang].set(column, encode);
  return encode;
}

/** An encoder that writes no value as an empty cell and gives the rest to `encode`. */
function nullable(encode: (value: unknown) => XlsxCell): XlsxEncoder {
  return (value) => (value === undefined || value === null ? null : encode(value));
}

function makeXlsxEncoder(column: SheetColumn, lang: Lang): XlsxEncoder {
  switch (column.kind) {
    case 'integer':
    case 'number':
    case 'year':
    case 'rupiah':
      return nullable((value) => (typeof value === 'number' ? value : text(JSON.stringify(value))));
    case 'percent':
      return nullable((value) => (typeof value === 'number' ? value / 100 : text(JSON.stringify(value))));
    case 'boolean':
      return nullable((value) => (typeof value === 'boolean' ? value : text(String(value))));
    case 'civilDate':
      return nullable((value) => {
        if (typeof value === 'string' && CIVIL_DATE.test(value) && !isPreExcelDate(value)) {
          return new Date(
            Date.UTC(Number(value.slice(0, 4)), Number(value.slice(5, 7)) - 1, Number(value.slice(8, 10))),
          );
        }
        return text(String(value));
      });
    case 'enum':
    case 'group': {
      const labels = new Map<unknown, string | null>();
      for (const o of column.options ?? [])
        if (!labels.has(o.value)) labels.set(o.value, text(localize(o.label, lang)));
      return nullable((value) => {
        const label = labels.get(value);
        return label === undefined ? text(String(value)) : label;
      });
    }
    default:
      return nullable((value) => text(toText(column, value, lang)));
  }
}

const CIVIL_DATE = /^\d{4}-\d{2}-\d{2}$/;

function text(s: string): string | null {
  return s === '' ? null : encodeXString(neutraliseFormula(s));
}

/** The text form of values that are text in both formats (ids, references, lists, objects, free text). */
function toText(column: SheetColumn, value: unknown, _lang: Lang): string {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return listToText(value, column.reference !== undefined);
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/** Formats a number for CSV: decimal comma for `id`, point for `en`, never a thousands separator. */
export function formatCsvNumber(n: number, lang: Lang): string {
  const s = String(n);
  return lang === 'id' ? s.replace('.', ',') : s;
}

const CSV_BOOLEAN: Readonly<Record<Lang, readonly [string, string]>> = {
  id: ['ya', 'tidak'],
  en: ['yes', 'no'],
};

/** A model value → a CSV field (user text neutralised). */
export function toCsvField(column: SheetColumn, value: unknown, lang: Lang): string {
  if (value === undefined || value === null) return '';
  switch (column.kind) {
    case 'integer':
    case 'number':
    case 'year':
    case 'rupiah':
    case 'percent':
      return typeof value === 'number'
        ? formatCsvNumber(value, lang)
        : neutraliseFormula(JSON.stringify(value));
    case 'boolean':
      return typeof value === 'boolean' ? CSV_BOOLEAN[lang][value ? 0 : 1] : neutraliseFormula(String(value));
    case 'civilDate':
      return neutraliseFormula(String(value));
    case 'enum':
    case 'group':
      return neutraliseFormula(optionLabel(column, value, lang) ?? String(value));
    default:
      return neutraliseFormula(toText(column, value, lang));
  }
}

// ─── decode ─────────────────────────────────────────────────────────────────────────────────────────────────────

/** The outcome of reading one cell: a value (`undefined` = empty), or why it was refused. */
export type Decoded = { ok: true; value: unknown } | { ok: false; code: string; message: LocalizedText };

const EMPTY: Decoded = { ok: true, value: undefined };

function fail(code: string, id: string, en: string): Decoded {
  return { ok: false, code, message: { id, en } };
}

function ok(value: unknown): Decoded {
  return { ok: true, value };
}

/** A percent cell back to 0–100: the shortest decimal whose hundredth is the stored fraction. */
function fromFraction(v: number): number {
  const x = v * 100;
  for (const p of [12, 15, 16, 17]) {
    const c = Number(x.toPrecision(p));
    if (c / 100 === v) return c;
  }
  return x;
}

const STRICT_NUMBER: Readonly<Record<Lang, RegExp>> = {
  id: /^-?\d+(?:,\d+)?(?:e[+-]?\d+)?$/i,
  en: /^-?\d+(?:\.\d+)?(?:e[+-]?\d+)?$/i,
};

function parseNumberText(raw: string, lang: Lang, column: SheetColumn): Decoded {
  const t = raw
    .trim()
    .replace(/^rp\.?\s*/i, '')
    .replace(/\s*%$/, '');
  if (STRICT_NUMBER[lang].test(t)) return ok(Number(lang === 'id' ? t.replace(',', '.') : t));
  const parsed = parseIndonesianNumber(t, { locale: lang });
  if (parsed.success) return ok(parsed.data);
  const first = parsed.issues[0];
  return first
    ? {
        ok: false,
        code: first.code === 'ambiguous_value' ? 'ambiguous_value' : 'invalid_number',
        message: first.message,
      }
    : fail('invalid_number', `"${raw}" bukan angka`, `"${raw}" is not a number (${column.key})`);
}

function parseBooleanText(raw: string): Decoded {
  const t = raw.trim().toLowerCase();
  if (['ya', 'yes', 'true', 'benar', '1', 'y'].includes(t)) return ok(true);
  if (['tidak', 'no', 'false', 'salah', '0', 't', 'n'].includes(t)) return ok(false);
  return fail(
    'invalid_boolean',
    `"${raw}" bukan ya/tidak (isi "ya" atau "tidak")`,
    `"${raw}" is not yes/no (write "yes" or "no")`,
  );
}

function parseDateText(raw: string, lang: Lang): Decoded {
  const t = raw.trim();
  if (/^\d{4}-\d{2}-\d{2}$/.test(t)) {
    const parsed = parseIndonesianDate(t);
    return parsed.success
      ? ok(parsed.data)
      : { ok: false, code: 'invalid_date', message: parsed.issues[0]!.message };
  }
  const parsed = parseIndonesianDate(t, { order: lang === 'en' ? 'mdy' : 'dmy' });
  if (parsed.success) return ok(parsed.data);
  return { ok: false, code: 'invalid_date', message: parsed.issues[0]!.message };
}

const optionIndexes = new WeakMap<SheetColumn, Map<string, Decoded>>();

/** A column's options by lower-case value and labels, the first option winning (made once per column). */
function optionIndex(column: SheetColumn): Map<string, Decoded> {
  let index = optionIndexes.get(column);
  if (index) return index;
  index = new Map();
  for (const o of column.options ?? []) {
    const found = ok(o.value);
    for (const key of [String(o.value), o.label.id, o.label.en].map((k) => k.toLowerCase())) {
      if (!index.has(key)) index.set(key, found);
    }
  }
  optionIndexes.set(column, index);
  return index;
}

function parseOption(column: SheetColumn, raw: string): Decoded {
  const t = raw.trim();
  const found = optionIndex(column).get(t.toLowerCase());
  if (found) return found;
  const shown = (column.options ?? []).slice(0, 12);
  const more = (column.options?.length ?? 0) > shown.length ? ', …' : '';
  return fail(
    'invalid_option',
    `"${t}" bukan pilihan yang sah; pilih dari daftar: ${shown.map((o) => o.label.id).join(', ')}${more}`,
    `"${t}" is not an allowed option; pick from the list: ${shown.map((o) => o.label.en).join(', ')}${more}`,
  );
}

function parseList(column: SheetColumn, raw: string): Decoded {
  if (raw.trim() === '') return EMPTY;
  const trimmed = raw.trim();
  if (trimmed.startsWith('[')) {
    try {
      const parsed: unknown = JSON.parse(trimmed);
      if (Array.isArray(parsed)) return ok(parsed);
    } catch {
      if (column.reference === undefined) {
        return fail(
          'invalid_json',
          'Daftar ini diawali "[" tetapi bukan JSON yang sah',
          'This list starts with "[" but is not valid JSON',
        );
      }
    }
  }
  if (column.reference !== undefined) return ok(trimmed.split(/[\s,;]+/).filter((s) => s !== ''));
  return ok(raw.split('\n'));
}

function parseJson(raw: string): Decoded {
  try {
    return ok(JSON.parse(raw));
  } catch (e) {
    return fail(
      'invalid_json',
      `Isi sel harus JSON yang sah (${(e as Error).message})`,
      `The cell must hold valid JSON (${(e as Error).message})`,
    );
  }
}

/** Text of a cell for a text-like column; numbers and dates typed into a text column become their text. */
function cellText(cell: CellValue): string | Decoded {
  if (typeof cell === 'string') return restoreFormula(cell);
  if (typeof cell === 'number' || typeof cell === 'boolean') return String(cell);
  if ('date' in cell) return cell.date;
  return fail(
    'error_value',
    `Sel berisi nilai galat Excel ${cell.error}; isi dengan nilai yang benar`,
    `The cell holds the Excel error value ${cell.error}; enter a real value`,
  );
}

/**
 * A cell as read (XLSX `CellValue`, or a CSV field as a string) → the model value for a column.
 * `csv` tells that strings follow the CSV locale rules (decimal comma for `id`).
 */
export function decodeCell(
  column: SheetColumn,
  cell: CellValue | undefined,
  lang: Lang,
  date1904 = false,
): Decoded {
  if (cell === undefined || cell === '') return column.nullable ? ok(null) : EMPTY;
  if (typeof cell === 'object' && 'error' in cell) return cellText(cell) as Decoded;
  switch (column.kind) {
    case 'integer':
    case 'number':
    case 'year':
    case 'rupiah':
    case 'percent': {
      if (typeof cell === 'number') return ok(column.kind === 'percent' ? fromFraction(cell) : cell);
      if (typeof cell === 'boolean' || (typeof cell === 'object' && 'date' in cell)) {
        return fail('invalid_number', 'Sel ini harus berisi angka', 'This cell must hold a number');
      }
      if (cell.trim() === '') return column.nullable ? ok(null) : EMPTY;
      return parseNumberText(restoreFormula(cell), lang, column);
    }
    case 'boolean':
      if (typeof cell === 'boolean') return ok(cell);
      if (typeof cell === 'number')
        return cell === 1 ? ok(true) : cell === 0 ? ok(false) : parseBooleanText(String(cell));
      if (typeof cell === 'string') return parseBooleanText(cell);
      return parseBooleanText(cell.date);
    case 'civilDate': {
      if (typeof cell === 'object' && 'date' in cell) return ok(cell.date.slice(0, 10));
      if (typeof cell === 'number') {
        const iso = serialToIso(cell, date1904);
        return iso
          ? ok(iso.slice(0, 10))
          : fail('invalid_date', 'Sel ini harus berisi tanggal', 'This cell must hold a date');
      }
      if (typeof cell === 'boolean')
        return fail('invalid_date', 'Sel ini harus berisi tanggal', 'This cell must hold a date');
      if (cell.trim() === '') return EMPTY;
      return parseDateText(restoreFormula(cell), lang);
    }
    case 'enum':
    case 'group': {
      const t = cellText(cell);
      if (typeof t !== 'string') return t;
      if (t.trim() === '') return EMPTY;
      return parseOption(column, t);
    }
    case 'list': {
      const t = cellText(cell);
      return typeof t === 'string' ? parseList(column, t) : t;
    }
    case 'object':
    case 'localizedText': {
      const t = cellText(cell);
      if (typeof t !== 'string') return t;
      return t.trim() === '' ? EMPTY : parseJson(t);
    }
    case 'id':
    case 'reference':
    case 'parent': {
      const t = cellText(cell);
      if (typeof t !== 'string') return t;
      return t.trim() === '' ? EMPTY : ok(t.trim());
    }
    default: {
      const t = cellText(cell);
      return typeof t === 'string' ? ok(t) : t;
    }
  }
}

export { civilDateToSerial };
