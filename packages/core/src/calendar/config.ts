import * as z from 'zod/mini';
import { LocalizedTextSchema } from '../i18n/index.js';
import type { Result } from '../issues/index.js';
import { MESSAGE_KEYS } from '../model/messages.js';
import { parseWithSchema } from '../model/parseValue.js';
import { PillarIdSchema } from '../pillars/index.js';
import { CivilDateSchema, daysInMonth, isCivilDate } from './civilDate.js';
import { CALENDAR_EVENT_KINDS } from './kinds.js';
import { EVENT_ID_PATTERN, MONTH_DAY_PATTERN, TIME_OF_DAY_PATTERN, YEAR_KEY_PATTERN } from './patterns.js';

// The programme calendar is data: a year-agnostic configuration (month-day rules such as "30 July") that a city
// can override for every year, plus per-year overrides with exact civil dates. Defaults cite domain.md; each one
// is marked as a regulation, a programme fact, or a convention of this toolkit (an estimate where the ministry sets
// the real date each year).

function isMonthDay(value: string): boolean {
  const match = MONTH_DAY_PATTERN.exec(value);
  if (!match) return false;
  const month = Number(match[1]);
  const day = Number(match[2]);
  // 29 February is refused in a rule that applies to every year (2023 is not a leap year); give it as a civil
  // date for a leap year instead.
  return day <= daysInMonth(2023, month);
}

/**
 * Zod schema of a yearly date rule `MM-DD` (e.g. `07-30` for 30 July), used in settings that apply to every year.
 * `02-29` is refused because it does not exist every year.
 *
 * @example
 * ```ts
 * MonthDaySchema.parse('07-30'); // '07-30'
 * MonthDaySchema.safeParse('02-29').success; // false
 * ```
 */
export const MonthDaySchema = z.string().check(
  z.regex(MONTH_DAY_PATTERN, { error: MESSAGE_KEYS.monthDay, abort: true }),
  z.refine(isMonthDay, {
    error: 'Not a day that exists every year',
    params: {
      code: 'invalid_format',
      message: {
        id: 'Tanggal tahunan harus ada setiap tahun: 02-30 tidak ada dan 02-29 hanya ada di tahun kabisat',
        en: 'A yearly date must exist every year: 02-30 never does and 02-29 only in leap years',
      },
    },
  }),
);

/**
 * A yearly date rule `MM-DD`.
 *
 * @example
 * ```ts
 * const deadline: MonthDay = '07-30';
 * ```
 */
export type MonthDay = z.infer<typeof MonthDaySchema>;

// Refinements carry `params: { code, message: { id, en } }`, the convention the model's issue conversion reads too
// (the workspace embeds CalendarOverridesSchema).
const ORDER_PARAMS = {
  code: 'date_order',
  message: {
    id: 'Tanggal akhir tidak boleh sebelum tanggal mulai',
    en: 'The end date must not be before the start date',
  },
};

/**
 * Zod schema of a yearly range of days `{ start, end }` (both `MM-DD`, inclusive, within one year).
 *
 * @example
 * ```ts
 * MonthDayRangeSchema.parse({ start: '06-01', end: '06-30' });
 * ```
 */
export const MonthDayRangeSchema = z.strictObject({ start: MonthDaySchema, end: MonthDaySchema }).check(
  z.refine((r) => !isMonthDay(r.start) || !isMonthDay(r.end) || r.start <= r.end, {
    error: ORDER_PARAMS.message.en,
    path: ['end'],
    params: ORDER_PARAMS,
  }),
);

/**
 * Zod schema of a range of civil dates `{ start, end }` (inclusive).
 *
 * @example
 * ```ts
 * CivilDateRangeSchema.parse({ start: '2025-06-12', end: '2025-06-14' });
 * ```
 */
export const CivilDateRangeSchema = z.strictObject({ start: CivilDateSchema, end: CivilDateSchema }).check(
  z.refine((r) => !isCivilDate(r.start) || !isCivilDate(r.end) || r.start <= r.end, {
    error: ORDER_PARAMS.message.en,
    path: ['end'],
    params: ORDER_PARAMS,
  }),
);

/**
 * A range of civil dates, both ends inclusive.
 *
 * @example
 * ```ts
 * const window: CivilDateRange = { start: '2025-06-12', end: '2025-06-14' };
 * ```
 */
export type CivilDateRange = z.infer<typeof CivilDateRangeSchema>;

const TimeOfDaySchema = z.string().check(z.regex(TIME_OF_DAY_PATTERN, { error: MESSAGE_KEYS.timeOfDay }));

