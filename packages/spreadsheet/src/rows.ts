// Rows of a sheet from a workspace, via the core's `listRows` (no knowledge of the model's shape here).
import { getFieldValue, listRows, type Workspace } from '@smartcity/core';
import { ANCESTOR_PREFIX, GROUP_KEY, PARENT_KEY, type SheetColumn, type SheetPlan } from './columns.js';

export interface PlanRow {
  row: unknown;
  /** Ids of the non-singleton ancestors, top-level first (the last is the parent). */
  ancestorIds: string[];
  /** For rows that sit in one of several lists (findings): the list's name. */
  group?: string;
}

function at(ws: unknown, path: readonly (string | number)[]): unknown {
  let v: unknown = ws;
  for (const step of path) {
    if (typeof v !== 'object' || v === null) return undefined;
    v = (v as Record<string | number, unknown>)[step];
  }
  return v;
}

export function rowsOf(ws: Workspace, plan: SheetPlan): PlanRow[] {
  const hasGroup = plan.columns.some((c) => c.kind === 'group');
  return listRows(ws, plan.collection.id).map((r) => {
    const ancestorIds = plan.ancestors.map((a) => {
      const id = getFieldValue(at(ws, r.path.slice(0, a.path.length)), a.idField);
      return typeof id === 'string' ? id : '';
    });
    const out: PlanRow = { row: r.row, ancestorIds };
    if (hasGroup) out.group = String(r.path[r.path.length - 2]);
    return out;
  });
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

/** The value a column shows for a row. */
export function columnValue(plan: SheetPlan, column: SheetColumn, r: PlanRow): unknown {
  if (column.kind !== 'parent' && column.kind !== 'group') return getterOf(column)(r.row);
  if (column.key === PARENT_KEY) return r.ancestorIds[r.ancestorIds.length - 1];
  if (column.key === GROUP_KEY) return r.group;
  if (column.key.startsWith(ANCESTOR_PREFIX)) {
    const id = column.key.slice(ANCESTOR_PREFIX.length);
    return r.ancestorIds[plan.ancestors.findIndex((a) => a.id === id)];
  }
  return getFieldValue(r.row, column.key);
}

export const rowValue = getFieldValue;
