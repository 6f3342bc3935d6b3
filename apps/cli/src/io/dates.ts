import { type CivilDate, parseCivilDate } from '@smartcity/core';
import { CliError } from '../ui/errors.js';

/**
 * The years a date given on the command line may have. The programme started in 2017; the range leaves room for
 * history and plans while refusing typos like 9999-12-31 or 0202-01-01 that the core's yearly rules cannot use.
 */
export const USER_YEAR_MIN = 1900;
export const USER_YEAR_MAX = 2199;

/**
 * Validates a date a user typed (`--as-of`, `add … --date`) at the edge: `YYYY-MM-DD`, a real calendar day
 * (2026-02-30 is refused), within {@link USER_YEAR_MIN}–{@link USER_YEAR_MAX}. Throws a located usage error
 * (exit 2) naming the option.
 */
export function parseUserDate(value: string, where: string): CivilDate {
  const parsed = parseCivilDate(value);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || !parsed.success) {
    throw new CliError({
      code: 'invalid_date',
      what: { id: `tanggal "${value}" tidak valid`, en: `invalid date "${value}"` },
      where,
      hint: {
        id: `Tulis tanggal yang ada di kalender sebagai YYYY-MM-DD, mis. ${where} 2025-12-31`,
        en: `Write a real calendar date as YYYY-MM-DD, e.g. ${where} 2025-12-31`,
      },
    });
  }
  const year = Number(value.slice(0, 4));
  if (year < USER_YEAR_MIN || year > USER_YEAR_MAX) {
    throw new CliError({
      code: 'invalid_date',
      what: {
        id: `tanggal "${value}" di luar rentang ${USER_YEAR_MIN}–${USER_YEAR_MAX}`,
        en: `date "${value}" is outside ${USER_YEAR_MIN}–${USER_YEAR_MAX}`,
      },
      where,
      hint: {
        id: `Periksa tahunnya, mis. ${where} 2025-12-31`,
        en: `Check the year, e.g. ${where} 2025-12-31`,
      },
    });
  }
  return parsed.data;
}

/**
 * Validates a whole number option (`--risks`, `--cohort`): digits only, within a range. A negative value is
 * reported as out of range (not as a missing value).
 */
export function parseWholeNumber(
  value: string,
  where: string,
  range: { min: number; max: number; example: string },
): number {
  const n = Number(value);
  if (!/^-?\d+$/.test(value.trim()) || !Number.isSafeInteger(n) || n < range.min || n > range.max) {
    throw new CliError({
      code: 'usage',
      what: {
        id: `nilai ${where} "${value}" tidak valid: harus bilangan bulat ${range.min}–${range.max}`,
        en: `invalid ${where} "${value}": it must be a whole number ${range.min}–${range.max}`,
      },
      where,
      hint: { id: `Contoh: ${range.example}`, en: `Example: ${range.example}` },
    });
  }
  return n;
}
