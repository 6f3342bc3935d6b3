import * as z from 'zod/mini';
import { type LocalizedText, LocalizedTextSchema } from '../i18n/index.js';
import { formatPath, type Issue, type IssuePath, issue, prefixIssues, type Result } from '../issues/index.js';
import { PILLAR_IDS, type PillarId } from '../pillars/index.js';
import { addCivilDays, type CivilDate, CivilDateSchema, isCivilDate } from './civilDate.js';
import {
  CALENDAR_DEFAULT_SOURCES,
  type CalendarConfig,
  CalendarEventKindSchema,
  type CalendarOverrides,
  type CivilDateRange,
  DEFAULT_CALENDAR_CONFIG,
  EventConcernsSchema,
  parseCalendarConfig,
  parseCalendarOverrides,
  REPORTING_DEADLINE_IDS,
  type YearOverrides,
} from './config.js';
import { type Holiday, parseHolidays } from './holidaySchema.js';
import { nationalHolidays } from './holidays.js';
import { semesterFor, semesterLabel } from './semester.js';
import { sortCalendarEvents } from './sortEvents.js';
import { addWorkingDays, type WorkingDayOptions, workingDayOnOrAfter } from './workingDays.js';
import type { CalendarWorkspace } from './workspaceInput.js';
import { parseTimeZone, zonedTimeToInstant } from './zone.js';

/**
 * Zod schema of a moment in a timed event: the UTC instant (ISO 8601 with `Z`) and the IANA zone it is shown in.
 *
 * @example
 * ```ts
 * ZonedInstantSchema.parse({ instant: '2025-06-12T02:00:00.000Z', zone: 'Asia/Jakarta' });
 * ```
 */
export const ZonedInstantSchema = z.strictObject({
  instant: z.iso.datetime(),
  zone: z.string().check(z.minLength(1)),
});

/**
 * A moment in a timed event: a UTC instant and the zone to show it in.
 *
 * @example
 * ```ts
 * const at: ZonedInstant = { instant: '2025-06-12T02:00:00.000Z', zone: 'Asia/Jakarta' }; // 09:00 WIB
 * ```
 */
export type ZonedInstant = z.infer<typeof ZonedInstantSchema>;

const EventBase = {
  id: z.string().check(z.minLength(1)),
  kind: CalendarEventKindSchema,
  label: LocalizedTextSchema,
  description: z.optional(LocalizedTextSchema),
  concerns: z.optional(EventConcernsSchema),
  source: z.optional(z.string().check(z.minLength(1))),
  estimated: z.optional(z.boolean()),
};

/**
 * Zod schema of a calendar event. All-day events (`allDay: true`) run from `start` to `end`, both civil dates and
 * both inclusive; timed events (`allDay: false`) have zoned instants. `estimated` marks dates that are this
 * toolkit's convention rather than a decreed or recorded date.
 *
 * @example
 * ```ts
 * CalendarEventSchema.parse({
 *   id: '2025-semester-1', kind: 'semester', label: { id: 'Semester I 2025', en: 'Semester I 2025' },
 *   allDay: true, start: '2025-01-01', end: '2025-06-30',
 * });
 * ```
 */
export const CalendarEventSchema = z.discriminatedUnion('allDay', [
  z.strictObject({ ...EventBase, allDay: z.literal(true), start: CivilDateSchema, end: CivilDateSchema }),
  z.strictObject({
    ...EventBase,
    allDay: z.literal(false),
    start: ZonedInstantSchema,
    end: ZonedInstantSchema,
  }),
]);

/**
 * One event of a programme calendar.
 *
 * @example
 * ```ts
 * const e: CalendarEvent = {
 *   id: '2025-reporting-realisasi-semester-1', kind: 'reporting-deadline',
 *   label: { id: 'Batas laporan realisasi APBD semester I', en: 'Deadline: semester I budget realisation report' },
 *   allDay: true, start: '2025-07-30', end: '2025-07-30',
 * };
 * ```
 */
export type CalendarEvent = z.infer<typeof CalendarEventSchema>;

/**
 * A city's programme calendar for one year: its zone, its events sorted by start, the days off used for
 * working-day arithmetic and warnings (e.g. no verified national holidays for that year).
 *
 * @example
 * ```ts
 * const result = programmeCalendar(2025, { timeZone: 'Asia/Pontianak' });
 * if (result.success) result.data.events.length;
 * ```
 */
export interface ProgrammeCalendar {
  year: number;
  timeZone: string;
  /** The city, when the calendar was built from a workspace. */
  municipality?: { name: string; regionCode?: string };
  events: CalendarEvent[];
  /** Days off in this year used to place events on working days (national + supplied). */
  holidays: Holiday[];
  /** Things the reader should know, e.g. that national holidays for the year are not shipped. */
  warnings: Issue[];
}

