import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addCivilDays,
  CivilDateSchema,
  civilDate,
  civilDateFromEpochDay,
  civilDateParts,
  civilDateToEpochDay,
  civilDayOfWeek,
  civilDaysBetween,
  compareCivilDates,
  daysInMonth,
  isCivilDate,
  parseCivilDate,
  utcCivilDate,
} from './civilDate.js';

describe('isCivilDate', () => {
  it('accepts real days, including 29 February in leap years', () => {
    expect(isCivilDate('2025-07-30')).toBe(true);
    expect(isCivilDate('2024-02-29')).toBe(true);
    expect(isCivilDate('2000-02-29')).toBe(true);
    expect(isCivilDate('2025-12-31')).toBe(true);
  });

  it('rejects days that do not exist and other shapes', () => {
    for (const value of [
      '2023-02-29',
      '1900-02-29',
      '2023-02-30',
      '2025-04-31',
      '2025-13-01',
      '2025-00-10',
      '2025-01-00',
    ]) {
      expect(isCivilDate(value)).toBe(false);
    }
    for (const value of [
      '2025-1-5',
      '25-01-05',
      '2025/01/05',
      '2025-01-05T00:00',
      ' 2025-01-05',
      '',
      20250105,
      null,
    ]) {
      expect(isCivilDate(value)).toBe(false);
    }
  });
});

describe('CivilDateSchema and parseCivilDate', () => {
  it('parses valid dates and reports invalid ones in both languages', () => {
    expect(CivilDateSchema.parse('2024-02-29')).toBe('2024-02-29');
    expect(CivilDateSchema.safeParse('2023-02-30').success).toBe(false);
    expect(CivilDateSchema.safeParse('30/07/2025').success).toBe(false);
    const bad = parseCivilDate('30/07/2025');
    expect(bad.success).toBe(false);
    if (!bad.success) {
      expect(bad.issues[0]?.code).toBe('invalid_format');
      expect(bad.issues[0]?.message.id).toContain('YYYY-MM-DD');
      expect(bad.issues[0]?.message.en).toContain('YYYY-MM-DD');
    }
    expect(parseCivilDate('2025-07-30')).toEqual({ success: true, data: '2025-07-30' });
  });
});

describe('civil date arithmetic', () => {
  it('knows month lengths', () => {
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2100, 2)).toBe(28);
    expect(daysInMonth(2025, 4)).toBe(30);
    expect(daysInMonth(2025, 12)).toBe(31);
  });

  it('adds days across months, years and leap days', () => {
    expect(addCivilDays('2024-12-31', 1)).toBe('2025-01-01');
    expect(addCivilDays('2024-03-01', -1)).toBe('2024-02-29');
    expect(addCivilDays('2025-06-30', 1)).toBe('2025-07-01');
    expect(addCivilDays('2025-01-01', 365)).toBe('2026-01-01');
    expect(civilDaysBetween('2025-01-01', '2025-07-01')).toBe(181);
    expect(civilDaysBetween('2025-07-01', '2025-01-01')).toBe(-181);
  });

  it('orders dates and names weekdays (ISO, Monday = 1)', () => {
    expect(['2025-07-30', '2025-01-31', '2024-12-31'].sort(compareCivilDates)).toEqual([
      '2024-12-31',
      '2025-01-31',
      '2025-07-30',
    ]);
    expect(civilDayOfWeek('2025-01-01')).toBe(3);
    expect(civilDayOfWeek('2025-08-17')).toBe(7);
    expect(civilDayOfWeek('2022-06-20')).toBe(1);
    expect(civilDayOfWeek('1970-01-01')).toBe(4);
  });

  it('builds and splits dates, refusing impossible ones', () => {
    expect(civilDate(2025, 7, 30)).toBe('2025-07-30');
    expect(civilDateParts('2025-07-30')).toEqual({ year: 2025, month: 7, day: 30 });
    expect(() => civilDate(2023, 2, 29)).toThrow(RangeError);
    expect(() => addCivilDays('2023-02-30', 1)).toThrow(RangeError);
    expect(() => addCivilDays('2025-01-01', 0.5)).toThrow(RangeError);
  });

  it('matches the UTC calendar of Date for every day from 1600 to 2400', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -135_000, max: 157_000 }),
        fc.integer({ min: -3000, max: 3000 }),
        (day, delta) => {
          const utc = new Date(day * 86_400_000);
          const expected = utc.toISOString().slice(0, 10);
          const date = civilDateFromEpochDay(day);
          expect(date).toBe(expected);
          expect(civilDateToEpochDay(date)).toBe(day);
          expect(utcCivilDate(utc)).toBe(expected);
          expect(civilDayOfWeek(date) % 7).toBe(utc.getUTCDay());
          expect(civilDaysBetween(date, addCivilDays(date, delta))).toBe(delta);
        },
      ),
    );
  });
});