/**
 * Zod schema of a calendar event kind.
 *
 * @example
 * ```ts
 * CalendarEventKindSchema.parse('forum');
 * ```
 */
export const CalendarEventKindSchema = z.enum(CALENDAR_EVENT_KINDS);

/**
 * A calendar event kind: `semester`, `evaluation-window`, `evaluation` (a recorded evaluation day),
 * `results-letter`, `bimtek`, `quick-win`, `masterplan`, `reporting-deadline`, `innovation`, `kpi-target`, `forum`
 * or `other`.
 *
 * @example
 * ```ts
 * const kind: CalendarEventKind = 'reporting-deadline';
 * ```
 */
export type CalendarEventKind = z.infer<typeof CalendarEventKindSchema>;

/**
 * Zod schema of what an event concerns: a pillar, an innovation, a KPI or an evaluation of the workspace.
 *
 * @example
 * ```ts
 * EventConcernsSchema.parse({ pillarId: 'governance' });
 * ```
 */
export const EventConcernsSchema = z.strictObject({
  pillarId: z.optional(PillarIdSchema),
  innovationId: z.optional(z.string().check(z.minLength(1))),
  kpiId: z.optional(z.string().check(z.minLength(1))),
  evaluationId: z.optional(z.string().check(z.minLength(1))),
});

function customEventSchema(dateSchema: z.ZodMiniType<string>) {
  return z
    .strictObject({
      id: z.string({ error: MESSAGE_KEYS.id }).check(z.regex(EVENT_ID_PATTERN, { error: MESSAGE_KEYS.id })),
      kind: CalendarEventKindSchema,
      label: LocalizedTextSchema,
      description: z.optional(LocalizedTextSchema),
      start: dateSchema,
      end: z.optional(dateSchema),
      startTime: z.optional(TimeOfDaySchema),
      endTime: z.optional(TimeOfDaySchema),
      concerns: z.optional(EventConcernsSchema),
      source: z.optional(z.string().check(z.minLength(1))),
    })
    .check(
      z.refine((e) => e.end === undefined || e.start <= e.end, {
        error: ORDER_PARAMS.message.en,
        path: ['end'],
        params: ORDER_PARAMS,
      }),
      z.refine((e) => (e.startTime === undefined) === (e.endTime === undefined), {
        error: 'startTime and endTime go together',
        path: ['endTime'],
        params: {
          code: 'required',
          message: {
            id: 'Jam mulai (startTime) dan jam selesai (endTime) harus diisi bersama',
            en: 'Give both startTime and endTime, or neither',
          },
        },
      }),
      z.refine(
        (e) =>
          e.startTime === undefined ||
          e.endTime === undefined ||
          (e.end !== undefined && e.end > e.start) ||
          e.endTime > e.startTime,
        { error: ORDER_PARAMS.message.en, path: ['endTime'], params: ORDER_PARAMS },
      ),
    );
}

/**
 * Zod schema of an event a city adds every year (dates as `MM-DD`), e.g. its Forum Smart City. With `startTime`
 * and `endTime` (`HH:MM`, local time in the city's zone) it is a timed event; otherwise it lasts whole days.
 *
 * @example
 * ```ts
 * YearlyEventSchema.parse({ id: 'forum', kind: 'forum', label: { id: 'Forum Smart City', en: 'Smart City Forum' }, start: '06-19' });
 * ```
 */
export const YearlyEventSchema = customEventSchema(MonthDaySchema);

/**
 * Zod schema of an event added to one year (dates as `YYYY-MM-DD`).
 *
 * @example
 * ```ts
 * DatedEventSchema.parse({
 *   id: 'paparan-walikota', kind: 'masterplan', label: { id: 'Paparan Wali Kota', en: 'Mayor presentation' },
 *   start: '2025-12-04', startTime: '09:00', endTime: '11:00',
 * });
 * ```
 */
export const DatedEventSchema = customEventSchema(CivilDateSchema);

/**
 * Ids of the reporting deadlines in the default calendar (regional finance, DJPK and Kemendagri).
 *
 * @example
 * ```ts
 * REPORTING_DEADLINE_IDS[1]; // 'realisasi-semester-1'
 * ```
 */
export const REPORTING_DEADLINE_IDS = [
  'apbd-murni',
  'realisasi-semester-1',
  'lpp-apbd',
  'persetujuan-apbd',
] as const;

const ReportingDeadlineIdSchema = z.enum(REPORTING_DEADLINE_IDS);

