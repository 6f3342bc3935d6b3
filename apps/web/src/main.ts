import './styles.css';
import {
  type CivilDate,
  formatMunicipalityLabel,
  isCivilDate,
  isLang,
  type Lang,
  parseWorkspaceJson,
  toCivilDate,
  type Workspace,
} from '@smartcity/core';
import { SAMPLE_IDS, SAMPLE_WORKSPACES, type SampleId } from '@smartcity/core/samples';
import type { Ctx } from './ctx.js';
import { h, replace } from './dom.js';
import {
  type Made,
  makeCalendar,
  makeJson,
  makeReportHtml,
  makeReportPdf,
  makeWorkbook,
  saveFile,
} from './downloads.js';
import { LANG_STORAGE_KEY, t, type UiKey } from './i18n.js';
import { derive, EMPTY_FILTERS, PAGE_SIZE, revalidate, type State } from './state.js';
import { calendarView } from './views/calendar.js';
import { editorView, newInnovationView } from './views/editor.js';
import { evaluationsView } from './views/evaluations.js';
import { innovationsView, renderInnovationList } from './views/innovations.js';
import { issuesTable } from './views/issues.js';
import { pillarsView, summaryView } from './views/overview.js';
import { risksView } from './views/risks.js';

function storedLang(): Lang {
  try {
    const value = localStorage.getItem(LANG_STORAGE_KEY);
    return isLang(value) ? value : 'id';
  } catch {
    return 'id';
  }
}

const params = new URLSearchParams(location.search);
const asOfParam = params.get('asOf');

const state: State = {
  lang: storedLang(),
  asOf: asOfParam && isCivilDate(asOfParam) ? asOfParam : null,
  workspace: null,
  sourceName: '',
  issues: [],
  failed: null,
  filters: { ...EMPTY_FILTERS },
  limit: PAGE_SIZE,
  editingId: null,
  dirty: false,
  status: () => '',
};

const root = document.getElementById('app')!;
const listHost = h('div', { class: 'innovation-list', 'aria-live': 'off' });
let ctx: Ctx | null = null;
/** Render generation, so that a deferred part of an older render is dropped. */
let generation = 0;
let deferRest = false;
let derived: ReturnType<typeof derive> | null = null;

/** Marks `name` once the browser has painted the current DOM (the benchmark reads these marks). */
function markAfterPaint(name: string): void {
  requestAnimationFrame(() => setTimeout(() => performance.mark(name), 0));
}

const tr = (key: UiKey, vars?: Readonly<Record<string, string | number>>) => t(key, state.lang, vars);

/** Today in the city's zone (the app's only read of the clock; the core functions all take the date). */
function todayIn(zone: string): CivilDate {
  try {
    return toCivilDate(new Date(), zone);
  } catch {
    return new Date().toISOString().slice(0, 10);
  }
}

function setWorkspace(ws: Workspace, name: string, issues: State['issues']): void {
  state.workspace = ws;
  state.sourceName = name;
  state.issues = issues;
  state.failed = null;
  state.filters = { ...EMPTY_FILTERS };
  state.limit = PAGE_SIZE;
  state.editingId = null;
  state.dirty = false;
  if (!state.asOf) state.asOf = todayIn(ws.municipality.timeZone);
  derived = null;
  deferRest = true;
}

function loadSample(id: SampleId): void {
  performance.mark('load:start');
  const ws = SAMPLE_WORKSPACES[id];
  // Samples go through the same parser as a user's file, so what is shown is always validated data.
  const result = parseWorkspaceJson(JSON.stringify(ws));
  if (result.success) setWorkspace(result.data, id, []);
  else state.failed = { name: id, issues: result.issues, raw: ws };
  state.status = result.success
    ? () => tr('loaded', { name: id })
    : () => tr('loadFailed', { name: id, count: result.issues.length });
  render();
}

