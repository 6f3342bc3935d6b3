import type { Lang, LocalizedText } from '../i18n/index.js';
import { type Issue, issue, warning } from '../issues/index.js';
import type { Workspace } from '../model/workspace.js';
import { COLLECTIONS, type CollectionInfo } from '../registry/collections.js';
import { deriveStableId } from '../registry/ids.js';
import type { CollectionId } from '../registry/meta.js';

// Merging incoming records into a workspace, collection by collection as the registry describes them (path, id
// field, parent). Rows are matched by their stable id among the rows of the same parent (a KPI among its
// innovation's KPIs), so nested rows only need ids unique within their parent, as the model requires.

/**
 * A record of a workspace, for people and programs: its collection, its id, the id of the row that holds it (for
 * nested rows: the innovation of a KPI, the KPI of a measurement) and its display name. For rows nested two deep
 * (measurements), `ancestorIds` lists the ids from the top-level row down to the parent.
 *
 * @example
 * ```ts
 * const ref: RecordRef = { collection: 'kpis', id: 'kpi-1', parentId: 'sipedas', label: 'Layanan daring' };
 * ```
 */
export interface RecordRef {
  collection: CollectionId;
  id: string;
  parentId?: string;
  ancestorIds?: string[];
  label?: string;
}

/**
 * One changed field of an updated record: its dotted key inside the row (`'target.value'`), the value before and
 * after (`undefined` when absent). A row that moved between the lists of its parent (a finding from weaknesses to
 * strengths) has a change with the key `'(list)'`.
 *
 * @example
 * ```ts
 * const change: FieldChange = { key: 'status', before: 'planned', after: 'in-progress' };
 * ```
 */
export interface FieldChange {
  key: string;
  before: unknown;
  after: unknown;
}

/**
 * An updated record and its field-level changes (nested rows are records of their own, reported separately).
 *
 * @example
 * ```ts
 * const u: RecordUpdate = { ref: { collection: 'innovations', id: 'sipedas' }, changes: [{ key: 'status', before: 'planned', after: 'implemented' }] };
 * ```
 */
export interface RecordUpdate {
  ref: RecordRef;
  changes: FieldChange[];
}

/**
 * What a merge did. Every record of the base and of the incoming data within the merged collections is in exactly
 * one of `added`, `updated`, `unchanged`, `missing` (in the base, absent from the incoming data, kept) and
 * `removed` (the same, dropped with `removeMissing`), except: the nested rows of a missing record are not listed
 * again (they are kept with it), while the nested rows of an added or removed record are listed as added or
 * removed too. Rows that could not be merged are in `issues`, never silently dropped.
 *
 * @example
 * ```ts
 * const { added, updated, missing } = mergeWorkspace(base, { innovations: rows });
 * ```
 */
export interface MergeResult {
  workspace: Workspace;
  added: RecordRef[];
  updated: RecordUpdate[];
  unchanged: RecordRef[];
  missing: RecordRef[];
  removed: RecordRef[];
  issues: Issue[];
}

/**
 * A row of a nested collection given on its own (as a spreadsheet sheet lists KPIs): the row, the id of the row
 * that holds it (or the ids from the top-level row down, `['sipedas', 'kpi-1']`, when the parent's id alone is
 * ambiguous) and, for collections whose rows sit in several lists of their parent (findings: `strengths`,
 * `weaknesses`, `recommendations`), which list.
 *
 * @example
 * ```ts
 * const kpiRow: IncomingNestedRow = { parentId: 'sipedas', row: { id: 'kpi-1', name: 'Layanan', unit: 'layanan', baseline: 0, target: { value: 10 } } };
 * const finding: IncomingNestedRow = { parentId: 'eval-2024', list: 'weaknesses', row: { id: 'perbup', text: 'Belum ada Perbup' } };
 * ```
 */
export interface IncomingNestedRow {
  row: unknown;
  parentId: string | readonly string[];
  list?: string;
}

/**
 * What {@link mergeWorkspace} merges in: a whole workspace (every collection, nested rows inside their parents),
 * or rows per collection: top-level collections as rows (with their nested rows inside, merged when that nested
 * collection is merged too), nested collections as {@link IncomingNestedRow}s, singletons (`municipality`,
 * `masterplan`, `workspace`) as a one-row list.
 *
 * @example
 * ```ts
 * const incoming: MergeIncoming = { agencies: [{ id: 'diskominfo', name: 'Dinas Kominfo' }] };
 * ```
 */
export type MergeIncoming = Workspace | Partial<Record<CollectionId, readonly unknown[]>>;

/**
 * Options of {@link mergeWorkspace}.
 *
 * @example
 * ```ts
 * const options: MergeOptions = { collections: ['innovations', 'kpis'], removeMissing: false };
 * ```
 */
export interface MergeOptions {
  /**
   * The collections to merge. Default: every collection for a whole workspace, the collections given for rows
   * per collection. A collection not merged keeps the base's rows, whatever the incoming data holds.
   */
  collections?: readonly CollectionId[];
  /** Drop records of merged collections that are absent from the incoming data (default: keep them). */
  removeMissing?: boolean;
  /**
   * Keep the base's value of a field the incoming row does not have (default `false`: the incoming row is the
   * whole record, and a field it lacks is cleared). For sources that know only some fields (a legacy system's
   * scores, say); nested objects are then combined key by key.
   */
  keepAbsentFields?: boolean;
}

// ─── the collection tree ────────────────────────────────────────────────────────────────────────────────────────

