// The parts of a workspace the calendar reads: the city's zone and cohort year, the masterplan and RPJMD periods,
// innovations' dates, status and KPIs, and evaluations' cycles. The types are picked from the model's own
// (type-only imports: no runtime dependency on the model), so a change to the model shows up here as a type error
// instead of drifting silently; any parsed `Workspace` fits.
import type { Evaluation, Innovation, Kpi, Masterplan, Measurement, Municipality } from '../model/index.js';

/**
 * The fields of a KPI the calendar reads: its target date and the dates of its measurements.
 *
 * @example
 * ```ts
 * const kpi: CalendarKpi = { id: 'transaksi', name: 'Transaksi', target: { date: '2025-06-30' }, measurements: [] };
 * ```
 */
export type CalendarKpi = Pick<Kpi, 'id' | 'name'> & {
  target: Partial<Pick<Kpi['target'], 'date'>>;
  measurements: readonly Pick<Measurement, 'date'>[];
};

/**
 * The fields of an innovation the calendar reads.
 *
 * @example
 * ```ts
 * const i: CalendarInnovation = { id: 'e-retribusi', name: 'E-Retribusi', pillarId: 'economy', horizon: 'quick-win', status: 'in-progress', kpis: [] };
 * ```
 */
export type CalendarInnovation = Pick<Innovation, 'id' | 'name' | 'pillarId' | 'horizon' | 'status'> &
  Partial<Pick<Innovation, 'startDate' | 'endDate'>> & { kpis: readonly CalendarKpi[] };

/**
 * The fields of an evaluation the calendar reads.
 *
 * @example
 * ```ts
 * const e: CalendarEvaluation = { id: 'eval-2024-1', kind: 'external', cycle: { year: 2024, stage: 'I' } };
 * ```
 */
export type CalendarEvaluation = Pick<Evaluation, 'id' | 'kind'> &
  Partial<Pick<Evaluation, 'date' | 'title'>> & { cycle: Pick<Evaluation['cycle'], 'year' | 'stage'> };

/**
 * The slice of a workspace the programme calendar and overdue detection read. Any parsed `Workspace` satisfies
 * it. `municipality.timeZone` and `calendar` stay loose (`string`, `unknown`): the calendar validates the overrides itself and reports their issues.
 *
 * @example
 * ```ts
 * const input: CalendarWorkspace = {
 *   municipality: { name: 'Pontianak', timeZone: 'Asia/Pontianak', cohortYear: 2023 },
 *   innovations: [],
 *   evaluations: [],
 * };
 * ```
 */
export interface CalendarWorkspace {
  // The zone is any string here: the calendar validates it (and reports a bad one as an issue, not a crash).
  municipality: Pick<Municipality, 'name'> &
    Partial<Pick<Municipality, 'kind' | 'regionCode' | 'cohortYear'>> & { timeZone: string };
  masterplan?: { period: Masterplan['period']; rpjmd?: Masterplan['rpjmd'] } | undefined;
  innovations?: readonly CalendarInnovation[];
  evaluations?: readonly CalendarEvaluation[];
  calendar?: unknown;
}
