import {
  deriveStableId,
  formatCivilDate,
  HORIZON_LABELS,
  HORIZONS,
  INNOVATION_STATUS_LABELS,
  INNOVATION_TRANSITIONS,
  type Innovation,
  type InnovationStatus,
  type Issue,
  localize,
  MeasurementSchema,
  PILLARS,
  parseEntity,
  parseInnovation,
  transitionInnovation,
  validateInnovation,
  validateWorkspace,
} from '@smartcity/core';
import { type Ctx, fieldLabel, issueList, issueMessage, section } from '../ctx.js';
import { h, replace } from '../dom.js';
import { num } from '../format.js';

/** An input with its label and a slot for its issues (announced, and tied with aria-describedby). */
function field(
  id: string,
  label: string,
  control: HTMLInputElement | HTMLSelectElement,
  help?: string,
): { wrap: HTMLElement; errors: HTMLElement; control: HTMLInputElement | HTMLSelectElement } {
  control.id = id;
  const errors = h('div', { id: `${id}-err`, class: 'field-errors' });
  const helpEl = help ? h('div', { id: `${id}-help`, class: 'help' }, help) : null;
  control.setAttribute(
    'aria-describedby',
    [helpEl ? `${id}-help` : '', `${id}-err`].filter(Boolean).join(' '),
  );
  return {
    wrap: h('div', { class: 'field' }, h('label', { for: id }, label), control, helpEl, errors),
    errors,
    control,
  };
}

/** Shows the issues whose path starts with one of `keys` beside that field; returns the ones left over. */
function showFieldIssues(
  ctx: Ctx,
  issues: readonly Issue[],
  fields: Record<string, { errors: HTMLElement; control: HTMLInputElement | HTMLSelectElement }>,
  offset: number,
): Issue[] {
  const rest: Issue[] = [];
  const byField = new Map<string, Issue[]>();
  for (const item of issues) {
    const key = String(item.path[offset] ?? '');
    if (key in fields) byField.set(key, [...(byField.get(key) ?? []), item]);
    else rest.push(item);
  }
  for (const [key, f] of Object.entries(fields)) {
    const list = byField.get(key) ?? [];
    replace(
      f.errors,
      list.length
        ? h(
            'ul',
            { class: 'issues' },
            list.map((x) => h('li', null, issueMessage(x, ctx.lang))),
          )
        : null,
    );
    if (list.length) f.control.setAttribute('aria-invalid', 'true');
    else f.control.removeAttribute('aria-invalid');
  }
  return rest;
}

/** The editor of one innovation: its lifecycle status and a KPI measurement. */
export function editorView(ctx: Ctx): HTMLElement | null {
  const id = ctx.state.editingId;
  const index = ctx.ws.innovations.findIndex((i) => i.id === id);
  const inn = ctx.ws.innovations[index];
  if (!inn) return null;
  const { lang } = ctx;
  const today = ctx.state.asOf ?? '';
  const targets = INNOVATION_TRANSITIONS[inn.status] ?? [];

  // Status through the lifecycle (the core's transition table and transitionInnovation).
  const statusSelect = h(
    'select',
    null,
    targets.map((st) => h('option', { value: st }, localize(INNOVATION_STATUS_LABELS[st], lang))),
  );
  const dateInput = h('input', { type: 'date', value: today, required: true });
  const noteInput = h('input', { type: 'text', maxlength: 500 });
  const fStatus = field('edit-status', ctx.tr('moveTo'), statusSelect);
  const fDate = field('edit-date', ctx.tr('date'), dateInput);
  const fNote = field('edit-note', ctx.tr('note'), noteInput);
  const statusMsg = h('div', { class: 'form-status', role: 'status', 'aria-live': 'polite' });
  const tryTransition = () =>
    transitionInnovation(inn, statusSelect.value as InnovationStatus, {
      date: dateInput.value,
      ...(noteInput.value.trim() ? { note: noteInput.value.trim() } : {}),
    });
  const checkStatus = () => {
    const result = tryTransition();
    const issues = result.success ? [] : result.issues;
    const rest = showFieldIssues(ctx, issues, { status: fStatus, date: fDate }, 0);
    replace(statusMsg, rest.length ? issueList(rest, lang) : null);
    return result;
  };
  for (const el of [statusSelect, dateInput, noteInput]) el.addEventListener('input', checkStatus);
  const statusForm = h(
    'form',
    {
      class: 'edit-form',
      'data-testid': 'status-form',
      onsubmit: (e: Event) => {
        e.preventDefault();
        const result = checkStatus();
        if (!result.success) return;
        const innovations = ctx.ws.innovations.slice();
        innovations[index] = result.data;
        ctx.commit({ ...ctx.ws, innovations }, () =>
          ctx.tr('statusChanged', {
            name: inn.name,
            status: localize(INNOVATION_STATUS_LABELS[result.data.status], ctx.state.lang),
          }),
        );
      },
    },
    h(
      'p',
      null,
      `${ctx.tr('currentStatus')}: `,
      h('strong', null, localize(INNOVATION_STATUS_LABELS[inn.status], lang)),
    ),
    targets.length === 0
      ? h('p', null, ctx.tr('finalStatus'))
      : h(
          'div',
          { class: 'row' },
          fStatus.wrap,
          fDate.wrap,
          fNote.wrap,
          h('div', { class: 'field field-button' }, h('button', { type: 'submit' }, ctx.tr('applyStatus'))),
        ),
    statusMsg,
    inn.history.length
      ? h(
          'details',
          null,
          h('summary', null, ctx.tr('history')),
          h(
            'ol',
            null,
            inn.history.map((e) =>
              h(
                'li',
                null,
                `${formatCivilDate(e.date, lang)}: ${e.from ? `${localize(INNOVATION_STATUS_LABELS[e.from], lang)} → ` : ''}${localize(INNOVATION_STATUS_LABELS[e.to], lang)}${e.note ? ` (${e.note})` : ''}`,
              ),
            ),
          ),
        )
      : null,
  );

  return section(
    'editor',
    ctx.tr('editHeading', { name: inn.name }),
    h(
      'button',
      { type: 'button', class: 'small close', onclick: () => ctx.set({ editingId: null }) },
      ctx.tr('closeEditor'),
    ),
    statusForm,
    measurementForm(ctx, inn, index),
  );
}