/**
 * Zod schema of a full calendar configuration (every setting present, dates as yearly `MM-DD` rules).
 * Usually built from {@link DEFAULT_CALENDAR_CONFIG}.
 *
 * @example
 * ```ts
 * CalendarConfigSchema.parse(DEFAULT_CALENDAR_CONFIG);
 * ```
 */
export const CalendarConfigSchema = z.strictObject({
  /** Evaluation tahap I window. */
  evaluationStageI: MonthDayRangeSchema,
  /** Evaluation tahap II window. */
  evaluationStageII: MonthDayRangeSchema,
  /** When the results letter is expected. */
  resultsLetter: MonthDayRangeSchema,
  /** First day of Bimtek I; the other sessions are offsets from it. */
  bimtekStart: MonthDaySchema,
  /** Bimtek sessions: days after `bimtekStart` and length in working days. */
  bimtekSessions: z
    .array(
      z.strictObject({
        offsetDays: z.number().check(z.int(), z.gte(0), z.lte(300)),
        days: z.number().check(z.int(), z.gte(1), z.lte(5)),
      }),
    )
    .check(z.minLength(1), z.maxLength(8)),
  /** Move a session until all its days are consecutive working days (no weekend or holiday inside). */
  bimtekOnWorkingDays: z.boolean(),
  /** Bimtek session (1-based) in which quick wins are chosen. */
  quickWinSelectionSession: z.number().check(z.int(), z.gte(1), z.lte(8)),
  /** Bimtek session (1-based) in which quick wins are finalised. */
  quickWinFinalisationSession: z.number().check(z.int(), z.gte(1), z.lte(8)),
  /** Masterplan presentation and awarding (moved to the next working day when it falls on a day off). */
  masterplanPresentation: MonthDaySchema,
  /** Reporting deadlines by id. */
  reportingDeadlines: z.strictObject({
    'apbd-murni': MonthDaySchema,
    'realisasi-semester-1': MonthDaySchema,
    'lpp-apbd': MonthDaySchema,
    'persetujuan-apbd': MonthDaySchema,
  }),
  /** Events the city adds every year. */
  events: z.array(YearlyEventSchema),
});

/**
 * A full calendar configuration: yearly rules for every programme date.
 *
 * @example
 * ```ts
 * const config: CalendarConfig = { ...DEFAULT_CALENDAR_CONFIG, bimtekStart: '07-01' };
 * ```
 */
export type CalendarConfig = z.infer<typeof CalendarConfigSchema>;

/**
 * Zod schema of one year's overrides: exact civil dates that replace the yearly rules for that year. `null`
 * removes an item that year (no tahap II, no presentation); an empty `bimtekSessions` means no Bimtek.
 *
 * @example
 * ```ts
 * YearOverridesSchema.parse({ evaluationStageI: { start: '2023-06-12', end: '2023-06-14' } });
 * ```
 */
export const YearOverridesSchema = z.strictObject({
  evaluationStageI: z.optional(z.nullable(CivilDateRangeSchema)),
  evaluationStageII: z.optional(z.nullable(CivilDateRangeSchema)),
  resultsLetter: z.optional(z.nullable(CivilDateRangeSchema)),
  bimtekStart: z.optional(CivilDateSchema),
  bimtekSessions: z.optional(z.array(CivilDateRangeSchema).check(z.maxLength(8))),
  masterplanPresentation: z.optional(z.nullable(CivilDateSchema)),
  reportingDeadlines: z.optional(z.partialRecord(ReportingDeadlineIdSchema, z.nullable(CivilDateSchema))),
  events: z.optional(z.array(DatedEventSchema)),
});

/**
 * One year's overrides.
 *
 * @example
 * ```ts
 * const y2023: YearOverrides = { masterplanPresentation: '2023-12-07' };
 * ```
 */
export type YearOverrides = z.infer<typeof YearOverridesSchema>;

/**
 * Zod schema of a city's calendar overrides, the workspace's optional `calendar` field. Every field is optional:
 * yearly rules (`MM-DD`) replace the defaults for every year; `years` holds exact dates per year (`"2025": {…}`),
 * which win over everything else. Unknown keys are errors.
 *
 * @example
 * ```ts
 * CalendarOverridesSchema.parse({
 *   bimtekStart: '07-01',
 *   reportingDeadlines: { 'lpp-apbd': null },
 *   years: { '2023': { evaluationStageI: { start: '2023-06-12', end: '2023-06-14' } } },
 * });
 * ```
 */
