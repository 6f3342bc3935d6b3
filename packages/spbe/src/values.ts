import { isCivilDate, type LocalizedText } from '@smartcity/core';
import { parseIndonesianDate, parseIndonesianNumber } from './internal/core.js';

/**
 * A cell value as the importers see it: text, number, boolean, a date (ISO civil date or date-time), an error
 * value of a spreadsheet, or nothing.
 *
 * @example
 * ```ts
 * const cells: CellValue[] = ['SIPEDAS', 2021, true, { date: '2024-06-18' }, null];
 * ```
 */
export type CellValue = string | number | boolean | { date: string } | { error: string } | null | undefined;

/**
 * Normalises a heading or a label for matching: lower case, accents removed, anything but letters and digits
 * becomes one space. `"Nama_Aplikasi "` and `"NAMA APLIKASI"` both give `"nama aplikasi"`.
 *
 * @example
 * ```ts
 * normalizeLabel('Tahun_Pembuatan'); // 'tahun pembuatan'
 * ```
 */
export function normalizeLabel(text: string): string {
  // Letters, digits and single inner spaces (most names and codes) only need lower case: no regex, no new string
  // beyond that.
  let plain = text.length > 0;
  let upper = false;
  for (let i = 0; i < text.length && plain; i++) {
    const ch = text.charCodeAt(i);
    if (ch >= 0x41 && ch <= 0x5a) upper = true;
    else if (ch === 0x20) plain = i > 0 && i < text.length - 1 && text.charCodeAt(i - 1) !== 0x20;
    else plain = (ch >= 0x61 && ch <= 0x7a) || (ch >= 0x30 && ch <= 0x39);
  }
  if (plain) return upper ? text.toLowerCase() : text;
  // Plain ASCII (almost every heading and name) needs no Unicode normalisation.
  if (/^[\x20-\x7e]*$/.test(text))
    return text
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, ' ')
      .trim();
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

const MISSING = /^\s*(?:-+|–|—|n\/?a|null|\\n)?\s*$/i;

/**
 * Whether a cell holds no value: empty, blank, `'-'` (the legacy systems' null), `NULL` or `N/A`.
 *
 * @example
 * ```ts
 * isMissing('-'); // true
 * isMissing(' '); // true
 * isMissing('0'); // false
 * ```
 */
export function isMissing(value: CellValue): boolean {
  if (value === null || value === undefined) return true;
  if (typeof value === 'string') return MISSING.test(value);
  if (typeof value === 'number') return !Number.isFinite(value);
  if (typeof value === 'object' && 'error' in value) return true;
  return false;
}

/**
 * A cell as trimmed text (`undefined` when missing). Numbers are written without grouping; dates as ISO.
 *
 * @example
 * ```ts
 * cellText('  SIPEDAS\t\t\r\n'); // 'SIPEDAS'
 * cellText('-'); // undefined
 * ```
 */
export function cellText(value: CellValue): string | undefined {
  // Fast path for the commonest cell: text that starts and ends with a printable ASCII character that cannot begin
  // a missing marker (`-`, `n/a`, `null`, `\N`), so it is neither missing nor in need of trimming.
  if (typeof value === 'string' && value.length > 0) {
    const first = value.charCodeAt(0);
    const last = value.charCodeAt(value.length - 1);
    if (
      first > 0x20 &&
      first < 0x7f &&
      last > 0x20 &&
      last < 0x7f &&
      first !== 0x2d && // -
      first !== 0x6e && // n
      first !== 0x4e && // N
      first !== 0x5c // \
    )
      return value;
  }
  if (isMissing(value)) return undefined;
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value && typeof value === 'object' && 'date' in value) return value.date;
  return undefined;
}

const TRUE_WORDS = new Set([
  'ya',
  'y',
  'yes',
  'true',
  '1',
  'aktif',
  'active',
  'sudah',
  'ada',
  'benar',
  'iya',
]);
const FALSE_WORDS = new Set([
  'tidak',
  't',
  'no',
  'false',
  '0',
  'tidak aktif',
  'non aktif',
  'nonaktif',
  'naktif',
  'inactive',
  'belum',
  'noada',
  'tidak ada',
  'salah',
]);

