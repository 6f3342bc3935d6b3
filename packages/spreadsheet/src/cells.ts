// Cell addresses and Excel's date serials. Pure functions; no time zone is involved (dates are civil dates).
import { EXCEL_MAX_COLUMNS } from './limits.js';

/** 1-based column number → letters (1 → 'A', 28 → 'AB'). */
export function columnLetters(column: number): string {
  let n = column;
  let out = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/**
 * Parses an A1 reference ('B12', '$B$12', 'b12') into 1-based column and row; `undefined` when it is not one.
 * Numbers larger than the grid are returned as they are (the caller reports them), capped so they never overflow.
 */
export function parseCellRef(ref: string): { column: number; row: number } | undefined {
  // By hand rather than with a regular expression: the reader calls this for every cell.
  const n = ref.length;
  let i = ref.charCodeAt(0) === 36 /* $ */ ? 1 : 0;
  let column = 0;
  const letters = i;
  for (; i < n; i++) {
    const c = ref.charCodeAt(i) | 32; // lower case
    if (c < 97 || c > 122) break;
    column = column * 26 + (c - 96);
  }
  if (i === letters || i - letters > 7) return undefined;
  if (ref.charCodeAt(i) === 36) i++;
  const digits = i;
  let row = 0;
  for (; i < n; i++) {
    const c = ref.charCodeAt(i);
    if (c < 48 || c > 57) return undefined;
    row = row * 10 + (c - 48);
  }
  if (i === digits || i - digits > 10) return undefined;
  return { column, row };
}

/** Whether a 1-based column is inside Excel's grid (A..XFD). */
export function isColumnInGrid(column: number): boolean {
  return column >= 1 && column <= EXCEL_MAX_COLUMNS;
}

const DAY_MS = 86_400_000;
const EPOCH_1900 = Date.UTC(1899, 11, 30);
const EPOCH_1904 = Date.UTC(1904, 0, 1);

function pad(n: number, w = 2): string {
  return String(n).padStart(w, '0');
}

/**
 * An Excel serial date → ISO civil date ('2025-08-17') or date-time ('2025-08-17T08:30:00') when it has a time
 * part. Handles both the 1900 system (with Lotus's phantom 29 February 1900) and the 1904 system.
 */
export function serialToIso(serial: number, date1904: boolean): string | undefined {
  if (!Number.isFinite(serial) || serial < 0 || serial > 2_958_465) return undefined;
  let days = Math.floor(serial);
  const fraction = serial - days;
  let base = EPOCH_1904;
  if (!date1904) {
    base = EPOCH_1900;
    if (days < 60) days += 1; // serial 1 = 1900-01-01; serials below the phantom leap day shift by one
    if (days === 60) days = 61; // the phantom 1900-02-29 reads as 1 March
  }
  const ms = base + days * DAY_MS + Math.round((fraction * DAY_MS) / 1000) * 1000;
  const d = new Date(ms);
  const date = `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
  if (fraction === 0 || Math.round(fraction * 86_400) === 0) return date;
  return `${date}T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
}

/** A civil date ('2025-08-17') → Excel 1900-system serial. */
export function civilDateToSerial(date: string): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const days = (Date.UTC(y, m - 1, d) - EPOCH_1900) / DAY_MS;
  return days < 61 ? days - 1 : days;
}

// Built-in number formats that are dates (ECMA-376 Part 1, §18.8.30, numFmtId 14–22, 45–47) plus the ids East
// Asian locales map to date formats (27–36, 50–58).
const BUILTIN_DATE_FORMATS = new Set([
  14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54,
  55, 56, 57, 58,
]);

/** Whether a number format (built-in id or custom code) displays a date or time. */
export function isDateFormat(id: number, code: string | undefined): boolean {
  if (code === undefined) return BUILTIN_DATE_FORMATS.has(id);
  const stripped = code
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/\[(?:[^\]]*)\]/g, '')
    .toLowerCase();
  if (/general/.test(stripped)) return false;
  return /[dmyhs]/.test(stripped) && !/^[#0.,%\s]*$/.test(stripped);
}