export const CalendarOverridesSchema = z.strictObject({
  evaluationStageI: z.optional(z.nullable(MonthDayRangeSchema)),
  evaluationStageII: z.optional(z.nullable(MonthDayRangeSchema)),
  resultsLetter: z.optional(z.nullable(MonthDayRangeSchema)),
  bimtekStart: z.optional(MonthDaySchema),
  bimtekSessions: z.optional(CalendarConfigSchema.shape.bimtekSessions),
  bimtekOnWorkingDays: z.optional(z.boolean()),
  quickWinSelectionSession: z.optional(z.number().check(z.int(), z.gte(1), z.lte(8))),
  quickWinFinalisationSession: z.optional(z.number().check(z.int(), z.gte(1), z.lte(8))),
  masterplanPresentation: z.optional(z.nullable(MonthDaySchema)),
  reportingDeadlines: z.optional(z.partialRecord(ReportingDeadlineIdSchema, z.nullable(MonthDaySchema))),
  events: z.optional(z.array(YearlyEventSchema)),
  years: z.optional(
    z.record(
      z.string().check(z.regex(YEAR_KEY_PATTERN, { error: MESSAGE_KEYS.yearKey })),
      YearOverridesSchema,
    ),
  ),
});

/**
 * A city's calendar overrides (the workspace's `calendar` field).
 *
 * @example
 * ```ts
 * const overrides: CalendarOverrides = { years: { '2024': { resultsLetter: { start: '2024-11-25', end: '2024-11-25' } } } };
 * ```
 */
export type CalendarOverrides = z.infer<typeof CalendarOverridesSchema>;

/**
 * Validates calendar overrides from a file or a form, with bilingual issues whose paths start at the overrides:
 * the same engine and messages as `parseWorkspace` (a bad date or an unknown key reads the same, with a
 * did-you-mean hint), forbidden keys rejected, never throws.
 *
 * @example
 * ```ts
 * parseCalendarOverrides({ bimtekStrat: '07-01' }).success; // false: unknown field "bimtekStrat", did you mean "bimtekStart"?
 * ```
 */
export function parseCalendarOverrides(input: unknown): Result<CalendarOverrides> {
  return parseWithSchema(CalendarOverridesSchema, input);
}

/**
 * Validates a full calendar configuration, with bilingual issues.
 *
 * @example
 * ```ts
 * parseCalendarConfig(DEFAULT_CALENDAR_CONFIG).success; // true
 * ```
 */
export function parseCalendarConfig(input: unknown): Result<CalendarConfig> {
  return parseWithSchema(CalendarConfigSchema, input);
}

/**
 * The programme's default calendar. Each setting's basis and source is in {@link CALENDAR_DEFAULT_SOURCES}.
 *
 * @example
 * ```ts
 * DEFAULT_CALENDAR_CONFIG.reportingDeadlines['realisasi-semester-1']; // '07-30'
 * ```
 */
export const DEFAULT_CALENDAR_CONFIG: CalendarConfig = {
  // Tahap I ≈ June: 18 Jun 2019 (Banyuwangi), 12–14 Jun 2023 (Pontianak, seed 000), 5 Jun 2024 (Pontianak internal,
  // seed 001), 24 Jun 2024 (Bogor); "semester I starts in June" (Pekalongan, seed 003). domain.md §2.2.
  evaluationStageI: { start: '06-01', end: '06-30' },
  // Tahap II ≈ October–November: 29 Oct 2024 (Kotamobagu), 20 Nov 2024 (Tabanan, online); "semester II in November"
  // (seed 003). domain.md §2.2.
  evaluationStageII: { start: '10-15', end: '11-20' },
  // Results letter late Nov/early Dec: B-1003/DJAI/AI.01.04/12/2022 of 5 Dec 2022; B-1478/DJAI/AI.01.02/11/2024 of
  // 25 Nov 2024. domain.md §2.2.
  resultsLetter: { start: '11-25', end: '12-05' },
  // Bimtek I: Payakumbuh 20 Jun 2022 (seed 004), Kab. Tegal 26–27 Jun 2023. Four sessions of two days (aptika
  // 2019 "empat kali bimtek"); Payakumbuh's four ran to October, PPU 2022 held II in July, III in August. Five weeks
  // apart is a convention fitted to those dates. domain.md §2.2 step 3.
  bimtekStart: '06-20',
  bimtekSessions: [
    { offsetDays: 0, days: 2 },
    { offsetDays: 35, days: 2 },
    { offsetDays: 70, days: 2 },
    { offsetDays: 105, days: 2 },
  ],
  bimtekOnWorkingDays: true,
  // Quick wins chosen per dimension in Bimtek III, finalised in Bimtek IV (Bontang 10–11 Oct 2019). domain.md §2.2.
  quickWinSelectionSession: 3,
  quickWinFinalisationSession: 4,
  // Presentation and awarding in December, e.g. 7 Dec 2023 at ICE BSD. domain.md §2.2 step 4.
  masterplanPresentation: '12-07',
  // DJPK deadlines (APBD murni 31 Jan, Realisasi Semester I 30 Jul, LPP APBD 31 Aug) and the APBD joint approval at
  // least one month before the fiscal year (≈ 30 Nov, Kemendagri APBD timeline). domain.md §6.
  reportingDeadlines: {
    'apbd-murni': '01-31',
    'realisasi-semester-1': '07-30',
    'lpp-apbd': '08-31',
    'persetujuan-apbd': '11-30',
  },
  events: [],
};

