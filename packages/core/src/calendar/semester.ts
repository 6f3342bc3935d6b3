import type { LocalizedText } from '../i18n/index.js';
import { type CivilDate, civilDate, civilDateParts, compareCivilDates } from './civilDate.js';
import { toCivilDate } from './zone.js';

// The fiscal year is the calendar year (UU 17/2003; domain.md §6), so semester I is 1 January–30 June and
// semester II is 1 July–31 December. The programme's evaluation stages follow them: tahap I ≈ June, tahap II ≈
// October–November (domain.md §2.2). Sources call the halves "semester" or "tahap"; both names are kept.

/**
 * An evaluation stage (*tahap*): `'I'` for the first half of the year, `'II'` for the second.
 *
 * @example
 * ```ts
 * const stage: SemesterStage = 'II';
 * ```
 */
export type SemesterStage = 'I' | 'II';

/**
 * One half of a fiscal year in a city: its number, its stage name and its first and last days (civil dates,
 * inclusive).
 *
 * @example
 * ```ts
 * const s: Semester = { year: 2025, semester: 1, stage: 'I', start: '2025-01-01', end: '2025-06-30' };
 * ```
 */
export interface Semester {
  /** Fiscal (= calendar) year. */
  year: number;
  /** 1 for January–June, 2 for July–December. */
  semester: 1 | 2;
  /** The same half named as an evaluation stage (*tahap*). */
  stage: SemesterStage;
  /** First day, inclusive. */
  start: CivilDate;
  /** Last day, inclusive. */
  end: CivilDate;
}

/**
 * An evaluation cycle as the workspace records it (`Evaluation.cycle`): a year and a stage.
 *
 * @example
 * ```ts
 * const cycle: ProgrammeCycle = { year: 2024, stage: 'II' };
 * ```
 */
export interface ProgrammeCycle {
  year: number;
  stage: SemesterStage;
}

/**
 * The semester of a year by number (1 or 2) or stage (`'I'` or `'II'`).
 *
 * @example
 * ```ts
 * semesterFor(2025, 'II'); // { year: 2025, semester: 2, stage: 'II', start: '2025-07-01', end: '2025-12-31' }
 * ```
 */
export function semesterFor(year: number, which: 1 | 2 | SemesterStage): Semester {
  const semester = which === 1 || which === 'I' ? 1 : 2;
  return semester === 1
    ? { year, semester: 1, stage: 'I', start: civilDate(year, 1, 1), end: civilDate(year, 6, 30) }
    : { year, semester: 2, stage: 'II', start: civilDate(year, 7, 1), end: civilDate(year, 12, 31) };
}

/**
 * The semester a civil date belongs to. No zone is involved: a civil date is already a day in the city.
 *
 * @example
 * ```ts
 * semesterOfDate('2025-06-30').semester; // 1
 * semesterOfDate('2025-07-01').semester; // 2
 * ```
 */
export function semesterOfDate(date: CivilDate): Semester {
  const { year, month } = civilDateParts(date);
  return semesterFor(year, month <= 6 ? 1 : 2);
}

/**
 * The semester an instant falls in, judged in the city's own IANA zone. The same instant can be in different
 * semesters in different cities: 30 June 2025 23:30 WIB is still semester I in Pontianak but already 1 July (semester
 * II) in Makassar.
 *
 * @example
 * ```ts
 * const instant = new Date('2025-06-30T23:30:00+07:00');
 * semesterOf(instant, 'Asia/Pontianak').semester; // 1
 * semesterOf(instant, 'Asia/Makassar').semester; // 2
 * ```
 */
export function semesterOf(instant: Date, zone: string): Semester {
  return semesterOfDate(toCivilDate(instant, zone));
}

/**
 * The semester before or after another one (`steps` may be negative).
 *
 * @example
 * ```ts
 * shiftSemester(semesterFor(2025, 1), -1).stage; // 'II' (of 2024)
 * ```
 */
export function shiftSemester(semester: Pick<Semester, 'year' | 'semester'>, steps: number): Semester {
  const index = semester.year * 2 + (semester.semester - 1) + steps;
  return semesterFor(Math.floor(index / 2), index % 2 === 0 ? 1 : 2);
}

/**
 * Whether a civil date lies within a semester (inclusive).
 *
 * @example
 * ```ts
 * isInSemester('2025-03-01', semesterFor(2025, 1)); // true
 * ```
 */
export function isInSemester(date: CivilDate, semester: Pick<Semester, 'start' | 'end'>): boolean {
  return compareCivilDates(date, semester.start) >= 0 && compareCivilDates(date, semester.end) <= 0;
}

/**
 * Where a city stands in the programme's evaluation rhythm at an instant: the current cycle (the semester the
 * day falls in, as `{ year, stage }`), the semester itself, the last closed cycle and the next one.
 *
 * @example
 * ```ts
 * const now = currentCycle(new Date('2025-08-15T03:00:00Z'), 'Asia/Jakarta');
 * now.cycle; // { year: 2025, stage: 'II' }
 * now.previous; // { year: 2025, stage: 'I' }
 * ```
 */
export function currentCycle(
  instant: Date,
  zone: string,
): {
  cycle: ProgrammeCycle;
  semester: Semester;
  previous: ProgrammeCycle;
  next: ProgrammeCycle;
  today: CivilDate;
} {
  const today = toCivilDate(instant, zone);
  const semester = semesterOfDate(today);
  const previous = shiftSemester(semester, -1);
  const next = shiftSemester(semester, 1);
  return {
    cycle: { year: semester.year, stage: semester.stage },
    semester,
    previous: { year: previous.year, stage: previous.stage },
    next: { year: next.year, stage: next.stage },
    today,
  };
}

/**
 * A semester's name in both languages, e.g. "Semester I 2025 (tahap I)".
 *
 * @example
 * ```ts
 * semesterLabel(semesterFor(2025, 2)).en; // 'Semester II 2025 (stage II)'
 * ```
 */
export function semesterLabel(semester: Pick<Semester, 'year' | 'stage'>): LocalizedText {
  return {
    id: `Semester ${semester.stage} ${semester.year} (tahap ${semester.stage})`,
    en: `Semester ${semester.stage} ${semester.year} (stage ${semester.stage})`,
  };
}
