import type { LocalizedText } from '../i18n/index.js';
import { type IssuePath, issue, prefixIssues, type Result } from '../issues/index.js';
// The catalogue, not pillars/index.ts: that module builds zod schemas, which overdue detection does not need.
import { PILLAR_CATALOGUE } from '../pillars/catalogue.js';
import { compareCycles } from '../scoring/evaluation-score.js';
import { type CivilDate, civilDaysBetween, compareCivilDates, isCivilDate } from './civilDate.js';
import {
  isInSemester,
  type ProgrammeCycle,
  type Semester,
  semesterFor,
  semesterOfDate,
  shiftSemester,
} from './semester.js';
import type { CalendarWorkspace } from './workspaceInput.js';
import { parseTimeZone, toCivilDate } from './zone.js';

/**
 * Something in a workspace that is late (`overdue`) or due by the end of the current semester (`due`), with a
 * bilingual message and the path to the record it concerns.
 *
 * - `innovation-past-end`: an innovation's `endDate` has passed but it is still `planned` or `in-progress`.
 * - `evaluation-missing`: no evaluation is recorded for a semester that has closed.
 * - `kpi-measurement-missing`: an active innovation's KPI has no measurement yet in the current semester.
 *
 * @example
 * ```ts
 * const item: OverdueItem = {
 *   code: 'evaluation-missing', severity: 'overdue', path: ['evaluations'], dueDate: '2024-12-31',
 *   cycle: { year: 2024, stage: 'II' }, concerns: {},
 *   message: { id: 'Belum ada evaluasi untuk semester II 2024', en: 'No evaluation recorded for semester II 2024' },
 * };
 * ```
 */
export interface OverdueItem {
  code: 'innovation-past-end' | 'evaluation-missing' | 'kpi-measurement-missing';
  severity: 'overdue' | 'due';
  /** Path into the workspace, e.g. `['innovations', 2, 'kpis', 0, 'measurements']`. */
  path: IssuePath;
  message: LocalizedText;
  /** The day it was (or is) due, in the city's zone. */
  dueDate: CivilDate;
  /** The semester concerned, for evaluations and KPIs. */
  cycle?: ProgrammeCycle;
  concerns: { innovationId?: string; kpiId?: string; pillarId?: string };
}

/**
 * Options of {@link findOverdue}.
 *
 * @example
 * ```ts
 * const options: FindOverdueOptions = { asOf: new Date('2025-01-10T02:00:00Z'), lookbackSemesters: 2 };
 * ```
 */
export interface FindOverdueOptions {
  /** The moment to judge at (pass it in; nothing reads the clock). */
  asOf: Date;
  /** IANA zone; defaults to the workspace's `municipality.timeZone`. */
  timeZone?: string;
  /**
   * First semester whose evaluation is expected. Default: stage I of the year after the cohort year (the city is
   * mentored in the year it joins), else the earliest cycle among recorded evaluations, else only the last closed
   * semester.
   */
  since?: ProgrammeCycle;
  /** How many closed semesters back to check for missing evaluations (default 4 = two years). */
  lookbackSemesters?: number;
}

const STATUS_LABELS: Record<string, LocalizedText> = {
  planned: { id: 'direncanakan', en: 'planned' },
  'in-progress': { id: 'berjalan', en: 'in progress' },
};

const ACTIVE_STATUSES = new Set(['in-progress', 'implemented', 'evaluated']);

function cycleIndex(cycle: ProgrammeCycle): number {
  return cycle.year * 2 + (cycle.stage === 'I' ? 0 : 1);
}

const PILLAR_IDS: ReadonlySet<string> = new Set(PILLAR_CATALOGUE.map((p) => p.id));

function pillarOf(id: string): { pillarId?: string } {
  return PILLAR_IDS.has(id) ? { pillarId: id } : {};
}

/** Step 1 of {@link findOverdue}: innovations still planned or in progress after their end date. */
function innovationsPastEnd(workspace: CalendarWorkspace, today: CivilDate): OverdueItem[] {
  const items: OverdueItem[] = [];
  (workspace.innovations ?? []).forEach((innovation, index) => {
    const end = innovation.endDate;
    const status = STATUS_LABELS[innovation.status];
    if (!status || end === undefined || !isCivilDate(end) || compareCivilDates(end, today) >= 0) return;
    const days = civilDaysBetween(end, today);
    items.push({
      code: 'innovation-past-end',
      severity: 'overdue',
      path: ['innovations', index, 'endDate'],
      dueDate: end,
      concerns: { innovationId: innovation.id, ...pillarOf(innovation.pillarId) },
      message: {
        id: `Inovasi "${innovation.name}" melewati target selesai ${end} (${days} hari) tetapi statusnya masih ${status.id}`,
        en: `Innovation "${innovation.name}" is ${days} day(s) past its planned end ${end} but is still ${status.en}`,
      },
    });
  });
  return items;
}

/**
 * The first semester whose evaluation is expected: `options.since`, else stage I of the year after the cohort year
 * (the city is mentored in the year it joins), else the earliest staged evaluation, else the last closed semester.
 */