interface Node {
  info: CollectionInfo;
  /** Path of this collection's rows relative to a parent row (ends with '*' unless a singleton). */
  rel: readonly string[];
  children: Node[];
  /** Keys of a row that hold nested collections (not fields of the row). */
  nestedKeys: ReadonlySet<string>;
  /** Registry field keys: a value at one of these is compared as a whole. */
  leafKeys: ReadonlySet<string>;
  /** Collections from the top-level one down to this one's parent (the root and singletons excluded). */
  ancestors: Node[];
  /** The id and display fields as key paths (split once, not per row). */
  idPath: readonly string[];
  displayPath: readonly string[];
}

let TREE: { root: Node; byId: Map<CollectionId, Node> } | undefined;

function tree(): { root: Node; byId: Map<CollectionId, Node> } {
  if (TREE) return TREE;
  const byId = new Map<CollectionId, Node>();
  let root: Node | undefined;
  for (const info of COLLECTIONS) {
    const parent = info.parent === undefined ? undefined : byId.get(info.parent);
    const parentNode = parent ?? (info.path.length === 0 ? undefined : root);
    const rel = info.path.slice(parentNode ? parentNode.info.path.length : 0);
    const node: Node = {
      info,
      rel,
      children: [],
      nestedKeys: new Set(),
      leafKeys: new Set(info.fields.map((f) => f.key)),
      ancestors: parentNode
        ? [...parentNode.ancestors, ...(parentNode.info.singleton ? [] : [parentNode])]
        : [],
      idPath: info.idField === '' ? [] : info.idField.split('.'),
      displayPath: info.displayField === '' ? [] : info.displayField.split('.'),
    };
    byId.set(info.id, node);
    if (parentNode === undefined) root = node;
    else {
      parentNode.children.push(node);
      (parentNode.nestedKeys as Set<string>).add(rel[0]!);
    }
  }
  TREE = { root: root!, byId };
  return TREE;
}

// ─── small helpers ──────────────────────────────────────────────────────────────────────────────────────────────

const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);
const MAX_DEPTH = 64;

type Data = Record<string, unknown>;

function isObject(value: unknown): value is Data {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function own(value: unknown, key: string): unknown {
  return isObject(value) && Object.hasOwn(value, key) ? value[key] : undefined;
}

function valueAt(value: unknown, path: readonly string[]): unknown {
  let v = value;
  for (const key of path) v = own(v, key);
  return v;
}

interface Context {
  scope: ReadonlySet<CollectionId>;
  /** Collections with themselves or a descendant in scope. */
  reach: ReadonlySet<CollectionId>;
  removeMissing: boolean;
  keepAbsent: boolean;
  result: Omit<MergeResult, 'workspace'>;
}

/** Deep copy of plain data; forbidden keys and very deep values are left out with an issue. */
function clone(value: unknown, ctx: Context, ref?: RecordRef, depth = 0): unknown {
  if (typeof value !== 'object' || value === null) return value;
  if (depth > MAX_DEPTH) {
    ctx.result.issues.push(
      issue([], 'too_deep', {
        id: `Data${where(ref, 'id')} terlalu dalam; bagian terdalam tidak diambil`,
        en: `Data${where(ref, 'en')} is nested too deeply; the deepest part was left out`,
      }),
    );
    return undefined;
  }
  if (Array.isArray(value)) return value.map((v) => clone(v, ctx, ref, depth + 1));
  const out: Data = {};
  for (const key of Object.keys(value)) {
    if (FORBIDDEN.has(key)) {
      ctx.result.issues.push(
        issue([], 'forbidden_key', {
          id: `Kunci "${key}"${where(ref, 'id')} tidak diizinkan dan tidak diambil`,
          en: `The key "${key}"${where(ref, 'en')} is not allowed and was left out`,
        }),
      );
      continue;
    }
    const v = clone((value as Data)[key], ctx, ref, depth + 1);
    if (v !== undefined) out[key] = v;
  }
  return out;
}

function deepEqual(a: unknown, b: unknown, depth = 0): boolean {
  if (a === b) return true;
  if (typeof a === 'number' && typeof b === 'number') return Number.isNaN(a) && Number.isNaN(b);
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null || depth > MAX_DEPTH)
    return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const bb = b as unknown[];
    return a.length === bb.length && a.every((v, i) => deepEqual(v, bb[i], depth + 1));
  }
  const ao = a as Data;
  const bo = b as Data;
  // Every own key of either side, without building their union.
  for (const key in ao) if (Object.hasOwn(ao, key) && !deepEqual(ao[key], bo[key], depth + 1)) return false;
  for (const key in bo) {
    if (Object.hasOwn(bo, key) && !Object.hasOwn(ao, key) && !deepEqual(ao[key], bo[key], depth + 1))
      return false;
  }
  return true;
}

function diffFields(
  before: unknown,
  after: unknown,
  node: Node,
  prefix: string,
  out: FieldChange[],
  keepAbsent: boolean,
  depth = 0,
): void {
  const b = isObject(before) ? before : {};
  const a = isObject(after) ? after : {};
  const keys = [...Object.keys(b), ...Object.keys(a).filter((k) => !Object.hasOwn(b, k))];
  for (const key of keys) {
    if (keepAbsent && (!Object.hasOwn(a, key) || a[key] === undefined)) continue;
    if (prefix === '' && node.nestedKeys.has(key)) continue;
    if (FORBIDDEN.has(key)) continue;
    const dotted = prefix + key;
    const bv = b[key];
    const av = a[key];
    if (isObject(bv) && isObject(av) && !node.leafKeys.has(dotted) && depth < MAX_DEPTH) {
      diffFields(bv, av, node, `${dotted}.`, out, keepAbsent, depth + 1);
    } else if (!deepEqual(bv, av)) {
      out.push({ key: dotted, before: bv, after: av });
    }
  }
}