async function loadFile(file: File): Promise<void> {
  performance.mark('load:start');
  state.status = () => tr('loading');
  renderStatus();
  const lower = file.name.toLowerCase();
  if (lower.endsWith('.xlsx')) {
    await loadWorkbook(file);
    return;
  }
  if (!lower.endsWith('.json') && file.type !== 'application/json') {
    state.status = () => tr('unsupportedFile', { name: file.name });
    render();
    return;
  }
  const text = await file.text();
  performance.mark('load:read');
  const result = parseWorkspaceJson(text);
  performance.mark('load:parsed');
  if (result.success) {
    setWorkspace(result.data, file.name, []);
    state.status = () => tr('loaded', { name: file.name });
  } else {
    let raw: unknown;
    try {
      raw = JSON.parse(text);
    } catch {
      raw = undefined;
    }
    state.failed = { name: file.name, issues: result.issues, raw };
    state.status = () => tr('loadFailed', { name: file.name, count: result.issues.length });
  }
  render();
  if (state.failed) document.getElementById('load-issues-h')?.focus();
}

async function loadWorkbook(file: File): Promise<void> {
  const base = state.workspace;
  if (!base) {
    state.status = () => tr('workbookNeedsBase');
    render();
    return;
  }
  const { importWorkbook } = await import('@smartcity/spreadsheet');
  const bytes = new Uint8Array(await file.arrayBuffer());
  const result = await importWorkbook(base, bytes, { lang: state.lang, fileName: file.name });
  if (result.ok) {
    setWorkspace(result.merge.workspace, file.name, result.report.issues);
    state.dirty = true;
    state.status = () =>
      tr('workbookMerged', {
        added: result.merge.added.length,
        updated: result.merge.updated.length,
      });
  } else {
    state.failed = { name: file.name, issues: result.report.issues, raw: undefined };
    state.status = () => tr('loadFailed', { name: file.name, count: result.report.issues.length });
  }
  render();
  if (state.failed) document.getElementById('load-issues-h')?.focus();
}

async function download(label: UiKey, make: () => Made | Promise<Made>): Promise<void> {
  state.status = () => tr('preparing', { file: tr(label) });
  renderStatus();
  let made: Made;
  try {
    made = await make();
  } catch (error) {
    made = { ok: false, reason: error instanceof Error ? error.message : String(error) };
  }
  if (made.ok) {
    saveFile(made.name, made.type, made.data);
    if (label === 'saveJson') state.dirty = false;
    const name = made.name;
    state.status = () => tr('downloaded', { file: name });
  } else {
    const reason = made.reason;
    state.status = () => tr('downloadFailed', { file: tr(label), reason });
  }
  render();
}

// ---- rendering -------------------------------------------------------------------------------------------------

const statusHost = h('p', { id: 'status', role: 'status', 'aria-live': 'polite', class: 'status-line' });

function renderStatus(): void {
  replace(statusHost, state.status());
}

function header(): HTMLElement {
  const lang = state.lang;
  return h(
    'header',
    { class: 'top' },
    h('a', { href: '#main', class: 'skip' }, tr('skipToContent')),
    h('div', { class: 'brand' }, h('h1', null, tr('appTitle')), h('p', { class: 'sub' }, tr('appTagline'))),
    h(
      'div',
      { class: 'controls' },
      h(
        'div',
        { class: 'field' },
        h('label', { for: 'lang' }, tr('language')),
        h(
          'select',
          {
            id: 'lang',
            onchange: (e: Event) => {
              const value = (e.target as HTMLSelectElement).value;
              if (!isLang(value)) return;
              state.lang = value;
              try {
                localStorage.setItem(LANG_STORAGE_KEY, value);
              } catch {
                // Private mode: the choice lasts for this page only.
              }
              render();
              document.getElementById('lang')?.focus();
            },
          },
          h('option', { value: 'id', selected: lang === 'id', lang: 'id' }, 'Bahasa Indonesia'),
          h('option', { value: 'en', selected: lang === 'en', lang: 'en' }, 'English'),
        ),
      ),
      h(
        'div',
        { class: 'field' },
        h('label', { for: 'as-of' }, tr('asOf')),
        h('input', {
          id: 'as-of',
          type: 'date',
          value: state.asOf ?? '',
          'aria-describedby': 'as-of-help',
          onchange: (e: Event) => {
            const value = (e.target as HTMLInputElement).value;
            if (!isCivilDate(value)) return;
            state.asOf = value;
            derived = null;
            render();
            document.getElementById('as-of')?.focus();
          },
        }),
        h('span', { id: 'as-of-help', class: 'help' }, tr('asOfHelp')),
      ),
    ),
  );
}

