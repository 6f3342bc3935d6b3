import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';
import { enGB } from 'date-fns/locale/en-GB';
import { id as idLocale } from 'date-fns/locale/id';
import type { Lang } from '../i18n/index.js';
import { civilDateParts, isCivilDate } from './civilDate.js';

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

const PATTERNS: Record<CivilDateStyle, string> = {
  long: 'd MMMM yyyy',
  medium: 'd MMM yyyy',
  weekday: 'EEEE, d MMMM yyyy',
};

/**
 * Writes a civil date for people, in Bahasa Indonesia or English (date-fns locales `id` and `en-GB`, day before
 * month as both languages write it). The date is read at noon UTC, so the result never depends on the machine's
 * time zone. Returns the input unchanged when it is not a valid `YYYY-MM-DD` date.
 *
 * @example
 * ```ts
 * formatCivilDate('2023-06-12', 'id'); // '12 Juni 2023'
 * formatCivilDate('2023-06-12', 'en', 'weekday'); // 'Monday, 12 June 2023'
 * ```
 */
export function formatCivilDate(date: string, lang: Lang = 'id', style: CivilDateStyle = 'long'): string {
  if (!isCivilDate(date)) return date;
  const parts = civilDateParts(date);
  const noon = new TZDate(parts.year, parts.month - 1, parts.day, 12, 0, 0, 'UTC');
  return format(noon, PATTERNS[style], { locale: lang === 'en' ? enGB : idLocale });
}
