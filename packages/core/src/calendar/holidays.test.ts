import { describe, expect, it } from 'vitest';
import { civilDayOfWeek, isCivilDate } from './civilDate.js';
import { HolidaySchema, parseHolidays } from './holidaySchema.js';
import { NATIONAL_HOLIDAY_YEARS, NATIONAL_HOLIDAYS, nationalHolidays } from './holidays.js';

function count(year: number, kind: 'libur-nasional' | 'cuti-bersama'): number {
  return (nationalHolidays(year) ?? []).filter((h) => h.kind === kind).length;
}

describe('national holidays', () => {
  it('ships exactly the verified years', () => {
    expect(NATIONAL_HOLIDAY_YEARS).toEqual([2024, 2025, 2026]);
    expect(nationalHolidays(2023)).toBeUndefined();
    expect(nationalHolidays(2027)).toBeUndefined();
  });

  it('has the counts the decrees announce', () => {
    // 2024: 17 libur nasional + 10 cuti bersama (SKB 855/2023), plus the two election days (Keppres 10/2024, 33/2024).
    expect(count(2024, 'libur-nasional')).toBe(19);
    expect(count(2024, 'cuti-bersama')).toBe(10);
    // 2025: 17 + 10 (SKB 1017/2024), plus 18 August (SKB 933/2025).
    expect(count(2025, 'libur-nasional')).toBe(17);
    expect(count(2025, 'cuti-bersama')).toBe(11);
    // 2026: 17 + 8 (SKB 1497/2025).
    expect(count(2026, 'libur-nasional')).toBe(17);
    expect(count(2026, 'cuti-bersama')).toBe(8);
  });

  it('matches weekdays printed by the sources', () => {
    // "Senin, 27 Januari", "Sabtu, 29 Maret", "Senin, 18 Agustus 2025", "Kamis, 24 Desember 2026", "Rabu, 14 Februari 2024".
    expect(civilDayOfWeek('2025-01-27')).toBe(1);
    expect(civilDayOfWeek('2025-03-29')).toBe(6);
    expect(civilDayOfWeek('2025-08-18')).toBe(1);
    expect(civilDayOfWeek('2026-12-24')).toBe(4);
    expect(civilDayOfWeek('2024-02-14')).toBe(3);
  });

  it('is valid data: real dates in their own year, sorted, unique per kind, with a decree and sources', () => {
    for (const year of NATIONAL_HOLIDAY_YEARS) {
      const entry = NATIONAL_HOLIDAYS[year];
      expect(entry?.year).toBe(year);
      expect(entry?.decree).toMatch(/SKB/);
      expect(entry?.sources.length).toBeGreaterThanOrEqual(2);
      const holidays = entry?.holidays ?? [];
      const keys = new Set<string>();
      holidays.forEach((h, index) => {
        expect(HolidaySchema.parse(h)).toEqual(h);
        expect(isCivilDate(h.date) && h.date.startsWith(`${year}-`)).toBe(true);
        if (index > 0) expect(h.date >= (holidays[index - 1]?.date ?? '')).toBe(true);
        keys.add(`${h.date}/${h.kind}`);
      });
      expect(keys.size).toBe(holidays.length);
    }
  });

  it('contains the dates the issue relies on', () => {
    const dates = (year: number) => new Set((nationalHolidays(year) ?? []).map((h) => h.date));
    expect(dates(2025).has('2025-08-18')).toBe(true);
    expect(dates(2024).has('2024-11-27')).toBe(true);
    expect(dates(2026).has('2026-03-20')).toBe(true);
  });
});

describe('parseHolidays', () => {
  it('accepts regional holidays and reports bad ones with paths', () => {
    expect(
      parseHolidays([
        { date: '2025-10-23', name: { id: 'Hari Jadi Kota', en: 'City Anniversary' }, kind: 'libur-daerah' },
      ]).success,
    ).toBe(true);
    const bad = parseHolidays([
      { date: '2025-02-30', name: { id: 'x', en: 'x' }, kind: 'libur-daerah', extra: 1 },
    ]);
    expect(bad.success).toBe(false);
    if (!bad.success) {
      expect(bad.issues.map((i) => [i.path, i.code])).toEqual([
        [[0, 'date'], 'invalid_format'],
        [[0, 'extra'], 'unrecognized_key'],
      ]);
    }
    expect(parseHolidays('not a list').success).toBe(false);
  });
});
