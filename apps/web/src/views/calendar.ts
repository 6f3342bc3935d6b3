import {
  addCivilDays,
  CALENDAR_EVENT_KIND_LABELS,
  type CalendarEvent,
  formatCivilDate,
  INDONESIAN_ZONE_ABBREVIATIONS,
  localize,
  type OverdueItem,
  programmeCalendar,
  startOfCivilDate,
  toZonedDateTime,
} from '@smartcity/core';
import { type Ctx, issueList, section } from '../ctx.js';
import { h, replace } from '../dom.js';
import { num } from '../format.js';

/** The end of a civil day in the city's zone: "as of 31 December" includes all of that day there. */
export function endOfDay(date: string, zone: string): Date {
  return new Date(startOfCivilDate(addCivilDays(date, 1), zone).getTime() - 1);
}

function when(e: CalendarEvent, ctx: Ctx, zone: string): string {
  const { lang } = ctx;
  if (e.allDay) {
    return e.start === e.end
      ? formatCivilDate(e.start, lang, 'medium')
      : `${formatCivilDate(e.start, lang, 'medium')} – ${formatCivilDate(e.end, lang, 'medium')}`;
  }
  // Timed events: the wall clock in the city's zone, computed by the core from the instant (never the laptop's zone).
  const start = toZonedDateTime(new Date(e.start.instant), zone);
  const end = toZonedDateTime(new Date(e.end.instant), zone);
  const abbr = (INDONESIAN_ZONE_ABBREVIATIONS as Record<string, string>)[zone] ?? zone;
  return `${formatCivilDate(start.date, lang, 'medium')} ${start.time.slice(0, 5)}–${end.time.slice(0, 5)} ${abbr}`;
}

const OVERDUE_PAGE = 25;

/** Overdue and due items, most recent first page; a city with thousands of KPIs gets "show more", not 15,000 rows. */
function overdueTable(ctx: Ctx, items: readonly OverdueItem[]): HTMLElement {
  const { lang } = ctx;
  const host = h('div', { class: 'overdue' });
  let limit = OVERDUE_PAGE;
  const counts = ctx.d.summary.overdueCounts;
  const draw = () => {
    const shown = items.slice(0, limit);
    replace(
      host,
      h(
        'p',
        { class: 'count' },
        `${ctx.tr('overdue')}: ${num(counts.overdue, lang)} · ${ctx.tr('due')}: ${num(counts.due, lang)}`,
      ),
      h(
        'table',
        { 'data-testid': 'overdue-table' },
        h(
          'thead',
          null,
          h(
            'tr',
            null,
            [ctx.tr('status'), ctx.tr('dueDate'), ctx.tr('message')].map((x) => h('th', { scope: 'col' }, x)),
          ),
        ),
        h(
          'tbody',
          null,
          shown.map((o) =>
            h(
              'tr',
              { class: o.severity },
              h(
                'td',
                null,
                h(
                  'span',
                  { class: `badge ${o.severity}` },
                  ctx.tr(o.severity === 'overdue' ? 'overdue' : 'due'),
                ),
              ),
              h('td', { class: 'nowrap' }, formatCivilDate(o.dueDate, lang, 'medium')),
              h('td', null, localize(o.message, lang)),
            ),
          ),
        ),
      ),
      items.length > limit
        ? h(
            'button',
            {
              type: 'button',
              onclick: () => {
                limit += OVERDUE_PAGE * 4;
                draw();
              },
            },
            ctx.tr('showMore', { n: num(Math.min(OVERDUE_PAGE * 4, items.length - limit), lang) }),
          )
        : null,
    );
  };
  draw();
  return host;
}

/** The programme calendar of the as-of year and the overdue items, both in the city's zone. */
export function calendarView(ctx: Ctx): HTMLElement {
  const { lang, ws } = ctx;
  const asOf = ctx.state.asOf!;
  const zone = ws.municipality.timeZone;
  const year = Number(asOf.slice(0, 4));
  const cal = programmeCalendar(year, { workspace: ws });
  // The summary already ran findOverdue at the end of the as-of day in the city's zone.
  const overdue = { success: true as const, data: ctx.d.summary.overdue };
  const abbr = (INDONESIAN_ZONE_ABBREVIATIONS as Record<string, string>)[zone];
  const events = cal.success ? cal.data.events.filter((e) => e.kind !== 'semester') : [];
  const dayOf = (e: CalendarEvent, which: 'start' | 'end') =>
    e.allDay ? e[which] : toZonedDateTime(new Date(e[which].instant), zone).date;
  return section(
    'calendar',
    ctx.tr('calendarHeading', { year }),
    h(
      'p',
      { class: 'note', 'data-testid': 'calendar-zone' },
      ctx.tr('calendarZone', { zone: abbr ? `${zone} (${abbr})` : zone }),
    ),
    h('h3', null, ctx.tr('overdueHeading')),
    overdue.data.length === 0 ? h('p', null, ctx.tr('noOverdue')) : overdueTable(ctx, overdue.data),
    !cal.success
      ? issueList(cal.issues, lang)
      : h(
          'div',
          { class: 'table-wrap' },
          h(
            'table',
            { 'data-testid': 'calendar-table' },
            h('caption', { class: 'visually-hidden' }, ctx.tr('calendarHeading', { year })),
            h(
              'thead',
              null,
              h(
                'tr',
                null,
                [ctx.tr('when'), ctx.tr('event'), ctx.tr('kind'), ctx.tr('status')].map((x) =>
                  h('th', { scope: 'col' }, x),
                ),
              ),
            ),
            h(
              'tbody',
              null,
              events.map((e) => {
                const state =
                  dayOf(e, 'end') < asOf ? 'past' : dayOf(e, 'start') > asOf ? 'upcoming' : 'ongoing';
                return h(
                  'tr',
                  { class: state, 'data-id': e.id },
                  h('td', { class: 'nowrap' }, when(e, ctx, zone)),
                  h(
                    'td',
                    null,
                    localize(e.label, lang),
                    e.estimated ? h('span', { class: 'sub' }, ` (${ctx.tr('estimated')})`) : null,
                  ),
                  h('td', null, localize(CALENDAR_EVENT_KIND_LABELS[e.kind], lang)),
                  h('td', null, ctx.tr(state)),
                );
              }),
            ),
          ),
        ),
    cal.success && cal.data.warnings.length ? issueList(cal.data.warnings, lang) : null,
  );
}
