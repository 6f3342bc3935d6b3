import {
  EVALUATION_KIND_LABELS,
  type Evaluation,
  formatCivilDate,
  localize,
  PILLARS,
  type SmartCityIndexScore,
  scoreSmartCityIndex,
} from '@smartcity/core';
import { type Ctx, section } from '../ctx.js';
import { h } from '../dom.js';
import { pct, score } from '../format.js';
import { spbeOf } from '../spbe.js';

const STAGE = { I: 1, II: 2 } as const;

function order(a: Evaluation, b: Evaluation): number {
  const ka = a.cycle.year * 10 + (a.cycle.stage ? STAGE[a.cycle.stage] : 0);
  const kb = b.cycle.year * 10 + (b.cycle.stage ? STAGE[b.cycle.stage] : 0);
  return ka - kb || (a.date ?? '').localeCompare(b.date ?? '') || a.id.localeCompare(b.id);
}

/** Every evaluation in a column, in cycle order: the index, its dimensions, pillar indices, SPBE self vs verified. */
export function evaluationsView(ctx: Ctx): HTMLElement {
  const { lang, ws } = ctx;
  const evaluations = [...ws.evaluations].sort(order);
  if (evaluations.length === 0)
    return section('evaluations', ctx.tr('evaluationsHeading'), h('p', null, ctx.tr('noEvaluations')));
  const scored = evaluations.map((e) => {
    const sci: SmartCityIndexScore | null = e.scores.smartCityIndex
      ? scoreSmartCityIndex(e.scores.smartCityIndex)
      : null;
    return { e, sci, spbe: spbeOf(e) };
  });
  const dims = scored.find((x) => x.sci)?.sci?.groups ?? [];
  const row = (label: string, cells: (string | Node)[], cls?: string) =>
    h(
      'tr',
      { class: cls },
      h('th', { scope: 'row' }, label),
      cells.map((c) => h('td', { class: 'num' }, c)),
    );
  const spbeCell = (side: 'self' | 'verified') => (x: (typeof scored)[number]) => {
    const sc = x.spbe?.[side];
    if (!sc) return '—';
    const parts = [score(sc.totalRounded, lang)];
    if (sc.predicate) parts.push(localize(sc.predicate.label, lang));
    if (!sc.complete) parts.push(ctx.tr('coverage', { pct: pct(sc.coverage * 100, lang) }));
    return parts.join(' · ');
  };
  return section(
    'evaluations',
    ctx.tr('evaluationsHeading'),
    h(
      'div',
      { class: 'table-wrap' },
      h(
        'table',
        { class: 'side-by-side', 'data-testid': 'evaluations-table' },
        h('caption', { class: 'visually-hidden' }, ctx.tr('evaluationsHeading')),
        h(
          'thead',
          null,
          h(
            'tr',
            null,
            h('th', { scope: 'col' }, ctx.tr('evaluation')),
            scored.map(({ e }) =>
              h(
                'th',
                { scope: 'col' },
                `${e.cycle.year}${e.cycle.stage ? ` ${e.cycle.stage}` : ''}`,
                h('br'),
                h('span', { class: 'sub' }, localize(EVALUATION_KIND_LABELS[e.kind], lang)),
                e.date ? h('span', { class: 'sub' }, h('br'), formatCivilDate(e.date, lang, 'medium')) : null,
              ),
            ),
          ),
        ),
        h(
          'tbody',
          null,
          row(
            ctx.tr('smartCityIndex'),
            scored.map((x) => h('strong', null, score(x.sci?.totalRounded, lang))),
            'total',
          ),
          dims.map((g, gi) =>
            row(
              `· ${localize(g.label, lang)}`,
              scored.map((x) => score(x.sci?.groups[gi]?.rounded, lang)),
            ),
          ),
          PILLARS.map((p) =>
            row(
              localize(p.shortLabel, lang),
              scored.map((x) => score(x.sci?.pillars.find((q) => q.pillarId === p.id)?.rounded, lang)),
            ),
          ),
          row(
            ctx.tr('spbeModel'),
            scored.map((x) =>
              x.spbe?.model
                ? `${x.spbe.model}${x.spbe.provisional ? ` (${ctx.tr('provisional')})` : ''}`
                : '—',
            ),
          ),
          row(ctx.tr('spbeSelf'), scored.map(spbeCell('self')), 'total'),
          row(ctx.tr('spbeVerified'), scored.map(spbeCell('verified')), 'total'),
        ),
      ),
    ),
  );
}