/**
 * Reads the boolean-ish words of legacy systems: Aktif/Tidak Aktif, aktif/naktif, Ya/Tidak, sudah/belum,
 * ada/noada, 1/0, true/false. `undefined` when missing or not one of these.
 *
 * @example
 * ```ts
 * parseBoolean('naktif'); // false
 * parseBoolean('Sudah'); // true
 * parseBoolean('mungkin'); // undefined
 * ```
 */
export function parseBoolean(value: CellValue): boolean | undefined {
  if (typeof value === 'boolean') return value;
  if (typeof value === 'number') return value === 1 ? true : value === 0 ? false : undefined;
  const text = cellText(value);
  if (text === undefined) return undefined;
  const key = normalizeLabel(text);
  if (TRUE_WORDS.has(key)) return true;
  if (FALSE_WORDS.has(key)) return false;
  return undefined;
}

/**
 * A reference to an SPBE indicator found in a cell: its number and, for the repeated 2018 indicator 35, the
 * repeat (`35-2` → `{ number: 35, repeat: 2 }`).
 *
 * @example
 * ```ts
 * const ref: IndicatorRef = { number: 35, repeat: 2, key: '35-2' };
 * ```
 */
export interface IndicatorRef {
  number: number;
  repeat?: number;
  /** The key in `scores.spbe.indicators`: `'12'`, `'35-2'`. */
  key: string;
}

function ref(no: number, repeat?: number): IndicatorRef | undefined {
  if (!Number.isInteger(no) || no < 1 || no > 99) return undefined;
  if (repeat !== undefined) {
    if (!(repeat >= 1 && repeat <= 9)) return undefined;
    return repeat === 1 ? { number: no, key: String(no) } : { number: no, repeat, key: `${no}-${repeat}` };
  }
  return { number: no, key: String(no) };
}

/**
 * Reads an indicator number or code: `1`, `'1'`, `'ID-1'`, `'D1 A1 ID-1'`, `'Indikator 1'`, `'Indikator ke-1'`,
 * `'No. 12'`, `'12.'` and legacy repeats `'35-2'`. `undefined` when the cell names no indicator by number.
 *
 * @example
 * ```ts
 * parseIndicatorRef('D4 A8 ID-43')?.key; // '43'
 * parseIndicatorRef('35-2')?.key; // '35-2'
 * parseIndicatorRef('Indikator 7')?.number; // 7
 * ```
 */
export function parseIndicatorRef(value: CellValue): IndicatorRef | undefined {
  if (typeof value === 'number') return Number.isInteger(value) ? ref(value) : undefined;
  const text = cellText(value);
  if (text === undefined || text.length > 200) return undefined;
  let m = /^\s*(?:no\.?\s*)?(\d{1,2})\s*(?:[-–/]\s*(\d))?\s*\.?\s*$/i.exec(text);
  if (m) return ref(Number(m[1]), m[2] === undefined ? undefined : Number(m[2]));
  m = /\bID\s*[-.]?\s*(\d{1,2})(?:\s*[-–]\s*(\d))?\b/i.exec(text);
  if (m) return ref(Number(m[1]), m[2] === undefined ? undefined : Number(m[2]));
  m =
    /\b(?:indikator|indicator|ind)\.?\s*(?:ke\s*[-.]?\s*|no\.?\s*|nomor\s*|#)?(\d{1,2})(?:\s*[-–]\s*(\d))?\b/i.exec(
      text,
    );
  if (m) return ref(Number(m[1]), m[2] === undefined ? undefined : Number(m[2]));
  // "12. Layanan Perencanaan", "12 - Layanan Perencanaan"
  m = /^\s*(\d{1,2})\s*[.)]\s*\S/.exec(text) ?? /^\s*(\d{1,2})\s+[-–:]\s+\S/.exec(text);
  if (m) return ref(Number(m[1]));
  return undefined;
}