function where(ref: RecordRef | undefined, lang: Lang): string {
  if (!ref) return '';
  const entity = tree().byId.get(ref.collection)?.info.entity[lang] ?? ref.collection;
  return lang === 'id' ? ` di ${entity} "${ref.id}"` : ` in ${entity.toLowerCase()} "${ref.id}"`;
}

function label(row: unknown, node: Node): string | undefined {
  const value = valueAt(row, node.displayPath);
  return typeof value === 'string' && value !== ''
    ? value
    : typeof value === 'number'
      ? String(value)
      : undefined;
}

function idOfRow(row: unknown, node: Node): string | undefined {
  if (node.info.idField === '') return node.info.id;
  const value = valueAt(row, node.idPath);
  return typeof value === 'string' && value !== '' ? value : undefined;
}

function makeRef(node: Node, id: string, row: unknown, chain: readonly string[]): RecordRef {
  const ref: RecordRef = { collection: node.info.id, id };
  if (chain.length > 0) ref.parentId = chain[chain.length - 1]!;
  if (chain.length > 1) ref.ancestorIds = [...chain];
  const name = label(row, node);
  if (name !== undefined) ref.label = name;
  return ref;
}

// ─── rows of a collection under one parent row ──────────────────────────────────────────────────────────────────

interface Slot {
  row: unknown;
  /** Concrete path of the row's list relative to the parent row, e.g. ['kpis'] or ['findings', 'strengths']. */
  group: string[];
  id: string;
}

function rowsUnder(parent: unknown, node: Node): { row: unknown; group: string[] }[] {
  const out: { row: unknown; group: string[] }[] = [];
  const rel = node.rel;
  const walk = (value: unknown, step: number, group: string[]) => {
    if (step === rel.length - 1) {
      if (Array.isArray(value)) for (const row of value) out.push({ row, group });
      return;
    }
    const segment = rel[step]!;
    if (segment === '*') {
      if (isObject(value)) for (const key of Object.keys(value)) walk(value[key], step + 1, [...group, key]);
      return;
    }
    walk(own(value, segment), step + 1, [...group, segment]);
  };
  walk(parent, 0, []);
  return out;
}

/** Gives every incoming row an id (derived from its display field when absent) and reports duplicates. */
function identify(
  rows: { row: unknown; group: string[] }[],
  node: Node,
  chain: readonly string[],
  ctx: Context,
): Slot[] {
  const out: Slot[] = [];
  const seen = new Set<string>();
  for (const { row, group } of rows) {
    let id = idOfRow(row, node);
    const entity = node.info.entity;
    if (id === undefined) {
      const name = label(row, node);
      if (!isObject(row) || name === undefined || node.info.idField.includes('.')) {
        ctx.result.issues.push(
          issue([], 'required', {
            id: `${entity.id} tanpa id${chainText(chain, 'id')} tidak dapat digabungkan dan tidak diambil`,
            en: `A ${entity.en.toLowerCase()} without an id${chainText(chain, 'en')} cannot be merged and was not imported`,
          }),
        );
        continue;
      }
      id = deriveStableId([name], { taken: seen });
      ctx.result.issues.push(
        warning([], 'derived_id', {
          id: `${entity.id} "${name}"${chainText(chain, 'id')} tidak punya id; id "${id}" diturunkan dari namanya`,
          en: `${entity.en} "${name}"${chainText(chain, 'en')} has no id; the id "${id}" was derived from its name`,
        }),
      );
      out.push({ row: { ...row, [node.info.idField]: id }, group, id });
      seen.add(id);
      continue;
    }
    if (seen.has(id)) {
      ctx.result.issues.push(
        issue([], 'duplicate_id', {
          id: `${entity.id} "${id}"${chainText(chain, 'id')} muncul lebih dari sekali; hanya yang pertama diambil`,
          en: `${entity.en} "${id}"${chainText(chain, 'en')} appears more than once; only the first was imported`,
        }),
      );
      continue;
    }
    seen.add(id);
    out.push({ row, group, id });
  }
  return out;
}

function chainText(chain: readonly string[], lang: Lang): string {
  if (chain.length === 0) return '';
  return lang === 'id' ? ` (di "${chain.join(' › ')}")` : ` (in "${chain.join(' › ')}")`;
}

// ─── merging ────────────────────────────────────────────────────────────────────────────────────────────────────

/**
 * The merged row: own fields from the incoming row when the collection is merged (else from the base), nested
 * collections merged one by one.
 */
function mergeRow(
  node: Node,
  base: unknown,
  incoming: unknown,
  chain: readonly string[],
  ref: RecordRef,
  ctx: Context,
): Data {
  const fromIncoming = ctx.scope.has(node.info.id) && incoming !== undefined;
  const source = fromIncoming
    ? ctx.keepAbsent && isObject(base) && isObject(incoming)
      ? overlay(base, incoming, node, '')
      : incoming
    : (base ?? incoming);
  const nested: Data = {};
  const childChain = node.info.singleton ? chain : [...chain, ref.id];
  for (const child of node.children) {
    const rows = child.info.singleton
      ? mergeSingleton(child, base, incoming, childChain, ctx)
      : mergeList(child, base, incoming, childChain, ctx);
    write(nested, child, rows, [base, incoming]);
  }
  // Own fields in the source's key order, nested collections where the source had them (else at the end).
  const merged: Data = {};
  if (isObject(source)) {
    for (const key of Object.keys(source)) {
      if (node.nestedKeys.has(key)) {
        if (nested[key] !== undefined) merged[key] = nested[key];
      } else if (FORBIDDEN.has(key)) {
        clone({ [key]: 0 }, ctx, ref);
      } else {
        const value = clone(source[key], ctx, ref, 1);
        if (value !== undefined) merged[key] = value;
      }
    }
  }
  for (const key of Object.keys(nested)) {
    if (!Object.hasOwn(merged, key) && nested[key] !== undefined) merged[key] = nested[key];
  }
  return merged;
}

