import type { Issue, IssuePath, Lang } from '@smartcity/core';
import { issueLocation, issueMessage } from '../ctx.js';
import { h } from '../dom.js';
import { t } from '../i18n.js';

/** The value at `path` inside a raw (unvalidated) JSON value, without trusting its shape. */
export function valueAt(raw: unknown, path: IssuePath): { found: boolean; value?: unknown } {
  let cur: unknown = raw;
  for (const key of path) {
    if (cur === null || typeof cur !== 'object') return { found: false };
    if (!Object.hasOwn(cur, key)) return { found: false };
    cur = (cur as Record<string | number, unknown>)[key];
  }
  return { found: true, value: cur };
}

function preview(value: unknown): string {
  let text: string;
  try {
    text = JSON.stringify(value) ?? String(value);
  } catch {
    text = String(value);
  }
  return text.length > 120 ? `${text.slice(0, 117)}…` : text;
}

/** Issues of a file as a table: where (path), what (message in the chosen language), and the value found there. */
export function issuesTable(issues: readonly Issue[], raw: unknown, lang: Lang, testid: string): HTMLElement {
  return h(
    'div',
    { class: 'table-wrap' },
    h(
      'table',
      { class: 'issues-table', 'data-testid': testid },
      h(
        'thead',
        null,
        h(
          'tr',
          null,
          [t('location', lang), t('message', lang), t('found', lang)].map((x) =>
            h('th', { scope: 'col' }, x),
          ),
        ),
      ),
      h(
        'tbody',
        null,
        issues.map((i) => {
          const at = raw === undefined ? { found: false } : valueAt(raw, i.path);
          return h(
            'tr',
            { 'data-code': i.code },
            h('td', null, h('code', null, issueLocation(i, lang))),
            h('td', null, issueMessage(i, lang)),
            raw === undefined ? null : h('td', null, at.found ? h('code', null, preview(at.value)) : '—'),
          );
        }),
      ),
    ),
  );
}
