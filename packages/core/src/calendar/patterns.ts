import type { LocalizedText } from '../i18n/index.js';

// Internal: the text formats the calendar's schemas accept, each with the bilingual message shown when a value
// does not match. The patterns also end up in the generated JSON Schema, so editors can check them.

/** @internal A civil date's shape, before checking that the day exists. */
export const CIVIL_DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
/** @internal A yearly `MM-DD` rule's shape, before checking that the day exists. */
export const MONTH_DAY_PATTERN = /^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
/** @internal A local time of day `HH:MM`. */
export const TIME_OF_DAY_PATTERN = /^([01]\d|2[0-3]):[0-5]\d$/;
/** @internal An event id (the model's id format). */
export const EVENT_ID_PATTERN = /^[a-z0-9][a-z0-9._-]{0,63}$/;
/** @internal A year used as a key of `years`. */
export const YEAR_KEY_PATTERN = /^\d{4}$/;

/** @internal Bilingual messages by pattern source. */
export const PATTERN_MESSAGES: ReadonlyMap<string, LocalizedText> = new Map([
  [
    String(CIVIL_DATE_PATTERN),
    {
      id: 'Tanggal harus ditulis YYYY-MM-DD, misalnya 2025-07-30',
      en: 'A date must be written YYYY-MM-DD, e.g. 2025-07-30',
    },
  ],
  [
    String(MONTH_DAY_PATTERN),
    {
      id: 'Tanggal tahunan harus ditulis BB-HH (bulan-hari), misalnya 07-30',
      en: 'A yearly date must be written MM-DD (month-day), e.g. 07-30',
    },
  ],
  [
    String(TIME_OF_DAY_PATTERN),
    { id: 'Jam harus ditulis JJ:MM, misalnya 09:00', en: 'A time must be written HH:MM, e.g. 09:00' },
  ],
  [
    String(EVENT_ID_PATTERN),
    {
      id: 'Id harus huruf kecil, angka, titik, garis bawah atau tanda hubung (maks. 64), misalnya "forum-2025"',
      en: 'An id must be lower-case letters, digits, dots, underscores or hyphens (max. 64), e.g. "forum-2025"',
    },
  ],
  [
    String(YEAR_KEY_PATTERN),
    { id: 'Tahun harus 4 digit, misalnya "2025"', en: 'A year must have 4 digits, e.g. "2025"' },
  ],
]);