/**
 * Options of {@link programmeCalendar}.
 *
 * @example
 * ```ts
 * const options: ProgrammeCalendarOptions = { timeZone: 'Asia/Makassar', overrides: { bimtekStart: '07-01' } };
 * ```
 */
export interface ProgrammeCalendarOptions {
  /** IANA zone of the city. Defaults to the workspace's `municipality.timeZone`. */
  timeZone?: string;
  /** Yearly rules replacing {@link DEFAULT_CALENDAR_CONFIG}. */
  config?: CalendarConfig;
  /** The city's overrides (validated). Defaults to the workspace's `calendar` field. */
  overrides?: unknown;
  /** Extra days off, e.g. regional holidays (validated). */
  holidays?: readonly Holiday[];
  /** Use the shipped national holidays of the year (default `true`). */
  nationalHolidays?: boolean;
  /** A workspace: adds its innovations, KPI targets, evaluations and masterplan milestones. */
  workspace?: CalendarWorkspace;
}

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII'] as const;

const BIMTEK_TOPICS: readonly LocalizedText[] = [
  { id: 'kebijakan, kelembagaan dan analisis kesiapan', en: 'policy, institutions and readiness analysis' },
  {
    id: 'Buku 1 Analisis Strategis dan rencana quick win',
    en: 'Book 1 strategic analysis and quick-win plans',
  },
  { id: 'Buku 2 Masterplan dan pemilihan quick win', en: 'Book 2 masterplan and choice of quick wins' },
  {
    id: 'peta jalan, lembar komitmen dan finalisasi quick win',
    en: 'roadmap, commitment sheet and final quick wins',
  },
];

const REPORTING_LABELS: Record<(typeof REPORTING_DEADLINE_IDS)[number], LocalizedText> = {
  'apbd-murni': {
    id: 'Batas penyampaian APBD murni ke DJPK',
    en: 'Deadline: original regional budget (APBD murni) to DJPK',
  },
  'realisasi-semester-1': {
    id: 'Batas laporan realisasi APBD semester I',
    en: 'Deadline: semester I budget realisation report',
  },
  'lpp-apbd': {
    id: 'Batas LPP APBD tahun sebelumnya',
    en: 'Deadline: prior-year budget accountability report (LPP APBD)',
  },
  'persetujuan-apbd': {
    id: 'Batas persetujuan bersama APBD tahun berikutnya',
    en: "Deadline: joint approval of next year's budget (APBD)",
  },
};

const ESTIMATE_NOTE: LocalizedText = {
  id: 'Perkiraan berdasarkan pola tahun-tahun sebelumnya; tanggal pasti ditetapkan Kementerian. Ubah lewat kalender ruang kerja.',
  en: "Estimate from past years' pattern; the ministry sets the exact date. Override it in the workspace calendar.",
};

type Provenance = { source: string; estimated: boolean };

// Which layer a setting came from: the year's overrides, the city's yearly overrides, a supplied config, or the
// default (with its citation).
function provenance(
  key: keyof typeof CALENDAR_DEFAULT_SOURCES,
  layer: 'year' | 'city' | 'config' | 'default',
  year: number,
  field: string,
  overridesPath: IssuePath,
): Provenance {
  const fieldPath = field.split('.');
  if (layer === 'year') {
    return { source: formatPath([...overridesPath, 'years', String(year), ...fieldPath]), estimated: false };
  }
  if (layer === 'city') return { source: formatPath([...overridesPath, ...fieldPath]), estimated: false };
  if (layer === 'config') return { source: formatPath(['config', ...fieldPath]), estimated: false };
  const entry = CALENDAR_DEFAULT_SOURCES[key];
  return { source: entry.source, estimated: entry.basis === 'convention' };
}

function at(year: number, monthDay: string): CivilDate {
  return `${String(year).padStart(4, '0')}-${monthDay}`;
}

function within(date: string | undefined, year: number): date is CivilDate {
  return date !== undefined && isCivilDate(date) && date.startsWith(`${String(year).padStart(4, '0')}-`);
}

function describe(base: LocalizedText | undefined, estimated: boolean): LocalizedText | undefined {
  if (!estimated) return base;
  return base
    ? { id: `${base.id} ${ESTIMATE_NOTE.id}`, en: `${base.en} ${ESTIMATE_NOTE.en}` }
    : ESTIMATE_NOTE;
}

function allDay(
  id: string,
  kind: CalendarEvent['kind'],
  label: LocalizedText,
  range: { start: CivilDate; end: CivilDate },
  extra: {
    description?: LocalizedText | undefined;
    concerns?: CalendarEvent['concerns'];
    source?: string;
    estimated?: boolean;
  } = {},
): CalendarEvent {
  const event: CalendarEvent = { id, kind, label, allDay: true, start: range.start, end: range.end };
  const description = describe(extra.description, extra.estimated ?? false);
  if (description) event.description = description;
  if (extra.concerns && Object.keys(extra.concerns).length > 0) event.concerns = extra.concerns;
  if (extra.source) event.source = extra.source;
  if (extra.estimated) event.estimated = true;
  return event;
}