function sampleLabel(id: SampleId): string {
  const m = SAMPLE_WORKSPACES[id].municipality;
  return `${formatMunicipalityLabel(m, state.lang)} (${id.slice(-4)})`;
}

function loader(): HTMLElement {
  const sampleSelect = h(
    'select',
    { id: 'sample' },
    SAMPLE_IDS.map((id) => h('option', { value: id, selected: state.sourceName === id }, sampleLabel(id))),
  );
  const fileInput = h('input', {
    id: 'file',
    type: 'file',
    accept: '.json,.xlsx,application/json,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    onchange: (e: Event) => {
      const input = e.target as HTMLInputElement;
      const file = input.files?.[0];
      if (file) void loadFile(file);
      input.value = '';
    },
  });
  const drop = h(
    'div',
    { class: 'drop', id: 'drop' },
    h('label', { for: 'file' }, tr('openFile')),
    fileInput,
    h('p', { class: 'sub' }, tr('dropHere')),
  );
  return h(
    'section',
    { class: 'panel loader', 'aria-labelledby': 'load-h' },
    h('h2', { id: 'load-h' }, tr('loadHeading')),
    h(
      'div',
      { class: 'row' },
      h(
        'form',
        {
          class: 'row',
          onsubmit: (e: Event) => {
            e.preventDefault();
            loadSample(sampleSelect.value as SampleId);
          },
        },
        h('div', { class: 'field' }, h('label', { for: 'sample' }, tr('sample')), sampleSelect),
        h('div', { class: 'field field-button' }, h('button', { type: 'submit' }, tr('loadSample'))),
      ),
      drop,
    ),
    statusHost,
  );
}

function failedView(): HTMLElement | null {
  const f = state.failed;
  if (!f) return null;
  return h(
    'section',
    { class: 'panel failed', 'aria-labelledby': 'load-issues-h', 'data-testid': 'load-issues' },
    h('h2', { id: 'load-issues-h', tabindex: '-1' }, tr('issuesOf', { name: f.name })),
    issuesTable(f.issues, f.raw, state.lang, 'load-issues-table'),
  );
}

function downloadsView(c: Ctx): HTMLElement {
  const ws = c.ws;
  const asOf = state.asOf!;
  const lang = state.lang;
  const button = (label: UiKey, testid: string, make: () => Made | Promise<Made>) =>
    h(
      'button',
      { type: 'button', 'data-testid': testid, onclick: () => void download(label, make) },
      tr(label),
    );
  return h(
    'section',
    { id: 'downloads', class: 'panel', 'aria-labelledby': 'downloads-h' },
    h('h2', { id: 'downloads-h', tabindex: '-1' }, tr('downloadsHeading')),
    h('p', { class: 'sub' }, tr('downloadsHelp')),
    state.dirty ? h('p', { class: 'warn' }, tr('unsavedChanges')) : null,
    h(
      'div',
      { class: 'buttons' },
      button('saveJson', 'download-json', () => makeJson(ws, asOf)),
      button('downloadWorkbook', 'download-xlsx', () => makeWorkbook(ws, asOf, lang, new Date())),
      button('downloadReportHtml', 'download-html', () => makeReportHtml(ws, asOf, lang)),
      button('downloadReportPdf', 'download-pdf', () => makeReportPdf(ws, asOf, lang)),
      button('downloadCalendar', 'download-ics', () => makeCalendar(ws, asOf, lang, new Date())),
    ),
  );
}

function nav(): HTMLElement {
  const links: [string, UiKey][] = [
    ['summary', 'summaryHeading'],
    ['pillars', 'pillarsHeading'],
    ['innovations', 'innovationsHeading'],
    ['new-innovation', 'newHeading'],
    ['calendar', 'overdueHeading'],
    ['evaluations', 'evaluationsHeading'],
    ['risks', 'risksHeading'],
    ['downloads', 'downloadsHeading'],
  ];
  return h(
    'nav',
    { 'aria-label': tr('nav'), class: 'toc' },
    h(
      'ul',
      null,
      links.map(([id, key]) => h('li', null, h('a', { href: `#${id}` }, tr(key)))),
    ),
  );
}