/** The base row with the incoming row's fields laid over it (nested plain objects combined key by key). */
function overlay(base: Data, incoming: Data, node: Node, prefix: string, depth = 0): Data {
  const out: Data = { ...base };
  for (const key of Object.keys(incoming)) {
    const value = incoming[key];
    if (value === undefined) continue;
    const dotted = prefix + key;
    const current = base[key];
    out[key] =
      prefix === '' && node.nestedKeys.has(key)
        ? value
        : isObject(current) && isObject(value) && !node.leafKeys.has(dotted) && depth < MAX_DEPTH
          ? overlay(current, value, node, `${dotted}.`, depth + 1)
          : value;
  }
  return out;
}

/** Puts a nested collection's merged rows into the merged parent row, keeping empty lists the source had. */
function write(
  target: Data,
  node: Node,
  rows: { row: unknown; group: string[] }[] | undefined,
  sources: readonly unknown[],
): void {
  if (node.info.singleton) {
    const key = node.rel[0]!;
    if (rows !== undefined && rows.length > 0) target[key] = rows[0]!.row;
    return;
  }
  // Clear every list of this collection in the copy, then fill the lists.
  for (const source of sources) for (const { group } of listsUnder(source, node)) setAt(target, group, []);
  for (const { row, group } of rows ?? []) {
    const list = getOrCreateList(target, group);
    list.push(row);
  }
}

function listsUnder(parent: unknown, node: Node): { group: string[] }[] {
  const out: { group: string[] }[] = [];
  const rel = node.rel;
  const walk = (value: unknown, step: number, group: string[]) => {
    if (step === rel.length - 1) {
      if (Array.isArray(value)) out.push({ group });
      return;
    }
    const segment = rel[step]!;
    if (segment === '*') {
      if (isObject(value)) for (const key of Object.keys(value)) walk(value[key], step + 1, [...group, key]);
      return;
    }
    walk(own(value, segment), step + 1, [...group, segment]);
  };
  walk(parent, 0, []);
  return out;
}

function setAt(target: Data, path: readonly string[], value: unknown): void {
  let current = target;
  for (let i = 0; i < path.length - 1; i++) {
    const key = path[i]!;
    if (!isObject(current[key])) current[key] = {};
    current = current[key] as Data;
  }
  current[path[path.length - 1]!] = value;
}

function getOrCreateList(target: Data, path: readonly string[]): unknown[] {
  let current = target;
  for (let i = 0; i < path.length - 1; i++) {
    const key = path[i]!;
    if (!isObject(current[key])) current[key] = {};
    current = current[key] as Data;
  }
  const last = path[path.length - 1]!;
  if (!Array.isArray(current[last])) current[last] = [];
  return current[last] as unknown[];
}

function mergeSingleton(
  node: Node,
  baseParent: unknown,
  incomingParent: unknown,
  chain: readonly string[],
  ctx: Context,
): { row: unknown; group: string[] }[] | undefined {
  const key = node.rel[0]!;
  const base = own(baseParent, key);
  const incoming = own(incomingParent, key);
  const group = [key];
  if (!ctx.reach.has(node.info.id) && baseParent !== undefined) {
    return base === undefined ? undefined : [{ row: clone(base, ctx), group }];
  }
  const inScope = ctx.scope.has(node.info.id);
  if (base === undefined && incoming === undefined) return undefined;
  if (base === undefined) {
    const id = idOfRow(incoming, node) ?? node.info.id;
    const ref = makeRef(node, id, incoming, chain);
    ctx.result.added.push(ref);
    return [{ row: mergeRow(node, undefined, incoming, chain, ref, ctx), group }];
  }
  const id = idOfRow(base, node) ?? node.info.id;
  const ref = makeRef(node, id, base, chain);
  if (incoming === undefined) {
    if (!inScope) return [{ row: mergeRow(node, base, undefined, chain, ref, ctx), group }];
    if (ctx.removeMissing) {
      reportRemoved(node, base, chain, ctx);
      return undefined;
    }
    ctx.result.missing.push(ref);
    return [{ row: clone(base, ctx, ref), group }];
  }
  const incomingId = idOfRow(incoming, node);
  if (inScope && node.info.idField !== '' && incomingId !== undefined && incomingId !== id) {
    const entity = node.info.entity;
    ctx.result.issues.push(
      issue([], 'identity_mismatch', {
        id: `${entity.id} yang diimpor ("${incomingId}") bukan ${entity.id.toLowerCase()} workspace ini ("${id}"); datanya tidak diambil`,
        en: `The imported ${entity.en.toLowerCase()} ("${incomingId}") is not this workspace's ("${id}"); its data was not imported`,
      }),
    );
    const scope = new Set(ctx.scope);
    scope.delete(node.info.id);
    return [{ row: mergeRow(node, base, incoming, chain, ref, { ...ctx, scope }), group }];
  }
  reportMatched(node, base, incoming, ref, ctx);
  return [{ row: mergeRow(node, base, incoming, chain, ref, ctx), group }];
}