function firstExpectedSemester(
  workspace: CalendarWorkspace,
  lastClosed: Semester,
  options: FindOverdueOptions,
): ProgrammeCycle {
  if (options.since) return options.since;
  const cohortYear = workspace.municipality.cohortYear;
  if (cohortYear !== undefined) return { year: cohortYear + 1, stage: 'I' };
  const staged = (workspace.evaluations ?? []).filter(
    (e): e is typeof e & { cycle: ProgrammeCycle } => e.cycle.stage !== undefined,
  );
  const earliest = staged.map((e) => e.cycle).sort(compareCycles)[0];
  return earliest ?? { year: lastClosed.year, stage: lastClosed.stage };
}

/** Step 2 of {@link findOverdue}: closed semesters (within the look-back) without a recorded evaluation. */
function missingEvaluations(
  workspace: CalendarWorkspace,
  current: Semester,
  options: FindOverdueOptions,
): OverdueItem[] {
  const evaluations = workspace.evaluations ?? [];
  const lastClosed = shiftSemester(current, -1);
  const lookback = Math.max(1, Math.floor(options.lookbackSemesters ?? 4));
  const since = firstExpectedSemester(workspace, lastClosed, options);
  const items: OverdueItem[] = [];
  const firstIndex = Math.max(cycleIndex(since), cycleIndex(lastClosed) - lookback + 1);
  for (let i = firstIndex; i <= cycleIndex(lastClosed); i += 1) {
    const semester: Semester = semesterFor(Math.floor(i / 2), i % 2 === 0 ? 1 : 2);
    const recorded = evaluations.some(
      (e) => e.cycle.year === semester.year && e.cycle.stage === semester.stage,
    );
    if (recorded) continue;
    items.push({
      code: 'evaluation-missing',
      severity: 'overdue',
      path: ['evaluations'],
      dueDate: semester.end,
      cycle: { year: semester.year, stage: semester.stage },
      concerns: {},
      message: {
        id: `Belum ada evaluasi tercatat untuk semester ${semester.stage} ${semester.year} (tahap ${semester.stage}), yang berakhir ${semester.end}`,
        en: `No evaluation recorded for semester ${semester.stage} ${semester.year} (stage ${semester.stage}), which ended ${semester.end}`,
      },
    });
  }
  return items;
}

/** Step 3 of {@link findOverdue}: KPIs of started, active innovations without a measurement this semester. */
function missingKpiMeasurements(
  workspace: CalendarWorkspace,
  today: CivilDate,
  current: Semester,
): OverdueItem[] {
  const items: OverdueItem[] = [];
  (workspace.innovations ?? []).forEach((innovation, index) => {
    if (!ACTIVE_STATUSES.has(innovation.status)) return;
    const start = innovation.startDate;
    if (start !== undefined && isCivilDate(start) && start > today) return;
    innovation.kpis.forEach((kpi, kpiIndex) => {
      const measured = kpi.measurements.some(
        (m) => isCivilDate(m.date) && isInSemester(m.date, current) && compareCivilDates(m.date, today) <= 0,
      );
      if (measured) return;
      items.push({
        code: 'kpi-measurement-missing',
        severity: 'due',
        path: ['innovations', index, 'kpis', kpiIndex, 'measurements'],
        dueDate: current.end,
        cycle: { year: current.year, stage: current.stage },
        concerns: { innovationId: innovation.id, kpiId: kpi.id, ...pillarOf(innovation.pillarId) },
        message: {
          id: `KPI "${kpi.name}" (${innovation.name}) belum diukur pada semester ${current.stage} ${current.year}; catat pengukuran sebelum ${current.end}`,
          en: `KPI "${kpi.name}" (${innovation.name}) has no measurement in semester ${current.stage} ${current.year}; record one by ${current.end}`,
        },
      });
    });
  });
  return items;
}

/**
 * Finds what is overdue in a workspace at an instant, judged in the city's own zone: innovations past their end
 * date without being implemented, evaluations missing for closed semesters, and KPIs without a measurement in the
 * current semester. Items come in a stable order (by kind, then path). Never throws: a bad zone or instant gives
 * issues.
 *
 * @example
 * ```ts
 * const result = findOverdue(workspace, { asOf: new Date('2025-01-10T02:00:00Z') });
 * if (result.success) for (const item of result.data) console.log(formatPath(item.path), item.message.en);
 * ```
 */
export function findOverdue(
  workspace: CalendarWorkspace,
  options: FindOverdueOptions,
): Result<OverdueItem[]> {
  const zone = parseTimeZone(options.timeZone ?? workspace.municipality.timeZone);
  if (!zone.success) {
    const path: IssuePath = options.timeZone === undefined ? ['municipality', 'timeZone'] : ['timeZone'];
    return { success: false, issues: prefixIssues(path, zone.issues) };
  }
  if (!(options.asOf instanceof Date) || Number.isNaN(options.asOf.getTime())) {
    return {
      success: false,
      issues: [
        issue(['asOf'], 'invalid_value', {
          id: 'Waktu acuan (asOf) harus berupa Date yang valid',
          en: 'The reference time (asOf) must be a valid Date',
        }),
      ],
    };
  }
  const today = toCivilDate(options.asOf, zone.data);
  const current = semesterOfDate(today);
  const items: OverdueItem[] = [
    ...innovationsPastEnd(workspace, today),
    ...missingEvaluations(workspace, current, options),
    ...missingKpiMeasurements(workspace, today, current),
  ];
  return { success: true, data: items };
}
