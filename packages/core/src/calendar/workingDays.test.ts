import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addCivilDays, civilDateFromEpochDay, civilDayOfWeek } from './civilDate.js';
import type { Holiday } from './holidaySchema.js';
import { nationalHolidays } from './holidays.js';
import {
  addWorkingDays,
  isWorkingDay,
  workingDayOnOrAfter,
  workingDayOnOrBefore,
  workingDaysBetween,
} from './workingDays.js';

const holidays2025 = nationalHolidays(2025) ?? [];

describe('working days', () => {
  it('skips weekends', () => {
    expect(addWorkingDays('2025-01-03', 1)).toBe('2025-01-06');
    expect(addWorkingDays('2025-01-06', 5)).toBe('2025-01-13');
    expect(addWorkingDays('2025-01-06', -1)).toBe('2025-01-03');
    expect(addWorkingDays('2025-01-04', 0)).toBe('2025-01-04');
    expect(workingDaysBetween('2025-01-03', '2025-01-10')).toBe(5);
    expect(workingDaysBetween('2025-01-10', '2025-01-03')).toBe(-5);
    expect(workingDaysBetween('2025-01-05', '2025-01-03')).toBe(-1);
  });

  it('skips national holidays and cuti bersama (Lebaran 2025)', () => {
    expect(isWorkingDay('2025-08-18', { holidays: holidays2025 })).toBe(false);
    expect(isWorkingDay('2025-08-19', { holidays: holidays2025 })).toBe(true);
    // Thursday 27 March, then Nyepi cuti bersama, the weekend, Idulfitri and its cuti bersama until 7 April.
    expect(addWorkingDays('2025-03-27', 1, { holidays: holidays2025 })).toBe('2025-04-08');
    expect(workingDayOnOrAfter('2025-03-29', { holidays: holidays2025 })).toBe('2025-04-08');
    expect(workingDayOnOrBefore('2025-04-07', { holidays: holidays2025 })).toBe('2025-03-27');
    expect(workingDayOnOrBefore('2025-08-31')).toBe('2025-08-29');
  });

  it('can count cuti bersama as working days and add regional holidays', () => {
    expect(addWorkingDays('2025-03-27', 1, { holidays: holidays2025, cutiBersamaOff: false })).toBe(
      '2025-03-28',
    );
    expect(addWorkingDays('2025-03-28', 1, { holidays: holidays2025, cutiBersamaOff: false })).toBe(
      '2025-04-02',
    );
    const regional: Holiday = {
      date: '2025-10-23',
      name: { id: 'Hari Jadi', en: 'Anniversary' },
      kind: 'libur-daerah',
    };
    expect(addWorkingDays('2025-10-22', 1, { holidays: [...holidays2025, regional] })).toBe('2025-10-24');
    expect(addWorkingDays('2025-10-22', 1, { holidays: ['2025-10-23'] })).toBe('2025-10-24');
  });

  it('supports another weekend and refuses one with no working day', () => {
    expect(addWorkingDays('2025-01-03', 1, { weekend: [5, 6] })).toBe('2025-01-05');
    expect(() => addWorkingDays('2025-01-03', 1, { weekend: [1, 2, 3, 4, 5, 6, 7] })).toThrow(RangeError);
    expect(() => addWorkingDays('2025-01-03', 1.5)).toThrow(RangeError);
  });

  it('is consistent: N working days after d is a working day N working days away', () => {
    fc.assert(
      fc.property(fc.integer({ min: 20_089, max: 20_819 }), fc.integer({ min: -40, max: 40 }), (day, n) => {
        const date = civilDateFromEpochDay(day);
        const options = { holidays: [...(nationalHolidays(2025) ?? []), ...(nationalHolidays(2026) ?? [])] };
        const result = addWorkingDays(date, n, options);
        expect(workingDaysBetween(date, result, options)).toBe(n);
        if (n !== 0) expect(isWorkingDay(result, options)).toBe(true);
        expect([6, 7]).not.toContain(n !== 0 ? civilDayOfWeek(result) : 1);
        expect(workingDayOnOrAfter(addCivilDays(date, 0), options) >= date).toBe(true);
      }),
    );
  });
});