// A Map, not an object: a cell reading "constructor" must not find Object.prototype.constructor.
const LEVEL_NAMES = new Map<string, number>(
  Object.entries({
    rintisan: 1,
    terkelola: 2,
    terdefinisi: 3,
    'terpadu dan terukur': 4,
    terpadu: 4,
    optimum: 5,
    informasi: 1,
    interaksi: 2,
    transaksi: 3,
    kolaborasi: 4,
    'satu arah': 1,
    diseminasi: 1,
    initial: 1,
    managed: 2,
    defined: 3,
    'integrated and measured': 4,
    optimised: 5,
    optimized: 5,
    information: 1,
    interaction: 2,
    transaction: 3,
    collaboration: 4,
  }),
);

/**
 * Reads a maturity level: `3`, `'3'`, `'3,0'`, `'Level 3'`, `'Tingkat 3'`, the level names (`'Terdefinisi'`,
 * `'Transaksi'`…) and levels inside free text (`'Penilaian mandiri level : 3'`, `'Nilai kematangan pusat level :
 * 3'`). Returns the integer or `undefined`; the caller checks it against the model's range.
 *
 * @example
 * ```ts
 * parseLevel('Penilaian mandiri level : 3'); // 3
 * parseLevel('Tingkat 4'); // 4
 * parseLevel('Terdefinisi'); // 3
 * parseLevel('-'); // undefined
 * ```
 */
export function parseLevel(value: CellValue): number | undefined {
  if (typeof value === 'number')
    return Number.isInteger(value) && value >= 0 && value <= 9 ? value : undefined;
  const text = cellText(value);
  if (text === undefined || text.length > 2000) return undefined;
  let m = /^\s*(\d)(?:[.,]0+)?\s*$/.exec(text);
  if (m) return Number(m[1]);
  m = /\b(?:level|tingkat|tk)\s*(?:kematangan\s*)?(?:ke\s*[-.]?\s*)?[:=]?\s*(\d)(?:[.,]0+)?(?!\d)/i.exec(
    text,
  );
  if (m) return Number(m[1]);
  const key = normalizeLabel(text);
  const named = LEVEL_NAMES.get(key);
  if (named !== undefined) return named;
  m = /^(?:level |tingkat )?(\d) ([a-z ]+)$/.exec(key);
  if (m && LEVEL_NAMES.has(m[2]!)) return Number(m[1]);
  const words = [...LEVEL_NAMES.keys()].filter((w) => key === w || key.startsWith(`${w} `));
  if (words.length > 0) return LEVEL_NAMES.get(words.sort((a, b) => b.length - a.length)[0]!);
  return undefined;
}

/** A problem reading one value, with its reason in both languages. */
export interface ValueProblem {
  code: string;
  message: LocalizedText;
}

/** The result of reading one value: the value and, possibly, a problem (a warning when a value is present). */
export type ValueResult<T> = { value: T | undefined; problem?: ValueProblem };

const EXCEL_EPOCH_1900 = Date.UTC(1899, 11, 30);
const EXCEL_EPOCH_1904 = Date.UTC(1904, 0, 1);

/**
 * Converts an Excel serial day number to a civil date, for 1900-based workbooks (with Lotus's phantom
 * 29 February 1900) and 1904-based ones (old Mac Excel). `undefined` outside 1900–9999.
 *
 * @example
 * ```ts
 * excelSerialToDate(45461, false); // '2024-06-18'
 * excelSerialToDate(43999, true); // '2024-06-18'
 * ```
 */
export function excelSerialToDate(serial: number, date1904: boolean): string | undefined {
  if (!Number.isFinite(serial) || serial < 1 || serial > 2_958_465) return undefined;
  const day = Math.floor(serial);
  const ms = date1904 ? EXCEL_EPOCH_1904 + day * 86_400_000 : EXCEL_EPOCH_1900 + day * 86_400_000;
  // Serials 1–60 in the 1900 system count the non-existent 1900-02-29; before it, dates are one day off.
  const adjusted = !date1904 && day < 61 ? ms + 86_400_000 : ms;
  return new Date(adjusted).toISOString().slice(0, 10);
}