function measurementForm(ctx: Ctx, inn: Innovation, index: number): HTMLElement {
  const { lang } = ctx;
  if (inn.kpis.length === 0) return h('p', null, ctx.tr('noKpis'));
  const kpiSelect = h(
    'select',
    null,
    inn.kpis.map((k, i) => h('option', { value: String(i) }, `${k.name} (${k.unit})`)),
  );
  const dateInput = h('input', { type: 'date', value: ctx.state.asOf ?? '', required: true });
  const valueInput = h('input', { type: 'text', inputmode: 'decimal', required: true });
  const fKpi = field('m-kpi', ctx.tr('kpi'), kpiSelect);
  const fDate = field('m-date', fieldLabel('measurements', 'date', lang), dateInput);
  const fValue = field('m-value', fieldLabel('measurements', 'value', lang), valueInput);
  const info = h('p', { class: 'sub' });
  const msg = h('div', { class: 'form-status', role: 'status', 'aria-live': 'polite' });
  const showInfo = () => {
    const kpi = inn.kpis[Number(kpiSelect.value)];
    if (!kpi) return;
    const last = kpi.measurements.at(-1);
    replace(
      info,
      `${ctx.tr('unit')}: ${kpi.unit} · ${ctx.tr('baseline')}: ${num(kpi.baseline, lang, 2)} · ${ctx.tr('target')}: ${num(kpi.target.value, lang, 2)}`,
      last ? ` · ${ctx.tr('latest')}: ${num(last.value, lang, 2)} (${formatCivilDate(last.date, lang)})` : '',
    );
  };
  // Accept both decimal separators, as people type them; the core validates the number and the date.
  const candidate = () => {
    const raw = valueInput.value.trim().replace(/\s/g, '');
    const normalized = raw.includes(',') ? raw.replace(/\./g, '').replace(',', '.') : raw;
    const value = raw === '' ? undefined : Number(normalized);
    const kpi = inn.kpis[Number(kpiSelect.value)];
    // v2 rows carry a stable id: derived from the date, unique among the KPI's measurements.
    const taken = new Set((kpi?.measurements ?? []).map((m) => (m as { id?: string }).id ?? ''));
    return {
      id: deriveStableId([dateInput.value || 'measurement'], { taken }),
      date: dateInput.value,
      value: value !== undefined && Number.isFinite(value) ? value : raw || undefined,
    };
  };
  const check = () => {
    showInfo();
    const kpiIndex = Number(kpiSelect.value);
    const kpi = inn.kpis[kpiIndex];
    const parsed = parseEntity(MeasurementSchema, candidate());
    let issues: Issue[] = parsed.success ? [] : parsed.issues;
    let updated: Innovation | null = null;
    if (parsed.success && kpi) {
      const kpis = inn.kpis.slice();
      kpis[kpiIndex] = { ...kpi, measurements: [...kpi.measurements, parsed.data] };
      updated = { ...inn, kpis };
      // Cross-checks (unit, duplicate date) come back with paths into the innovation.
      const base = ['kpis', kpiIndex, 'measurements', kpi.measurements.length];
      issues = validateInnovation(updated)
        .filter((x) => base.every((p, i) => x.path[i] === p))
        .map((x) => ({ ...x, path: x.path.slice(base.length) }));
    }
    const rest = showFieldIssues(ctx, issues, { date: fDate, value: fValue }, 0);
    replace(msg, rest.length ? issueList(rest, lang) : null);
    return issues.length === 0 ? updated : null;
  };
  for (const el of [kpiSelect, dateInput, valueInput]) el.addEventListener('input', check);
  showInfo();
  return h(
    'form',
    {
      class: 'edit-form',
      'data-testid': 'measurement-form',
      onsubmit: (e: Event) => {
        e.preventDefault();
        const updated = check();
        if (!updated) return;
        const innovations = ctx.ws.innovations.slice();
        innovations[index] = updated;
        ctx.commit({ ...ctx.ws, innovations }, () => ctx.tr('measurementAdded'));
      },
    },
    h('h3', null, ctx.tr('measurementHeading')),
    h(
      'div',
      { class: 'row' },
      fKpi.wrap,
      fDate.wrap,
      fValue.wrap,
      h('div', { class: 'field field-button' }, h('button', { type: 'submit' }, ctx.tr('addMeasurement'))),
    ),
    info,
    msg,
  );
}

