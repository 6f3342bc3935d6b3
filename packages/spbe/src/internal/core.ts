// The one place where this package touches the core 0.2 import plumbing (deriveStableId, mergeWorkspace, the
// import report, Indonesian number and date parsing, the SPBE models). Everything else imports from here, so the
// adapter has a single seam to the core API contract.

import type { Issue, Workspace } from '@smartcity/core';
import * as core from '@smartcity/core';

const C = core as unknown as Record<string, unknown>;

export type { ImportReport, SourceLocation } from '@smartcity/core';

/** A core issue (core 0.2 issues carry an optional severity and source location). */
export type SourceIssue = Issue;

/** A reference to a record (core `RecordRef`). */
export interface RecordRef {
  collection: string;
  id: string;
  parentId?: string;
  label?: string;
}

/** The core's merge result. */
export interface MergeResult {
  workspace: Workspace;
  added: RecordRef[];
  updated: { ref: RecordRef; changes: { key: string; before: unknown; after: unknown }[] }[];
  unchanged: RecordRef[];
  missing: RecordRef[];
  removed: RecordRef[];
  issues: Issue[];
}

type DeriveStableId = (
  parts: readonly (string | number)[],
  options?: { prefix?: string; taken?: ReadonlySet<string> },
) => string;

function localSlug(parts: readonly (string | number)[]): string {
  return parts
    .map((p) =>
      String(p)
        .normalize('NFKD')
        .replace(/[\u0300-\u036f]/g, '')
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-+|-+$/g, ''),
    )
    .filter((p) => p !== '')
    .join('-');
}

function fnv(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(36);
}

const localDeriveStableId: DeriveStableId = (parts, options = {}) => {
  const prefix = options.prefix ? localSlug([options.prefix]) : '';
  let base = localSlug(parts);
  if (base === '') base = `x${fnv(parts.join('\u0000'))}`;
  base = (prefix ? `${prefix}-${base}` : base).slice(0, 56).replace(/-+$/, '');
  if (!/^[a-z0-9]/.test(base)) base = `x${base}`.slice(0, 56);
  const taken = options.taken;
  if (!taken?.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
};

/** Deterministic id slug from source keys (core `deriveStableId`). */
export const deriveStableId: DeriveStableId =
  typeof C.deriveStableId === 'function' ? (C.deriveStableId as DeriveStableId) : localDeriveStableId;

type MergeFn = (
  base: Workspace,
  incoming: Partial<Record<string, readonly unknown[]>>,
  options?: { collections?: readonly string[]; removeMissing?: boolean },
) => MergeResult;

function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const keys = Object.keys(value).sort();
    return `{${keys
      .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
      .map((k) => `${JSON.stringify(k)}:${stableJson((value as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value);
}

const TOP_LEVEL = ['agencies', 'applications', 'evaluations', 'innovations'] as const;

const localMerge: MergeFn = (base, incoming) => {
  const ws = { ...base } as Record<string, unknown>;
  const result: MergeResult = {
    workspace: base,
    added: [],
    updated: [],
    unchanged: [],
    missing: [],
    removed: [],
    issues: [],
  };
  for (const collection of TOP_LEVEL) {
    const rows = incoming[collection];
    if (!rows) continue;
    const current = [...((base as unknown as Record<string, { id: string }[]>)[collection] ?? [])];
    const index = new Map(current.map((r, i) => [r.id, i]));
    for (const row of rows as { id: string }[]) {
      const at = index.get(row.id);
      const ref = { collection, id: row.id };
      if (at === undefined) {
        index.set(row.id, current.length);
        current.push(row);
        result.added.push(ref);
      } else if (stableJson(current[at]) === stableJson(row)) result.unchanged.push(ref);
      else {
        result.updated.push({ ref, changes: [{ key: '*', before: current[at], after: row }] });
        current[at] = row;
      }
    }
    ws[collection] = current;
  }
  result.workspace = ws as unknown as Workspace;
  return result;
};

/** Merges incoming rows into a workspace by id (core `mergeWorkspace`). */
export const mergeWorkspace: MergeFn =
  typeof C.mergeWorkspace === 'function' ? (C.mergeWorkspace as MergeFn) : localMerge;

// Committed in core 0.2.
export { parseIndonesianDate, parseIndonesianNumber } from '@smartcity/core';

/** Whether the core in use provides the given contract export (used in tests and diagnostics). */
export function coreHas(name: string): boolean {
  return C[name] !== undefined;
}
