import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { BudgetLineSchema, InnovationSchema } from '../model/innovation.js';
import { WorkspaceSchema } from '../model/workspace.js';
import { SAMPLE_WORKSPACES } from '../samples/index.js';
import { COLLECTIONS, fieldMeta, getCollection } from './collections.js';
import type { CollectionId } from './meta.js';
import { eachRow, getFieldValue, listRows } from './structure.js';

const bilingual = (text: { id: string; en: string } | undefined) =>
  text !== undefined && text.id.trim().length > 0 && text.en.trim().length > 0;

interface Def {
  type: string;
  innerType?: z.core.$ZodType;
  shape?: Record<string, z.core.$ZodType>;
  element?: z.core.$ZodType;
  entries?: Record<string, string>;
  values?: unknown[];
}
const defOf = (s: z.core.$ZodType): Def => (s as unknown as { _zod: { def: Def } })._zod.def;
const unwrap = (s: z.core.$ZodType): z.core.$ZodType => {
  let d = defOf(s);
  while (d.innerType && ['optional', 'default', 'nullable'].includes(d.type)) {
    s = d.innerType;
    d = defOf(s);
  }
  return s;
};

/** Every leaf key path of the workspace schema, walking objects and arrays of objects (`*` for an index). */
function schemaLeaves(schema: z.core.$ZodType, path: string[] = []): string[][] {
  const inner = unwrap(schema);
  const def = defOf(inner);
  if (def.type === 'object') {
    return Object.entries(def.shape ?? {}).flatMap(([k, v]) => schemaLeaves(v, [...path, k]));
  }
  if (def.type === 'array' && defOf(unwrap(def.element!)).type === 'object') {
    return schemaLeaves(def.element!, [...path, '*']);
  }
  return [path];
}

