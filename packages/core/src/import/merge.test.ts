import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Workspace } from '../model/workspace.js';
import { COLLECTIONS, getCollection } from '../registry/collections.js';
import type { CollectionId } from '../registry/meta.js';
import { getFieldValue, listRows } from '../registry/structure.js';
import { SAMPLE_WORKSPACES } from '../samples/index.js';
import { mergeWorkspace, type RecordRef, summarizeMerge } from './index.js';

const SAMPLES = Object.values(SAMPLE_WORKSPACES);
const BASE = SAMPLES[0]!;

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

function copy<T>(value: T): T {
  return structuredClone(value) as T;
}

/** Every record of a workspace as "collection:chain" keys (the chain of ids from the top-level row). */
function recordKeys(ws: unknown): string[] {
  const out: string[] = [];
  for (const c of COLLECTIONS) {
    if (c.singleton) {
      for (const { row } of listRows(ws, c.id)) {
        out.push(`${c.id}:${c.idField === '' ? c.id : String(getFieldValue(row, c.idField))}`);
      }
      continue;
    }
    for (const { row, path } of listRows(ws, c.id)) out.push(`${c.id}:${chainOf(ws, path, row, c.id)}`);
  }
  return out.sort();
}

const ROW_IDS = new WeakMap<object, Map<string, string>>();

/** Path of every non-singleton row → its id, per workspace. */
function rowIds(ws: unknown): Map<string, string> {
  let map = ROW_IDS.get(ws as object);
  if (map === undefined) {
    map = new Map();
    for (const c of COLLECTIONS) {
      if (c.singleton) continue;
      for (const { row, path } of listRows(ws, c.id))
        map.set(path.join('\u0000'), String(getFieldValue(row, c.idField)));
    }
    ROW_IDS.set(ws as object, map);
  }
  return map;
}

/** Ids of the rows along a path (the ancestors in nested collections, then the row). */
function chainOf(
  ws: unknown,
  path: readonly (string | number)[],
  row: unknown,
  collection: CollectionId,
): string {
  const ids: string[] = [];
  const map = rowIds(ws);
  for (let i = 1; i < path.length; i++) {
    const id = map.get(path.slice(0, i).join('\u0000'));
    if (id !== undefined) ids.push(id);
  }
  ids.push(String(getFieldValue(row, getCollection(collection).idField)));
  return ids.join('/');
}

function refKey(ref: RecordRef): string {
  const chain = ref.ancestorIds ?? (ref.parentId === undefined ? [] : [ref.parentId]);
  return `${ref.collection}:${[...chain, ref.id].join('/')}`;
}

describe('mergeWorkspace: merging a workspace with itself', () => {
  it.each(SAMPLES.map((s) => [s.municipality.name, s] as const))('is a no-op for %s', (_, ws) => {
    const base = deepFreeze(copy(ws));
    const result = mergeWorkspace(base, base);
    expect(result.added).toEqual([]);
    expect(result.updated).toEqual([]);
    expect(result.missing).toEqual([]);
    expect(result.removed).toEqual([]);
    expect(result.issues).toEqual([]);
    expect(result.unchanged.map(refKey).sort()).toEqual(recordKeys(base));
    expect(result.workspace).toEqual(base);
    expect(JSON.stringify(result.workspace)).toBe(JSON.stringify(base));
    expect(result.workspace).not.toBe(base);
  });

  it('is a no-op for rows given per collection', () => {
    const incoming = {
      agencies: BASE.agencies,
      innovations: BASE.innovations,
      kpis: listRows(BASE, 'kpis').map(({ row, parentId }) => ({ row, parentId: parentId! })),
    };
    const result = mergeWorkspace(BASE, incoming);
    expect(result.added).toEqual([]);
    expect(result.updated).toEqual([]);
    expect(result.missing).toEqual([]);
    expect(result.issues).toEqual([]);
    expect(result.unchanged).toHaveLength(
      BASE.agencies.length + BASE.innovations.length + listRows(BASE, 'kpis').length,
    );
    expect(result.workspace).toEqual(BASE);
  });
});

// ─── random edits ───────────────────────────────────────────────────────────────────────────────────────────────

type Edit =
  | { kind: 'update'; collection: CollectionId; index: number; field: number }
  | { kind: 'delete'; collection: CollectionId; index: number }
  | { kind: 'add'; collection: CollectionId; index: number };

