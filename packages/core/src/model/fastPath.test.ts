import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { compileFastParser, INVALID } from './fastPath.js';
import { fullWorkspace, minimalInput, viaJson } from './fixtures.testutil.js';
import { DEFAULT_INPUT_LIMITS } from './scan.js';
import { WorkspaceSchema } from './workspace.js';

const MODES = [
  ['generated code', { codegen: true }],
  ['closures only', { codegen: false }],
] as const;

function run(schema: z.ZodType, value: unknown, codegen: boolean, limits = DEFAULT_INPUT_LIMITS): unknown {
  return compileFastParser(schema, { codegen })(value, 0, { limits, containers: 0 });
}

/** The soundness rule: when the fast path accepts, zod accepts with an equal output. */
function expectAgrees(schema: z.ZodType, value: unknown, codegen: boolean): unknown {
  const fast = run(schema, value, codegen);
  const slow = schema.safeParse(value);
  if (fast !== INVALID) {
    expect(slow.success, JSON.stringify(value)).toBe(true);
    expect(fast).toEqual(slow.data);
  }
  return fast;
}

describe.each(MODES)('compileFastParser (%s)', (_, { codegen }) => {
  it('accepts valid workspaces with the same output as zod, key order included', () => {
    for (const input of [minimalInput(), viaJson(fullWorkspace())]) {
      const fast = run(WorkspaceSchema, input, codegen);
      expect(fast).not.toBe(INVALID);
      expect(JSON.stringify(fast)).toBe(JSON.stringify(WorkspaceSchema.parse(input)));
    }
  });

  it('fills defaults with fresh values each time', () => {
    const a = run(WorkspaceSchema, minimalInput(), codegen) as { agencies: unknown[] };
    const b = run(WorkspaceSchema, minimalInput(), codegen) as { agencies: unknown[] };
    a.agencies.push(1);
    expect(b.agencies).toEqual([]);
  });

  it('never accepts what zod rejects, for each kind of node', () => {
    const schema = z.strictObject({
      s: z
        .string()
        .min(2)
        .max(3)
        .regex(/^[a-z]+$/),
      d: z.iso.date().optional(),
      n: z.number().int().min(1).max(5),
      f: z.number().gt(0).lt(1).optional(),
      b: z.boolean().default(false),
      e: z.enum(['x', 'y']).nullable(),
      l: z.literal([1, 2]).optional(),
      a: z.array(z.string()).default([]),
      r: z.record(z.string().regex(/^\d$/), z.number()).optional(),
      p: z.partialRecord(z.enum(['u', 'v']), z.number()).optional(),
      u: z.record(z.string(), z.unknown()).optional(),
    });
    const valid = {
      s: 'ab',
      n: 3,
      e: 'x',
      r: { '1': 2 },
      p: { u: 1 },
      u: { any: [{ thing: null }] },
      d: '2024-02-29',
      f: 0.5,
    };
    expect(expectAgrees(schema, valid, codegen)).not.toBe(INVALID);
    const variants: Record<string, unknown>[] = [
      { s: 'a' },
      { s: 'abcd' },
      { s: 'AB' },
      { s: 5 },
      { d: '2023-02-29' },
      { n: 2.5 },
      { n: 0 },
      { n: 6 },
      { n: Number.NaN },
      { n: Number.POSITIVE_INFINITY },
      { f: 0 },
      { f: 1 },
      { b: 'true' },
      { e: 'z' },
      { e: undefined },
      { l: 3 },
      { a: [1] },
      { a: 'x' },
      { r: { x: 1 } },
      { r: { '1': 'x' } },
      { p: { w: 1 } },
      { u: JSON.parse('{"__proto__":{"x":1}}') },
      { u: { deep: JSON.parse('{"constructor":1}') } },
      { extra: 1 },
      { s: undefined },
      { d: undefined },
    ];
    for (const patch of variants) {
      const value = { ...valid, ...patch };
      const fast = expectAgrees(schema, value, codegen);
      if (!('d' in patch && patch.d === undefined)) expect(fast, JSON.stringify(patch)).toBe(INVALID);
    }
  });

  it('gives up on explicit undefined (left to zod) and on non-plain objects', () => {
    const schema = z.strictObject({ a: z.string().optional() });
    expect(run(schema, { a: undefined }, codegen)).toBe(INVALID);
    expect(run(schema, new (class {})(), codegen)).toBe(INVALID);
    expect(run(schema, Object.create(null), codegen)).toEqual({});
  });

  it('enforces the depth and container limits', () => {
    const schema = z.strictObject({ u: z.unknown() });
    let deep: unknown = 1;
    for (let i = 0; i < 10; i++) deep = { d: deep };
    expect(run(schema, { u: deep }, codegen, { maxDepth: 5, maxContainers: 100 })).toBe(INVALID);
    expect(run(schema, { u: deep }, codegen, { maxDepth: 11, maxContainers: 100 })).not.toBe(INVALID);
    expect(run(z.array(z.strictObject({})), [{}, {}, {}], codegen, { maxDepth: 5, maxContainers: 3 })).toBe(
      INVALID,
    );
  });

  it('delegates what it does not compile (refinements, transforms, url) to zod', () => {
    const refined = z.strictObject({ a: z.number() }).refine((v) => v.a > 1);
    expect(run(refined, { a: 2 }, codegen)).toEqual({ a: 2 });
    expect(run(refined, { a: 1 }, codegen)).toBe(INVALID);
    const transformed = z.string().transform((s) => s.length);
    expect(run(transformed, 'abc', codegen)).toBe(3);
    expect(run(z.url(), 'not a url', codegen)).toBe(INVALID);
    expect(run(z.strictObject({ t: z.string().refine((s) => s !== 'x') }), { t: 'x' }, codegen)).toBe(
      INVALID,
    );
    expect(run(z.looseObject({}), { extra: 1 }, codegen)).toEqual({ extra: 1 });
    expect(run(z.looseObject({}), JSON.parse('{"__proto__":1}'), codegen)).toBe(INVALID);
  });
});
