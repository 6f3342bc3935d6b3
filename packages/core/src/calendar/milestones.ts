import type { CivilDate } from './civilDate.js';
import { isCivilDate } from './civilDate.js';
import type { CalendarEventKind } from './config.js';
import type { CalendarEvent, ProgrammeCalendar } from './programmeCalendar.js';
import { toCivilDate } from './zone.js';

/**
 * Options of {@link upcomingMilestones}.
 *
 * @example
 * ```ts
 * const options: UpcomingMilestoneOptions = { kinds: ['reporting-deadline'], includeOngoing: false };
 * ```
 */
export interface UpcomingMilestoneOptions {
  /** Only these kinds. Default: every kind except `semester`. */
  kinds?: readonly CalendarEventKind[];
  /** Include events that started before `asOf` and have not ended (e.g. an open evaluation window). Default true. */
  includeOngoing?: boolean;
}

function span(event: CalendarEvent, zone: string): { start: CivilDate; end: CivilDate } {
  if (event.allDay) return { start: event.start, end: event.end };
  return {
    start: toCivilDate(new Date(event.start.instant), zone),
    end: toCivilDate(new Date(event.end.instant), zone),
  };
}

/**
 * The next milestones of a calendar from a civil date on (in the calendar's zone): events starting on or after
 * `asOf`, plus (by default) those still running, in calendar order, at most `limit` of them. Semesters are left
 * out unless asked for.
 *
 * @example
 * ```ts
 * const result = programmeCalendar(2025, { timeZone: 'Asia/Jakarta' });
 * if (result.success) upcomingMilestones(result.data, '2025-07-01', 3).map((e) => e.id);
 * // ['2025-bimtek-2', '2025-reporting-realisasi-semester-1', '2025-reporting-lpp-apbd']
 * ```
 */
export function upcomingMilestones(
  calendar: ProgrammeCalendar,
  asOf: CivilDate,
  limit = 5,
  options: UpcomingMilestoneOptions = {},
): CalendarEvent[] {
  if (!isCivilDate(asOf)) throw new RangeError(`Invalid civil date "${String(asOf)}" (tanggal tidak valid)`);
  const kinds = options.kinds ? new Set(options.kinds) : undefined;
  const includeOngoing = options.includeOngoing ?? true;
  const out: CalendarEvent[] = [];
  for (const event of calendar.events) {
    if (out.length >= Math.max(0, limit)) break;
    if (kinds ? !kinds.has(event.kind) : event.kind === 'semester') continue;
    const { start, end } = span(event, calendar.timeZone);
    if (start >= asOf || (includeOngoing && end >= asOf)) out.push(event);
  }
  return out;
}
