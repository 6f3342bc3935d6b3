import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { HierarchyFramework } from './framework.js';
import type { ScoredNode } from './hierarchy.js';
import { findScoredNode, scoreHierarchy } from './hierarchy.js';

const label = (text: string) => ({ id: text, en: text });

/** Two groups: A (weight 60) = a1 (1) + a2 (3); B (weight 40) = b1 (1) + b2 (1), levels 1–5 named on A. */
const FW: HierarchyFramework = {
  id: 'demo',
  label: label('Demo'),
  scale: { min: 1, max: 5 },
  groups: [
    {
      id: 'A',
      code: 'GA',
      label: label('Group A'),
      weight: 60,
      levels: [1, 2, 3, 4, 5].map((value) => ({ value, label: label(`Level ${value}`) })),
      children: [
        { id: 'a1', code: 'A-1', label: label('a1'), weight: 1 },
        { id: 'a2', label: label('a2'), weight: 3 },
      ],
    },
    {
      id: 'B',
      label: label('Group B'),
      weight: 40,
      children: [
        { id: 'b1', label: label('b1'), weight: 1 },
        { id: 'b2', label: label('b2'), weight: 1 },
      ],
    },
  ],
  predicates: [
    { min: 1, label: label('Low') },
    { min: 3, label: label('High') },
  ],
  source: 'Illustrative',
};

const node = (score: { groups: ScoredNode[] }, id: string): ScoredNode => {
  const found = findScoredNode(score, id);
  if (!found) throw new Error(`no node ${id}`);
  return found;
};