/** A new innovation, validated by the core as you type (schema, references, element in pillar, dates). */
export function newInnovationView(ctx: Ctx): HTMLElement {
  const { lang, ws } = ctx;
  const inputs = {
    id: h('input', { type: 'text', required: true, autocomplete: 'off', spellcheck: 'false' }),
    name: h('input', { type: 'text', required: true }),
    pillarId: h(
      'select',
      { required: true },
      h('option', { value: '' }, ctx.tr('choose')),
      PILLARS.map((p) => h('option', { value: p.id }, localize(p.label, lang))),
    ),
    elementId: h('select', { required: true }, h('option', { value: '' }, ctx.tr('choose'))),
    agencyId: h(
      'select',
      { required: true },
      h('option', { value: '' }, ctx.tr('choose')),
      ws.agencies.map((a) => h('option', { value: a.id }, `${a.abbreviation} — ${a.name}`)),
    ),
    horizon: h(
      'select',
      { required: true },
      HORIZONS.map((x) => h('option', { value: x }, localize(HORIZON_LABELS[x], lang))),
    ),
    startDate: h('input', { type: 'date' }),
    endDate: h('input', { type: 'date' }),
  };
  const label = (key: string) => fieldLabel('innovations', key, lang);
  const fields = {
    id: field('new-id', label('id'), inputs.id, ctx.tr('idHelp')),
    name: field('new-name', label('name'), inputs.name),
    pillarId: field('new-pillar', label('pillarId'), inputs.pillarId),
    elementId: field('new-element', label('elementId'), inputs.elementId),
    agencyId: field('new-agency', label('agencyId'), inputs.agencyId),
    horizon: field('new-horizon', label('horizon'), inputs.horizon),
    startDate: field('new-start', label('startDate'), inputs.startDate),
    endDate: field('new-end', label('endDate'), inputs.endDate),
  };
  const fillElements = () => {
    const pillar = PILLARS.find((p) => p.id === inputs.pillarId.value);
    const current = inputs.elementId.value;
    replace(
      inputs.elementId,
      h('option', { value: '' }, ctx.tr('choose')),
      (pillar?.elements ?? []).map((e) =>
        h('option', { value: e.id, selected: e.id === current }, localize(e.label, lang)),
      ),
    );
  };
  inputs.pillarId.addEventListener('change', fillElements);
  const msg = h('div', { class: 'form-status', role: 'status', 'aria-live': 'polite' });
  let touched = false;
  const candidate = () => {
    const c: Record<string, unknown> = { status: 'planned' };
    for (const [key, el] of Object.entries(inputs))
      if (el.value !== '') c[key] = key === 'name' ? el.value.trim() : el.value;
    return c;
  };
  const check = (): Innovation | null => {
    const parsed = parseInnovation(candidate());
    let issues: Issue[];
    let inn: Innovation | null = null;
    if (!parsed.success) issues = parsed.issues;
    else {
      inn = parsed.data;
      // References and duplicate ids need the workspace: run its checks with the candidate appended.
      const at = ctx.ws.innovations.length;
      issues = validateWorkspace({ ...ctx.ws, innovations: [...ctx.ws.innovations, inn] })
        .filter((x) => x.path[0] === 'innovations' && x.path[1] === at)
        .map((x) => ({ ...x, path: x.path.slice(2) }));
    }
    const rest = showFieldIssues(ctx, touched ? issues : [], fields, 0);
    replace(
      msg,
      !touched ? null : rest.length ? issueList(rest, lang) : issues.length === 0 ? ctx.tr('valid') : null,
    );
    return issues.length === 0 ? inn : null;
  };
  for (const el of Object.values(inputs))
    el.addEventListener('input', () => {
      touched = true;
      check();
    });
  return section(
    'new-innovation',
    ctx.tr('newHeading'),
    h(
      'form',
      {
        class: 'edit-form',
        'data-testid': 'new-form',
        novalidate: true,
        onsubmit: (e: Event) => {
          e.preventDefault();
          touched = true;
          const inn = check();
          if (!inn) {
            const first = (e.target as HTMLFormElement).querySelector<HTMLElement>('[aria-invalid="true"]');
            first?.focus();
            return;
          }
          ctx.commit({ ...ctx.ws, innovations: [...ctx.ws.innovations, inn] }, () =>
            ctx.tr('innovationAdded', { name: inn.name }),
          );
        },
      },
      h(
        'div',
        { class: 'grid' },
        Object.values(fields).map((f) => f.wrap),
      ),
      h('button', { type: 'submit' }, ctx.tr('addInnovation')),
      msg,
    ),
  );
}