function reportMatched(
  node: Node,
  base: unknown,
  incoming: unknown,
  ref: RecordRef,
  ctx: Context,
): FieldChange[] {
  if (!ctx.scope.has(node.info.id)) return [];
  const changes: FieldChange[] = [];
  diffFields(base, incoming, node, '', changes, ctx.keepAbsent);
  const name = label(incoming, node);
  const withLabel = name === undefined ? ref : { ...ref, label: name };
  if (changes.length === 0) ctx.result.unchanged.push(withLabel);
  else ctx.result.updated.push({ ref: withLabel, changes: changes.map((c) => ({ ...c })) });
  return changes;
}

function reportRemoved(node: Node, row: unknown, chain: readonly string[], ctx: Context): void {
  const id = idOfRow(row, node) ?? node.info.id;
  ctx.result.removed.push(makeRef(node, id, row, chain));
  const childChain = node.info.singleton ? chain : [...chain, id];
  for (const child of node.children) {
    if (child.info.singleton) {
      const value = own(row, child.rel[0]!);
      if (value !== undefined) reportRemoved(child, value, childChain, ctx);
    } else {
      for (const { row: r } of rowsUnder(row, child)) {
        if (idOfRow(r, child) !== undefined) reportRemoved(child, r, childChain, ctx);
      }
    }
  }
}

function mergeList(
  node: Node,
  baseParent: unknown,
  incomingParent: unknown,
  chain: readonly string[],
  ctx: Context,
): { row: unknown; group: string[] }[] {
  const baseRows = baseParent === undefined ? [] : rowsUnder(baseParent, node);
  if (baseParent !== undefined && !ctx.reach.has(node.info.id)) {
    return baseRows.map(({ row, group }) => ({ row: clone(row, ctx), group }));
  }
  const inScope = ctx.scope.has(node.info.id);
  const incomingRows = incomingParent === undefined ? [] : rowsUnder(incomingParent, node);
  // Nothing on either side (the usual case for a row's nested lists): nothing to match, report or order.
  if (baseRows.length === 0 && incomingRows.length === 0) return [];
  const incoming = identify(incomingRows, node, chain, ctx);
  const byId = new Map(incoming.map((s) => [s.id, s]));
  const matched = new Set<string>();
  type Entry = { row: unknown; group: string[] };
  // Output entries of the base rows (undefined when removed), and of the added rows by id.
  const baseOut: (Entry | undefined)[] = [];
  const baseIndexById = new Map<string, number>();
  const addedOut = new Map<string, Entry>();
  for (const { row, group } of baseRows) {
    const id = idOfRow(row, node);
    const inc = id === undefined ? undefined : byId.get(id);
    if (id === undefined) {
      baseOut.push({ row: clone(row, ctx), group });
      continue;
    }
    const ref = makeRef(node, id, row, chain);
    if (inc !== undefined) {
      matched.add(id);
      baseIndexById.set(id, baseOut.length);
      const changes = reportMatched(node, row, inc.row, ref, ctx);
      const moved = inScope && inc.group.join('.') !== group.join('.');
      if (moved) {
        const change = { key: '(list)', before: group.join('.'), after: inc.group.join('.') };
        if (changes.length === 0) {
          const u = ctx.result.unchanged.pop()!;
          ctx.result.updated.push({ ref: u, changes: [change] });
        } else ctx.result.updated[ctx.result.updated.length - 1]!.changes.push(change);
      }
      baseOut.push({ row: mergeRow(node, row, inc.row, chain, ref, ctx), group: moved ? inc.group : group });
      continue;
    }
    if (!inScope) {
      baseOut.push({ row: mergeRow(node, row, undefined, chain, ref, ctx), group });
      continue;
    }
    if (ctx.removeMissing) {
      reportRemoved(node, row, chain, ctx);
      baseOut.push(undefined);
      continue;
    }
    ctx.result.missing.push(ref);
    baseOut.push({ row: clone(row, ctx, ref), group });
  }
  for (const inc of incoming) {
    if (matched.has(inc.id)) continue;
    if (!inScope && baseParent !== undefined) {
      if (holdsReachedRows(node, inc.row, ctx)) unplaced(node, inc, chain, ctx);
      continue;
    }
    const ref = makeRef(node, inc.id, inc.row, chain);
    ctx.result.added.push(ref);
    addedOut.set(inc.id, { row: mergeRow(node, undefined, inc.row, chain, ref, ctx), group: inc.group });
  }
  if (!inScope) return [...baseOut.filter((e) => e !== undefined), ...addedOut.values()];
  // A merged collection takes the incoming order; base rows absent from it stay after their base predecessor.
  const out: Entry[] = [];
  const used = new Set<number>();
  for (const inc of incoming) {
    const index = baseIndexById.get(inc.id);
    if (index !== undefined) {
      out.push(baseOut[index]!);
      used.add(index);
    } else {
      const entry = addedOut.get(inc.id);
      if (entry !== undefined) out.push(entry);
    }
  }
  // Each base row absent from the incoming list follows its base predecessor (the previous base row kept), or
  // leads when it has none. Every kept base row has at most one such follower, so the followers form chains that
  // are emitted after their head in one linear pass (no search and splice per row).
  const follower = new Map<Entry, Entry>();
  let leading: Entry | undefined;
  let previous: Entry | undefined;
  baseOut.forEach((entry, index) => {
    if (entry === undefined) return;
    if (!used.has(index)) {
      if (previous === undefined) leading = entry;
      else follower.set(previous, entry);
    }
    previous = entry;
  });
  if (leading === undefined && follower.size === 0) return out;
  const ordered: Entry[] = [];
  const emit = (head: Entry) => {
    for (let e: Entry | undefined = head; e !== undefined; e = follower.get(e)) ordered.push(e);
  };
  if (leading !== undefined) emit(leading);
  for (const entry of out) emit(entry);
  return ordered;
}

