// The order of a calendar's events, apart from the calendar builder (programmeCalendar.ts, which validates its
// inputs with zod), so that an app sorting events pulls no zod.
import type { CivilDate } from './civilDate.js';
import { CALENDAR_EVENT_KINDS } from './kinds.js';
import type { CalendarEvent } from './programmeCalendar.js';
import { toCivilDate } from './zone.js';

const KIND_ORDER: Record<CalendarEvent['kind'], number> = Object.fromEntries(
  CALENDAR_EVENT_KINDS.map((kind, index) => [kind, index]),
) as Record<CalendarEvent['kind'], number>;

function sortKey(event: CalendarEvent, zone: string): [CivilDate, number, string] {
  if (event.allDay) return [event.start, 0, ''];
  return [toCivilDate(new Date(event.start.instant), zone), 1, event.start.instant];
}

/**
 * Sorts events the way a calendar lists them: by start day in the city's zone, all-day events before timed ones,
 * timed ones by instant, then by kind and id (so the order never depends on input order).
 *
 * @example
 * ```ts
 * sortCalendarEvents(events, 'Asia/Jakarta');
 * ```
 */
export function sortCalendarEvents(events: readonly CalendarEvent[], zone: string): CalendarEvent[] {
  const keyed = events.map((event) => ({ event, key: sortKey(event, zone) }));
  keyed.sort((a, b) => {
    if (a.key[0] !== b.key[0]) return a.key[0] < b.key[0] ? -1 : 1;
    if (a.key[1] !== b.key[1]) return a.key[1] - b.key[1];
    if (a.key[2] !== b.key[2]) return a.key[2] < b.key[2] ? -1 : 1;
    const kind = KIND_ORDER[a.event.kind] - KIND_ORDER[b.event.kind];
    if (kind !== 0) return kind;
    return a.event.id < b.event.id ? -1 : a.event.id > b.event.id ? 1 : 0;
  });
  return keyed.map((k) => k.event);
}