/**
 * Builds a city's programme calendar for a year, in the city's own zone: the two semesters, the evaluation windows
 * (tahap I and II) and the results letter, the four Bimtek sessions with the quick-win milestones, the masterplan
 * presentation, the regional finance reporting deadlines, and, from a workspace, innovation start and end dates,
 * KPI targets, recorded evaluations and masterplan/RPJMD milestones. Defaults come from
 * {@link DEFAULT_CALENDAR_CONFIG}; the workspace's `calendar` field (or `overrides`) changes them for every year or
 * for one year. Bimtek, quick-win and presentation events appear in the city's cohort year only when the workspace
 * gives one (the programme mentors a city in the year it joins). Never throws: invalid input gives issues.
 *
 * @example
 * ```ts
 * const result = programmeCalendar(2025, { timeZone: 'Asia/Pontianak' });
 * if (result.success) {
 *   result.data.events.find((e) => e.id === '2025-reporting-realisasi-semester-1')?.start; // '2025-07-30'
 * }
 * ```
 */
export function programmeCalendar(
  year: number,
  options: ProgrammeCalendarOptions = {},
): Result<ProgrammeCalendar> {
  const inputs = resolveInputs(year, options);
  if (!inputs.success) return inputs;
  const build = inputs.data;
  const { holidays, warnings } = holidaysOfYear(year, options, build.extraHolidays);
  const context: BuildContext = { ...build, workingDays: { holidays } };

  // Each step adds one family of events; the order here does not matter (events are sorted at the end).
  const events: CalendarEvent[] = [];
  const add = (more: readonly CalendarEvent[]) => {
    for (const event of more) events.push(event);
  };
  add(semesterEvents(year));
  add(evaluationWindowEvents(context));
  add(bimtekEvents(context));
  add(masterplanPresentationEvents(context));
  add(reportingDeadlineEvents(context));
  const custom = customEvents(context);
  add(custom.events);
  if (options.workspace) {
    add(innovationEvents(year, options.workspace));
    add(recordedEvaluationEvents(year, options.workspace));
    add(masterplanPeriodEvents(year, options.workspace));
  }

  const duplicates = duplicateIdIssues(events, custom.origins);
  if (duplicates.length > 0) return { success: false, issues: duplicates };

  const calendar: ProgrammeCalendar = {
    year,
    timeZone: build.zone,
    events: sortCalendarEvents(events, build.zone),
    holidays: holidays.filter((h) => within(h.date, year)),
    warnings,
  };
  const municipality = options.workspace?.municipality;
  if (municipality) {
    calendar.municipality = {
      name: municipality.name,
      ...(municipality.regionCode !== undefined ? { regionCode: municipality.regionCode } : {}),
    };
  }
  return { success: true, data: calendar };
}

/** The validated inputs every step reads. */
interface BuildInputs {
  year: number;
  zone: string;
  config: CalendarConfig;
  overrides: CalendarOverrides;
  yearOverrides: YearOverrides;
  overridesPath: IssuePath;
  extraHolidays: Holiday[];
  workspace: CalendarWorkspace | undefined;
  /** The programme mentors a city (Bimtek, quick wins, presentation) in the year it joins. */
  mentoringYear: boolean;
  /** Evaluations apply from the cohort year on. */
  evaluatedYear: boolean;
}

/** {@link BuildInputs} plus the days off used to move events onto working days. */
interface BuildContext extends BuildInputs {
  workingDays: WorkingDayOptions;
}

