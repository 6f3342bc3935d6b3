import * as z from 'zod/mini';
import type { Result } from '../issues/index.js';
import { CIVIL_DATE_KEY } from '../model/messages.js';
import { parseWithSchema } from '../model/parseValue.js';
import { CIVIL_DATE_PATTERN } from './patterns.js';

// Civil dates are whole days with no zone attached: `YYYY-MM-DD` strings in the proleptic Gregorian calendar.
// Everything here is integer arithmetic on the string's parts, so no result can depend on the machine's time zone
// (a `Date` would silently bring one in: `new Date('2025-01-01T00:00')` is local midnight).

const DAY_MS = 86_400_000;

/**
 * Number of days in a month of the proleptic Gregorian calendar (leap years: divisible by 4, except centuries
 * not divisible by 400).
 *
 * @example
 * ```ts
 * daysInMonth(2024, 2); // 29
 * daysInMonth(1900, 2); // 28
 * ```
 */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * Checks that a value is a civil date: a `YYYY-MM-DD` string naming a real day (`2023-02-30` is not one).
 *
 * @example
 * ```ts
 * isCivilDate('2024-02-29'); // true
 * isCivilDate('2023-02-29'); // false
 * isCivilDate('2025-1-5'); // false
 * ```
 */
export function isCivilDate(value: unknown): value is CivilDate {
  return typeof value === 'string' && isRealDate(value);
}

