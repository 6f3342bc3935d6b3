import {
  getElement,
  getPillar,
  HORIZON_LABELS,
  HORIZONS,
  INNOVATION_STATUS_LABELS,
  INNOVATION_STATUSES,
  type LocalizedText,
  localize,
  PILLARS,
} from '@smartcity/core';
import { type Ctx, issueMessage, section } from '../ctx.js';
import { h, replace } from '../dom.js';
import { filterInnovations } from '../filter.js';
import { num, pct } from '../format.js';
import { EMPTY_FILTERS, type Filters, PAGE_SIZE } from '../state.js';

function select(
  ctx: Ctx,
  key: keyof Filters,
  label: string,
  options: readonly { value: string; label: string }[],
): HTMLElement {
  const id = `filter-${key}`;
  return h(
    'div',
    { class: 'field' },
    h('label', { for: id }, label),
    h(
      'select',
      {
        id,
        name: key,
        onchange: (e: Event) => {
          const value = (e.target as HTMLSelectElement).value;
          const filters = { ...ctx.state.filters, [key]: value };
          // An element belongs to one pillar: changing the pillar clears an element of another pillar.
          if (key === 'pillar' && filters.element && !filters.element.startsWith(`${value}.`))
            filters.element = '';
          ctx.state.filters = filters;
          ctx.state.limit = PAGE_SIZE;
          performance.mark('filter:start');
          renderFilters(ctx);
          ctx.refreshInnovations();
        },
      },
      h('option', { value: '' }, ctx.tr('all')),
      options.map((o) =>
        h('option', { value: o.value, selected: ctx.state.filters[key] === o.value }, o.label),
      ),
    ),
  );
}

const labelled = (labels: Readonly<Record<string, LocalizedText>>, ids: readonly string[], ctx: Ctx) =>
  ids.map((id) => ({ value: id, label: localize(labels[id]!, ctx.lang) }));

let filtersHost: HTMLElement | null = null;

function renderFilters(ctx: Ctx): void {
  if (!filtersHost) return;
  const f = ctx.state.filters;
  const elements = PILLARS.filter((p) => !f.pillar || p.id === f.pillar).flatMap((p) => p.elements);
  const agencies = [...ctx.ws.agencies].sort((a, b) => a.abbreviation.localeCompare(b.abbreviation));
  replace(
    filtersHost,
    select(
      ctx,
      'pillar',
      ctx.tr('pillar'),
      PILLARS.map((p) => ({ value: p.id, label: localize(p.label, ctx.lang) })),
    ),
    select(
      ctx,
      'element',
      ctx.tr('element'),
      elements.map((e) => ({ value: e.id, label: localize(e.label, ctx.lang) })),
    ),
    select(
      ctx,
      'agency',
      ctx.tr('agency'),
      agencies.map((a) => ({ value: a.id, label: `${a.abbreviation} — ${a.name}` })),
    ),
    select(ctx, 'status', ctx.tr('status'), labelled(INNOVATION_STATUS_LABELS, INNOVATION_STATUSES, ctx)),
    select(ctx, 'horizon', ctx.tr('horizon'), labelled(HORIZON_LABELS, HORIZONS, ctx)),
    h(
      'div',
      { class: 'field' },
      h('label', { for: 'filter-text' }, ctx.tr('search')),
      h('input', {
        id: 'filter-text',
        type: 'search',
        value: f.text,
        oninput: (e: Event) => {
          ctx.state.filters = { ...ctx.state.filters, text: (e.target as HTMLInputElement).value };
          ctx.state.limit = PAGE_SIZE;
          performance.mark('filter:start');
          ctx.refreshInnovations();
        },
      }),
    ),
    h(
      'div',
      { class: 'field field-button' },
      h(
        'button',
        {
          type: 'button',
          onclick: () => {
            ctx.state.filters = { ...EMPTY_FILTERS };
            ctx.state.limit = PAGE_SIZE;
            renderFilters(ctx);
            ctx.refreshInnovations();
          },
        },
        ctx.tr('clearFilters'),
      ),
    ),
  );
}

/** Innovations with filters; the list itself is rendered by {@link renderInnovationList}. */
export function innovationsView(ctx: Ctx, listHost: HTMLElement): HTMLElement {
  filtersHost = h('div', { class: 'filters', role: 'group', 'aria-label': ctx.tr('filters') });
  renderFilters(ctx);
  return section(
    'innovations',
    ctx.tr('innovationsHeading'),
    h('form', { class: 'filter-form', onsubmit: (e: Event) => e.preventDefault() }, filtersHost),
    listHost,
  );
}