/** Step 1: validate the year, zone, config, overrides and extra holidays; every problem becomes an issue. */
function resolveInputs(year: number, options: ProgrammeCalendarOptions): Result<BuildInputs> {
  const issues: Issue[] = [];
  if (!Number.isInteger(year) || year < 1000 || year > 9998) {
    issues.push(
      issue(['year'], 'invalid_value', {
        id: `Tahun harus bilangan bulat 1000–9998, bukan ${String(year)}`,
        en: `The year must be an integer 1000–9998, not ${String(year)}`,
      }),
    );
  }
  const workspace = options.workspace;
  const zoneInput = options.timeZone ?? workspace?.municipality.timeZone;
  const zoneResult = parseTimeZone(zoneInput);
  if (!zoneResult.success) {
    const path: IssuePath = options.timeZone === undefined && workspace ? ['workspace', 'municipality'] : [];
    issues.push(...prefixIssues([...path, 'timeZone'], zoneResult.issues));
  }
  let config = DEFAULT_CALENDAR_CONFIG;
  if (options.config !== undefined) {
    const parsed = parseCalendarConfig(options.config);
    if (parsed.success) config = parsed.data;
    else issues.push(...prefixIssues(['config'], parsed.issues));
  }
  const overridesFromWorkspace = options.overrides === undefined && workspace?.calendar !== undefined;
  const overridesPath: IssuePath = overridesFromWorkspace ? ['workspace', 'calendar'] : ['overrides'];
  let overrides: CalendarOverrides = {};
  const overridesInput = options.overrides ?? workspace?.calendar;
  if (overridesInput !== undefined) {
    const parsed = parseCalendarOverrides(overridesInput);
    if (parsed.success) overrides = parsed.data;
    else issues.push(...prefixIssues(overridesPath, parsed.issues));
  }
  let extraHolidays: Holiday[] = [];
  if (options.holidays !== undefined) {
    const parsed = parseHolidays(options.holidays);
    if (parsed.success) extraHolidays = parsed.data;
    else issues.push(...prefixIssues(['holidays'], parsed.issues));
  }
  if (issues.length > 0 || !zoneResult.success) return { success: false, issues };
  const cohortYear = workspace?.municipality.cohortYear;
  return {
    success: true,
    data: {
      year,
      zone: zoneResult.data,
      config,
      overrides,
      yearOverrides: overrides.years?.[String(year)] ?? {},
      overridesPath,
      extraHolidays,
      workspace,
      mentoringYear: cohortYear === undefined || cohortYear === year,
      evaluatedYear: cohortYear === undefined || year >= cohortYear,
    },
  };
}

/** Step 2: the days off of the year (and the next, for deadlines that roll over) and the warnings about them. */
function holidaysOfYear(
  year: number,
  options: ProgrammeCalendarOptions,
  extraHolidays: readonly Holiday[],
): { holidays: Holiday[]; warnings: Issue[] } {
  const warnings: Issue[] = [];
  const national = options.nationalHolidays === false ? [] : nationalHolidays(year);
  if (national === undefined) {
    warnings.push(
      issue(['holidays'], 'holidays_unavailable', {
        id: `Daftar libur nasional ${year} belum tersedia (belum terverifikasi); hari kerja hanya melewati akhir pekan dan libur yang Anda berikan`,
        en: `National holidays for ${year} are not shipped (not verified); working days skip only weekends and the holidays you supply`,
      }),
    );
  }
  const holidays = [...(national ?? []), ...extraHolidays]
    .filter((h) => within(h.date, year) || within(h.date, year + 1))
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.kind.localeCompare(b.kind)));
  return { holidays, warnings };
}

/** The two semesters: fixed by the fiscal year (UU 17/2003), not configurable. */
function semesterEvents(year: number): CalendarEvent[] {
  return ([1, 2] as const).map((which) => {
    const semester = semesterFor(year, which);
    return allDay(`${year}-semester-${which}`, 'semester', semesterLabel(semester), semester, {
      source: CALENDAR_DEFAULT_SOURCES.semesters.source,
    });
  });
}

/** The evaluation windows of stages I and II and the results letter, linked to the recorded evaluations. */
function evaluationWindowEvents(context: BuildContext): CalendarEvent[] {
  const { year, yearOverrides, overrides, config, evaluatedYear, overridesPath } = context;
  const events: CalendarEvent[] = [];
  const evaluations = context.workspace?.evaluations ?? [];
  const evaluationFor = (stage: 'I' | 'II') =>
    evaluations.find((e) => e.cycle.year === year && e.cycle.stage === stage && e.kind === 'external') ??
    evaluations.find((e) => e.cycle.year === year && e.cycle.stage === stage);
  const windows = [
    { key: 'evaluationStageI', stage: 'I', id: 'evaluation-stage-1' },
    { key: 'evaluationStageII', stage: 'II', id: 'evaluation-stage-2' },
  ] as const;
  for (const window of windows) {
    const range = resolveRange(window.key, year, yearOverrides, overrides, config, evaluatedYear);
    if (!range) continue;
    const evaluation = evaluationFor(window.stage);
    events.push(
      allDay(
        `${year}-${window.id}`,
        'evaluation-window',
        {
          id: `Evaluasi Smart City tahap ${window.stage} ${year}`,
          en: `Smart city evaluation, stage ${window.stage} ${year}`,
        },
        range.range,
        {
          description: {
            id: `Jendela evaluasi tahap ${window.stage} oleh Kementerian (penilaian mandiri, verifikasi dokumen, wawancara).`,
            en: `The ministry's stage ${window.stage} evaluation window (self-assessment, document check, interview).`,
          },
          concerns: evaluation ? { evaluationId: evaluation.id } : {},
          ...provenance(window.key, range.layer, year, window.key, overridesPath),
        },
      ),
    );
  }
  const letter = resolveRange('resultsLetter', year, yearOverrides, overrides, config, evaluatedYear);
  if (letter) {
    const evaluation = evaluationFor('II');
    events.push(
      allDay(
        `${year}-results-letter`,
        'results-letter',
        { id: `Surat hasil evaluasi Smart City ${year}`, en: `Smart city evaluation results letter ${year}` },
        letter.range,
        {
          description: {
            id: 'Surat Direktorat Jenderal berisi hasil evaluasi tahap II.',
            en: "The Directorate General's letter with the stage II results.",
          },
          concerns: evaluation ? { evaluationId: evaluation.id } : {},
          ...provenance('resultsLetter', letter.layer, year, 'resultsLetter', overridesPath),
        },
      ),
    );
  }
  return events;
}

