import { type CivilDate, daysInMonth } from '../calendar/civilDate.js';
import { MONTH_NAMES } from '../format/months.js';
import type { LocalizedText } from '../i18n/index.js';
import { issue, type Result } from '../issues/index.js';

/**
 * Options of {@link parseIndonesianDate}.
 *
 * @example
 * ```ts
 * const options: ParseDateOptions = { order: 'dmy' };
 * ```
 */
export interface ParseDateOptions {
  /**
   * Order of all-numeric dates such as `05/06/2025`: `dmy` (Indonesian, 5 June) or `mdy` (US, May 6). Without
   * it, a date whose day and month could be swapped is an `ambiguous_value` issue; `17/8/2025` is not ambiguous.
   */
  order?: 'dmy' | 'mdy';
}

// Month words in both languages, with the abbreviations and old spellings seen in Indonesian data
// (Pebruari, Nopember, Agt/Ags; spbe.md §5.6).
const MONTH_WORDS: ReadonlyMap<string, number> = new Map([
  ...['januari', 'january', 'jan'].map((w) => [w, 1] as const),
  ...['februari', 'pebruari', 'february', 'feb', 'peb'].map((w) => [w, 2] as const),
  ...['maret', 'march', 'mar'].map((w) => [w, 3] as const),
  ...['april', 'apr'].map((w) => [w, 4] as const),
  ...['mei', 'may'].map((w) => [w, 5] as const),
  ...['juni', 'june', 'jun'].map((w) => [w, 6] as const),
  ...['juli', 'july', 'jul'].map((w) => [w, 7] as const),
  ...['agustus', 'august', 'agu', 'agt', 'ags', 'agst', 'aug'].map((w) => [w, 8] as const),
  ...['september', 'sep', 'sept'].map((w) => [w, 9] as const),
  ...['oktober', 'october', 'okt', 'oct'].map((w) => [w, 10] as const),
  ...['november', 'nopember', 'nov', 'nop'].map((w) => [w, 11] as const),
  ...['desember', 'december', 'des', 'dec'].map((w) => [w, 12] as const),
]);

// Day names are ignored (a wrong one is not worth rejecting a date over), as are the words "tanggal"/"tgl".
const IGNORED_WORDS: ReadonlySet<string> = new Set([
  'senin',
  'selasa',
  'rabu',
  'kamis',
  'jumat',
  'sabtu',
  'minggu',
  'ahad',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
  'mon',
  'tue',
  'tues',
  'wed',
  'thu',
  'thur',
  'thurs',
  'fri',
  'sat',
  'sun',
  'tanggal',
  'tgl',
  'of',
]);

const MAX_LENGTH = 64;

function show(text: string): string {
  return JSON.stringify(text.length > 40 ? `${text.slice(0, 39)}…` : text);
}

function fail(code: string, message: LocalizedText): Result<CivilDate> {
  return { success: false, issues: [issue([], code, message)] };
}

function invalid(text: string, extra?: LocalizedText): Result<CivilDate> {
  return fail('invalid_format', {
    id: `${show(text)} bukan tanggal${extra ? ` (${extra.id})` : ''}; tulis misalnya 17 Agustus 2025, 17/08/2025 atau 2025-08-17`,
    en: `${show(text)} is not a date${extra ? ` (${extra.en})` : ''}; write e.g. 17 Agustus 2025, 17/08/2025 or 2025-08-17`,
  });
}

function build(text: string, year: number, month: number, day: number): Result<CivilDate> {
  if (year < 1 || year > 9999) {
    return fail('out_of_range', {
      id: `Tahun ${year} pada ${show(text)} di luar rentang 0001–9999`,
      en: `Year ${year} in ${show(text)} is outside 0001–9999`,
    });
  }
  if (month < 1 || month > 12) {
    return fail('invalid_value', {
      id: `${show(text)}: tidak ada bulan ${month}`,
      en: `${show(text)}: there is no month ${month}`,
    });
  }
  const days = daysInMonth(year, month);
  if (day < 1 || day > days) {
    const id = `${MONTH_NAMES.id[month - 1]} ${year}`;
    const en = `${MONTH_NAMES.en[month - 1]} ${year}`;
    return fail('invalid_value', {
      id: `${show(text)}: tanggal ${day} ${id} tidak ada (${id} punya ${days} hari)`,
      en: `${show(text)}: there is no ${day} ${en} (${en} has ${days} days)`,
    });
  }
  const date = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return { success: true, data: date as CivilDate };
}

const ISO = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:[t ]\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?)?$/;
const ISO_WITH_ZONE =
  /^\d{4}-\d{1,2}-\d{1,2}[t ]\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?\s*(?:z|[+-]\d{2}(?::?\d{2})?)$/i;
const NUMERIC = /^(\d{1,2})([-/.])(\d{1,2})\2(\d{2}|\d{4})$/;

