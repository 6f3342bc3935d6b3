import { MONTH_ABBREVIATIONS, MONTH_NAMES, WEEKDAY_NAMES } from '../format/months.js';
import type { Lang } from '../i18n/index.js';
import { civilDateParts, civilDateToEpochDay, isCivilDate } from './civilDate.js';

/**
 * How {@link formatCivilDate} writes a date: `long` "12 Juni 2023" / "12 June 2023", `medium` "12 Jun 2023",
 * `weekday` "Senin, 12 Juni 2023" / "Monday, 12 June 2023".
 *
 * @example
 * ```ts
 * const style: CivilDateStyle = 'weekday';
 * ```
 */
export type CivilDateStyle = 'long' | 'medium' | 'weekday';

/**
 * Writes a civil date for people, in Bahasa Indonesia or English (as the date-fns locales `id` and `en-GB` write
 * the patterns `d MMMM yyyy`, `d MMM yyyy` and `EEEE, d MMMM yyyy`: day before month, as both languages do). Pure
 * arithmetic on the civil date, so the result never depends on the machine's time zone. Returns the input unchanged
 * when it is not a valid `YYYY-MM-DD` date.
 *
 * @example
 * ```ts
 * formatCivilDate('2023-06-12', 'id'); // '12 Juni 2023'
 * formatCivilDate('2023-06-12', 'en', 'weekday'); // 'Monday, 12 June 2023'
 * ```
 */
export function formatCivilDate(date: string, lang: Lang = 'id', style: CivilDateStyle = 'long'): string {
  if (!isCivilDate(date)) return date;
  const { year, month, day } = civilDateParts(date);
  const l: Lang = lang === 'en' ? 'en' : 'id';
  const months = style === 'medium' ? MONTH_ABBREVIATIONS[l] : MONTH_NAMES[l];
  // `yyyy` pads to four digits; 1970-01-01 was a Thursday (weekday 4, Sunday = 0).
  const text = `${day} ${months[month - 1]} ${String(year).padStart(4, '0')}`;
  if (style !== 'weekday') return text;
  const weekday = (((civilDateToEpochDay(date) + 4) % 7) + 7) % 7;
  return `${WEEKDAY_NAMES[l][weekday]}, ${text}`;
}