/** The Bimtek sessions and the quick-win milestones set in them (selection and finalisation). */
function bimtekEvents(context: BuildContext): CalendarEvent[] {
  const { year, overrides, config } = context;
  const events: CalendarEvent[] = [];
  const sessions = resolveBimtek(
    year,
    context.yearOverrides,
    overrides,
    config,
    context.workingDays,
    context.mentoringYear,
    context.overridesPath,
  );
  sessions.ranges.forEach((range, index) => {
    const roman = ROMAN[index] ?? String(index + 1);
    const topic = BIMTEK_TOPICS[index];
    events.push(
      allDay(
        `${year}-bimtek-${index + 1}`,
        'bimtek',
        topic
          ? { id: `Bimtek ${roman}: ${topic.id}`, en: `Bimtek ${roman}: ${topic.en}` }
          : { id: `Bimtek ${roman}`, en: `Bimtek ${roman}` },
        range,
        {
          description: {
            id: 'Bimbingan teknis penyusunan masterplan smart city bersama Kementerian.',
            en: "Technical guidance (Bimtek) with the ministry's mentors on the smart city masterplan.",
          },
          ...sessions.provenance,
        },
      ),
    );
  });
  const selectionSession = overrides.quickWinSelectionSession ?? config.quickWinSelectionSession;
  const finalisationSession = overrides.quickWinFinalisationSession ?? config.quickWinFinalisationSession;
  const selection = sessions.ranges[selectionSession - 1];
  if (selection) {
    events.push(
      allDay(
        `${year}-quick-win-selection`,
        'quick-win',
        { id: 'Pemilihan quick win per dimensi', en: 'Quick wins chosen per dimension' },
        { start: selection.end, end: selection.end },
        {
          description: {
            id: `Quick win dipilih pada Bimtek ${ROMAN[selectionSession - 1] ?? selectionSession}.`,
            en: `Quick wins are chosen in Bimtek ${ROMAN[selectionSession - 1] ?? selectionSession}.`,
          },
          source: CALENDAR_DEFAULT_SOURCES.quickWins.source,
          estimated: sessions.provenance.estimated,
        },
      ),
    );
  }
  const finalisation = sessions.ranges[finalisationSession - 1];
  if (finalisation) {
    events.push(
      allDay(
        `${year}-quick-win-finalisation`,
        'quick-win',
        {
          id: 'Finalisasi quick win dan penandatanganan lembar komitmen',
          en: 'Quick wins finalised and commitment sheet signed',
        },
        { start: finalisation.end, end: finalisation.end },
        { source: CALENDAR_DEFAULT_SOURCES.quickWins.source, estimated: sessions.provenance.estimated },
      ),
    );
  }
  return events;
}

/** The masterplan presentation by the head of region, and the awards. */
function masterplanPresentationEvents(context: BuildContext): CalendarEvent[] {
  const { year, overridesPath } = context;
  const presentation = resolveDate(
    year,
    context.yearOverrides.masterplanPresentation,
    context.overrides.masterplanPresentation,
    context.config.masterplanPresentation,
    DEFAULT_CALENDAR_CONFIG.masterplanPresentation,
    context.mentoringYear,
  );
  if (!presentation) return [];
  // A yearly rule can land on a weekend or holiday; the event itself happens on a working day.
  if (presentation.layer !== 'year')
    presentation.date = workingDayOnOrAfter(presentation.date, context.workingDays);
  return [
    allDay(
      `${year}-masterplan-presentation`,
      'masterplan',
      {
        id: 'Paparan masterplan dan quick win oleh kepala daerah; penganugerahan',
        en: 'Masterplan and quick-win presentation by the head of region; awards',
      },
      { start: presentation.date, end: presentation.date },
      provenance('masterplanPresentation', presentation.layer, year, 'masterplanPresentation', overridesPath),
    ),
  ];
}