function render(): void {
  document.documentElement.lang = state.lang;
  document.title = tr('appTitle');
  renderStatus();
  const ws = state.workspace;
  const children: (Node | null)[] = [header(), loader(), failedView()];
  let deferred = false;
  if (ws && state.asOf) {
    if (!derived) derived = derive(ws, state.asOf, state.issues);
  }
  if (ws && state.asOf && derived && !derived.success) {
    children.push(
      h(
        'main',
        { id: 'main', tabindex: '-1' },
        h(
          'section',
          { id: 'issues', class: 'panel failed', 'aria-labelledby': 'issues-h' },
          h('h2', { id: 'issues-h', tabindex: '-1' }, tr('issuesHeading')),
          issuesTable(derived.issues, { asOf: state.asOf }, state.lang, 'summary-issues'),
        ),
      ),
    );
  } else if (ws && state.asOf && derived?.success) {
    const c: Ctx = {
      state,
      lang: state.lang,
      ws,
      d: derived.data,
      tr,
      set(patch) {
        Object.assign(state, patch);
        render();
        if ('editingId' in patch) {
          const target = patch.editingId ? 'editor-h' : 'innovations-h';
          document.getElementById(target)?.focus();
        }
      },
      refreshInnovations() {
        if (ctx) renderInnovationList(ctx, listHost);
        markAfterPaint('filter:painted');
      },
      commit(next, message) {
        state.workspace = next;
        state.issues = revalidate(next);
        state.dirty = true;
        state.status = message;
        derived = null;
        render();
        document.getElementById('status')?.focus();
      },
    };
    ctx = c;
    renderInnovationList(c, listHost);
    const main = h(
      'main',
      { id: 'main', tabindex: '-1' },
      summaryView(c),
      pillarsView(c),
      innovationsView(c, listHost),
      editorView(c),
    );
    const rest = () =>
      [
        newInnovationView(c),
        calendarView(c),
        evaluationsView(c),
        risksView(c),
        state.issues.length
          ? h(
              'section',
              { id: 'issues', class: 'panel', 'aria-labelledby': 'issues-h' },
              h('h2', { id: 'issues-h', tabindex: '-1' }, tr('issuesHeading')),
              issuesTable(state.issues, ws, state.lang, 'workspace-issues'),
            )
          : null,
        downloadsView(c),
      ].filter((x) => x !== null);
    const gen = ++generation;
    if (deferRest) {
      // Just after loading, the sections below the first screen are built in the next task, so the first screen
      // of a large workspace shows sooner. Later renders (edits, language) are whole, so nothing jumps.
      deferRest = false;
      deferred = true;
      setTimeout(() => {
        if (gen !== generation) return;
        main.append(...rest());
        markAfterPaint('render:complete');
      }, 0);
    } else main.append(...rest());
    children.push(nav(), main);
  } else {
    ctx = null;
    children.push(h('main', { id: 'main', tabindex: '-1' }, h('p', { class: 'panel' }, tr('nothingLoaded'))));
  }
  children.push(h('footer', null, h('p', { class: 'sub' }, tr('footer'))));
  replace(root, children);
  performance.mark('render:built');
  markAfterPaint('render:painted');
  if (!deferred && ws) markAfterPaint('render:complete');
}

// Drag and drop anywhere on the page.
document.addEventListener('dragover', (e) => {
  e.preventDefault();
  document.body.classList.add('dragging');
});
document.addEventListener('dragleave', (e) => {
  if (e.target === document.documentElement || e.target === document.body)
    document.body.classList.remove('dragging');
});
document.addEventListener('drop', (e) => {
  e.preventDefault();
  document.body.classList.remove('dragging');
  const file = e.dataTransfer?.files[0];
  if (file) void loadFile(file);
});

const sampleParam = params.get('sample');
if (sampleParam && (SAMPLE_IDS as readonly string[]).includes(sampleParam))
  loadSample(sampleParam as SampleId);
else render();
