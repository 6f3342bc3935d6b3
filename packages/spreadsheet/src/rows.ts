// Rows of a sheet from a workspace, walked one at a time with the core's `eachRow` (no knowledge of the model's
// shape here).
import { eachRow, getFieldValue, type Workspace } from '@smartcity/core';
import { ANCESTOR_PREFIX, GROUP_KEY, PARENT_KEY, type SheetColumn, type SheetPlan } from './columns.js';

export interface PlanRow {
  row: unknown;
  /** Ids of the non-singleton ancestors, top-level first (the last is the parent). */
  ancestorIds: readonly string[];
  /** For rows that sit in one of several lists (findings): the list's name. */
  group?: string;
}

/** How many rows a sheet has, counted without listing them. */
export function rowCount(ws: Workspace, plan: SheetPlan): number {
  let n = 0;
  for (const _ of eachRow(ws, plan.collection.id)) n++;
  return n;
}

/** The number of rows on each data sheet. */
export function rowCounts(ws: Workspace, plans: readonly SheetPlan[]): Map<SheetPlan, number> {
  return new Map(plans.map((p) => [p, rowCount(ws, p)]));
}

const NO_ANCESTORS: readonly string[] = Object.freeze([]);

/**
 * The rows of a sheet one at a time, in the workspace's order: a writer commits each row before the next is made,
 * so the sheet is never held. Stops after `limit` rows when given.
 */
export function* planRows(
  ws: Workspace,
  plan: SheetPlan,
  limit = Number.POSITIVE_INFINITY,
): Generator<PlanRow> {
  if (limit <= 0) return;
  const hasGroup = plan.columns.some((c) => c.kind === 'group');
  const depths = plan.ancestors.map((a) => a.path.length);
  const idFields = plan.ancestors.map((a) => a.idField);
  const groupDepth = plan.collection.path.length - 2;
  let n = 0;
  for (const { row, values, keys } of eachRow(ws, plan.collection.id)) {
    let ancestorIds = NO_ANCESTORS;
    if (depths.length > 0) {
      const ids: string[] = new Array(depths.length);
      for (let i = 0; i < depths.length; i++) {
        const id = getFieldValue(values[depths[i]!], idFields[i]!);
        ids[i] = typeof id === 'string' ? id : '';
      }
      ancestorIds = ids;
    }
    const out: PlanRow = { row, ancestorIds };
    if (hasGroup) out.group = String(keys[groupDepth]);
    yield out;
    if (++n >= limit) return;
  }
}

/** All rows of a sheet (for the importer's index of the base workspace). */
export function rowsOf(ws: Workspace, plan: SheetPlan): PlanRow[] {
  return [...planRows(ws, plan)];
}

const getters = new WeakMap<SheetColumn, (row: unknown) => unknown>();

/** A compiled getter for a dotted key (own properties only, like the core's `getFieldValue`). */
function getterOf(column: SheetColumn): (row: unknown) => unknown {
  let g = getters.get(column);
  if (g) return g;
  const parts = column.key.split('.');
  g = (row: unknown) => {
    let v: unknown = row;
    for (const p of parts) {
      if (typeof v !== 'object' || v === null || Array.isArray(v) || !Object.hasOwn(v, p)) return undefined;
      v = (v as Record<string, unknown>)[p];
    }
    return v;
  };
  getters.set(column, g);
  return g;
}

/** What a column shows for a row: a reader decided once per sheet rather than once per cell. */
export function columnReader(plan: SheetPlan, column: SheetColumn): (r: PlanRow) => unknown {
  if (column.kind !== 'parent' && column.kind !== 'group') {
    const get = getterOf(column);
    return (r) => get(r.row);
  }
  if (column.key === PARENT_KEY) return (r) => r.ancestorIds[r.ancestorIds.length - 1];
  if (column.key === GROUP_KEY) return (r) => r.group;
  if (column.key.startsWith(ANCESTOR_PREFIX)) {
    const id = column.key.slice(ANCESTOR_PREFIX.length);
    const index = plan.ancestors.findIndex((a) => a.id === id);
    return (r) => r.ancestorIds[index];
  }
  const key = column.key;
  return (r) => getFieldValue(r.row, key);
}

export const rowValue = getFieldValue;
