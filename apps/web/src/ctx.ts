import type { Issue, Lang, Workspace } from '@smartcity/core';
import {
  type CollectionId,
  formatIssue,
  formatPath,
  formatSourceLocation,
  getCollection,
} from '@smartcity/core';
import { h } from './dom.js';
import { t, type UiKey } from './i18n.js';
import type { Derived, State } from './state.js';

/** What every view gets: the state, the derived data and the actions. */
export interface Ctx {
  state: State;
  lang: Lang;
  ws: Workspace;
  d: Derived;
  /** Changes state and re-renders the whole page. */
  set(patch: Partial<State>): void;
  /** Re-renders only the innovation list (filters, paging). */
  refreshInnovations(): void;
  /** Replaces the workspace after an edit: re-validates, re-derives, re-renders; announces `message`. */
  commit(ws: Workspace, message: () => string): void;
  tr(key: UiKey, vars?: Readonly<Record<string, string | number>>): string;
}

/** A section with a heading that nav links and focus moves can target. */
export function section(id: string, title: string, ...children: (Node | false | null | undefined)[]) {
  return h(
    'section',
    { id, 'aria-labelledby': `${id}-h`, class: 'panel' },
    h('h2', { id: `${id}-h`, tabindex: '-1' }, title),
    ...children,
  );
}

/** A list of issues in the chosen language (path and message), for beside a form field or a row. */
export function issueList(issues: readonly Issue[], lang: Lang, id?: string): HTMLElement {
  return h(
    'ul',
    { class: 'issues', id },
    issues.map((i) => h('li', null, formatIssue(i, lang))),
  );
}

/** The message of an issue without its path (for beside a field whose label already says where). */
export function issueMessage(i: Issue, lang: Lang): string {
  return i.message[lang] ?? i.message.id;
}

/** The path of an issue in the file, or '(root)'. */
export function issueLocation(i: Issue, lang: Lang): string {
  const path = formatPath(i.path);
  // Issues from a workbook carry where they are in the file (sheet, row, column); show that first.
  const where = i.source ? formatSourceLocation(i.source, lang) : '';
  if (where) return path === '' ? where : `${where} · ${path}`;
  return path === '' ? t('wholeFile', lang) : path;
}

export { t };

/** The label of a field from the core's registry (the same label the workbook and the reports use). */
export function fieldLabel(collection: CollectionId, key: string, lang: Lang): string {
  const field = getCollection(collection).fields.find((f) => f.key === key);
  return field ? (field.label[lang] ?? field.label.id) : key;
}
