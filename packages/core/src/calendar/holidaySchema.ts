// The schema of a day off and the validator of user-supplied lists, apart from the shipped catalogue
// (holidays.ts), so that looking up national holidays pulls no zod into an app.
import * as z from 'zod/mini';
import { LocalizedTextSchema } from '../i18n/index.js';
import type { Result } from '../issues/index.js';
import { parseWithSchema } from '../model/parseValue.js';
import { CivilDateSchema } from './civilDate.js';

/**
 * Zod schema of a day off: its date, its name in both languages, what kind of day off it is and, optionally,
 * where it was decreed. Kinds: `libur-nasional` (national public holiday), `cuti-bersama` (collective leave
 * decreed with the holidays), `libur-daerah` (a regional holiday a city or province adds) and `other`.
 *
 * @example
 * ```ts
 * HolidaySchema.parse({
 *   date: '2025-10-23',
 *   name: { id: 'Hari Jadi Kota Pontianak', en: 'Pontianak City Anniversary' },
 *   kind: 'libur-daerah',
 * });
 * ```
 */
export const HolidaySchema = z.strictObject({
  date: CivilDateSchema,
  name: LocalizedTextSchema,
  kind: z.enum(['libur-nasional', 'cuti-bersama', 'libur-daerah', 'other']),
  source: z.optional(z.string().check(z.minLength(1))),
});

/**
 * A day off: date, bilingual name, kind and optional source.
 *
 * @example
 * ```ts
 * const day: Holiday = { date: '2025-08-17', name: { id: 'Proklamasi Kemerdekaan', en: 'Independence Day' }, kind: 'libur-nasional' };
 * ```
 */
export type Holiday = z.infer<typeof HolidaySchema>;

/**
 * Zod schema of a list of days off (e.g. a city's regional holidays).
 *
 * @example
 * ```ts
 * HolidayListSchema.parse([]); // []
 * ```
 */
export const HolidayListSchema = z.array(HolidaySchema);

/**
 * Validates a list of days off supplied by a user (regional holidays, a later decree), with bilingual issues.
 *
 * @example
 * ```ts
 * parseHolidays([{ date: '2025-10-23', name: { id: 'Hari Jadi Kota', en: 'City Anniversary' }, kind: 'libur-daerah' }]).success; // true
 * ```
 */
export function parseHolidays(input: unknown): Result<Holiday[]> {
  return parseWithSchema(HolidayListSchema, input);
}