function holdsReachedRows(node: Node, row: unknown, ctx: Context): boolean {
  return node.children.some(
    (child) =>
      ctx.reach.has(child.info.id) &&
      (child.info.singleton ? own(row, child.rel[0]!) !== undefined : rowsUnder(row, child).length > 0),
  );
}

/** An incoming row of a collection that is not merged, not in the base, holding rows of merged collections. */
function unplaced(node: Node, slot: Slot, chain: readonly string[], ctx: Context): void {
  const entity = node.info.entity;
  const where = [...chain, slot.id].join(' › ');
  ctx.result.issues.push(
    issue([], 'unknown_reference', {
      id: `${entity.id} "${where}" tidak ada di workspace, jadi baris di dalamnya tidak diambil; gabungkan juga ${node.info.entityPlural.id.toLowerCase()}`,
      en: `${entity.en} "${where}" is not in the workspace, so the rows it holds were not imported; merge ${node.info.entityPlural.en.toLowerCase()} too`,
    }),
  );
}

// ─── incoming rows per collection → a tree shaped like a workspace ───────────────────────────────────────────────

function isWorkspaceForm(incoming: unknown): boolean {
  if (!isObject(incoming)) return false;
  return !Object.values(incoming).every((v) => Array.isArray(v));
}

function collectionIdOf(key: string): CollectionId | undefined {
  return tree().byId.has(key as CollectionId) ? (key as CollectionId) : undefined;
}

function unknownCollection(key: string, ctx: Context): void {
  ctx.result.issues.push(
    issue([key], 'unknown_collection', {
      id: `"${key}" bukan koleksi workspace; barisnya tidak diambil`,
      en: `"${key}" is not a workspace collection; its rows were not imported`,
    }),
  );
}

/** Top-level row (the parent is the root or a singleton): the list it goes in. */
function fixedList(root: Data, node: Node): unknown[] {
  return getOrCreateList(root, node.info.path.slice(0, -1));
}

function buildTree(incoming: Data, base: unknown, ctx: Context): Data {
  const root: Data = {};
  const { byId, root: rootNode } = tree();
  for (const info of COLLECTIONS) {
    if (!Object.hasOwn(incoming, info.id)) continue;
    const node = byId.get(info.id)!;
    const items = incoming[info.id] as unknown[];
    if (node === rootNode) {
      if (isObject(items[0])) Object.assign(root, clone(items[0], ctx) as Data);
      continue;
    }
    if (info.singleton) {
      if (items.length > 1) {
        ctx.result.issues.push(
          issue([info.id], 'too_big', {
            id: `${info.entity.id} hanya boleh satu; hanya baris pertama yang diambil`,
            en: `There is only one ${info.entity.en.toLowerCase()}; only the first row was imported`,
          }),
        );
      }
      if (isObject(items[0])) {
        const path = info.path;
        const existing = valueAt(root, path);
        setAt(root, path, { ...(isObject(existing) ? existing : {}), ...(clone(items[0], ctx) as Data) });
      }
      continue;
    }
    if (node.ancestors.length === 0) {
      const list = fixedList(root, node);
      for (const item of items) list.push(clone(item, ctx));
      continue;
    }
    // Rows given on their own replace the rows of this collection inside the incoming parents.
    for (const parent of rowsOf(root, node.ancestors[node.ancestors.length - 1]!)) {
      for (const { group } of listsUnder(parent, node)) setAt(parent as Data, group, []);
    }
    const index = chainIndex(root, base, node.ancestors[node.ancestors.length - 1]!);
    items.forEach((item, i) => {
      placeNested(root, index, node, item, [info.id, i], ctx);
    });
  }
  return root;
}

/** Every row of a (non-singleton) collection in a workspace-shaped tree. */
function rowsOf(tree: unknown, node: Node): unknown[] {
  const levels = [...node.ancestors, node];
  let rows: unknown[] = [];
  const top = valueAt(tree, levels[0]!.info.path.slice(0, -1));
  rows = Array.isArray(top) ? top : [];
  for (let level = 1; level < levels.length; level++) {
    rows = rows.flatMap((r) => rowsUnder(r, levels[level]!).map((x) => x.row));
  }
  return rows;
}

function chainsOf(tree: unknown, node: Node): string[][] {
  // Every row of `node` in a workspace-shaped tree, as the chain of ids from the top-level row down to it.
  const out: string[][] = [];
  const levels = [...node.ancestors, node];
  const walk = (parent: unknown, level: number, chain: string[]) => {
    const current = levels[level]!;
    const container = level === 0 ? valueAt(parent, current.info.path.slice(0, -1)) : undefined;
    const rows =
      level === 0
        ? Array.isArray(container)
          ? container
          : []
        : rowsUnder(parent, current).map((r) => r.row);
    for (const row of rows) {
      const id = idOfRow(row, current);
      if (id === undefined) continue;
      if (level === levels.length - 1) out.push([...chain, id]);
      else walk(row, level + 1, [...chain, id]);
    }
  };
  walk(tree, 0, []);
  return out;
}

/** Chains of the parent rows a nested row may name, by the parent's own id (incoming rows and base rows). */
type ChainIndex = Map<string, string[][]>;