function isRealDate(value: string): boolean {
  const match = CIVIL_DATE_PATTERN.exec(value);
  if (!match) return false;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/**
 * Zod schema of a civil date: a `YYYY-MM-DD` string that is a real calendar date (`2024-02-29` passes, `2023-02-29`
 * and `2023-02-30` do not). The one civil-date schema of the toolkit: the model and the calendar both use it. Use it
 * for whole days (deadlines, start and end dates, measurement dates); moments in time are UTC instants instead.
 *
 * @example
 * ```ts
 * CivilDateSchema.parse('2025-06-30'); // '2025-06-30'
 * CivilDateSchema.safeParse('2023-02-30').success; // false
 * ```
 */
export const CivilDateSchema = /* @__PURE__ */ z.iso.date({ error: CIVIL_DATE_KEY });

/**
 * A civil date: a whole day written `YYYY-MM-DD`, with no time and no time zone.
 *
 * @example
 * ```ts
 * const deadline: CivilDate = '2025-07-30';
 * ```
 */
export type CivilDate = z.infer<typeof CivilDateSchema>;

/**
 * Validates user input as a civil date. A bad value gets the same `invalid_format` (or `invalid_type`) issue and
 * bilingual message as the same value in a date field of `parseWorkspace`. Never throws.
 *
 * @example
 * ```ts
 * parseCivilDate('2025-07-30'); // { success: true, data: '2025-07-30' }
 * parseCivilDate('30/07/2025').success; // false
 * ```
 */
export function parseCivilDate(value: unknown): Result<CivilDate> {
  if (isCivilDate(value)) return { success: true, data: value };
  // The same engine and messages as parseWorkspace gives for a date field, so one bad value reads the same everywhere.
  return parseWithSchema(CivilDateSchema, value);
}

/**
 * Builds a civil date from its parts. Throws a `RangeError` for a day that does not exist or a year outside
 * 0000–9999 (a programming error, not user input: validate user input with {@link parseCivilDate}).
 *
 * @example
 * ```ts
 * civilDate(2025, 7, 30); // '2025-07-30'
 * ```
 */
export function civilDate(year: number, month: number, day: number): CivilDate {
  const text = `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
  if (!Number.isInteger(year) || year < 0 || year > 9999 || !isCivilDate(text)) {
    throw new RangeError(`Invalid civil date ${year}-${month}-${day} (tanggal tidak valid)`);
  }
  return text;
}

/**
 * The year, month (1–12) and day of a civil date.
 *
 * @example
 * ```ts
 * civilDateParts('2025-07-30'); // { year: 2025, month: 7, day: 30 }
 * ```
 */
export function civilDateParts(date: CivilDate): { year: number; month: number; day: number } {
  assertCivilDate(date);
  return { year: Number(date.slice(0, 4)), month: Number(date.slice(5, 7)), day: Number(date.slice(8, 10)) };
}

/**
 * Days since 1970-01-01 of a civil date (negative before). The inverse of {@link civilDateFromEpochDay}.
 *
 * @example
 * ```ts
 * civilDateToEpochDay('1970-01-02'); // 1
 * ```
 */
export function civilDateToEpochDay(date: CivilDate): number {
  const { year, month, day } = civilDateParts(date);
  // Howard Hinnant's days_from_civil: exact for the proleptic Gregorian calendar, integers only.
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

/**
 * The civil date a number of days after 1970-01-01. The inverse of {@link civilDateToEpochDay}.
 *
 * @example
 * ```ts
 * civilDateFromEpochDay(0); // '1970-01-01'
 * ```
 */
export function civilDateFromEpochDay(epochDay: number): CivilDate {
  if (!Number.isInteger(epochDay)) throw new RangeError(`Day number must be an integer: ${epochDay}`);
  const z0 = epochDay + 719_468;
  const era = Math.floor(z0 / 146_097);
  const doe = z0 - era * 146_097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return civilDate(year, month, day);
}

/**
 * Adds (or, with a negative number, subtracts) whole days to a civil date.
 *
 * @example
 * ```ts
 * addCivilDays('2024-12-31', 1); // '2025-01-01'
 * addCivilDays('2024-03-01', -1); // '2024-02-29'
 * ```
 */
export function addCivilDays(date: CivilDate, days: number): CivilDate {
  if (!Number.isInteger(days)) throw new RangeError(`Days must be an integer: ${days}`);
  return civilDateFromEpochDay(civilDateToEpochDay(date) + days);
}

/**
 * Whole days from `from` to `to` (negative when `to` is earlier).
 *
 * @example
 * ```ts
 * civilDaysBetween('2025-01-01', '2025-07-01'); // 181
 * ```
 */
export function civilDaysBetween(from: CivilDate, to: CivilDate): number {
  return civilDateToEpochDay(to) - civilDateToEpochDay(from);
}

/**
 * Orders two civil dates: negative if `a` is earlier, 0 if equal, positive if later. Usable with `Array#sort`.
 *
 * @example
 * ```ts
 * ['2025-07-30', '2025-01-31'].sort(compareCivilDates); // ['2025-01-31', '2025-07-30']
 * ```
 */
export function compareCivilDates(a: CivilDate, b: CivilDate): number {
  assertCivilDate(a);
  assertCivilDate(b);
  // Fixed-width `YYYY-MM-DD` strings sort like the dates they name.
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * ISO day of the week of a civil date: 1 = Monday (Senin) … 6 = Saturday (Sabtu), 7 = Sunday (Minggu).
 *
 * @example
 * ```ts
 * civilDayOfWeek('2025-01-01'); // 3 (Wednesday, Rabu)
 * ```
 */
export function civilDayOfWeek(date: CivilDate): 1 | 2 | 3 | 4 | 5 | 6 | 7 {
  // 1970-01-01 was a Thursday (ISO 4).
  const index = (((civilDateToEpochDay(date) + 3) % 7) + 7) % 7;
  return (index + 1) as 1 | 2 | 3 | 4 | 5 | 6 | 7;
}

/**
 * The civil date of a UTC calendar day: the `YYYY-MM-DD` of an instant in UTC (not in any city's zone; for a
 * city's date use `toCivilDate(instant, zone)`).
 *
 * @example
 * ```ts
 * utcCivilDate(new Date('2025-12-31T23:30:00Z')); // '2025-12-31'
 * ```
 */
export function utcCivilDate(instant: Date): CivilDate {
  const ms = instant.getTime();
  if (Number.isNaN(ms)) throw new RangeError('Invalid Date (tanggal tidak valid)');
  return civilDateFromEpochDay(Math.floor(ms / DAY_MS));
}

function assertCivilDate(date: CivilDate): void {
  if (!isCivilDate(date)) throw new RangeError(`Invalid civil date "${String(date)}" (tanggal tidak valid)`);
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}