describe('collection registry', () => {
  it('gives every field of every collection a label in both languages, and every enum option too', () => {
    let fields = 0;
    for (const c of COLLECTIONS) {
      expect(bilingual(c.entity) && bilingual(c.entityPlural), c.id).toBe(true);
      for (const f of c.fields) {
        fields++;
        // a field without an entry in the table would carry its key as label
        expect(f.label.en === f.key && f.label.id === f.key, `${c.id}.${f.key} has no label`).toBe(false);
        expect(bilingual(f.label), `${c.id}.${f.key}`).toBe(true);
        if (f.description) expect(bilingual(f.description), `${c.id}.${f.key} description`).toBe(true);
        if (f.kind === 'enum') {
          expect(f.options?.length, `${c.id}.${f.key} options`).toBeGreaterThan(0);
          for (const o of f.options ?? [])
            expect(bilingual(o.label), `${c.id}.${f.key}=${o.value}`).toBe(true);
        }
      }
    }
    expect(fields).toBeGreaterThan(120);
  });

  it('covers every leaf of the workspace schema exactly once (walked from the zod schema, not from a list)', () => {
    const covered = new Set<string>();
    for (const c of COLLECTIONS) {
      for (const f of c.fields) {
        const key = [...c.path, ...f.key.split('.')].join('/');
        expect(covered.has(key), key).toBe(false);
        covered.add(key);
      }
    }
    // the three finding lists are one collection whose path has '*' for the list
    const leaves = schemaLeaves(WorkspaceSchema).map((p) =>
      p.join('/').replace(/findings\/(?:strengths|weaknesses|recommendations)\//, 'findings/*/'),
    );
    // objects kept whole by the registry (calendar, provenance, SPBE scores) are leaves there, deeper here
    const whole = ['calendar', 'provenance', 'scores/spbe', 'readiness'];
    const missing = leaves.filter(
      (leaf) =>
        !covered.has(leaf) &&
        ![...covered].some((k) => whole.some((w) => k.endsWith(w)) && leaf.startsWith(`${k}/`)) &&
        // list-of-object leaves the registry keeps as one field (evidence, assessors, history)
        ![...covered].some((k) => leaf.startsWith(`${k}/*/`)),
    );
    expect(missing).toEqual([]);
  });

  it('takes enum options from the schema values, all of them, in the catalogue order', () => {
    for (const c of COLLECTIONS) {
      const shape = defOf(unwrap(c.schema)).shape ?? {};
      for (const f of c.fields.filter((x) => x.kind === 'enum')) {
        let s: z.core.$ZodType | undefined;
        let current: Record<string, z.core.$ZodType> = shape;
        for (const part of f.key.split('.')) {
          s = current[part];
          current = s ? (defOf(unwrap(s)).shape ?? {}) : {};
        }
        const def = defOf(unwrap(s!));
        const values = def.entries ? Object.values(def.entries) : (def.values ?? []);
        expect(new Set(f.options!.map((o) => o.value)), `${c.id}.${f.key}`).toEqual(new Set(values));
      }
    }
  });

  it('declares references that match the fields, and reference fields that name their collection', () => {
    const ids = new Set(COLLECTIONS.map((c) => c.id));
    for (const c of COLLECTIONS) {
      for (const r of c.references) {
        expect(ids.has(r.collection)).toBe(true);
        const field = c.fields.find((f) => f.key === r.field);
        expect(field?.reference, `${c.id}.${r.field}`).toBeDefined();
      }
      for (const f of c.fields.filter((x) => x.reference !== undefined)) {
        expect(c.references.some((r) => r.field === f.key && r.collection === f.reference)).toBe(true);
      }
      if (c.parent !== undefined) expect(ids.has(c.parent)).toBe(true);
    }
  });

  it('attaches the metadata to the schemas: fieldMeta finds it from a row schema shape', () => {
    expect(fieldMeta(InnovationSchema.shape.status)?.label).toEqual({ id: 'Status', en: 'Status' });
    expect(fieldMeta(InnovationSchema.shape.status)?.options?.[1]?.label.id).toBe('Berjalan');
    expect(fieldMeta(BudgetLineSchema.shape.amount)?.kind).toBe('rupiah');
    expect(fieldMeta(InnovationSchema.shape.agencyId)?.reference).toBe('agencies');
    expect(fieldMeta(z.string())).toBeUndefined();
    // every field's own schema instance carries exactly its collection's metadata
    for (const c of COLLECTIONS) {
      let schema: Record<string, z.core.$ZodType> = defOf(unwrap(c.schema)).shape ?? {};
      for (const f of c.fields) {
        schema = defOf(unwrap(c.schema)).shape ?? {};
        const parts = f.key.split('.');
        let s: z.core.$ZodType | undefined;
        for (const part of parts) {
          s = schema[part];
          schema = s ? (defOf(unwrap(s)).shape ?? {}) : {};
        }
        const { key: _k, required: _r, ...meta } = f;
        expect(fieldMeta(s!), `${c.id}.${f.key}`).toEqual(meta);
      }
    }
  });

  it('walks rows one at a time with one reused cursor whose values and keys lead from the workspace to the row', () => {
    for (const ws of Object.values(SAMPLE_WORKSPACES)) {
      for (const c of COLLECTIONS) {
        let cursor: unknown;
        let n = 0;
        for (const step of eachRow(ws, c.id)) {
          if (n++ === 0) cursor = step;
          expect(step).toBe(cursor);
          expect(step.values[0]).toBe(ws);
          expect(step.keys).toHaveLength(c.path.length);
          step.keys.forEach((key, d) => {
            expect(step.values[d + 1]).toBe((step.values[d] as Record<string | number, unknown>)[key]);
            if (c.path[d] !== '*') expect(key).toBe(c.path[d]);
          });
          expect(step.values[c.path.length]).toBe(step.row);
        }
        expect(n, c.id).toBe(listRows(ws, c.id).length);
      }
    }
    expect([...eachRow({ innovations: [{ budget: 'x' }, null] }, 'budgetLines')]).toEqual([]);
    expect([...eachRow(undefined, 'workspace')]).toEqual([]);
  });

  it('lists rows with their paths and parent ids, and reads dotted fields', () => {
    const ws = SAMPLE_WORKSPACES['pontianak-2023'];
    const kpis = listRows(ws, 'kpis');
    expect(kpis.length).toBe(ws.innovations.reduce((n, i) => n + i.kpis.length, 0));
    const measurements = listRows(ws, 'measurements');
    const first = measurements[0]!;
    expect(first.path.slice(0, 4)).toEqual(['innovations', 0, 'kpis', 0]);
    expect(first.parentId).toBe(ws.innovations[0]!.kpis[0]!.id);
    const findings = listRows(ws, 'findings');
    expect(findings.length).toBeGreaterThan(0);
    expect(
      findings.every((f) => ['strengths', 'weaknesses', 'recommendations'].includes(String(f.path[3]))),
    ).toBe(true);
    expect(findings[0]!.parentId).toBe(ws.evaluations[findings[0]!.path[1] as number]!.id);
    expect(listRows(ws, 'municipality')).toEqual([{ row: ws.municipality, path: ['municipality'] }]);
    expect(listRows(ws, 'workspace')).toEqual([{ row: ws, path: [] }]);
    expect(listRows({}, 'innovations')).toEqual([]);
    expect(listRows(null, 'budgetLines')).toEqual([]);
    expect(listRows({ innovations: 'x' }, 'budgetLines')).toEqual([]);
    const evaluation = ws.evaluations[0]!;
    expect(getFieldValue(evaluation, 'cycle.year')).toBe(evaluation.cycle.year);
    expect(getFieldValue(evaluation, 'cycle.nope')).toBeUndefined();
    expect(getFieldValue(evaluation, '__proto__.constructor')).toBeUndefined();
  });

  it('finds every collection by id and lists display and id fields that exist', () => {
    for (const c of COLLECTIONS) {
      expect(getCollection(c.id)).toBe(c);
      if (c.idField !== '')
        expect(
          c.fields.some((f) => f.key === c.idField),
          c.id,
        ).toBe(true);
      if (c.displayField !== '')
        expect(
          c.fields.some((f) => f.key === c.displayField),
          c.id,
        ).toBe(true);
    }
    expect(() => getCollection('nope' as CollectionId)).toThrow(RangeError);
    expect(getCollection('budgetLines').fields.map((f) => f.key)).toEqual([
      'id',
      'year',
      'amount',
      'source',
      'note',
    ]);
    expect(getCollection('evaluations').fields.find((f) => f.key === 'cycle.year')?.required).toBe(true);
    expect(getCollection('evaluations').fields.find((f) => f.key === 'cycle.stage')?.required).toBe(false);
  });
});