const LIST_COLLECTIONS = COLLECTIONS.filter((c) => !c.singleton).map((c) => c.id);
const LEAF_COLLECTIONS = LIST_COLLECTIONS.filter((id) => !COLLECTIONS.some((c) => c.parent === id));

const editArb: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({
    kind: fc.constant('update' as const),
    collection: fc.constantFrom(...LIST_COLLECTIONS),
    index: fc.nat(),
    field: fc.nat(),
  }),
  fc.record({
    kind: fc.constant('delete' as const),
    collection: fc.constantFrom(...LIST_COLLECTIONS),
    index: fc.nat(),
  }),
  fc.record({
    kind: fc.constant('add' as const),
    collection: fc.constantFrom(...LEAF_COLLECTIONS),
    index: fc.nat(),
  }),
);

function isPrefix(a: readonly (string | number)[], b: readonly (string | number)[]): boolean {
  return a.length <= b.length && a.every((s, i) => s === b[i]);
}

function at(ws: unknown, path: readonly (string | number)[]): unknown {
  return path.reduce<unknown>((v, k) => (v as Record<string | number, unknown>)[k], ws);
}

/** Applies edits to a copy; returns it and the exact changes a merge must report. */
function applyEdits(base: Workspace, edits: readonly Edit[]) {
  const ws = copy(base) as unknown as Record<string, unknown>;
  const touched: (string | number)[][] = [];
  const expected = {
    added: new Set<string>(),
    updated: new Map<string, string[]>(),
    missing: new Set<string>(),
  };
  const deletions: (string | number)[][] = [];
  let serial = 0;
  for (const edit of edits) {
    const rows = listRows(base, edit.collection);
    if (rows.length === 0) continue;
    const { row, path } = rows[edit.index % rows.length]!;
    // One edit per record, and none inside or around a deleted or edited record.
    if (touched.some((t) => isPrefix(t, path) || isPrefix(path, t))) continue;
    const info = getCollection(edit.collection);
    const key = `${edit.collection}:${chainOf(base, path, row, edit.collection)}`;
    if (edit.kind === 'update') {
      const fields = info.fields.filter((f) => {
        const v = getFieldValue(row, f.key);
        return (
          f.key !== info.idField && (typeof v === 'string' || typeof v === 'number') && !f.key.includes('*')
        );
      });
      if (fields.length === 0) continue;
      const field = fields[edit.field % fields.length]!;
      const parts = field.key.split('.');
      const holder = at(ws, [...path, ...parts.slice(0, -1)]) as Record<string, unknown>;
      const before = holder[parts[parts.length - 1]!];
      holder[parts[parts.length - 1]!] = typeof before === 'number' ? before + 1 : `${before} (diubah)`;
      expected.updated.set(key, [field.key]);
      touched.push(path);
    } else if (edit.kind === 'delete') {
      deletions.push(path);
      expected.missing.add(key);
      touched.push(path);
    } else {
      const list = at(ws, path.slice(0, -1)) as unknown[];
      const id = `added-${serial++}`;
      list.push({ ...(copy(row) as object), id });
      const chain = chainOf(base, path, row, edit.collection).split('/').slice(0, -1);
      expected.added.add(`${edit.collection}:${[...chain, id].join('/')}`);
      touched.push(path.slice(0, -1));
    }
  }
  // Delete from the end so that earlier indexes stay valid.
  deletions.sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? 1 : -1));
  for (const path of deletions.sort((a, b) => compareDesc(a, b))) {
    (at(ws, path.slice(0, -1)) as unknown[]).splice(path[path.length - 1] as number, 1);
  }
  return { edited: ws as unknown as Workspace, expected };
}

function compareDesc(a: readonly (string | number)[], b: readonly (string | number)[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    if (a[i] === b[i]) continue;
    if (typeof a[i] === 'number' && typeof b[i] === 'number') return (b[i] as number) - (a[i] as number);
    return String(b[i]).localeCompare(String(a[i]));
  }
  return b.length - a.length;
}