/** The regional finance reporting deadlines (they apply to every region, in the programme or not). */
function reportingDeadlineEvents(context: BuildContext): CalendarEvent[] {
  const { year, yearOverrides, overrides, config, overridesPath } = context;
  const events: CalendarEvent[] = [];
  for (const id of REPORTING_DEADLINE_IDS) {
    const date = resolveDate(
      year,
      yearOverrides.reportingDeadlines && id in yearOverrides.reportingDeadlines
        ? yearOverrides.reportingDeadlines[id]
        : undefined,
      overrides.reportingDeadlines && id in overrides.reportingDeadlines
        ? overrides.reportingDeadlines[id]
        : undefined,
      config.reportingDeadlines[id],
      DEFAULT_CALENDAR_CONFIG.reportingDeadlines[id],
      true,
    );
    if (!date) continue;
    events.push(
      allDay(
        `${year}-reporting-${id}`,
        'reporting-deadline',
        REPORTING_LABELS[id],
        { start: date.date, end: date.date },
        provenance('reportingDeadlines', date.layer, year, `reportingDeadlines.${id}`, overridesPath),
      ),
    );
  }
  return events;
}

/** Where each of the city's own events was defined, to point a duplicate id at it. */
type CustomOrigins = ReadonlyMap<string, IssuePath>;

/** Events the city adds: yearly ones (MM-DD) and this year's (YYYY-MM-DD). */
function customEvents(context: BuildContext): { events: CalendarEvent[]; origins: CustomOrigins } {
  const { year, overrides, config, overridesPath, zone } = context;
  const custom: { path: IssuePath; event: NonNullable<YearOverrides['events']>[number] }[] = [];
  const yearlyEvents = overrides.events !== undefined ? overrides.events : config.events;
  yearlyEvents.forEach((e, index) => {
    custom.push({
      path:
        overrides.events !== undefined ? [...overridesPath, 'events', index] : ['config', 'events', index],
      event: { ...e, start: at(year, e.start), ...(e.end !== undefined ? { end: at(year, e.end) } : {}) },
    });
  });
  (context.yearOverrides.events ?? []).forEach((e, index) => {
    custom.push({ path: [...overridesPath, 'years', String(year), 'events', index], event: e });
  });
  const events: CalendarEvent[] = [];
  const origins = new Map<string, IssuePath>();
  for (const { event: e, path } of custom) {
    const id = `${year}-${e.id}`;
    if (!origins.has(id)) origins.set(id, path);
    const extra = {
      description: e.description,
      concerns: e.concerns ?? {},
      source: e.source ?? formatPath(path),
    };
    if (e.startTime !== undefined && e.endTime !== undefined) {
      const event: CalendarEvent = {
        id,
        kind: e.kind,
        label: e.label,
        allDay: false,
        start: { instant: zonedTimeToInstant(e.start, e.startTime, zone).toISOString(), zone },
        end: { instant: zonedTimeToInstant(e.end ?? e.start, e.endTime, zone).toISOString(), zone },
      };
      if (extra.description) event.description = extra.description;
      if (Object.keys(extra.concerns).length > 0) event.concerns = extra.concerns;
      event.source = extra.source;
      events.push(event);
    } else {
      events.push(allDay(id, e.kind, e.label, { start: e.start, end: e.end ?? e.start }, extra));
    }
  }
  return { events, origins };
}

/** Ids must be unique (they become iCalendar UIDs); only the city's own events can collide. */
function duplicateIdIssues(events: readonly CalendarEvent[], origins: CustomOrigins): Issue[] {
  const seen = new Set<string>();
  const duplicates: Issue[] = [];
  for (const event of events) {
    if (seen.has(event.id)) {
      const origin = origins.get(event.id);
      duplicates.push(
        issue(origin ? [...origin, 'id'] : ['events'], 'duplicate_id', {
          id: `Id acara "${event.id}" dipakai lebih dari sekali`,
          en: `Event id "${event.id}" is used more than once`,
        }),
      );
    }
    seen.add(event.id);
  }
  return duplicates;
}

type RangeKey = 'evaluationStageI' | 'evaluationStageII' | 'resultsLetter';
type Layer = 'year' | 'city' | 'config' | 'default';

function configLayer<T>(value: T, defaultValue: T): Layer {
  return JSON.stringify(value) === JSON.stringify(defaultValue) ? 'default' : 'config';
}

function resolveRange(
  key: RangeKey,
  year: number,
  yearOverrides: YearOverrides,
  overrides: CalendarOverrides,
  config: CalendarConfig,
  applies: boolean,
): { range: CivilDateRange; layer: Layer } | undefined {
  if (key in yearOverrides) {
    const value = yearOverrides[key];
    return value ? { range: value, layer: 'year' } : undefined;
  }
  if (!applies) return undefined;
  if (key in overrides) {
    const value = overrides[key];
    return value
      ? { range: { start: at(year, value.start), end: at(year, value.end) }, layer: 'city' }
      : undefined;
  }
  const value = config[key];
  return {
    range: { start: at(year, value.start), end: at(year, value.end) },
    layer: configLayer(value, DEFAULT_CALENDAR_CONFIG[key]),
  };
}

