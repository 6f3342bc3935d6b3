import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SAMPLE_WORKSPACES, type SampleId } from '../samples/index.js';
import { migrateWorkspace } from './migrate.js';
import { parseWorkspace } from './parse.js';

const FIXTURES = new URL('./__fixtures__/v1/', import.meta.url);
const fixtureIds = readdirSync(FIXTURES)
  .filter((f) => f.endsWith('.json'))
  .map((f) => f.slice(0, -5))
  .sort();
const v1 = (id: string): Record<string, unknown> =>
  JSON.parse(readFileSync(new URL(`${id}.json`, FIXTURES), 'utf8'));

type Leaf = [path: (string | number)[], value: unknown];

function leaves(value: unknown, path: (string | number)[] = []): Leaf[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => leaves(v, [...path, i]));
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).flatMap(([k, v]) => leaves(v, [...path, k]));
  }
  return [[path, value]];
}

function at(value: unknown, path: readonly (string | number)[]): unknown {
  let v = value;
  for (const p of path) v = (v as Record<string | number, unknown> | undefined)?.[p];
  return v;
}

/** Where a version 1 value lives in version 2: the only moves are the ones the migration documents. */
function v2PathOf(path: (string | number)[], evaluationKind: (i: number) => unknown): (string | number)[] {
  const [top, i, key, j, ...rest] = path;
  if (top === 'bodies' && key === 'memberIds') return ['bodies', i!, 'members', j!, 'memberId'];
  if (top === 'evaluations' && key === 'findings' && rest.length === 1) return [...path, 'text'];
  if (
    top === 'evaluations' &&
    key === 'scores' &&
    j === 'spbe' &&
    rest[0] === 'indicators' &&
    rest.length === 2
  ) {
    return [...path, evaluationKind(i as number) === 'external' ? 'verified' : 'self'];
  }
  return path;
}

describe('workspace format 1 → 2', () => {
  it('has the four samples as they were in version 1 as fixtures', () => {
    expect(fixtureIds).toEqual(Object.keys(SAMPLE_WORKSPACES).sort());
    for (const id of fixtureIds) expect(v1(id).schemaVersion).toBe(1);
  });

  it.each(fixtureIds)('migrates %s to exactly the version 2 sample', (id) => {
    const migrated = migrateWorkspace(v1(id));
    expect(migrated.success).toBe(true);
    expect(migrated.success && migrated.data).toEqual(
      JSON.parse(JSON.stringify(SAMPLE_WORKSPACES[id as SampleId])),
    );
    const parsed = parseWorkspace(v1(id));
    expect(parsed.success).toBe(true);
  });

  it.each(fixtureIds)('loses nothing from %s: every version 1 value is in version 2', (id) => {
    const before = v1(id);
    const migrated = migrateWorkspace(before);
    if (!migrated.success) throw new Error('migration failed');
    const after = migrated.data as Record<string, unknown>;
    const kindOf = (i: number) => at(before, ['evaluations', i, 'kind']);
    const all = leaves(before);
    expect(all.length).toBeGreaterThan(100);
    for (const [path, value] of all) {
      if (path.length === 1 && path[0] === 'schemaVersion') continue;
      // provenance marks keep naming the same field under its version 2 name
      const expected = path.includes('illustrative') && value === 'memberIds' ? 'members' : value;
      expect(at(after, v2PathOf(path, kindOf)), path.join('.')).toEqual(expected);
    }
    expect(after.schemaVersion).toBe(2);
  });

  it('gives every nested row a stable id, the same on every run, unique within its list', () => {
    const input = {
      schemaVersion: 1,
      innovations: [
        {
          budget: [
            { year: 2024, amount: 1, source: 'APBD' },
            { year: 2024, amount: 2, source: 'APBD' },
            { id: 'apbd-2024-2', year: 2025, amount: 3, source: 'APBD' },
          ],
          kpis: [{ measurements: [{ date: '2024-06-30', value: 1 }] }],
        },
      ],
      bodies: [{ memberIds: ['bappeda', 'bappeda'], provenance: { illustrative: ['memberIds', 'chair'] } }],
      evaluations: [{ findings: { strengths: ['Kuat', 'Kuat', '!!!'] } }],
    };
    const copy = structuredClone(input);
    const a = migrateWorkspace(input);
    const b = migrateWorkspace(input);
    expect(a).toEqual(b);
    expect(input).toEqual(copy);
    const ws = a.success ? (a.data as typeof input & Record<string, never>) : undefined;
    const data = ws as unknown as {
      innovations: { budget: { id: string }[]; kpis: { measurements: { id: string }[] }[] }[];
      bodies: { members: unknown[]; provenance: unknown }[];
      evaluations: { findings: { strengths: { id: string; text: string }[] } }[];
    };
    expect(data.innovations[0]!.budget.map((l) => l.id)).toEqual(['apbd-2024', 'apbd-2024-3', 'apbd-2024-2']);
    expect(data.innovations[0]!.kpis[0]!.measurements[0]!.id).toBe('2024-06-30');
    expect(data.bodies[0]!.members).toEqual([
      { id: 'bappeda', memberId: 'bappeda' },
      { id: 'bappeda-2', memberId: 'bappeda' },
    ]);
    expect(data.bodies[0]!.provenance).toEqual({ illustrative: ['members', 'chair'] });
    const strengths = data.evaluations[0]!.findings.strengths;
    expect(strengths.map((s) => s.id)).toEqual(['kuat', 'kuat-2', expect.stringMatching(/^id-[a-z0-9]+$/)]);
    expect(strengths.map((s) => s.text)).toEqual(['Kuat', 'Kuat', '!!!']);
  });

  it('leaves shapes it does not recognise for the schema to report, and never throws on hostile input', () => {
    for (const input of [
      {
        schemaVersion: 1,
        innovations: 'x',
        bodies: [null, 3, { memberIds: 'x' }],
        evaluations: [[], { findings: 1 }],
      },
      { schemaVersion: 1, innovations: [{ budget: [null, 'x', []], kpis: [null, { measurements: {} }] }] },
      JSON.parse('{"schemaVersion":1,"bodies":[{"memberIds":["a",{"__proto__":1}]}]}'),
    ]) {
      const r = migrateWorkspace(input);
      expect(r.success).toBe(true);
      expect(parseWorkspace(input).success).toBe(false);
    }
  });
});
