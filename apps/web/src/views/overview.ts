import {
  INDONESIAN_ZONE_ABBREVIATIONS,
  INNOVATION_STATUS_LABELS,
  INNOVATION_STATUSES,
  localize,
  PILLARS,
} from '@smartcity/core';
import { type Ctx, section } from '../ctx.js';
import { h, s } from '../dom.js';
import { delta, num, pct, score } from '../format.js';

function zoneLabel(zone: string): string {
  const abbr = (INDONESIAN_ZONE_ABBREVIATIONS as Record<string, string>)[zone];
  return abbr ? `${zone} (${abbr})` : zone;
}

/** The summary strip: the city, the date, innovations by status, progress, the latest index and SPBE. */
export function summaryView(ctx: Ctx): HTMLElement {
  const { lang, d } = ctx;
  const sum = d.summary;
  const latest = sum.latestEvaluation;
  const sci = latest?.smartCityIndex ?? null;
  const spbe = latest?.spbe ?? null;
  const card = (label: string, value: string, extra?: string, testid?: string) =>
    h(
      'div',
      { class: 'card', 'data-testid': testid },
      h('dt', null, label),
      h('dd', null, value, extra ? h('span', { class: 'sub' }, ` ${extra}`) : null),
    );
  return section(
    'summary',
    ctx.tr('summaryHeading'),
    h(
      'dl',
      { class: 'cards' },
      card(ctx.tr('municipality'), localize(sum.municipality.label, lang), sum.municipality.province),
      card(ctx.tr('timeZone'), zoneLabel(sum.municipality.timeZone)),
      card(ctx.tr('innovations'), num(sum.innovations.total, lang), undefined, 'summary-total'),
      card(ctx.tr('overallProgress'), pct(sum.progress.overall, lang, 1)),
      card(
        ctx.tr('smartCityIndex'),
        score(sci?.totalRounded, lang),
        sci?.improvement?.deltaRounded !== undefined && sci.improvement.deltaRounded !== null
          ? `(${delta(sci.improvement.deltaRounded, lang)})`
          : undefined,
      ),
      card(
        ctx.tr('spbeIndex'),
        score(spbe?.totalRounded, lang),
        spbe?.predicate ? localize(spbe.predicate.label, lang) : undefined,
      ),
    ),
    h(
      'table',
      { class: 'compact', 'data-testid': 'status-counts' },
      h('caption', null, `${ctx.tr('innovations')} · ${ctx.tr('status')}`),
      h(
        'thead',
        null,
        h(
          'tr',
          null,
          INNOVATION_STATUSES.map((st) =>
            h('th', { scope: 'col' }, localize(INNOVATION_STATUS_LABELS[st], lang)),
          ),
        ),
      ),
      h(
        'tbody',
        null,
        h(
          'tr',
          null,
          INNOVATION_STATUSES.map((st) =>
            h('td', { 'data-status': st }, num(sum.innovations.byStatus[st], lang)),
          ),
        ),
      ),
    ),
  );
}

const RADAR_SIZE = 320;
const RADAR_R = 110;

/** An inline SVG radar of the six pillar indices (0–5), with the same numbers in the table beside it. */
function radar(ctx: Ctx, values: (number | null)[], labels: string[]): SVGElement {
  const cx = RADAR_SIZE / 2;
  const cy = RADAR_SIZE / 2;
  const n = values.length;
  const point = (i: number, r: number): [number, number] => {
    const angle = -Math.PI / 2 + (2 * Math.PI * i) / n;
    return [cx + r * Math.cos(angle), cy + r * Math.sin(angle)];
  };
  const ring = (level: number) =>
    values
      .map((_, i) => point(i, (RADAR_R * level) / 5))
      .map(([x, y]) => `${x.toFixed(1)},${y.toFixed(1)}`)
      .join(' ');
  const shape = values
    .map((v, i) => point(i, (RADAR_R * (v ?? 0)) / 5))
    .map(([x, y]) => `${x.toFixed(1)},${y.toFixed(1)}`)
    .join(' ');
  const titleId = 'radar-title';
  return s(
    'svg',
    {
      viewBox: `0 0 ${RADAR_SIZE} ${RADAR_SIZE}`,
      width: RADAR_SIZE,
      height: RADAR_SIZE,
      role: 'img',
      'aria-labelledby': titleId,
      class: 'radar',
    },
    s('title', { id: titleId }, ctx.tr('pillarsChart')),
    [1, 2, 3, 4, 5].map((level) => s('polygon', { points: ring(level), class: 'radar-ring' })),
    values.map((_, i) => {
      const [x, y] = point(i, RADAR_R);
      return s('line', { x1: cx, y1: cy, x2: x.toFixed(1), y2: y.toFixed(1), class: 'radar-axis' });
    }),
    s('polygon', { points: shape, class: 'radar-shape' }),
    values.map((v, i) => {
      const [x, y] = point(i, (RADAR_R * (v ?? 0)) / 5);
      return v === null
        ? null
        : s('circle', { cx: x.toFixed(1), cy: y.toFixed(1), r: 3.5, class: 'radar-dot' });
    }),
    labels.map((label, i) => {
      const [x, y] = point(i, RADAR_R + 22);
      const anchor = Math.abs(x - cx) < 5 ? 'middle' : x < cx ? 'end' : 'start';
      return s(
        'text',
        { x: x.toFixed(1), y: (y + 4).toFixed(1), 'text-anchor': anchor, class: 'radar-label' },
        label,
      );
    }),
  );
}