/** The filtered table (first `limit` rows), the count, and "show more". */
export function renderInnovationList(ctx: Ctx, host: HTMLElement): void {
  const { lang, ws, d } = ctx;
  const indexes = filterInnovations(ws.innovations, ctx.state.filters);
  const shown = indexes.slice(0, ctx.state.limit);
  const agencies = new Map(ws.agencies.map((a) => [a.id, a.abbreviation]));
  const statusLabel = (st: keyof typeof INNOVATION_STATUS_LABELS) =>
    localize(INNOVATION_STATUS_LABELS[st], lang);
  const rows = shown.map((i) => {
    const inn = ws.innovations[i]!;
    const progress = d.progressById.get(inn.id) ?? null;
    const issues = d.issuesByInnovation.get(i);
    const pillar = getPillar(inn.pillarId);
    const element = getElement(inn.elementId);
    return h(
      'tr',
      { 'data-id': inn.id, class: issues ? 'has-issues' : undefined },
      h('th', { scope: 'row' }, inn.name, h('span', { class: 'sub' }, ` ${inn.id}`)),
      h(
        'td',
        null,
        pillar ? localize(pillar.shortLabel, lang) : inn.pillarId,
        h('br'),
        h('span', { class: 'sub' }, element ? localize(element.label, lang) : inn.elementId),
      ),
      h('td', null, agencies.get(inn.agencyId) ?? inn.agencyId),
      h('td', null, localize(HORIZON_LABELS[inn.horizon], lang)),
      h(
        'td',
        { 'data-col': 'status' },
        h('span', { class: `status status-${inn.status}` }, statusLabel(inn.status)),
      ),
      h(
        'td',
        null,
        progress === null
          ? h('span', { class: 'sub' }, ctx.tr('progressUnknown'))
          : h(
              'span',
              { class: 'progress' },
              h('span', { class: 'bar', 'aria-hidden': 'true' }, h('span', { style: `width:${progress}%` })),
              pct(progress, lang),
            ),
      ),
      h(
        'td',
        null,
        issues
          ? h(
              'ul',
              { class: 'issues', 'aria-label': ctx.tr('issuesOf', { name: inn.name }) },
              issues.slice(0, 3).map((x) => h('li', null, issueMessage(x, lang))),
            )
          : null,
      ),
      h(
        'td',
        null,
        h(
          'button',
          {
            type: 'button',
            class: 'small',
            'aria-label': ctx.tr('editNamed', { name: inn.name }),
            onclick: () => ctx.set({ editingId: inn.id }),
          },
          ctx.tr('edit'),
        ),
      ),
    );
  });
  replace(
    host,
    h(
      'p',
      { role: 'status', class: 'count', 'data-testid': 'innovation-count' },
      ctx.tr('shownOf', { shown: num(indexes.length, lang), total: num(ws.innovations.length, lang) }),
    ),
    rows.length === 0
      ? h('p', null, ctx.tr('noInnovations'))
      : h(
          'div',
          { class: 'table-wrap' },
          h(
            'table',
            { 'data-testid': 'innovations-table' },
            h('caption', { class: 'visually-hidden' }, ctx.tr('innovationsHeading')),
            h(
              'thead',
              null,
              h(
                'tr',
                null,
                [
                  ctx.tr('name'),
                  ctx.tr('pillar'),
                  ctx.tr('agency'),
                  ctx.tr('horizon'),
                  ctx.tr('status'),
                  ctx.tr('progress'),
                  ctx.tr('issues'),
                ].map((label) => h('th', { scope: 'col' }, label)),
                h('th', { scope: 'col' }, h('span', { class: 'visually-hidden' }, ctx.tr('edit'))),
              ),
            ),
            h('tbody', null, rows),
          ),
        ),
    indexes.length > shown.length
      ? h(
          'button',
          {
            type: 'button',
            onclick: () => {
              ctx.state.limit += PAGE_SIZE;
              ctx.refreshInnovations();
            },
          },
          ctx.tr('showMore', { n: num(Math.min(PAGE_SIZE, indexes.length - shown.length), lang) }),
        )
      : null,
  );
  performance.mark('innovations:rendered');
}
