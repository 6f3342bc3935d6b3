import type { LocalizedText } from '../i18n/index.js';
import type { Issue, IssuePath } from '../issues/index.js';
import { formatPath, issue, warning } from '../issues/index.js';
import { getElement, getPillar } from '../pillars/index.js';
import { checkRegionConsistency } from '../regions/index.js';
import type { CollectionId } from '../registry/meta.js';
import { COLLECTION_SHAPES, type CollectionShape } from '../registry/structure.js';
import type { Innovation, Kpi } from './innovation.js';
import { checkInnovationHistory } from './lifecycle.js';
import {
  ambiguousMemberMessage,
  budgetYearOutOfRangeMessage,
  dateOrderMessage,
  duplicateIdMessage,
  duplicateMeasurementMessage,
  elementNotInPillarMessage,
  provinceMismatchMessage,
  type ReferenceTarget,
  unitMismatchMessage,
  unknownProvinceCodeMessage,
  unknownReferenceMessage,
  unreadableInputMessage,
  zoneMismatchMessage,
} from './messages.js';
import type { Workspace } from './workspace.js';

// Cross-record checks run in one linear pass: each collection is indexed once into a Map (id → first index), then
// every reference is a Map lookup. Nothing here re-walks the workspace or allocates per record unless an issue
// is found, because national-scale runs validate hundreds of workspaces at a time.

interface IdIndex extends ReferenceTarget {
  readonly ids: Map<string, number>;
  known?: string[];
}

function indexIds(
  records: readonly { id: string }[],
  collection: IssuePath,
  noun: LocalizedText,
  out: Issue[],
): IdIndex {
  const ids = new Map<string, number>();
  for (let i = 0; i < records.length; i++) {
    const id = records[i]!.id;
    const first = ids.get(id);
    if (first === undefined) ids.set(id, i);
    else
      out.push(
        issue(
          [...collection, i, 'id'],
          'duplicate_id',
          duplicateIdMessage(id, formatPath(collection), first),
        ),
      );
  }
  return { ids, collection: formatPath(collection), noun };
}

// Callers test `target.ids.has(id)` first, so that the issue path is only built when there is an issue.
function reportUnknown(id: string, target: IdIndex, path: IssuePath, out: Issue[]): void {
  target.known ??= [...target.ids.keys()];
  out.push(issue(path, 'unknown_reference', unknownReferenceMessage(id, target, target.known)));
}

function checkElement(pillarId: string, elementId: string | undefined, base: IssuePath, out: Issue[]): void {
  if (elementId === undefined) return;
  const element = getElement(elementId);
  if (element === undefined || element.pillarId === pillarId) return;
  const elements = getPillar(pillarId)?.elements.map((e) => e.id) ?? [];
  out.push(
    issue(
      [...base, 'elementId'],
      'element_not_in_pillar',
      elementNotInPillarMessage(elementId, pillarId, elements),
    ),
  );
}

// Duplicate detection inside one record's small lists (KPIs, measurements) without allocating a Map per record:
// short lists are compared pairwise, long ones (rare) get a Map so the whole pass stays linear.
const SMALL_LIST = 16;

const rowId = (row: { id: string }): string => row.id;
const measurementDate = (m: { date: string }): string => m.date;

/** First index of all items whose key is the same as the key at index `i`, in a Map built by {@link indexBy}. */
function indexBy<T>(items: readonly T[], key: (item: T) => string): Map<string, number> {
  const index = new Map<string, number>();
  for (let i = items.length - 1; i >= 0; i--) index.set(key(items[i]!), i);
  return index;
}

/**
 * The index of the first earlier item with the same key as item `i`: ≥ 0 if there is one, -1 if not, -2 when the
 * list is long and no index was given yet (the caller builds one with {@link indexBy} and asks again).
 */
