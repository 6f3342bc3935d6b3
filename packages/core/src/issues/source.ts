import type { Lang } from '../i18n/index.js';

/**
 * Where in a source file a value or a problem is: file name, sheet, 1-based row, column (a spreadsheet letter such
 * as `'C'`, or a 1-based column number, shown as its letter), the column's header as written in the file, and the
 * original value as read. Every part is optional: a CSV has no sheet, a JSON file has no row.
 *
 * @example
 * ```ts
 * const where: SourceLocation = { file: 'inovasi.xlsx', sheet: 'Inovasi', row: 12, column: 'C', header: 'Status', value: 'jalan' };
 * ```
 */
export interface SourceLocation {
  /** File name as the user knows it (no directories needed). */
  file?: string;
  /** Sheet (worksheet) name. */
  sheet?: string;
  /** 1-based row number as the spreadsheet shows it. */
  row?: number;
  /** Column letter (`'C'`, `'AA'`) or 1-based column number. */
  column?: string | number;
  /** The column's header text as written in the file. */
  header?: string;
  /** The original value, as read. */
  value?: unknown;
}

/**
 * The spreadsheet letter of a 1-based column number: 1 → `A`, 27 → `AA`. Anything that is not a positive
 * integer gives `''`.
 *
 * @example
 * ```ts
 * columnLetter(3); // 'C'
 * columnLetter(28); // 'AB'
 * ```
 */
export function columnLetter(column: number): string {
  if (!Number.isSafeInteger(column) || column < 1) return '';
  let n = column;
  let out = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

const WORDS = {
  id: { row: 'baris', column: 'kolom', value: 'nilai' },
  en: { row: 'row', column: 'column', value: 'value' },
} as const;

const MAX_SHOWN = 40;

// File names and cell values come from users: keep them on one line and short.
function clean(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what we remove
  const flat = text.replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, ' ');
  return flat.length > MAX_SHOWN ? `${flat.slice(0, MAX_SHOWN - 1)}…` : flat;
}

function showValue(value: unknown): string {
  switch (typeof value) {
    case 'string':
      return `"${clean(value)}"`;
    case 'number':
    case 'boolean':
    case 'bigint':
      return String(value);
    case 'undefined':
      return '';
    default:
      if (value === null) return 'null';
      if (value instanceof Date) {
        const time = value.getTime();
        return Number.isNaN(time) ? 'Invalid Date' : value.toISOString();
      }
      return Array.isArray(value) ? '[…]' : '{…}';
  }
}

/**
 * Writes a source location for people, parts joined by ` › `:
 * `inovasi.xlsx › Inovasi › baris 12 › kolom C (Status) › nilai "jalan"`. Missing parts are left out; an empty
 * location gives `''`. Long or multi-line names and values are shortened to one line.
 *
 * @example
 * ```ts
 * formatSourceLocation({ file: 'inovasi.xlsx', sheet: 'Inovasi', row: 12, column: 3, header: 'Status' }, 'id');
 * // 'inovasi.xlsx › Inovasi › baris 12 › kolom C (Status)'
 * formatSourceLocation({ file: 'kpi.csv', row: 4, header: 'Target', value: '12,5%' }, 'en');
 * // 'kpi.csv › row 4 › column "Target" › value "12,5%"'
 * ```
 */
export function formatSourceLocation(loc: SourceLocation, lang: Lang = 'id'): string {
  if (loc === null || typeof loc !== 'object') return '';
  const words = WORDS[lang === 'en' ? 'en' : 'id'];
  const parts: string[] = [];
  if (typeof loc.file === 'string' && loc.file !== '') parts.push(clean(loc.file));
  if (typeof loc.sheet === 'string' && loc.sheet !== '') parts.push(clean(loc.sheet));
  if (typeof loc.row === 'number' && Number.isFinite(loc.row)) parts.push(`${words.row} ${loc.row}`);
  const column =
    typeof loc.column === 'number'
      ? columnLetter(loc.column)
      : typeof loc.column === 'string'
        ? clean(loc.column)
        : '';
  const header = typeof loc.header === 'string' && loc.header.trim() !== '' ? clean(loc.header.trim()) : '';
  if (column !== '' && header !== '') parts.push(`${words.column} ${column} (${header})`);
  else if (column !== '') parts.push(`${words.column} ${column}`);
  else if (header !== '') parts.push(`${words.column} "${header}"`);
  if ('value' in loc && loc.value !== undefined) parts.push(`${words.value} ${showValue(loc.value)}`);
  return parts.join(' › ');
}
