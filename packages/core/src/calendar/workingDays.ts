import { addCivilDays, type CivilDate, civilDayOfWeek, compareCivilDates, isCivilDate } from './civilDate.js';
import type { Holiday } from './holidaySchema.js';

/**
 * What counts as a day off when counting working days (*hari kerja*).
 *
 * @example
 * ```ts
 * const options: WorkingDayOptions = { holidays: nationalHolidays(2025) ?? [], cutiBersamaOff: true };
 * ```
 */
export interface WorkingDayOptions {
  /** Days off besides the weekend: holiday records or plain civil dates (e.g. regional holidays). */
  holidays?: readonly (Holiday | CivilDate)[];
  /** ISO weekdays that are not working days (1 = Monday … 7 = Sunday). Default: Saturday and Sunday. */
  weekend?: readonly number[];
  /**
   * Whether collective leave days (*cuti bersama*) are days off. Default `true`: government offices, who keep the
   * programme's deadlines, close on them.
   */
  cutiBersamaOff?: boolean;
}

interface DayOffRule {
  weekend: ReadonlySet<number>;
  daysOff: ReadonlySet<string>;
}

function ruleFor(options: WorkingDayOptions = {}): DayOffRule {
  const weekend = new Set(options.weekend ?? [6, 7]);
  for (const day of weekend) {
    if (!Number.isInteger(day) || day < 1 || day > 7)
      throw new RangeError(`Weekend day must be 1–7, got ${day}`);
  }
  if (weekend.size >= 7) throw new RangeError('At least one weekday must be a working day');
  const cutiBersamaOff = options.cutiBersamaOff ?? true;
  const daysOff = new Set<string>();
  for (const entry of options.holidays ?? []) {
    if (typeof entry === 'string') daysOff.add(entry);
    else if (entry.kind !== 'cuti-bersama' || cutiBersamaOff) daysOff.add(entry.date);
  }
  return { weekend, daysOff };
}

function isWorking(date: CivilDate, rule: DayOffRule): boolean {
  return !rule.weekend.has(civilDayOfWeek(date)) && !rule.daysOff.has(date);
}

function checkDate(date: CivilDate): void {
  if (!isCivilDate(date)) throw new RangeError(`Invalid civil date "${String(date)}" (tanggal tidak valid)`);
}

/**
 * Whether a civil date is a working day: not a weekend day and not a day off in the supplied holidays.
 *
 * @example
 * ```ts
 * isWorkingDay('2025-08-18', { holidays: nationalHolidays(2025) }); // false (cuti bersama)
 * isWorkingDay('2025-08-19', { holidays: nationalHolidays(2025) }); // true
 * ```
 */
export function isWorkingDay(date: CivilDate, options?: WorkingDayOptions): boolean {
  checkDate(date);
  return isWorking(date, ruleFor(options));
}

/**
 * The date `n` working days after `date` ("N hari kerja setelah"), skipping weekends and the supplied days off;
 * with a negative `n`, before it. `n = 0` returns `date` unchanged.
 *
 * @example
 * ```ts
 * addWorkingDays('2025-03-27', 1, { holidays: nationalHolidays(2025) }); // '2025-04-08' (Nyepi and Lebaran off)
 * addWorkingDays('2025-01-03', 1); // '2025-01-06' (Friday → Monday)
 * ```
 */
export function addWorkingDays(date: CivilDate, n: number, options?: WorkingDayOptions): CivilDate {
  checkDate(date);
  if (!Number.isInteger(n)) throw new RangeError(`Working days must be an integer, got ${n}`);
  const rule = ruleFor(options);
  const step = n < 0 ? -1 : 1;
  let remaining = Math.abs(n);
  let current = date;
  while (remaining > 0) {
    current = addCivilDays(current, step);
    if (isWorking(current, rule)) remaining -= 1;
  }
  return current;
}

/**
 * Working days from `from` (exclusive) to `to` (inclusive), negative when `to` is earlier, so that
 * `workingDaysBetween(d, addWorkingDays(d, n)) === n` for every `n`.
 *
 * @example
 * ```ts
 * workingDaysBetween('2025-01-03', '2025-01-10'); // 5
 * ```
 */
export function workingDaysBetween(from: CivilDate, to: CivilDate, options?: WorkingDayOptions): number {
  checkDate(from);
  checkDate(to);
  const rule = ruleFor(options);
  const order = compareCivilDates(from, to);
  if (order === 0) return 0;
  // `from` never counts and `to` does, in either direction, so the count is the number of working-day steps.
  const [first, last, sign] = order < 0 ? [addCivilDays(from, 1), to, 1] : [to, addCivilDays(from, -1), -1];
  let count = 0;
  for (let day = first; compareCivilDates(day, last) <= 0; day = addCivilDays(day, 1)) {
    if (isWorking(day, rule)) count += 1;
  }
  return sign * count;
}

/**
 * The date itself when it is a working day, otherwise the first working day after it (e.g. to start a session
 * planned on a Saturday on the following Monday).
 *
 * @example
 * ```ts
 * workingDayOnOrAfter('2025-03-29', { holidays: nationalHolidays(2025) }); // '2025-04-08'
 * ```
 */
export function workingDayOnOrAfter(date: CivilDate, options?: WorkingDayOptions): CivilDate {
  checkDate(date);
  const rule = ruleFor(options);
  let current = date;
  while (!isWorking(current, rule)) current = addCivilDays(current, 1);
  return current;
}

/**
 * The date itself when it is a working day, otherwise the last working day before it (e.g. to submit before a
 * deadline that falls on a Sunday).
 *
 * @example
 * ```ts
 * workingDayOnOrBefore('2025-08-31'); // '2025-08-29' (Sunday → Friday)
 * ```
 */
export function workingDayOnOrBefore(date: CivilDate, options?: WorkingDayOptions): CivilDate {
  checkDate(date);
  const rule = ruleFor(options);
  let current = date;
  while (!isWorking(current, rule)) current = addCivilDays(current, -1);
  return current;
}