function firstIndex<T>(
  items: readonly T[],
  i: number,
  value: string,
  key: (item: T) => string,
  index: Map<string, number> | undefined,
): number {
  if (index !== undefined) {
    const first = index.get(value)!;
    return first < i ? first : -1;
  }
  if (items.length > SMALL_LIST) return -2;
  for (let j = 0; j < i; j++) if (key(items[j]!) === value) return j;
  return -1;
}

/** Each row of a nested list has an `id` unique within that list (`duplicate_id` at the duplicate's `id`). */
function checkIdsWithin(rows: readonly { id: string }[], base: IssuePath, key: string, out: Issue[]): void {
  let ids: Map<string, number> | undefined;
  for (let i = 0; i < rows.length; i++) {
    const id = rows[i]!.id;
    let first = firstIndex(rows, i, id, rowId, ids);
    if (first === -2) {
      ids = indexBy(rows, rowId);
      first = firstIndex(rows, i, id, rowId, ids);
    }
    if (first >= 0) {
      const collection = [...base, key];
      out.push(
        issue(
          [...collection, i, 'id'],
          'duplicate_id',
          duplicateIdMessage(id, formatPath(collection), first),
        ),
      );
    }
  }
}

function checkDates(innovation: Innovation, base: IssuePath, out: Issue[]): void {
  const { startDate, endDate } = innovation;
  if (startDate !== undefined && endDate !== undefined && endDate < startDate) {
    out.push(
      issue([...base, 'endDate'], 'date_order', dateOrderMessage('endDate', endDate, 'startDate', startDate)),
    );
  }
}

function checkBudget(innovation: Innovation, base: IssuePath, out: Issue[]): void {
  const { startDate, endDate, budget } = innovation;
  checkIdsWithin(budget, base, 'budget', out);
  if (startDate === undefined && endDate === undefined) return;
  const fromYear = startDate === undefined ? undefined : Number(startDate.slice(0, 4));
  const toYear = endDate === undefined ? undefined : Number(endDate.slice(0, 4));
  for (let b = 0; b < budget.length; b++) {
    const year = budget[b]!.year;
    if ((fromYear !== undefined && year < fromYear) || (toYear !== undefined && year > toYear)) {
      out.push(
        issue(
          [...base, 'budget', b, 'year'],
          'out_of_range',
          budgetYearOutOfRangeMessage(year, fromYear, toYear),
        ),
      );
    }
  }
}

function checkMeasurements(kpi: Kpi, base: IssuePath, out: Issue[]): void {
  const measurements = kpi.measurements;
  checkIdsWithin(measurements, base, 'measurements', out);
  let dates: Map<string, number> | undefined;
  for (let m = 0; m < measurements.length; m++) {
    const measurement = measurements[m]!;
    if (measurement.unit !== undefined && measurement.unit !== kpi.unit) {
      out.push(
        issue(
          [...base, 'measurements', m, 'unit'],
          'unit_mismatch',
          unitMismatchMessage(measurement.unit, kpi.unit),
        ),
      );
    }
    let first = firstIndex(measurements, m, measurement.date, measurementDate, dates);
    if (first === -2) {
      dates = indexBy(measurements, measurementDate);
      first = firstIndex(measurements, m, measurement.date, measurementDate, dates);
    }
    if (first >= 0) {
      out.push(
        issue(
          [...base, 'measurements', m, 'date'],
          'duplicate_date',
          duplicateMeasurementMessage(measurement.date, first),
        ),
      );
    }
  }
}

function checkKpis(innovation: Innovation, base: IssuePath, out: Issue[]): void {
  const kpis = innovation.kpis;
  checkIdsWithin(kpis, base, 'kpis', out);
  for (let k = 0; k < kpis.length; k++) {
    const kpi = kpis[k]!;
    if (kpi.target.unit !== undefined && kpi.target.unit !== kpi.unit) {
      out.push(
        issue(
          [...base, 'kpis', k, 'target', 'unit'],
          'unit_mismatch',
          unitMismatchMessage(kpi.target.unit, kpi.unit),
        ),
      );
    }
    if (kpi.measurements.length > 0) checkMeasurements(kpi, [...base, 'kpis', k], out);
  }
}