describe('mergeWorkspace: merging a random edit', () => {
  it('reports exactly the edits (added, updated with exact keys, missing)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...SAMPLES), fc.array(editArb, { maxLength: 8 }), (sample, edits) => {
        const base = deepFreeze(copy(sample));
        const { edited, expected } = applyEdits(base, edits);
        deepFreeze(edited);
        const result = mergeWorkspace(base, edited);
        expect(result.issues).toEqual([]);
        expect(new Set(result.added.map(refKey))).toEqual(expected.added);
        expect(new Map(result.updated.map((u) => [refKey(u.ref), u.changes.map((c) => c.key)]))).toEqual(
          expected.updated,
        );
        expect(new Set(result.missing.map(refKey))).toEqual(expected.missing);
        expect(result.removed).toEqual([]);
        // The rest is unchanged, and every record is accounted for exactly once.
        const reported = [
          ...result.added,
          ...result.updated.map((u) => u.ref),
          ...result.unchanged,
          ...result.missing,
        ].map(refKey);
        expect(new Set(reported).size).toBe(reported.length);
        // Missing records are kept: the merged workspace has every base record and every added one.
        const mergedKeys = new Set(recordKeys(result.workspace));
        for (const key of recordKeys(base)) expect(mergedKeys.has(key)).toBe(true);
        for (const key of expected.added) expect(mergedKeys.has(key)).toBe(true);
        // Updated fields hold the incoming values.
        expect(mergeWorkspace(result.workspace, edited).updated).toEqual([]);
      }),
      { numRuns: 60 },
    );
  }, 120_000);

  it('with removeMissing, removes exactly the missing records and their nested rows', () => {
    fc.assert(
      fc.property(fc.constantFrom(...SAMPLES), fc.array(editArb, { maxLength: 6 }), (sample, edits) => {
        const base = deepFreeze(copy(sample));
        const { edited, expected } = applyEdits(base, edits);
        const result = mergeWorkspace(base, edited, { removeMissing: true });
        expect(result.missing).toEqual([]);
        const removed = new Set(result.removed.map(refKey));
        for (const key of expected.missing) expect(removed.has(key)).toBe(true);
        expect(recordKeys(result.workspace)).toEqual(recordKeys(edited));
      }),
      { numRuns: 40 },
    );
  }, 120_000);
});

// ─── examples ───────────────────────────────────────────────────────────────────────────────────────────────────