function resolveDate(
  year: number,
  yearValue: CivilDate | null | undefined,
  cityValue: string | null | undefined,
  configValue: string,
  defaultValue: string,
  applies: boolean,
): { date: CivilDate; layer: Layer } | undefined {
  if (yearValue !== undefined) return yearValue === null ? undefined : { date: yearValue, layer: 'year' };
  if (!applies) return undefined;
  if (cityValue !== undefined)
    return cityValue === null ? undefined : { date: at(year, cityValue), layer: 'city' };
  return { date: at(year, configValue), layer: configLayer(configValue, defaultValue) };
}

function resolveBimtek(
  year: number,
  yearOverrides: YearOverrides,
  overrides: CalendarOverrides,
  config: CalendarConfig,
  workingDays: WorkingDayOptions,
  mentoringYear: boolean,
  overridesPath: IssuePath,
): { ranges: CivilDateRange[]; provenance: Provenance } {
  if (yearOverrides.bimtekSessions !== undefined) {
    return {
      ranges: yearOverrides.bimtekSessions,
      provenance: provenance('bimtekSessions', 'year', year, 'bimtekSessions', overridesPath),
    };
  }
  if (!mentoringYear && yearOverrides.bimtekStart === undefined) {
    return { ranges: [], provenance: { source: '', estimated: false } };
  }
  const rules = overrides.bimtekSessions ?? config.bimtekSessions;
  const onWorkingDays = overrides.bimtekOnWorkingDays ?? config.bimtekOnWorkingDays;
  let start: CivilDate;
  let layer: Layer;
  let field = 'bimtekStart';
  if (yearOverrides.bimtekStart !== undefined) {
    start = yearOverrides.bimtekStart;
    layer = 'year';
  } else if (overrides.bimtekStart !== undefined) {
    start = at(year, overrides.bimtekStart);
    layer = 'city';
  } else {
    start = at(year, config.bimtekStart);
    const defaults = DEFAULT_CALENDAR_CONFIG;
    layer = configLayer(
      [config.bimtekStart, config.bimtekSessions, config.bimtekOnWorkingDays],
      [defaults.bimtekStart, defaults.bimtekSessions, defaults.bimtekOnWorkingDays],
    );
    if (config.bimtekStart === defaults.bimtekStart) field = 'bimtekSessions';
    if (overrides.bimtekSessions !== undefined || overrides.bimtekOnWorkingDays !== undefined) {
      layer = 'city';
      field = overrides.bimtekSessions !== undefined ? 'bimtekSessions' : 'bimtekOnWorkingDays';
    }
  }
  const ranges = rules.map((rule) => {
    let first = addCivilDays(start, rule.offsetDays);
    // A session's days are consecutive working days: move it until all of them are (Friday → Monday–Tuesday).
    if (onWorkingDays) {
      first = workingDayOnOrAfter(first, workingDays);
      while (addWorkingDays(first, rule.days - 1, workingDays) !== addCivilDays(first, rule.days - 1)) {
        first = workingDayOnOrAfter(addCivilDays(first, 1), workingDays);
      }
    }
    return { start: first, end: addCivilDays(first, rule.days - 1) };
  });
  return { ranges, provenance: provenance('bimtekSessions', layer, year, field, overridesPath) };
}

const PILLAR_ID_SET: ReadonlySet<string> = new Set(PILLAR_IDS);

function pillarOf(id: string): { pillarId?: PillarId } {
  return PILLAR_ID_SET.has(id) ? { pillarId: id as PillarId } : {};
}

/** An innovation's start and planned end, and its KPI target dates, when they fall in the year. */
function innovationEvents(year: number, workspace: CalendarWorkspace): CalendarEvent[] {
  const events: CalendarEvent[] = [];
  const innovations = workspace.innovations ?? [];
  for (let index = 0; index < innovations.length; index++) {
    const innovation = innovations[index]!;
    const kind = innovation.horizon === 'quick-win' ? 'quick-win' : 'innovation';
    const concerns = { innovationId: innovation.id, ...pillarOf(innovation.pillarId) };
    const source = `workspace.innovations[${index}]`;
    if (within(innovation.startDate, year)) {
      events.push(
        allDay(
          `${year}-innovation-${innovation.id}-start`,
          kind,
          { id: `Mulai: ${innovation.name}`, en: `Starts: ${innovation.name}` },
          { start: innovation.startDate, end: innovation.startDate },
          { concerns, source: `${source}.startDate` },
        ),
      );
    }
    if (within(innovation.endDate, year)) {
      events.push(
        allDay(
          `${year}-innovation-${innovation.id}-end`,
          kind,
          { id: `Target selesai: ${innovation.name}`, en: `Planned end: ${innovation.name}` },
          { start: innovation.endDate, end: innovation.endDate },
          { concerns, source: `${source}.endDate` },
        ),
      );
    }
    innovation.kpis.forEach((kpi, kpiIndex) => {
      const date = kpi.target.date;
      if (!within(date, year)) return;
      events.push(
        allDay(
          `${year}-kpi-${innovation.id}-${kpi.id}`,
          'kpi-target',
          {
            id: `Target KPI: ${kpi.name} (${innovation.name})`,
            en: `KPI target: ${kpi.name} (${innovation.name})`,
          },
          { start: date, end: date },
          { concerns: { ...concerns, kpiId: kpi.id }, source: `${source}.kpis[${kpiIndex}].target.date` },
        ),
      );
    });
  }
  return events;
}

