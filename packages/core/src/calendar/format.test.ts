import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';
import { enGB } from 'date-fns/locale/en-GB';
import { id as idLocale } from 'date-fns/locale/id';
import { describe, expect, it } from 'vitest';
import { civilDateFromEpochDay, civilDateToEpochDay } from './civilDate.js';
import { type CivilDateStyle, formatCivilDate } from './format.js';

// Runs under every zone of the TZ matrix (scripts/tz-matrix.mjs): the output must not move with the machine zone.
describe('formatCivilDate', () => {
  it('writes dates in Bahasa Indonesia and English', () => {
    expect(formatCivilDate('2023-06-12')).toBe('12 Juni 2023');
    expect(formatCivilDate('2023-06-12', 'en')).toBe('12 June 2023');
    expect(formatCivilDate('2021-08-17', 'id', 'medium')).toBe('17 Agt 2021');
    expect(formatCivilDate('2023-06-12', 'id', 'weekday')).toBe('Senin, 12 Juni 2023');
    expect(formatCivilDate('2023-06-12', 'en', 'weekday')).toBe('Monday, 12 June 2023');
  });

  it('keeps the day at the edges of the year and on leap days', () => {
    expect(formatCivilDate('2024-12-31', 'en')).toBe('31 December 2024');
    expect(formatCivilDate('2025-01-01', 'id')).toBe('1 Januari 2025');
    expect(formatCivilDate('2024-02-29', 'id')).toBe('29 Februari 2024');
  });

  it('returns anything that is not a civil date unchanged', () => {
    expect(formatCivilDate('2023-02-30')).toBe('2023-02-30');
    expect(formatCivilDate('kemarin')).toBe('kemarin');
  });

  it('writes exactly what date-fns format writes with its id and en-GB locales', () => {
    // formatCivilDate used date-fns `format` until 0.2; its own tables must give the same text. Every day of
    // 2023–2028 (all weekdays, leap days, month ends) and the 1st and 28th of every month of years 100–9999.
    const dates: string[] = [];
    for (let d = civilDateToEpochDay('2023-01-01'); d <= civilDateToEpochDay('2028-12-31'); d++) {
      dates.push(civilDateFromEpochDay(d));
    }
    for (let year = 100; year <= 9999; year += 97) {
      for (let month = 1; month <= 12; month++) {
        for (const day of ['01', '28'])
          dates.push(`${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${day}`);
      }
    }
    const patterns: Record<CivilDateStyle, string> = {
      long: 'd MMMM yyyy',
      medium: 'd MMM yyyy',
      weekday: 'EEEE, d MMMM yyyy',
    };
    const mismatches: string[] = [];
    for (const date of dates) {
      const [y, m, d] = date.split('-').map(Number) as [number, number, number];
      const noon = new TZDate(y, m - 1, d, 12, 0, 0, 'UTC');
      for (const style of ['long', 'medium', 'weekday'] as const) {
        for (const [lang, locale] of [
          ['id', idLocale],
          ['en', enGB],
        ] as const) {
          const expected = format(noon, patterns[style], { locale });
          const actual = formatCivilDate(date, lang, style);
          if (actual !== expected) mismatches.push(`${date} ${lang} ${style}: ${actual} ≠ ${expected}`);
        }
      }
    }
    expect(mismatches).toEqual([]);
  });

  it('writes years before 100 as they are (four digits), not as 19xx', () => {
    expect(formatCivilDate('0050-01-05', 'id', 'weekday')).toBe('Rabu, 5 Januari 0050');
  });
});