function chainIndex(root: Data, base: unknown, parentNode: Node): ChainIndex {
  const index: ChainIndex = new Map();
  const seen = new Set<string>();
  for (const chain of [...chainsOf(root, parentNode), ...chainsOf(base, parentNode)]) {
    const key = chain.join('\u0000');
    if (seen.has(key)) continue;
    seen.add(key);
    const last = chain[chain.length - 1]!;
    const list = index.get(last);
    if (list === undefined) index.set(last, [chain]);
    else list.push(chain);
  }
  return index;
}

/** The `parentId` of a nested row as a list of ids, or undefined when it is malformed. */
function wantedChain(item: Data, node: Node): string[] | undefined {
  const given = item.parentId;
  const wanted =
    typeof given === 'string'
      ? [given]
      : Array.isArray(given) && given.every((g) => typeof g === 'string')
        ? [...(given as string[])]
        : undefined;
  return wanted === undefined || wanted.length === 0 || wanted.length > node.ancestors.length
    ? undefined
    : wanted;
}

/** Walks down the chain, creating id-only stubs for parents that are not merged; undefined when it cannot. */
function findOrStubParent(root: Data, node: Node, chain: readonly string[], ctx: Context): Data | undefined {
  let current: Data | undefined;
  for (let level = 0; level < chain.length; level++) {
    const levelNode = node.ancestors[level]!;
    const id = chain[level]!;
    const list =
      level === 0 ? fixedList(root, levelNode) : getOrCreateList(current!, levelNode.rel.slice(0, -1));
    let found = list.find((r) => idOfRow(r, levelNode) === id) as Data | undefined;
    if (found === undefined) {
      // A merged parent must be among the incoming rows; a stub of it would clear its fields.
      if (ctx.scope.has(levelNode.info.id) || levelNode.rel.slice(0, -1).includes('*')) return undefined;
      found = { [levelNode.info.idField]: id };
      list.push(found);
    }
    current = found;
  }
  return current;
}

function placeNested(
  root: Data,
  index: ChainIndex,
  node: Node,
  item: unknown,
  path: (string | number)[],
  ctx: Context,
): boolean {
  const entity = node.info.entity;
  const parentEntity = node.ancestors[node.ancestors.length - 1]!.info.entity;
  const fail = (at: (string | number)[], code: string, id: string, en: string): false => {
    ctx.result.issues.push(issue(at, code, { id, en }));
    return false;
  };
  if (!isObject(item) || !Object.hasOwn(item, 'row') || !Object.hasOwn(item, 'parentId')) {
    return fail(
      path,
      'invalid_value',
      `Baris ${entity.id.toLowerCase()} harus berbentuk { parentId, row } (parentId: id ${parentEntity.id.toLowerCase()})`,
      `A ${entity.en.toLowerCase()} row must be { parentId, row } (parentId: the ${parentEntity.en.toLowerCase()}'s id)`,
    );
  }
  const at = [...path, 'parentId'];
  const wanted = wantedChain(item, node);
  if (wanted === undefined) {
    return fail(
      at,
      'invalid_value',
      `parentId harus id ${parentEntity.id.toLowerCase()} (teks) atau daftar id dari atas`,
      `parentId must be the ${parentEntity.en.toLowerCase()}'s id (text) or the list of ids from the top`,
    );
  }
  const candidates = (index.get(wanted[wanted.length - 1]!) ?? []).filter((chain) =>
    wanted.every((id, i) => chain[chain.length - wanted.length + i] === id),
  );
  const shown = wanted.join(' › ');
  if (candidates.length === 0) {
    return fail(
      at,
      'unknown_reference',
      `${parentEntity.id} "${shown}" tidak ada; baris ${entity.id.toLowerCase()} ini tidak diambil`,
      `${parentEntity.en} "${shown}" does not exist; this ${entity.en.toLowerCase()} row was not imported`,
    );
  }
  if (candidates.length > 1) {
    return fail(
      at,
      'ambiguous_reference',
      `Ada beberapa ${parentEntity.id.toLowerCase()} "${shown}"; beri parentId berupa daftar id dari atas`,
      `There are several ${parentEntity.en.toLowerCase()} rows "${shown}"; give parentId as the list of ids from the top`,
    );
  }
  const parent = findOrStubParent(root, node, candidates[0]!, ctx);
  if (parent === undefined) {
    const full = candidates[0]!.join(' › ');
    return fail(
      at,
      'unknown_reference',
      `${parentEntity.id} "${full}" tidak ada di data yang diimpor; baris ${entity.id.toLowerCase()} ini tidak diambil`,
      `${parentEntity.en} "${full}" is not in the imported data; this ${entity.en.toLowerCase()} row was not imported`,
    );
  }
  const group = node.rel.slice(0, -1).map((segment) => (segment === '*' ? item.list : segment));
  if (group.some((g) => typeof g !== 'string' || g === '' || FORBIDDEN.has(g))) {
    return fail(
      [...path, 'list'],
      'required',
      `Baris ${entity.id.toLowerCase()} perlu "list" (daftar mana di ${parentEntity.id.toLowerCase()})`,
      `A ${entity.en.toLowerCase()} row needs "list" (which list of the ${parentEntity.en.toLowerCase()})`,
    );
  }
  getOrCreateList(parent, group as string[]).push(clone(item.row, ctx));
  return true;
}

// ─── the entry point ────────────────────────────────────────────────────────────────────────────────────────────