describe('mergeWorkspace: rows per collection', () => {
  const innovation = BASE.innovations[0]!;
  const kpi = innovation.kpis[0]!;

  it('adds, updates and reports missing rows of one collection, keeping the others', () => {
    const agencies = copy(BASE.agencies);
    const removed = agencies.pop()!;
    agencies[0]!.name = 'Dinas Baru';
    agencies.push({ id: 'dishub-baru', name: 'Dinas Perhubungan' } as never);
    const result = mergeWorkspace(BASE, { agencies });
    expect(result.added).toEqual([{ collection: 'agencies', id: 'dishub-baru', label: 'Dinas Perhubungan' }]);
    expect(result.updated).toEqual([
      {
        ref: { collection: 'agencies', id: agencies[0]!.id, label: 'Dinas Baru' },
        changes: [{ key: 'name', before: BASE.agencies[0]!.name, after: 'Dinas Baru' }],
      },
    ]);
    expect(result.missing).toEqual([{ collection: 'agencies', id: removed.id, label: removed.name }]);
    expect(result.workspace.agencies.map((a) => a.id)).toEqual([
      ...BASE.agencies.map((a) => a.id),
      'dishub-baru',
    ]);
    expect(result.workspace.innovations).toEqual(BASE.innovations);
    expect(summarizeMerge(result, 'en')).toBe(
      `1 added, 1 updated, ${BASE.agencies.length - 2} unchanged, 1 missing from the source (kept), 0 removed.`,
    );
    expect(summarizeMerge(result, 'id')).toBe(
      `1 ditambahkan, 1 diubah, ${BASE.agencies.length - 2} tetap, 1 tidak ada di sumber (dipertahankan), 0 dihapus.`,
    );
  });

  it('orders a merged list as the source does, each missing base row after its base predecessor', () => {
    // The rule, as a search-and-splice reference: incoming order first, then every kept base row absent from the
    // source goes right after the base row before it (or first when it has none).
    const reference = (base: string[], incoming: string[]): string[] => {
      const out = [...incoming];
      let previous: string | undefined;
      for (const id of base) {
        if (!incoming.includes(id)) out.splice(previous === undefined ? 0 : out.indexOf(previous) + 1, 0, id);
        previous = id;
      }
      return out;
    };
    const ids = BASE.agencies.map((a) => a.id);
    fc.assert(
      fc.property(
        fc.shuffledSubarray(ids),
        fc.array(fc.constantFrom('baru-a', 'baru-b', 'baru-c'), { maxLength: 3 }),
        fc.nat(),
        (kept, added, at) => {
          const fresh: string[] = [...new Set(added)];
          const order = [...kept];
          order.splice(at % (order.length + 1), 0, ...fresh);
          const agencies = order.map((id) =>
            fresh.includes(id) ? { id, name: `Dinas ${id}` } : BASE.agencies.find((a) => a.id === id)!,
          );
          const result = mergeWorkspace(BASE, { agencies } as never);
          expect(result.workspace.agencies.map((a) => a.id)).toEqual(reference(ids, order));
          expect(result.missing.map((r) => r.id)).toEqual(ids.filter((id) => !kept.includes(id)));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('keeps 5,000 missing rows of 10,000 in order (one pass, no search per row)', () => {
    const many = copy(BASE);
    const template = many.agencies[0]!;
    many.agencies = Array.from({ length: 10_000 }, (_, i) => ({
      ...template,
      id: `opd-${i}`,
      name: `OPD ${i}`,
    }));
    const incoming = many.agencies.filter((_, i) => i % 2 === 0).reverse();
    const result = mergeWorkspace(many, { agencies: incoming });
    expect(result.missing).toHaveLength(5_000);
    const order = result.workspace.agencies.map((a) => a.id);
    // Incoming order (reversed evens), each odd row right after the even row before it in the base.
    expect(order.slice(0, 4)).toEqual(['opd-9998', 'opd-9999', 'opd-9996', 'opd-9997']);
    expect(order.at(-1)).toBe('opd-1');
    expect(new Set(order).size).toBe(10_000);
  });

  it('places nested rows under their parent by id, with ancestor ids when needed', () => {
    const measurement = { id: 'm-new', date: '2030-01-01', value: 1 };
    const result = mergeWorkspace(
      BASE,
      {
        measurements: [
          ...kpi.measurements.map((row) => ({ row, parentId: [innovation.id, kpi.id] })),
          { row: measurement, parentId: kpi.id },
        ],
      },
      {},
    );
    expect(result.issues).toEqual([]);
    expect(result.added).toEqual([
      {
        collection: 'measurements',
        id: 'm-new',
        parentId: kpi.id,
        ancestorIds: [innovation.id, kpi.id],
        label: '2030-01-01',
      },
    ]);
    expect(result.workspace.innovations[0]!.kpis[0]!.measurements.at(-1)).toEqual(measurement);
    expect(result.unchanged).toHaveLength(kpi.measurements.length);
    // Measurements of every other KPI are absent from this list: missing, kept.
    expect(result.missing).toHaveLength(listRows(BASE, 'measurements').length - kpi.measurements.length);
    expect(result.workspace.innovations.slice(1)).toEqual(BASE.innovations.slice(1));
  });

  it('reports nested rows it cannot place, never dropping them silently', () => {
    const result = mergeWorkspace(BASE, {
      kpis: [
        { row: { id: 'k' }, parentId: 'no-such-innovation' },
        { row: { id: 'k' } } as never,
        { row: { id: 'k' }, parentId: 42 } as never,
      ],
    });
    expect(result.issues.map((i) => [i.path, i.code])).toEqual([
      [['kpis', 0, 'parentId'], 'unknown_reference'],
      [['kpis', 1], 'invalid_value'],
      [['kpis', 2, 'parentId'], 'invalid_value'],
    ]);
    expect(result.added).toEqual([]);
  });

  it('needs the list of a finding', () => {
    const evaluation = BASE.evaluations[0]!;
    const ok = mergeWorkspace(BASE, {
      findings: [{ row: { id: 'f-new', text: 'Baru' }, parentId: evaluation.id, list: 'weaknesses' }],
    });
    expect(ok.added.map((r) => r.id)).toEqual(['f-new']);
    expect(ok.workspace.evaluations[0]!.findings.weaknesses.at(-1)).toEqual({ id: 'f-new', text: 'Baru' });
    const bad = mergeWorkspace(BASE, {
      findings: [{ row: { id: 'f-new', text: 'Baru' }, parentId: evaluation.id }],
    });
    expect(bad.issues.map((i) => i.code)).toEqual(['required']);
  });

  it('reports a finding moved between lists', () => {
    const evaluation = BASE.evaluations.find((e) => e.findings.strengths.length > 0)!;
    const edited = copy(BASE);
    const target = edited.evaluations.find((e) => e.id === evaluation.id)!;
    const moved = target.findings.strengths.shift()!;
    target.findings.weaknesses.push(moved);
    const result = mergeWorkspace(BASE, edited);
    expect(result.updated).toEqual([
      {
        ref: { collection: 'findings', id: moved.id, parentId: evaluation.id, label: moved.text },
        changes: [{ key: '(list)', before: 'findings.strengths', after: 'findings.weaknesses' }],
      },
    ]);
    expect(result.workspace.evaluations.find((e) => e.id === evaluation.id)!.findings).toEqual(
      target.findings,
    );
  });

  it('derives missing ids from names, and reports duplicates and rows it cannot identify', () => {
    const result = mergeWorkspace(BASE, {
      agencies: [
        ...BASE.agencies,
        { name: 'Dinas Pariwisata & Olahraga' },
        { id: BASE.agencies[0]!.id, name: 'Duplikat' },
        { abbreviation: 'X' },
      ],
    });
    expect(result.added).toEqual([
      { collection: 'agencies', id: 'dinas-pariwisata-olahraga', label: 'Dinas Pariwisata & Olahraga' },
    ]);
    expect(result.issues.map((i) => [i.code, i.severity])).toEqual([
      ['derived_id', 'warning'],
      ['duplicate_id', undefined],
      ['required', undefined],
    ]);
    expect(result.workspace.agencies.at(-1)).toEqual({
      id: 'dinas-pariwisata-olahraga',
      name: 'Dinas Pariwisata & Olahraga',
    });
  });

  it('keeps the base municipality when the incoming one is another place', () => {
    const other = SAMPLES.find((s) => s.municipality.regionCode !== BASE.municipality.regionCode)!;
    const result = mergeWorkspace(BASE, { municipality: [other.municipality] });
    expect(result.issues.map((i) => i.code)).toEqual(['identity_mismatch']);
    expect(result.workspace.municipality).toEqual(BASE.municipality);
  });

  it('with keepAbsentFields, keeps fields the incoming rows do not have', () => {
    const partial = { id: innovation.id, status: 'discontinued' };
    const replace = mergeWorkspace(BASE, { innovations: [partial] }, { collections: ['innovations'] });
    expect(replace.updated[0]!.changes.map((c) => c.key)).toContain('name');
    const keep = mergeWorkspace(BASE, { innovations: [partial] }, { keepAbsentFields: true });
    expect(keep.updated).toEqual([
      {
        ref: { collection: 'innovations', id: innovation.id, label: innovation.name },
        changes: [{ key: 'status', before: innovation.status, after: 'discontinued' }],
      },
    ]);
    expect(keep.workspace.innovations[0]).toEqual({ ...innovation, status: 'discontinued' });
  });

  it('adds a new record with its nested rows, each reported', () => {
    const added = { ...copy(innovation), id: 'baru' };
    const result = mergeWorkspace(BASE, { innovations: [...BASE.innovations, added] });
    const nested =
      innovation.budget.length +
      innovation.kpis.length +
      innovation.kpis.reduce((n, k) => n + k.measurements.length, 0);
    expect(result.added).toHaveLength(1 + nested);
    expect(result.added[0]).toEqual({ collection: 'innovations', id: 'baru', label: innovation.name });
    expect(result.workspace.innovations.at(-1)).toEqual(added);
  });

  it('reports unknown collections and hostile input without throwing', () => {
    expect(mergeWorkspace(BASE, { nope: [] } as never).issues.map((i) => i.code)).toEqual([
      'unknown_collection',
    ]);
    expect(mergeWorkspace(BASE, null as never).issues.map((i) => i.code)).toEqual(['invalid_type']);
    const hostile = JSON.parse('{"agencies":[{"id":"x","name":"X","__proto__":{"polluted":true}}]}');
    const result = mergeWorkspace(BASE, hostile);
    expect(result.issues.map((i) => i.code)).toContain('forbidden_key');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(result.workspace.agencies.at(-1))).toBe(Object.prototype);
    const cyclic: Record<string, unknown> = { id: 'c', name: 'C' };
    cyclic.extensions = { self: cyclic };
    expect(() => mergeWorkspace(BASE, { agencies: [cyclic] })).not.toThrow();
  });

  it('never changes its inputs', () => {
    const base = deepFreeze(copy(BASE));
    const incoming = deepFreeze({
      agencies: [{ name: 'Tanpa Id' }],
      kpis: [{ row: { name: 'K' }, parentId: innovation.id }],
    });
    expect(() => mergeWorkspace(base, incoming as never, { removeMissing: true })).not.toThrow();
  });
});
