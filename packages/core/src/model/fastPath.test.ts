import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import type { ZodMiniType } from 'zod/mini';
import { compileFastParser, INVALID, isIsoDate, runFastInPlace, ZOD_ISO_DATE_SOURCE } from './fastPath.js';
import { fullWorkspace, minimalInput, viaJson } from './fixtures.testutil.js';
import { DEFAULT_INPUT_LIMITS } from './scan.js';
import { WorkspaceSchema } from './workspace.js';

/** The model's schemas are zod/mini schemas; the throwaway ones built here are classic. */
type Schema = z.ZodType | ZodMiniType;

const MODES = [
  ['generated code', { codegen: true }],
  ['closures only', { codegen: false }],
] as const;

function run(schema: Schema, value: unknown, codegen: boolean, limits = DEFAULT_INPUT_LIMITS): unknown {
  return compileFastParser(schema, { codegen })(value, 0, { limits, containers: 0 });
}

/** The soundness rule: when the fast path accepts, zod accepts with an equal output. */
function expectAgrees(schema: Schema, value: unknown, codegen: boolean): unknown {
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

  it('runs object refinements on its own output, giving up on any issue', () => {
    const refined = z.strictObject({ a: z.number() }).refine((v) => v.a > 1);
    expect(run(refined, { a: 2 }, codegen)).toEqual({ a: 2 });
    expect(run(refined, { a: 1 }, codegen)).toBe(INVALID);
    const superRefined = z.strictObject({ a: z.number() }).superRefine((v, ctx) => {
      if (v.a === 1) ctx.addIssue({ code: 'custom', message: 'one' });
    });
    expect(expectAgrees(superRefined, { a: 2 }, codegen)).toEqual({ a: 2 });
    expect(expectAgrees(superRefined, { a: 1 }, codegen)).toBe(INVALID);
    const async = z.strictObject({ a: z.number() }).refine(async () => true);
    expect(run(async, { a: 2 }, codegen)).toBe(INVALID);
  });

  it('delegates what it does not compile (transforms, url, string refinements) to zod', () => {
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

// In-place mode, for a value the caller owns (parseWorkspaceJson's own JSON.parse output).
describe.each(MODES)('compileFastParser in place (%s)', (_, { codegen }) => {
  const inPlace = (schema: Schema, value: unknown, limits = DEFAULT_INPUT_LIMITS) =>
    runFastInPlace(compileFastParser(schema, { codegen, inPlace: true }), value, limits);

  /** In place on JSON.parse(text) gives what zod gives on it: equal, key order included. */
  function expectSameAsZod(schema: Schema, text: string): unknown {
    const owned = JSON.parse(text);
    const fast = inPlace(schema, owned);
    const slow = schema.safeParse(JSON.parse(text));
    if (fast === INVALID) {
      expect(owned, 'an input the fast path gave up on is left as it was').toStrictEqual(JSON.parse(text));
    } else {
      expect(slow.success).toBe(true);
      expect(fast).toStrictEqual(slow.data);
      expect(JSON.stringify(fast)).toBe(JSON.stringify(slow.data));
    }
    return fast;
  }

  it('keeps a valid workspace as it is, and gives the same output as zod', () => {
    const text = JSON.stringify(fullWorkspace());
    const owned = JSON.parse(text);
    expect(inPlace(WorkspaceSchema, owned)).toBe(owned);
    expectSameAsZod(WorkspaceSchema, text);
    expect(expectSameAsZod(WorkspaceSchema, JSON.stringify(minimalInput()))).not.toBe(INVALID);
  });

  it('builds zod output where it differs from the input: defaults, key order, refinements', () => {
    const schema = z.strictObject({
      a: z.string(),
      b: z.array(z.strictObject({ x: z.number(), y: z.number().default(0) })).default([]),
      c: z.record(z.string(), z.strictObject({ p: z.string().optional(), q: z.string() })).optional(),
      d: z.strictObject({ n: z.number() }).refine((v) => v.n > 0),
    });
    for (const text of [
      '{"a":"1","b":[{"x":1,"y":2}],"c":{"k":{"p":"p","q":"q"}},"d":{"n":1}}',
      '{"a":"1","d":{"n":1}}',
      '{"b":[{"y":2,"x":1},{"x":3}],"a":"1","d":{"n":1}}',
      '{"a":"1","c":{"k":{"q":"q","p":"p"},"2":{"q":"r"}},"d":{"n":1}}',
    ]) {
      expect(expectSameAsZod(schema, text), text).not.toBe(INVALID);
    }
  });

  it('undoes its writes when it gives up, so zod sees the input as it was', () => {
    const schema = z.strictObject({
      first: z.array(z.strictObject({ x: z.number(), y: z.number().default(0) })),
      second: z.string(),
    });
    // `first` gets written (a default filled in, as a copy) before `second` fails.
    const text = '{"first":[{"x":1},{"y":1,"x":2}],"second":3}';
    expect(expectSameAsZod(schema, text)).toBe(INVALID);
  });

  it('enforces the depth and container limits as the copying parser does', () => {
    const schema = z.array(z.strictObject({ n: z.number().default(1) }));
    const limits = { maxDepth: 5, maxContainers: 3 };
    for (const text of ['[{},{}]', '[{"n":1},{}]', '[{},{},{}]', '[{"n":1},{"n":2},{"n":3}]']) {
      const copy = compileFastParser(schema, { codegen })(JSON.parse(text), 0, { limits, containers: 0 });
      expect(inPlace(schema, JSON.parse(text), limits) === INVALID, text).toBe(copy === INVALID);
    }
  });
});

describe('isIsoDate', () => {
  const pattern = z.iso.date()._zod.def.pattern as RegExp;

  it("is used for zod's own ISO date pattern", () => {
    expect(pattern.source).toBe(ZOD_ISO_DATE_SOURCE);
  });

  it('accepts exactly what that pattern accepts', () => {
    const pad = (n: number, w: number) => String(n).padStart(w, '0');
    const mismatches: string[] = [];
    const compare = (text: string) => {
      if (isIsoDate(text) !== pattern.test(text)) mismatches.push(text);
    };
    for (let year = 0; year <= 9999; year++) {
      for (let month = 0; month <= 13; month++) {
        for (const day of [0, 1, 28, 29, 30, 31, 32])
          compare(`${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`);
      }
    }
    for (let day = 0; day <= 99; day++) compare(`2024-02-${pad(day, 2)}`);
    for (const text of [
      '2024-1-01',
      '2024-01-1',
      '20240-01-01',
      '2024/01/01',
      '2024-01-01 ',
      ' 2024-01-01',
      '2024-01-0a',
      '２０２４-01-01',
      '2024-01-01\n',
      '',
      '2024-0x-01',
      '-024-01-01',
      '2024--1-01',
      '2024-01-+1',
    ]) {
      compare(text);
    }
    expect(mismatches).toEqual([]);
  });
});