/**
 * Merges incoming records into a workspace by stable id and says exactly what changed: records `added`,
 * `updated` (with each changed field, dotted key, before and after), `unchanged`, `missing` from the incoming
 * data (kept, unless `removeMissing`, then `removed`). Nested rows (budget lines, KPIs, measurements, findings,
 * body members, programmes, regulations) are matched by their id among the rows of the same parent, and every
 * collection follows the registry (`COLLECTIONS`), so nothing is hand-listed here.
 *
 * - The incoming row replaces the base row's own fields (a field absent from it is a change to `undefined`);
 *   nested collections are merged separately, and collections not merged keep the base's rows.
 * - An added record comes with its nested rows, each listed as added; a removed one likewise.
 * - Never silently drops a row: a row without an id (and without a name to derive one from with
 *   `deriveStableId`), a duplicate id, a nested row whose parent is unknown or ambiguous, and a municipality whose
 *   region code differs from the base's are `issues` (the last is an `identity_mismatch` error and the base's
 *   municipality is kept). A row without id but with a name gets a derived id and a `derived_id` warning.
 * - Pure: the inputs are not changed; the merged workspace is a new object. It is not validated again: call
 *   `validateWorkspace` on it (a merged row may reference a record that does not exist).
 *
 * @example
 * ```ts
 * import { SAMPLE_WORKSPACES } from '@smartcity/core/samples';
 * const base = SAMPLE_WORKSPACES['pontianak-2023'];
 * const edited = structuredClone(base);
 * edited.innovations[0]!.status = 'evaluated';
 * const result = mergeWorkspace(base, edited);
 * result.updated; // [{ ref: { collection: 'innovations', id: …, label: … }, changes: [{ key: 'status', before: …, after: 'evaluated' }] }]
 * mergeWorkspace(base, { agencies: [{ id: 'dishub', name: 'Dinas Perhubungan' }] }).added; // [{ collection: 'agencies', id: 'dishub', … }]
 * ```
 */
export function mergeWorkspace(
  base: Workspace,
  incoming: MergeIncoming,
  options: MergeOptions = {},
): MergeResult {
  const { root, byId } = tree();
  const ctx: Context = {
    scope: new Set(),
    reach: new Set(),
    removeMissing: options.removeMissing === true,
    keepAbsent: options.keepAbsentFields === true,
    result: { added: [], updated: [], unchanged: [], missing: [], removed: [], issues: [] },
  };
  const scope = ctx.scope as Set<CollectionId>;
  const workspaceForm = isWorkspaceForm(incoming);
  if (!isObject(incoming)) {
    ctx.result.issues.push(
      issue([], 'invalid_type', {
        id: 'Data yang digabungkan harus workspace atau baris per koleksi',
        en: 'The data to merge must be a workspace or rows per collection',
      }),
    );
  }
  if (options.collections !== undefined) {
    for (const id of options.collections) {
      if (collectionIdOf(String(id)) === undefined) unknownCollection(String(id), ctx);
      else scope.add(id);
    }
  } else if (workspaceForm) {
    for (const id of byId.keys()) scope.add(id);
  } else if (isObject(incoming)) {
    for (const key of Object.keys(incoming)) {
      const id = collectionIdOf(key);
      if (id === undefined) unknownCollection(key, ctx);
      else scope.add(id);
    }
  }
  for (const id of scope) {
    for (
      let node = byId.get(id);
      node !== undefined;
      node = node.info.parent ? byId.get(node.info.parent) : undefined
    ) {
      (ctx.reach as Set<CollectionId>).add(node.info.id);
    }
  }
  (ctx.reach as Set<CollectionId>).add(root.info.id);
  const tree_ = !isObject(incoming) ? {} : workspaceForm ? incoming : buildTree(incoming as Data, base, ctx);
  const ref = makeRef(root, root.info.id, base, []);
  if (ctx.scope.has(root.info.id)) reportMatched(root, base, tree_, ref, ctx);
  const workspace = mergeRow(root, isObject(base) ? base : {}, tree_, [], ref, ctx) as unknown as Workspace;
  return { workspace, ...ctx.result };
}

function count(n: number, id: string, en: string, lang: Lang): string {
  return `${n} ${lang === 'en' ? en : id}`;
}

/**
 * One paragraph about a merge, in `id` or `en`:
 * `2 ditambahkan, 1 diubah, 40 tetap, 3 tidak ada di sumber (dipertahankan), 0 dihapus; 1 masalah.`
 *
 * @example
 * ```ts
 * summarizeMerge(mergeWorkspace(base, base), 'en'); // '0 added, 0 updated, 59 unchanged, 0 missing from the source (kept), 0 removed.'
 * ```
 */
export function summarizeMerge(result: MergeResult, lang: Lang = 'id'): string {
  const text: LocalizedText = {
    id: [
      count(result.added.length, 'ditambahkan', 'added', 'id'),
      count(result.updated.length, 'diubah', 'updated', 'id'),
      count(result.unchanged.length, 'tetap', 'unchanged', 'id'),
      count(result.missing.length, 'tidak ada di sumber (dipertahankan)', '', 'id'),
      count(result.removed.length, 'dihapus', 'removed', 'id'),
    ].join(', '),
    en: [
      count(result.added.length, '', 'added', 'en'),
      count(result.updated.length, '', 'updated', 'en'),
      count(result.unchanged.length, '', 'unchanged', 'en'),
      count(result.missing.length, '', 'missing from the source (kept)', 'en'),
      count(result.removed.length, '', 'removed', 'en'),
    ].join(', '),
  };
  const issues = result.issues.length;
  const tail =
    issues === 0
      ? '.'
      : lang === 'en'
        ? `; ${issues} ${issues === 1 ? 'issue' : 'issues'}.`
        : `; ${issues} masalah.`;
  return `${lang === 'en' ? text.en : text.id}${tail}`;
}