const EVALUATION_KIND_LABELS: Readonly<Record<string, LocalizedText>> = {
  'self-assessment': { id: 'Penilaian mandiri', en: 'Self-assessment' },
  internal: { id: 'Evaluasi internal', en: 'Internal evaluation' },
  external: { id: 'Evaluasi Kementerian', en: 'Ministry evaluation' },
};

/** The evaluations the workspace records, on their dates. */
function recordedEvaluationEvents(year: number, workspace: CalendarWorkspace): CalendarEvent[] {
  const events: CalendarEvent[] = [];
  (workspace.evaluations ?? []).forEach((evaluation, index) => {
    if (!within(evaluation.date, year)) return;
    const stage = evaluation.cycle.stage ? ` tahap ${evaluation.cycle.stage}` : '';
    const stageEn = evaluation.cycle.stage ? ` stage ${evaluation.cycle.stage}` : '';
    const kindLabel = EVALUATION_KIND_LABELS[evaluation.kind] ?? { id: 'Evaluasi', en: 'Evaluation' };
    const title = evaluation.title ? `: ${evaluation.title}` : '';
    events.push(
      allDay(
        `${year}-evaluation-${evaluation.id}`,
        'evaluation',
        {
          id: `${kindLabel.id}${stage} ${evaluation.cycle.year}${title}`,
          en: `${kindLabel.en}${stageEn} ${evaluation.cycle.year}${title}`,
        },
        { start: evaluation.date, end: evaluation.date },
        { concerns: { evaluationId: evaluation.id }, source: `workspace.evaluations[${index}].date` },
      ),
    );
  });
  return events;
}

/** The start and end of the masterplan period and of the RPJMD (to align the masterplan with it). */
function masterplanPeriodEvents(year: number, workspace: CalendarWorkspace): CalendarEvent[] {
  const events: CalendarEvent[] = [];
  const masterplan = workspace.masterplan;
  if (!masterplan) return events;
  const { startYear, endYear } = masterplan.period;
  const period = `${startYear}–${endYear}`;
  if (startYear === year) {
    events.push(
      allDay(
        `${year}-masterplan-period-start`,
        'masterplan',
        { id: `Awal periode masterplan ${period}`, en: `Masterplan period ${period} begins` },
        { start: at(year, '01-01'), end: at(year, '01-01') },
        { source: 'workspace.masterplan.period.startYear' },
      ),
    );
  }
  if (endYear === year) {
    events.push(
      allDay(
        `${year}-masterplan-period-end`,
        'masterplan',
        { id: `Akhir periode masterplan ${period}`, en: `Masterplan period ${period} ends` },
        { start: at(year, '12-31'), end: at(year, '12-31') },
        { source: 'workspace.masterplan.period.endYear' },
      ),
    );
  }
  const rpjmd = masterplan.rpjmd;
  if (rpjmd) {
    const rpjmdPeriod = `${rpjmd.startYear}–${rpjmd.endYear}`;
    if (rpjmd.startYear === year) {
      events.push(
        allDay(
          `${year}-rpjmd-start`,
          'masterplan',
          {
            id: `Awal RPJMD ${rpjmdPeriod}: selaraskan masterplan dengan RPJMD`,
            en: `RPJMD ${rpjmdPeriod} begins: align the masterplan with it`,
          },
          { start: at(year, '01-01'), end: at(year, '01-01') },
          { source: 'workspace.masterplan.rpjmd.startYear' },
        ),
      );
    }
    if (rpjmd.endYear === year) {
      events.push(
        allDay(
          `${year}-rpjmd-end`,
          'masterplan',
          {
            id: `Akhir RPJMD ${rpjmdPeriod}: siapkan penyelarasan masterplan dengan RPJMD berikutnya`,
            en: `RPJMD ${rpjmdPeriod} ends: prepare to align the masterplan with the next RPJMD`,
          },
          { start: at(year, '12-31'), end: at(year, '12-31') },
          { source: 'workspace.masterplan.rpjmd.endYear' },
        ),
      );
    }
  }
  return events;
}
