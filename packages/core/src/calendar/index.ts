/**
 * The programme calendar: civil dates and IANA zones, semesters and evaluation cycles, national holidays and
 * working days, the configurable yearly calendar of a city, upcoming milestones, overdue detection and iCalendar
 * export. See `docs/schedule.md`.
 *
 * @example
 * ```ts
 * import { programmeCalendar, toICalendar } from '@smartcity/core';
 * const result = programmeCalendar(2025, { timeZone: 'Asia/Pontianak' });
 * if (result.success) toICalendar(result.data);
 * ```
 *
 * @module
 */
// `CivilDateSchema`, `CivilDate` and `isCivilDate` (./civilDate.js) are not re-exported here while the model area
// exports equivalent ones from src/model/primitives.ts: two `export *` of one name is a TypeScript error. Both
// accept exactly the real `YYYY-MM-DD` dates; the lead decides which module keeps the public names.
export {
  addCivilDays,
  civilDate,
  civilDateFromEpochDay,
  civilDateParts,
  civilDateToEpochDay,
  civilDayOfWeek,
  civilDaysBetween,
  compareCivilDates,
  daysInMonth,
  parseCivilDate,
  utcCivilDate,
} from './civilDate.js';
export {
  CALENDAR_DEFAULT_SOURCES,
  type CalendarConfig,
  CalendarConfigSchema,
  type CalendarEventKind,
  CalendarEventKindSchema,
  type CalendarOverrides,
  CalendarOverridesSchema,
  type CivilDateRange,
  CivilDateRangeSchema,
  DatedEventSchema,
  DEFAULT_CALENDAR_CONFIG,
  type DefaultBasis,
  EventConcernsSchema,
  type MonthDay,
  MonthDayRangeSchema,
  MonthDaySchema,
  parseCalendarConfig,
  parseCalendarOverrides,
  REPORTING_DEADLINE_IDS,
  YearlyEventSchema,
  type YearOverrides,
  YearOverridesSchema,
} from './config.js';
export { type CivilDateStyle, formatCivilDate } from './format.js';
export { type Holiday, HolidayListSchema, HolidaySchema, parseHolidays } from './holidaySchema.js';
export {
  NATIONAL_HOLIDAY_YEARS,
  NATIONAL_HOLIDAYS,
  type NationalHolidayYear,
  nationalHolidays,
} from './holidays.js';
export { escapeICalText, foldICalLine, type ICalendarOptions, toICalendar } from './ical.js';
export { CALENDAR_EVENT_KIND_LABELS, CALENDAR_EVENT_KINDS } from './kinds.js';
export { type UpcomingMilestoneOptions, upcomingMilestones } from './milestones.js';
export { type FindOverdueOptions, findOverdue, type OverdueItem } from './overdue.js';
export {
  type CalendarEvent,
  CalendarEventSchema,
  type ProgrammeCalendar,
  type ProgrammeCalendarOptions,
  programmeCalendar,
  type ZonedInstant,
  ZonedInstantSchema,
} from './programmeCalendar.js';
export {
  currentCycle,
  isInSemester,
  type ProgrammeCycle,
  type Semester,
  type SemesterStage,
  semesterFor,
  semesterLabel,
  semesterOf,
  semesterOfDate,
  shiftSemester,
} from './semester.js';
export { sortCalendarEvents } from './sortEvents.js';
export {
  addWorkingDays,
  isWorkingDay,
  type WorkingDayOptions,
  workingDayOnOrAfter,
  workingDayOnOrBefore,
  workingDaysBetween,
} from './workingDays.js';
export type {
  CalendarEvaluation,
  CalendarInnovation,
  CalendarKpi,
  CalendarWorkspace,
} from './workspaceInput.js';
export {
  assertTimeZone,
  INDONESIAN_ZONE_ABBREVIATIONS,
  isOnCivilDate,
  parseTimeZone,
  startOfCivilDate,
  toCivilDate,
  toZonedDateTime,
  yearInZone,
  zonedTimeToInstant,
  zoneOffsetMinutes,
} from './zone.js';