/** The six pillars: radar of the latest evaluation's pillar indices and the table alternative. */
export function pillarsView(ctx: Ctx): HTMLElement {
  const { lang, d } = ctx;
  const sci = d.summary.latestEvaluation?.smartCityIndex ?? null;
  const byPillar = new Map(sci?.pillars.map((p) => [p.pillarId as string, p]) ?? []);
  const counts = new Map(d.summary.innovations.byPillar.map((p) => [p.pillarId as string, p.total]));
  const values = PILLARS.map((p) => byPillar.get(p.id)?.rounded ?? null);
  const table = h(
    'table',
    { 'data-testid': 'pillars-table' },
    h('caption', null, ctx.tr('pillarsTable')),
    h(
      'thead',
      null,
      h(
        'tr',
        null,
        h('th', { scope: 'col' }, ctx.tr('pillar')),
        h('th', { scope: 'col', class: 'num' }, ctx.tr('pillarIndex')),
        h('th', { scope: 'col', class: 'num' }, ctx.tr('change')),
        h('th', { scope: 'col', class: 'num' }, ctx.tr('innovationCount')),
      ),
    ),
    h(
      'tbody',
      null,
      PILLARS.map((p) => {
        const row = byPillar.get(p.id);
        return h(
          'tr',
          null,
          h('th', { scope: 'row' }, localize(p.label, lang)),
          h('td', { class: 'num' }, score(row?.rounded, lang)),
          h('td', { class: 'num' }, delta(row?.improvement?.deltaRounded, lang)),
          h('td', { class: 'num' }, num(counts.get(p.id) ?? 0, lang)),
        );
      }),
    ),
  );
  return section(
    'pillars',
    ctx.tr('pillarsHeading'),
    sci ? null : h('p', { class: 'note' }, ctx.tr('noScores')),
    h(
      'div',
      { class: 'split' },
      h(
        'figure',
        null,
        radar(
          ctx,
          values,
          PILLARS.map((p) => localize(p.shortLabel, lang)),
        ),
        h('figcaption', null, ctx.tr('pillarsChart')),
      ),
      table,
    ),
    indexTable(ctx),
  );
}

/** The smart city index with its weighted dimensions (baseline, output, outcome, impact, quick win). */
function indexTable(ctx: Ctx): HTMLElement | null {
  const { lang, d } = ctx;
  const sci = d.summary.latestEvaluation?.smartCityIndex ?? null;
  if (!sci) return null;
  return h(
    'div',
    { class: 'index' },
    h('h3', null, ctx.tr('indexHeading')),
    h(
      'table',
      { 'data-testid': 'index-table' },
      h(
        'thead',
        null,
        h(
          'tr',
          null,
          h('th', { scope: 'col' }, ctx.tr('indexDimension')),
          h('th', { scope: 'col', class: 'num' }, ctx.tr('weight')),
          h('th', { scope: 'col', class: 'num' }, ctx.tr('value')),
          h('th', { scope: 'col', class: 'num' }, ctx.tr('change')),
          h('th', { scope: 'col' }, h('span', { class: 'visually-hidden' }, ctx.tr('value'))),
        ),
      ),
      h(
        'tbody',
        null,
        sci.groups.map((g) =>
          h(
            'tr',
            null,
            h('th', { scope: 'row' }, localize(g.label, lang)),
            h('td', { class: 'num' }, num(g.weight, lang)),
            h('td', { class: 'num' }, score(g.rounded, lang)),
            h('td', { class: 'num' }, delta(g.improvement?.deltaRounded, lang)),
            h(
              'td',
              { 'aria-hidden': 'true' },
              h('span', { class: 'bar' }, h('span', { style: `width:${((g.rounded ?? 0) / 5) * 100}%` })),
            ),
          ),
        ),
      ),
      h(
        'tfoot',
        null,
        h(
          'tr',
          null,
          h('th', { scope: 'row' }, ctx.tr('total')),
          h('td', { class: 'num' }, ''),
          h('td', { class: 'num', 'data-testid': 'index-total' }, score(sci.totalRounded, lang)),
          h('td', { class: 'num' }, delta(sci.improvement?.deltaRounded, lang)),
          h('td', null, ''),
        ),
      ),
    ),
  );
}
