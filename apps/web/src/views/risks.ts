import { localize, RISK_LEVEL_LABELS, RISK_STATUS_LABELS, riskLevel, riskScore } from '@smartcity/core';
import { type Ctx, section } from '../ctx.js';
import { h } from '../dom.js';

/** Open risks on the 5 × 5 likelihood × impact matrix (a table, so it reads as one), then every risk listed. */
export function risksView(ctx: Ctx): HTMLElement {
  const { lang, ws } = ctx;
  if (ws.risks.length === 0) return section('risks', ctx.tr('risksHeading'), h('p', null, ctx.tr('noRisks')));
  const open = ws.risks.filter((r) => r.status !== 'closed');
  const count = (l: number, i: number) => open.filter((r) => r.likelihood === l && r.impact === i).length;
  const agencies = new Map(ws.agencies.map((a) => [a.id, a.abbreviation]));
  const levels = [1, 2, 3, 4, 5];
  const heat = h(
    'table',
    { class: 'heatmap', 'data-testid': 'heatmap' },
    h('caption', null, ctx.tr('heatMap')),
    h(
      'thead',
      null,
      h(
        'tr',
        null,
        h('th', { scope: 'col' }, `${ctx.tr('impact')} ↓ / ${ctx.tr('likelihood')} →`),
        levels.map((l) => h('th', { scope: 'col' }, String(l))),
      ),
    ),
    h(
      'tbody',
      null,
      [...levels].reverse().map((i) =>
        h(
          'tr',
          null,
          h('th', { scope: 'row' }, String(i)),
          levels.map((l) => {
            const level = riskLevel(l, i);
            const n = count(l, i);
            return h(
              'td',
              {
                class: `heat heat-${level}`,
                title: ctx.tr('riskCell', {
                  count: n,
                  l,
                  i,
                  level: localize(RISK_LEVEL_LABELS[level], lang),
                }),
              },
              n
                ? h('strong', null, String(n))
                : [
                    h('span', { class: 'sub', 'aria-hidden': 'true' }, '·'),
                    h('span', { class: 'visually-hidden' }, '0'),
                  ],
            );
          }),
        ),
      ),
    ),
  );
  const sorted = [...ws.risks].sort(
    (a, b) =>
      riskScore(b.likelihood, b.impact) - riskScore(a.likelihood, a.impact) || a.id.localeCompare(b.id),
  );
  const list = h(
    'table',
    { 'data-testid': 'risks-table' },
    h(
      'thead',
      null,
      h(
        'tr',
        null,
        [
          ctx.tr('risk'),
          ctx.tr('owner'),
          ctx.tr('likelihood'),
          ctx.tr('impact'),
          ctx.tr('score'),
          ctx.tr('level'),
          ctx.tr('status'),
        ].map((x) => h('th', { scope: 'col' }, x)),
      ),
    ),
    h(
      'tbody',
      null,
      sorted.map((r) => {
        const level = riskLevel(r.likelihood, r.impact);
        return h(
          'tr',
          null,
          h('th', { scope: 'row' }, r.title),
          h('td', null, agencies.get(r.ownerAgencyId) ?? r.ownerAgencyId),
          h('td', { class: 'num' }, String(r.likelihood)),
          h('td', { class: 'num' }, String(r.impact)),
          h('td', { class: 'num' }, String(riskScore(r.likelihood, r.impact))),
          h(
            'td',
            null,
            h('span', { class: `badge heat-${level}` }, localize(RISK_LEVEL_LABELS[level], lang)),
          ),
          h('td', null, localize(RISK_STATUS_LABELS[r.status], lang)),
        );
      }),
    ),
  );
  return section('risks', ctx.tr('risksHeading'), h('div', { class: 'split' }, heat, list));
}