/** The checks of one innovation that need no other record, in named steps. */
function checkInnovationRecord(innovation: Innovation, base: IssuePath, out: Issue[]): void {
  checkElement(innovation.pillarId, innovation.elementId, base, out);
  checkDates(innovation, base, out);
  checkBudget(innovation, base, out);
  checkKpis(innovation, base, out);
  checkInnovationHistory(innovation, base, out);
}

/**
 * The checks of one innovation that need no other record: element within pillar, `endDate` not before
 * `startDate`, budget years within the running years, unique KPI ids, KPI target and measurement units equal to
 * the KPI unit, one measurement per date, and a history consistent with the lifecycle and the status. Paths are
 * relative to the innovation.
 *
 * @example
 * ```ts
 * validateInnovation({ ...innovation, pillarId: 'economy', elementId: 'living.health' });
 * // [{ path: ['elementId'], code: 'element_not_in_pillar', … }]
 * ```
 */
export function validateInnovation(innovation: Innovation): Issue[] {
  const out: Issue[] = [];
  try {
    checkInnovationRecord(innovation, [], out);
  } catch (error) {
    out.push(issue([], 'unreadable_input', unreadableInputMessage(describeError(error))));
  }
  return out;
}

function describeError(error: unknown): string {
  return error instanceof Error ? error.name : typeof error;
}

// ─── the workspace, step by step ───────────────────────────────────────────────────────────────────────────────

/**
 * The cross-record checks of a workspace that is already schema-valid (e.g. built or edited in code), in named
 * steps: unique ids per collection and within nested lists (`duplicate_id`, at the duplicate's `id`, naming the
 * first index); every reference the collection registry declares (`unknown_reference`; a body member that is both
 * an agency and a stakeholder is `ambiguous_reference`); masterplan and RPJMD periods (`date_order`) and programme
 * elements (`element_not_in_pillar`); each innovation's own checks (see `validateInnovation`); and the
 * municipality's region code, province and time zone against the province catalogue (`unknown_region`,
 * `region_mismatch`, `time_zone_mismatch` — a warning when the zone has the province's UTC offset). Runs in time
 * linear in the size of the workspace.
 *
 * @example
 * ```ts
 * const ws = createWorkspace({ municipality: { name: 'Pontianak', kind: 'kota', regionCode: '61.71',
 *   province: 'Kalimantan Barat', timeZone: 'Asia/Pontianak' } });
 * if (ws.success) {
 *   ws.data.stakeholders.push({ id: 'untan', name: 'Universitas Tanjungpura', role: 'academia', agencyId: 'bappeda' });
 *   validateWorkspace(ws.data); // [{ path: ['stakeholders', 0, 'agencyId'], code: 'unknown_reference', … }]
 * }
 * ```
 */
export function validateWorkspace(ws: Workspace): Issue[] {
  const out: Issue[] = [];
  try {
    const indexes = indexCollections(ws, out);
    checkNestedIds(ws, out);
    checkReferences(ws, indexes, out);
    checkMasterplan(ws, out);
    checkInnovations(ws, out);
    checkRegion(ws, out);
  } catch (error) {
    out.push(issue([], 'unreadable_input', unreadableInputMessage(describeError(error))));
  }
  return out;
}

type Indexes = Map<CollectionId, IdIndex>;

/** Visits every row of a collection shape, with `keys` holding the index (or key) of each `'*'` of its path. */
function forEachRow(
  root: unknown,
  path: readonly string[],
  visit: (row: Record<string, unknown>, keys: readonly (string | number)[]) => void,
): void {
  const keys: (string | number)[] = [];
  const walk = (value: unknown, step: number): void => {
    if (typeof value !== 'object' || value === null) return;
    if (step === path.length) {
      visit(value as Record<string, unknown>, keys);
      return;
    }
    const segment = path[step]!;
    if (segment !== '*') {
      walk((value as Record<string, unknown>)[segment], step + 1);
      return;
    }
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) {
        keys.push(i);
        walk(value[i], step + 1);
        keys.pop();
      }
    } else {
      for (const key of Object.keys(value)) {
        keys.push(key);
        walk((value as Record<string, unknown>)[key], step + 1);
        keys.pop();
      }
    }
  };
  walk(root, 0);
}