/**
 * Why a default holds: `regulation` (set by law or a ministry rule), `programme-fact` (observed in the
 * programme's own record, the exact day varying by year) or `convention` (a choice of this toolkit where the
 * ministry sets the real date each year: an estimate to override).
 *
 * @example
 * ```ts
 * const basis: DefaultBasis = 'convention';
 * ```
 */
export type DefaultBasis = 'regulation' | 'programme-fact' | 'convention';

/**
 * The basis and source of every default in {@link DEFAULT_CALENDAR_CONFIG} (and of the semesters, which are not
 * configurable). Sources refer to `domain.md` sections and the pages cited there.
 *
 * @example
 * ```ts
 * CALENDAR_DEFAULT_SOURCES.reportingDeadlines.basis; // 'regulation'
 * ```
 */
export const CALENDAR_DEFAULT_SOURCES = {
  semesters: {
    basis: 'regulation',
    source:
      'Fiscal year = calendar year, 1 Jan–31 Dec (UU 17/2003); semester I Jan–Jun, II Jul–Dec. domain.md §6',
  },
  evaluationStageI: {
    basis: 'convention',
    source:
      'Tahap I ≈ June (programme fact): 18 Jun 2019 Banyuwangi; 12–14 Jun 2023 Pontianak (seed 000); 24 Jun 2024 ' +
      'Bogor. The whole of June as the window is a convention. domain.md §2.2',
  },
  evaluationStageII: {
    basis: 'convention',
    source:
      'Tahap II ≈ October–November (programme fact): 29 Oct 2024 Kotamobagu; 20 Nov 2024 Tabanan. The window ' +
      '15 Oct–20 Nov is a convention. domain.md §2.2',
  },
  resultsLetter: {
    basis: 'convention',
    source:
      'Results letter late Nov/early Dec (programme fact): B-1003/DJAI/AI.01.04/12/2022 of 5 Dec 2022; ' +
      'B-1478/DJAI/AI.01.02/11/2024 of 25 Nov 2024. The window 25 Nov–5 Dec is a convention. domain.md §2.2',
  },
  bimtekStart: {
    basis: 'convention',
    source: 'Bimtek I: 20 Jun 2022 Payakumbuh (seed 004); 26–27 Jun 2023 Kab. Tegal. domain.md §2.2',
  },
  bimtekSessions: {
    basis: 'convention',
    source:
      'Four sessions of two days each (programme fact, aptika.kominfo.go.id 2019 "empat kali bimtek"), over ~4–5 ' +
      'months of mentoring; five weeks apart is a convention fitted to Payakumbuh 2022 and PPU 2022 (II July, III ' +
      'August). domain.md §2.2',
  },
  quickWins: {
    basis: 'programme-fact',
    source:
      'Quick wins chosen in Bimtek III and finalised in Bimtek IV (Bontang 10–11 Oct 2019). domain.md §2.2',
  },
  masterplanPresentation: {
    basis: 'convention',
    source:
      'Presentation and awarding in December (programme fact), e.g. 7 Dec 2023 at ICE BSD. domain.md §2.2',
  },
  reportingDeadlines: {
    basis: 'regulation',
    source:
      'DJPK deadlines: APBD murni 31 Jan, Realisasi Semester I 30 Jul, LPP APBD 31 Aug; APBD joint approval ≥ 1 ' +
      'month before the fiscal year (≈ 30 Nov, Kemendagri APBD timeline). domain.md §6',
  },
} as const satisfies Record<string, { basis: DefaultBasis; source: string }>;
