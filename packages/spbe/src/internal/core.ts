// The one place where this package touches the core 0.2 import plumbing (deriveStableId, mergeWorkspace, the
// import report, Indonesian number and date parsing, the SPBE models). Everything else imports from here, so the
// adapter has a single seam to the core API contract.

import type { Issue, LocalizedText, Result, Workspace } from '@smartcity/core';
import * as core from '@smartcity/core';

const C = core as unknown as Record<string, unknown>;

/** Where in a source file a value came from (core `SourceLocation`). */
export interface SourceLocation {
  file?: string;
  sheet?: string;
  row?: number;
  column?: string | number;
  header?: string;
  value?: unknown;
}

/** A core issue with the optional severity and source location of core 0.2. */
export type SourceIssue = Issue & { severity?: 'error' | 'warning'; source?: SourceLocation };

/** The core's import report. */
export interface ImportReport {
  source: { file?: string; kind?: string; format?: string };
  counts: { read: number; mapped: number; extension: number; rejected: number };
  rows?: readonly { source: SourceLocation; status: 'mapped' | 'extension' | 'rejected'; issues: Issue[] }[];
  issues: Issue[];
}

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

type NumberParser = (text: string, options?: { locale?: 'id' | 'en' | 'auto' }) => Result<number>;
type DateParser = (text: string, options?: { order?: 'dmy' | 'mdy' }) => Result<string>;

const MONTHS: Record<string, number> = {
  januari: 1,
  january: 1,
  jan: 1,
  februari: 2,
  february: 2,
  feb: 2,
  pebruari: 2,
  maret: 3,
  march: 3,
  mar: 3,
  april: 4,
  apr: 4,
  mei: 5,
  may: 5,
  juni: 6,
  june: 6,
  jun: 6,
  juli: 7,
  july: 7,
  jul: 7,
  agustus: 8,
  august: 8,
  agu: 8,
  agt: 8,
  aug: 8,
  september: 9,
  sep: 9,
  sept: 9,
  oktober: 10,
  october: 10,
  okt: 10,
  oct: 10,
  november: 11,
  nopember: 11,
  nov: 11,
  desember: 12,
  december: 12,
  des: 12,
  dec: 12,
};

function fail<T>(code: string, message: LocalizedText): Result<T> {
  return { success: false, issues: [{ path: [], code, message }] };
}

function civil(y: number, m: number, d: number): Result<string> {
  const date = new Date(Date.UTC(y, m - 1, d));
  if (y < 1000 || y > 9999 || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) {
    return fail('invalid_value', { id: 'Tanggal tidak ada di kalender', en: 'No such calendar date' });
  }
  return { success: true, data: `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}` };
}

const localParseDate: DateParser = (text, options = {}) => {
  const t = text.trim();
  let m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(t);
  if (m) return civil(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{1,2})\s+([A-Za-z]+)\.?\s+(\d{4})$/.exec(t);
  if (m) {
    const month = MONTHS[m[2]!.toLowerCase()];
    if (month) return civil(Number(m[3]), month, Number(m[1]));
  }
  m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(t);
  if (m) {
    const a = Number(m[1]);
    const b = Number(m[2]);
    const y = Number(m[3]);
    if (options.order === 'mdy') return civil(y, a, b);
    if (options.order === 'dmy' || a > 12) return civil(y, b, a);
    if (b > 12)
      return fail('ambiguous_value', { id: 'Urutan tanggal tidak jelas', en: 'Ambiguous date order' });
    if (a === b) return civil(y, b, a);
    return fail('ambiguous_value', { id: 'Urutan tanggal tidak jelas', en: 'Ambiguous date order' });
  }
  return fail('invalid_format', { id: 'Bukan tanggal', en: 'Not a date' });
};

const localParseNumber: NumberParser = (text) => {
  let t = text
    .trim()
    .replace(/^rp\.?\s*/i, '')
    .replace(/\s+/g, '');
  if (/^-?\d{1,3}(\.\d{3})+(,\d+)?$/.test(t)) t = t.replace(/\./g, '').replace(',', '.');
  else if (/^-?\d+,\d+$/.test(t)) t = t.replace(',', '.');
  else if (/^-?\d{1,3}(,\d{3})+(\.\d+)?$/.test(t)) t = t.replace(/,/g, '');
  if (!/^-?\d+(\.\d+)?$/.test(t)) return fail('invalid_format', { id: 'Bukan angka', en: 'Not a number' });
  return { success: true, data: Number(t) };
};

/** Indonesian number parsing (core `parseIndonesianNumber`). */
export const parseIndonesianNumber: NumberParser =
  typeof C.parseIndonesianNumber === 'function'
    ? (C.parseIndonesianNumber as NumberParser)
    : localParseNumber;

/** Indonesian date parsing (core `parseIndonesianDate`). */
export const parseIndonesianDate: DateParser =
  typeof C.parseIndonesianDate === 'function' ? (C.parseIndonesianDate as DateParser) : localParseDate;

/** Whether the core in use provides the given contract export (used in tests and diagnostics). */
export function coreHas(name: string): boolean {
  return C[name] !== undefined;
}