/** The concrete path of a row: the shape's path with each `'*'` replaced by its index. */
function rowPath(path: readonly string[], keys: readonly (string | number)[]): IssuePath {
  const out: IssuePath = [];
  let k = 0;
  for (const segment of path) out.push(segment === '*' ? keys[k++]! : segment);
  return out;
}

/** Collections of the workspace's top level (one `'*'`, at the end): ids unique across the workspace. */
const TOP_LEVEL = COLLECTION_SHAPES.filter(
  (c) => c.idField === 'id' && c.path.indexOf('*') === c.path.length - 1,
);

/** Step 1: index every top-level collection by id, reporting duplicates. */
function indexCollections(ws: Workspace, out: Issue[]): Indexes {
  const indexes: Indexes = new Map();
  for (const shape of TOP_LEVEL) {
    const listPath = shape.path.slice(0, -1);
    let rows: unknown = ws;
    for (const segment of listPath) rows = (rows as Record<string, unknown> | undefined)?.[segment];
    const list = Array.isArray(rows) ? (rows as { id: string }[]) : [];
    indexes.set(shape.id, indexIds(list, listPath, shape.entity, out));
  }
  return indexes;
}

/** Step 2: ids of nested rows outside innovations (body members, findings) are unique within their list. */
function checkNestedIds(ws: Workspace, out: Issue[]): void {
  for (let b = 0; b < ws.bodies.length; b++)
    checkIdsWithin(ws.bodies[b]!.members, ['bodies', b], 'members', out);
  for (let e = 0; e < ws.evaluations.length; e++) {
    const findings = ws.evaluations[e]!.findings;
    const base = ['evaluations', e, 'findings'];
    checkIdsWithin(findings.strengths, base, 'strengths', out);
    checkIdsWithin(findings.weaknesses, base, 'weaknesses', out);
    checkIdsWithin(findings.recommendations, base, 'recommendations', out);
  }
}

interface ReferenceCheck {
  readonly shape: CollectionShape;
  readonly fields: readonly { readonly field: string; readonly targets: readonly CollectionId[] }[];
}

/** The registry's references grouped by collection and field (a field with two targets accepts either). */
const REFERENCE_CHECKS: readonly ReferenceCheck[] = COLLECTION_SHAPES.filter(
  (c) => c.references.length > 0,
).map((shape) => {
  const fields = new Map<string, CollectionId[]>();
  for (const r of shape.references) fields.set(r.field, [...(fields.get(r.field) ?? []), r.collection]);
  return { shape, fields: [...fields].map(([field, targets]) => ({ field, targets })) };
});

/** Step 3: every reference declared in the collection registry points at an existing row. */
function checkReferences(ws: Workspace, indexes: Indexes, out: Issue[]): void {
  for (const { shape, fields } of REFERENCE_CHECKS) {
    const targetsOf = fields.map(({ targets }) => targets.map((t) => indexes.get(t)!));
    forEachRow(ws, shape.path, (row, keys) => {
      for (let f = 0; f < fields.length; f++) {
        const field = fields[f]!.field;
        const value = row[field];
        const targets = targetsOf[f]!;
        // The common case, a reference to one collection that resolves, allocates nothing (not even the closure
        // that builds the issue path).
        const single = targets.length === 1 ? targets[0]!.ids : undefined;
        if (typeof value === 'string') {
          if (single?.has(value)) continue;
          checkReference(value, targets, () => [...rowPath(shape.path, keys), field], out);
        } else if (Array.isArray(value)) {
          for (let i = 0; i < value.length; i++) {
            if (single?.has(value[i] as string)) continue;
            checkReference(value[i] as string, targets, () => [...rowPath(shape.path, keys), field, i], out);
          }
        }
      }
    });
  }
}