/**
 * Reads a date cell: a date value, an ISO text, an Indonesian date (`'2 September 2020'`, `'17/8/2025'`) through
 * the core's parser, or an Excel serial. A US-style `m/d/Y` date that cannot be a day-first date
 * (`'12/31/2015'`) is reported, never guessed.
 *
 * @example
 * ```ts
 * parseDateCell('9 Juli 2024', false).value; // '2024-07-09'
 * parseDateCell('12/31/2015', false).problem?.code; // 'us_date'
 * ```
 */
export function parseDateCell(value: CellValue, date1904: boolean): ValueResult<string> {
  if (value && typeof value === 'object' && 'date' in value) return { value: value.date.slice(0, 10) };
  if (typeof value === 'number') {
    const date = excelSerialToDate(value, date1904);
    return date
      ? { value: date }
      : { value: undefined, problem: problem('invalid_value', 'Bukan tanggal', 'Not a date') };
  }
  const text = cellText(value);
  if (text === undefined) return { value: undefined };
  // SQL and ISO timestamps (`2024-03-01 10:00:00`), the commonest form in exports: no need for the full parser.
  const iso = /^(\d{4}-\d{2}-\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(
    text,
  );
  if (iso && isCivilDate(iso[1])) return { value: iso[1] };
  const parsed = parseIndonesianDate(text, { order: 'dmy' });
  if (parsed.success) return { value: parsed.data };
  const us = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text);
  if (us && Number(us[2]) > 12 && Number(us[1]) <= 12) {
    return {
      value: undefined,
      problem: problem(
        'us_date',
        `Tanggal "${text}" berformat bulan/hari/tahun (AS); tidak ditebak. Tulis sebagai YYYY-MM-DD`,
        `Date "${text}" is month/day/year (US style); not guessed. Write it as YYYY-MM-DD`,
      ),
    };
  }
  return {
    value: undefined,
    problem: problem('invalid_format', `"${text}" bukan tanggal`, `"${text}" is not a date`),
  };
}

/**
 * Finds US-style `m/d/Y` dates inside free text (`"dibuat 12/31/2015"`), which the importers report instead of
 * guessing.
 *
 * @example
 * ```ts
 * findUsDates('kontrak 12/31/2015, adendum 1/15/2016'); // ['12/31/2015', '1/15/2016']
 * ```
 */
export function findUsDates(text: string): string[] {
  const out: string[] = [];
  if (!text.includes('/')) return out;
  for (const m of text.slice(0, 10_000).matchAll(/\b(\d{1,2})\/(\d{1,2})\/(\d{4})\b/g)) {
    if (Number(m[2]) > 12 && Number(m[1]) <= 12) out.push(m[0]);
  }
  return out;
}

/**
 * Reads a number cell through the core's Indonesian number parser (`'1.234,56'`, `'2,64'`).
 *
 * @example
 * ```ts
 * parseNumberCell('2,75').value; // 2.75
 * ```
 */
export function parseNumberCell(value: CellValue): ValueResult<number> {
  if (typeof value === 'number') return Number.isFinite(value) ? { value } : { value: undefined };
  const text = cellText(value);
  if (text === undefined) return { value: undefined };
  const parsed = parseIndonesianNumber(text, { locale: 'auto' });
  if (parsed.success) return { value: parsed.data };
  return {
    value: undefined,
    problem: problem(
      parsed.issues[0]?.code ?? 'invalid_format',
      `"${text}" bukan angka yang jelas`,
      `"${text}" is not a clear number`,
    ),
  };
}

/**
 * Reads a year: `2021`, `'2021'`, `'2021.0'`; `'-'` and other text give `undefined`.
 *
 * @example
 * ```ts
 * parseYear('2017'); // 2017
 * parseYear('-'); // undefined
 * ```
 */
export function parseYear(value: CellValue): number | undefined {
  const text = cellText(value);
  if (text === undefined) return undefined;
  const m = /^\s*((?:19|20)\d{2})(?:\.0+)?\s*$/.exec(text) ?? /\b((?:19|20)\d{2})\b/.exec(text);
  return m ? Number(m[1]) : undefined;
}

function problem(code: string, id: string, en: string): ValueProblem {
  return { code, message: { id, en } };
}
