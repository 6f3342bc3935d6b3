import { describe, expect, it } from 'vitest';
import {
  currentCycle,
  isInSemester,
  semesterFor,
  semesterLabel,
  semesterOf,
  semesterOfDate,
  shiftSemester,
} from './semester.js';

describe('semesterOf', () => {
  it('puts 30 June 2025 23:30 WIB in semester I in Pontianak but semester II in Makassar', () => {
    const instant = new Date('2025-06-30T23:30:00+07:00');
    expect(semesterOf(instant, 'Asia/Pontianak')).toEqual({
      year: 2025,
      semester: 1,
      stage: 'I',
      start: '2025-01-01',
      end: '2025-06-30',
    });
    expect(semesterOf(instant, 'Asia/Makassar')).toEqual({
      year: 2025,
      semester: 2,
      stage: 'II',
      start: '2025-07-01',
      end: '2025-12-31',
    });
    // A naive UTC reading would say semester I for Makassar: the zone matters.
    expect(semesterOf(instant, 'UTC').semester).toBe(1);
  });

  it('puts the last minute of the year in WIT and the same instant in UTC in the same semester, and 23:30 UTC on 31 December in next year in Jayapura', () => {
    const witEve = new Date('2025-12-31T23:59:00+09:00');
    expect(semesterOf(witEve, 'Asia/Jayapura')).toMatchObject({ year: 2025, semester: 2 });
    expect(semesterOf(witEve, 'UTC')).toMatchObject({ year: 2025, semester: 2 });
    const late = new Date('2025-12-31T23:30:00Z');
    expect(semesterOf(late, 'UTC')).toMatchObject({ year: 2025, semester: 2, stage: 'II' });
    expect(semesterOf(late, 'Asia/Jayapura')).toMatchObject({ year: 2026, semester: 1, stage: 'I' });
  });

  it('splits the year at 1 July for civil dates', () => {
    expect(semesterOfDate('2025-01-01').semester).toBe(1);
    expect(semesterOfDate('2025-06-30').semester).toBe(1);
    expect(semesterOfDate('2025-07-01').semester).toBe(2);
    expect(semesterOfDate('2025-12-31').semester).toBe(2);
    expect(isInSemester('2025-03-01', semesterFor(2025, 'I'))).toBe(true);
    expect(isInSemester('2025-07-01', semesterFor(2025, 1))).toBe(false);
  });
});

describe('cycles', () => {
  it('moves between semesters across years', () => {
    expect(shiftSemester(semesterFor(2025, 1), -1)).toMatchObject({ year: 2024, stage: 'II' });
    expect(shiftSemester(semesterFor(2025, 2), 1)).toMatchObject({ year: 2026, stage: 'I' });
    expect(shiftSemester(semesterFor(2025, 2), -4)).toMatchObject({ year: 2023, stage: 'II' });
  });

  it('reports the current, previous and next cycle in the city zone', () => {
    const now = currentCycle(new Date('2025-06-30T16:30:00Z'), 'Asia/Makassar');
    expect(now).toEqual({
      cycle: { year: 2025, stage: 'II' },
      semester: semesterFor(2025, 2),
      previous: { year: 2025, stage: 'I' },
      next: { year: 2026, stage: 'I' },
      today: '2025-07-01',
    });
    expect(currentCycle(new Date('2025-06-30T16:30:00Z'), 'Asia/Jakarta').cycle).toEqual({
      year: 2025,
      stage: 'I',
    });
  });

  it('labels semesters in both languages', () => {
    expect(semesterLabel(semesterFor(2025, 2))).toEqual({
      id: 'Semester II 2025 (tahap II)',
      en: 'Semester II 2025 (stage II)',
    });
  });
});