describe('scoreHierarchy', () => {
  it('returns every intermediate result, mirroring the framework', () => {
    const score = scoreHierarchy(FW, { a1: 1, a2: 5, b1: 2, b2: 3.5 });
    expect(score.issues).toEqual([]);
    expect(score.complete).toBe(true);
    expect(score.missing).toEqual([]);
    const a = node(score, 'A');
    expect(a).toMatchObject({
      id: 'A',
      code: 'GA',
      weight: 60,
      index: 4,
      rounded: 4,
      source: 'computed',
      coverage: 1,
    });
    expect(a.children.map((c) => [c.id, c.source, c.contribution])).toEqual([
      ['a1', 'given', 0.25],
      ['a2', 'given', 3.75],
    ]);
    expect(node(score, 'a1').level?.label.en).toBe('Level 1');
    expect(node(score, 'b2').level).toBeUndefined(); // B names no levels
    expect(node(score, 'B')).toMatchObject({ index: 2.75, rounded: 2.75, contribution: 1.1 });
    expect(a.contribution).toBe(2.4);
    expect(score.total).toBe(3.5);
    expect(score.totalRounded).toBe(3.5);
    expect(score.coverage).toBe(1);
    expect(score.predicate?.label.en).toBe('High');
    expect(score.frameworkId).toBe('demo');
  });

  it('never counts a missing value as 0: it renormalises and reports coverage', () => {
    const score = scoreHierarchy(FW, { a2: 4, b1: 2 });
    expect(node(score, 'A')).toMatchObject({ index: 4, coverage: 0.75, source: 'computed' });
    expect(node(score, 'B')).toMatchObject({ index: 2, coverage: 0.5 });
    expect(score.total).toBeCloseTo(3.2, 12); // (4 × 60 + 2 × 40) / 100, not dragged down by zeros
    expect(score.coverage).toBe(0.65); // 0.75 × 0.6 + 0.5 × 0.4
    expect(score.missing).toEqual(['a1', 'b2']);
    expect(score.complete).toBe(false);
    expect(node(score, 'a1')).toMatchObject({
      index: null,
      rounded: null,
      source: 'missing',
      coverage: 0,
      contribution: null,
    });
  });

  it('with requireComplete, gives no total until every indicator has a value', () => {
    const partial = scoreHierarchy(FW, { a2: 4, b1: 2 }, { requireComplete: true });
    expect(partial.total).toBeNull();
    expect(partial.totalRounded).toBeNull();
    expect(partial.predicate).toBeNull();
    expect(node(partial, 'A').index).toBe(4);
    const full = scoreHierarchy(FW, { a1: 4, a2: 4, b1: 2, b2: 2 }, { requireComplete: true });
    expect(full.totalRounded).toBe(3.2);
  });

  it('uses a value given for a group instead of its children, and covers them', () => {
    const score = scoreHierarchy(FW, { B: 2.5, a1: 3, a2: 3, b1: 5 });
    expect(node(score, 'B')).toMatchObject({ index: 2.5, source: 'given', coverage: 1 });
    expect(node(score, 'b1').index).toBe(5); // still reported
    expect(score.missing).toEqual([]); // b2 is covered by the given group value
    expect(score.complete).toBe(true);
    expect(score.total).toBe(2.8);
  });

  it('reports a group with nothing below it as missing', () => {
    const score = scoreHierarchy(FW, {});
    expect(score.total).toBeNull();
    expect(score.totalRounded).toBeNull();
    expect(score.coverage).toBe(0);
    expect(score.predicate).toBeNull();
    expect(node(score, 'A').source).toBe('missing');
    expect(score.missing).toEqual(['a1', 'a2', 'b1', 'b2']);
  });

  it('reports invalid values as issues and does not count them', () => {
    const values = {
      a1: 7,
      a2: Number.NaN,
      b1: Number.POSITIVE_INFINITY,
      b2: 0.5,
      zz: 3,
      A: 2.5, // a group value need not be a level
    } as Record<string, number>;
    const score = scoreHierarchy(FW, values);
    expect(score.issues.map((i) => [i.code, i.path])).toEqual([
      ['out_of_range', ['a1']],
      ['out_of_range', ['a2']],
      ['out_of_range', ['b1']],
      ['out_of_range', ['b2']],
      ['unknown_indicator', ['zz']],
    ]);
    expect(score.issues[0]!.message.en).toBe(
      'Value 7 for "a1" (A-1) is outside the scale 1–5; it is not counted',
    );
    expect(score.issues[0]!.message.id).toContain('di luar skala 1–5');
    expect(score.total).toBe(2.5);
    expect(score.missing).toEqual(['b1', 'b2']);
  });

  it('rejects values that are not one of the named levels, and non-numbers', () => {
    const score = scoreHierarchy(FW, { a1: 3.5, a2: '4', b1: 2.5 } as unknown as Record<string, number>);
    expect(score.issues.map((i) => [i.code, i.path])).toEqual([
      ['invalid_value', ['a1']],
      ['invalid_type', ['a2']],
    ]);
    expect(score.issues[0]!.message.en).toContain('not one of the levels (1, 2, 3, 4, 5)');
    expect(node(score, 'b1').index).toBe(2.5); // B names no levels
  });

  it('ignores null and undefined values without an issue', () => {
    const score = scoreHierarchy(FW, { a1: null, a2: undefined, b1: 3 });
    expect(score.issues).toEqual([]);
    expect(score.missing).toEqual(['a1', 'a2', 'b2']);
  });

  it('is safe with prototype keys and non-object values', () => {
    const values = JSON.parse('{"__proto__": 3, "constructor": 2, "a1": 4}') as Record<string, number>;
    const score = scoreHierarchy(FW, values);
    expect(score.issues.map((i) => i.path)).toEqual([['__proto__'], ['constructor']]);
    expect(node(score, 'a1').index).toBe(4);
    expect(({} as Record<string, unknown>).a1).toBeUndefined();
    const bad = scoreHierarchy(FW, 'oops' as unknown as Record<string, number>);
    expect(bad.issues[0]?.code).toBe('invalid_type');
    expect(bad.total).toBeNull();
  });

  it('rounds only reported values, half away from zero, and supports other decimals', () => {
    const fw: HierarchyFramework = {
      ...FW,
      groups: [
        { id: 'x', label: label('x'), weight: 1 },
        { id: 'y', label: label('y'), weight: 7 },
      ],
      predicates: [
        { min: 1, label: label('Low') },
        { min: 2.1, label: label('High') },
      ],
    };
    // (1 + 2.1 × 7) / 8 = 1.9625 exactly; 2 decimals → 1.96; 1 decimal → 2
    const score = scoreHierarchy(fw, { x: 1, y: 2.1 });
    expect(score.total).toBe(1.9625);
    expect(score.totalRounded).toBe(1.96);
    expect(scoreHierarchy(fw, { x: 1, y: 2.1 }, { decimals: 3 }).totalRounded).toBe(1.963);
    expect(scoreHierarchy(fw, { x: 1, y: 2.1 }, { decimals: 1 }).totalRounded).toBe(2);
    // (2.1 + 2.1 × 7) / 8 = 2.1: the band edge holds exactly
    expect(scoreHierarchy(fw, { x: 2.1, y: 2.1 }).predicate?.label.en).toBe('High');
  });

  it('throws on an invalid framework definition (a programming error)', () => {
    const broken: HierarchyFramework = { ...FW, groups: [{ id: 'x', label: label('x'), weight: 0 }] };
    expect(() => scoreHierarchy(broken, {})).toThrow(/Invalid framework definition "demo".*greater than 0/);
    expect(() => scoreHierarchy(FW, {}, { decimals: 1.5 })).toThrow(RangeError);
  });

  it('never throws on arbitrary user values and keeps every index within the scale', () => {
    const key = fc.constantFrom('A', 'B', 'a1', 'a2', 'b1', 'b2', 'zz', '__proto__', '');
    const value = fc.oneof(
      fc.double(),
      fc.integer({ min: -2, max: 8 }),
      fc.constant(null),
      fc.string(),
      fc.boolean(),
      fc.constant(undefined),
    );
    fc.assert(
      fc.property(fc.dictionary(key, value), fc.boolean(), (values, requireComplete) => {
        const score = scoreHierarchy(FW, values as Record<string, number>, { requireComplete });
        const check = (n: ScoredNode): void => {
          if (n.index !== null) {
            expect(n.index).toBeGreaterThanOrEqual(1);
            expect(n.index).toBeLessThanOrEqual(5);
          }
          expect(n.coverage).toBeGreaterThanOrEqual(0);
          expect(n.coverage).toBeLessThanOrEqual(1);
          n.children.forEach(check);
        };
        score.groups.forEach(check);
        if (score.total !== null) {
          expect(score.total).toBeGreaterThanOrEqual(1);
          expect(score.total).toBeLessThanOrEqual(5);
          const sum = score.groups.reduce((s, g) => s + (g.contribution ?? 0), 0);
          expect(sum).toBeCloseTo(score.total, 10);
        }
        expect(score.complete).toBe(score.missing.length === 0);
      }),
    );
  });
});
