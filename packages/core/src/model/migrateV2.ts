import { deriveStableId } from '../registry/ids.js';
import { migrateSpbeScoresV1 } from './evaluation.js';

// Workspace format 1 → 2: every nested row gets a stable id. The input is raw (from JSON.parse, possibly hostile):
// only shapes that are recognisably version 1 are changed, anything else is left for the schema to report, and
// nothing is mutated (changed containers are copied).

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Ids already present among the rows, so derived ids never collide with them. */
function takenIds(rows: readonly unknown[]): Set<string> {
  const taken = new Set<string>();
  for (const row of rows) if (isObject(row) && typeof row.id === 'string') taken.add(row.id);
  return taken;
}

/** Adds `id` to each object row that has none, derived from `keys(row)`; other rows stay as they are. */
function withRowIds(rows: unknown, keys: (row: Json) => readonly (string | number)[]): unknown {
  if (!Array.isArray(rows)) return rows;
  const taken = takenIds(rows);
  return rows.map((row) => {
    if (!isObject(row) || Object.hasOwn(row, 'id')) return row;
    const id = deriveStableId(keys(row).map(String), { taken });
    taken.add(id);
    return { id, ...row };
  });
}

function text(value: unknown): string {
  return typeof value === 'string' || typeof value === 'number' ? String(value) : '';
}

/** Version 1 findings are strings; version 2 rows are `{ id, text }`. */
function findingRows(list: unknown): unknown {
  if (!Array.isArray(list)) return list;
  const taken = takenIds(list);
  return list.map((item) => {
    if (typeof item !== 'string') return item;
    const id = deriveStableId([item], { taken });
    taken.add(id);
    return { id, text: item };
  });
}

function migrateInnovation(innovation: unknown): unknown {
  if (!isObject(innovation)) return innovation;
  const out: Json = { ...innovation };
  if (Object.hasOwn(out, 'budget'))
    out.budget = withRowIds(out.budget, (b) => [text(b.source), text(b.year)]);
  if (Array.isArray(out.kpis)) {
    out.kpis = out.kpis.map((kpi: unknown) => {
      if (!isObject(kpi) || !Object.hasOwn(kpi, 'measurements')) return kpi;
      return { ...kpi, measurements: withRowIds(kpi.measurements, (m) => [text(m.date)]) };
    });
  }
  return out;
}

function migrateBody(body: unknown): unknown {
  if (!isObject(body) || !Array.isArray(body.memberIds) || Object.hasOwn(body, 'members')) return body;
  const { memberIds, ...rest } = body;
  const taken = new Set<string>();
  const members = memberIds.map((memberId: unknown) => {
    if (typeof memberId !== 'string') return memberId;
    const id = deriveStableId([memberId], { taken });
    taken.add(id);
    return { id, memberId };
  });
  const out: Json = {};
  // Keep the field order of the record, with `members` where `memberIds` was.
  for (const key of Object.keys(body)) {
    if (key === 'memberIds') out.members = members;
    else out[key] = rest[key];
  }
  return renameIllustrative(out, 'memberIds', 'members');
}

/** `provenance.illustrative` names fields; a renamed field keeps its mark. */
function renameIllustrative(record: Json, from: string, to: string): Json {
  const provenance = record.provenance;
  if (!isObject(provenance) || !Array.isArray(provenance.illustrative)) return record;
  if (!provenance.illustrative.includes(from)) return record;
  const illustrative = provenance.illustrative.map((f: unknown) => (f === from ? to : f));
  return { ...record, provenance: { ...provenance, illustrative } };
}

function migrateEvaluation(evaluation: unknown): unknown {
  if (!isObject(evaluation)) return evaluation;
  const out: Json = { ...evaluation };
  const findings = out.findings;
  if (isObject(findings)) {
    const next: Json = { ...findings };
    for (const list of ['strengths', 'weaknesses', 'recommendations']) {
      if (Object.hasOwn(next, list)) next[list] = findingRows(next[list]);
    }
    out.findings = next;
  }
  const scores = out.scores;
  if (isObject(scores) && Object.hasOwn(scores, 'spbe')) {
    out.scores = { ...scores, spbe: migrateSpbeScoresV1(scores.spbe, out.kind) };
  }
  return out;
}

function mapList(value: unknown, migrate: (item: unknown) => unknown): unknown {
  return Array.isArray(value) ? value.map(migrate) : value;
}

/**
 * Workspace format 1 → 2 (the step of `WORKSPACE_MIGRATIONS`): budget lines and KPI measurements get an `id`
 * (`apbd-2024`, `2024-06-30`), findings become `{ id, text }`, a body's `memberIds` become `members`
 * (`{ id, memberId }`). Ids come from `deriveStableId`, so migrating the same file twice gives the same ids.
 */
export function migrateWorkspaceV1ToV2(workspace: Record<string, unknown>): Record<string, unknown> {
  const out: Json = { ...workspace };
  if (Object.hasOwn(out, 'innovations')) out.innovations = mapList(out.innovations, migrateInnovation);
  if (Object.hasOwn(out, 'bodies')) out.bodies = mapList(out.bodies, migrateBody);
  if (Object.hasOwn(out, 'evaluations')) out.evaluations = mapList(out.evaluations, migrateEvaluation);
  return out;
}
