// The parts of a workspace the calendar reads (see notes/model-contract.md): the city's zone and cohort year,
// the masterplan and RPJMD periods, innovations' dates, status and KPIs, and evaluations' cycles. A parsed
// `Workspace` fits this shape, so the calendar does not depend on the model's runtime code.

/**
 * The slice of a workspace the programme calendar and overdue detection read. Any parsed `Workspace` satisfies
 * it.
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
  municipality: {
    name: string;
    kind?: string;
    regionCode?: string;
    timeZone: string;
    cohortYear?: number | undefined;
  };
  masterplan?:
    | {
        period: { startYear: number; endYear: number };
        rpjmd?: { startYear: number; endYear: number } | undefined;
      }
    | undefined;
  innovations?: readonly CalendarInnovation[];
  evaluations?: readonly CalendarEvaluation[];
  calendar?: unknown;
}

/**
 * The fields of an innovation the calendar reads.
 *
 * @example
 * ```ts
 * const i: CalendarInnovation = { id: 'e-retribusi', name: 'E-Retribusi', pillarId: 'economy', horizon: 'quick-win', status: 'in-progress', kpis: [] };
 * ```
 */
export interface CalendarInnovation {
  id: string;
  name: string;
  pillarId: string;
  horizon: string;
  startDate?: string | undefined;
  endDate?: string | undefined;
  status: string;
  kpis: readonly {
    id: string;
    name: string;
    target: { date?: string | undefined };
    measurements: readonly { date: string }[];
  }[];
}

/**
 * The fields of an evaluation the calendar reads.
 *
 * @example
 * ```ts
 * const e: CalendarEvaluation = { id: 'eval-2024-1', kind: 'external', cycle: { year: 2024, stage: 'I' } };
 * ```
 */
export interface CalendarEvaluation {
  id: string;
  kind: string;
  cycle: { year: number; stage?: 'I' | 'II' | undefined };
  date?: string | undefined;
  title?: string | undefined;
}