const MEMBER_NOUN = {
  id: 'Anggota (perangkat daerah atau pemangku kepentingan)',
  en: 'Member (agency or stakeholder)',
} as const satisfies LocalizedText;

const combined = new WeakMap<readonly IdIndex[], IdIndex>();

function checkReference(id: string, targets: readonly IdIndex[], path: () => IssuePath, out: Issue[]): void {
  if (targets.length === 1) {
    if (!targets[0]!.ids.has(id)) reportUnknown(id, targets[0]!, path(), out);
    return;
  }
  let hits = 0;
  for (const target of targets) if (target.ids.has(id)) hits++;
  if (hits === 1) return;
  if (hits > 1) {
    out.push(issue(path(), 'ambiguous_reference', ambiguousMemberMessage(id)));
    return;
  }
  let either = combined.get(targets);
  if (either === undefined) {
    either = {
      ids: new Map(targets.flatMap((t) => [...t.ids])),
      collection: targets.map((t) => t.collection).join(', '),
      noun: MEMBER_NOUN,
    };
    combined.set(targets, either);
  }
  reportUnknown(id, either, path(), out);
}

/** Step 4: the masterplan's periods and its programmes' elements. */
function checkMasterplan(ws: Workspace, out: Issue[]): void {
  const masterplan = ws.masterplan;
  if (masterplan === undefined) return;
  const { period, rpjmd } = masterplan;
  if (period.endYear < period.startYear) {
    out.push(
      issue(
        ['masterplan', 'period', 'endYear'],
        'date_order',
        dateOrderMessage('endYear', period.endYear, 'startYear', period.startYear),
      ),
    );
  }
  if (rpjmd !== undefined && rpjmd.endYear < rpjmd.startYear) {
    out.push(
      issue(
        ['masterplan', 'rpjmd', 'endYear'],
        'date_order',
        dateOrderMessage('endYear', rpjmd.endYear, 'startYear', rpjmd.startYear),
      ),
    );
  }
  for (let p = 0; p < masterplan.programmes.length; p++) {
    const programme = masterplan.programmes[p]!;
    checkElement(programme.pillarId, programme.elementId, ['masterplan', 'programmes', p], out);
  }
}

/** Step 5: each innovation's own checks (see {@link validateInnovation}). */
function checkInnovations(ws: Workspace, out: Issue[]): void {
  for (let i = 0; i < ws.innovations.length; i++)
    checkInnovationRecord(ws.innovations[i]!, ['innovations', i], out);
}

/** Step 6: region code ↔ province ↔ time zone, by the province catalogue (issue 9, defect 4). */
function checkRegion(ws: Workspace, out: Issue[]): void {
  const m = ws.municipality;
  for (const found of checkRegionConsistency(m)) {
    switch (found.kind) {
      case 'unknown-province':
        out.push(
          issue(
            ['municipality', 'regionCode'],
            'unknown_region',
            unknownProvinceCodeMessage(m.regionCode, found.code),
          ),
        );
        break;
      case 'province-mismatch':
        out.push(
          issue(
            ['municipality', 'province'],
            'region_mismatch',
            provinceMismatchMessage(m.province, m.regionCode, found.province.name, found.found?.name),
          ),
        );
        break;
      case 'zone-mismatch': {
        const message = zoneMismatchMessage(
          m.timeZone,
          m.regionCode,
          found.province.name,
          found.province.timeZone,
          found.sameOffset,
        );
        out.push(
          found.sameOffset
            ? warning(['municipality', 'timeZone'], 'time_zone_mismatch', message)
            : issue(['municipality', 'timeZone'], 'time_zone_mismatch', message),
        );
        break;
      }
    }
  }
}