function parseNumeric(
  text: string,
  match: RegExpExecArray,
  order: 'dmy' | 'mdy' | undefined,
): Result<CivilDate> {
  const a = Number(match[1]);
  const b = Number(match[3]);
  const yearText = match[4]!;
  if (yearText.length === 2) {
    return fail('ambiguous_value', {
      id: `${show(text)}: tahun dua angka "${yearText}" tidak jelas abadnya; tulis tahun lengkap (mis. 20${yearText})`,
      en: `${show(text)}: the two-digit year "${yearText}" does not say its century; write the full year (e.g. 20${yearText})`,
    });
  }
  const year = Number(yearText);
  if (order === 'dmy') return build(text, year, b, a);
  if (order === 'mdy') return build(text, year, a, b);
  if (a > 12 || b > 12 || a === b)
    return a > 12 || a === b ? build(text, year, b, a) : build(text, year, a, b);
  return fail('ambiguous_value', {
    id: `${show(text)} bisa berarti ${a} ${MONTH_NAMES.id[b - 1]} ${year} (hari/bulan) atau ${b} ${MONTH_NAMES.id[a - 1]} ${year} (bulan/hari); tentukan urutannya (order 'dmy' atau 'mdy')`,
    en: `${show(text)} reads as ${a} ${MONTH_NAMES.en[b - 1]} ${year} (day/month) or ${b} ${MONTH_NAMES.en[a - 1]} ${year} (month/day); say which order it uses (order 'dmy' or 'mdy')`,
  });
}

function parseWords(text: string, normalised: string): Result<CivilDate> {
  const tokens = normalised
    .replace(/['’`]/g, '')
    .split(/[\s,./-]+/)
    .filter((t) => t !== '');
  let month: number | undefined;
  const numbers: string[] = [];
  for (const token of tokens) {
    if (/^\d+(?:st|nd|rd|th)?$/.test(token)) {
      numbers.push(token.replace(/\D+$/, ''));
      continue;
    }
    if (IGNORED_WORDS.has(token)) continue;
    const m = MONTH_WORDS.get(token);
    if (m === undefined) {
      return invalid(text, { id: `kata "${token}" tidak dikenal`, en: `unknown word "${token}"` });
    }
    if (month !== undefined) return invalid(text, { id: 'dua nama bulan', en: 'two month names' });
    month = m;
  }
  if (month === undefined) return invalid(text);
  const years = numbers.filter((n) => n.length === 4);
  const days = numbers.filter((n) => n.length <= 2);
  if (numbers.length !== 2 || years.length !== 1 || days.length !== 1) {
    return invalid(text, {
      id: 'perlu tanggal, bulan dan tahun empat angka',
      en: 'it needs a day, a month and a four-digit year',
    });
  }
  return build(text, Number(years[0]), month, Number(days[0]));
}

/**
 * Reads a civil date as Indonesian data writes it: `2 September 2020`, `2 Sept 2020`, `Senin, 2 Sep. 2020`,
 * `September 2, 2020`, `17/8/2025`, `17-08-2025`, `17.08.2025`, ISO `2025-08-17` (also with a time of day, as SQL
 * `2025-08-17 10:00:00`, whose date is taken). Month names and abbreviations in Bahasa Indonesia and English (with
 * the old spellings Pebruari, Nopember, and Agt/Ags); day names are ignored. Never guesses: `05/06/2025` without
 * `order` and a two-digit year are `ambiguous_value` issues naming the readings; an impossible date (30 February)
 * is `invalid_value`; a moment with a zone (`…T10:00Z`) is `invalid_format`, since its date depends on the city's
 * time zone. Excel serial numbers are not read here (adapters know the workbook's date system). Issues have an
 * empty path. Never throws.
 *
 * @example
 * ```ts
 * parseIndonesianDate('2 September 2020'); // { success: true, data: '2020-09-02' }
 * parseIndonesianDate('17/8/2025'); // { success: true, data: '2025-08-17' }
 * parseIndonesianDate('05/06/2025', { order: 'dmy' }); // { success: true, data: '2025-06-05' }
 * parseIndonesianDate('05/06/2025'); // { success: false, issues: [{ code: 'ambiguous_value', … }] }
 * parseIndonesianDate('30 Februari 2025'); // { success: false, issues: [{ code: 'invalid_value', … }] }
 * ```
 */
export function parseIndonesianDate(text: unknown, options: ParseDateOptions = {}): Result<CivilDate> {
  if (typeof text !== 'string') {
    return fail('invalid_type', { id: 'Tanggal harus berupa teks', en: 'A date must be given as text' });
  }
  const order = options.order === 'dmy' || options.order === 'mdy' ? options.order : undefined;
  const normalised = text
    .replace(/[\s\u00a0\u202f]+/g, ' ')
    .trim()
    .toLowerCase();
  if (normalised === '') return fail('required', { id: 'Tanggal wajib diisi', en: 'A date is required' });
  if (normalised.length > MAX_LENGTH) return invalid(text);
  const iso = ISO.exec(normalised);
  if (iso) return build(text, Number(iso[1]), Number(iso[2]), Number(iso[3]));
  if (ISO_WITH_ZONE.test(normalised)) {
    return invalid(text, {
      id: 'ini waktu dengan zona; ubah dulu menjadi tanggal di zona waktu kota',
      en: "this is a moment with a time zone; convert it to a date in the city's time zone first",
    });
  }
  const numeric = NUMERIC.exec(normalised);
  if (numeric) return parseNumeric(text, numeric, order);
  return parseWords(text, normalised);
}
