import type * as z from 'zod';
import { util as zodUtil } from 'zod/v4/core';
import { type InputLimits, isCleanTree, isForbiddenKey } from './scan.js';

// A fast path for the common case, valid input. zod builds a payload object per value and runs each check through
// a generic loop, which made a national-scale parse cost about 1.5× JSON.parse on its own. This module compiles a
// zod schema, once, into plain closures that accept exactly the inputs zod accepts and build the same output, or
// give up (INVALID). On INVALID the caller runs zod itself, which stays the single source of truth and produces
// every issue. The compiled validator also rejects prototype-polluting keys and enforces the input limits, so
// that valid input needs no separate scan.
//
// Soundness rule: the fast path may give up on inputs zod accepts (that only costs time), but it must never accept
// an input zod rejects or build a different output. Anything it does not fully understand (refinements,
// transforms, unknown checks, new schema types) is delegated to zod for that node. `fastPath.test.ts` and the
// property tests compare both on valid and mutated workspaces.

/** Returned when the fast path gives up. */
export const INVALID: unique symbol = Symbol('invalid');

/** Per-parse state: the limits, and the count of containers seen so far. */
export interface FastContext {
  readonly limits: InputLimits;
  containers: number;
}

/** A compiled parser: the output, or INVALID. `depth` is the nesting depth of `value` (root = 0). */
export type FastParser = (value: unknown, depth: number, ctx: FastContext) => unknown;

type Check = (value: never) => boolean;

interface Def {
  type: string;
  checks?: readonly { _zod: { def: CheckDef } }[];
  // string formats (z.iso.date) carry their check on the schema itself
  check?: string;
  format?: string;
  pattern?: RegExp;
  shape?: Record<string, z.ZodType>;
  catchall?: z.ZodType;
  innerType?: z.ZodType;
  element?: z.ZodType;
  keyType?: z.ZodType;
  valueType?: z.ZodType;
  partial?: boolean;
  entries?: Record<string, unknown>;
  values?: readonly unknown[];
  defaultValue?: unknown;
  mode?: string;
}

interface CheckDef {
  check: string;
  minimum?: number;
  maximum?: number;
  value?: number;
  inclusive?: boolean;
  format?: string;
  pattern?: RegExp;
}

function defOf(schema: z.ZodType): Def {
  return (schema as unknown as { _zod: { def: Def } })._zod.def;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/**
 * Scans a value accepted as-is (`z.unknown()`, e.g. `extensions` content) for forbidden keys and limits, as the
 * input scan would. Iterative, so deep values cannot overflow the stack.
 */
function scanUnknown(root: unknown, rootDepth: number, ctx: FastContext): boolean {
  if (typeof root !== 'object' || root === null) return true;
  return isCleanTree(root, rootDepth, ctx.limits, ctx);
}

/** Delegates one node to zod (after scanning it like unknown input), for schemas the compiler does not cover. */
function delegate(schema: z.ZodType): FastParser {
  return (value, depth, ctx) => {
    if (!scanUnknown(value, depth, ctx)) return INVALID;
    const result = schema.safeParse(value);
    return result.success ? result.data : INVALID;
  };
}

function isPlainPattern(pattern: unknown): pattern is RegExp {
  return pattern instanceof RegExp && !pattern.global && !pattern.sticky;
}

function compileChecks(def: Def): Check[] | undefined {
  const checks: Check[] = [];
  // Format schemas (z.iso.date(), z.int()) carry one check on the schema itself. Only formats that are exactly a
  // pattern test or a safe-integer test are compiled; others (url, email…) do more than their pattern.
  if (def.check !== undefined) {
    const pattern = def.pattern;
    if (def.check === 'string_format' && def.format === 'date' && isPlainPattern(pattern)) {
      checks.push((v: string) => pattern.test(v));
    } else if (def.check === 'number_format' && def.format === 'safeint') {
      checks.push((v: number) => Number.isSafeInteger(v));
    } else {
      return undefined;
    }
  }
  for (const check of def.checks ?? []) {
    const c = check._zod.def;
    switch (c.check) {
      case 'min_length': {
        const min = c.minimum!;
        checks.push((v: string) => v.length >= min);
        break;
      }
      case 'max_length': {
        const max = c.maximum!;
        checks.push((v: string) => v.length <= max);
        break;
      }
      case 'string_format': {
        const pattern = c.pattern;
        if (c.format !== 'regex' || !isPlainPattern(pattern)) return undefined;
        checks.push((v: string) => pattern.test(v));
        break;
      }
      case 'number_format':
        if (c.format !== 'safeint') return undefined;
        checks.push((v: number) => Number.isSafeInteger(v));
        break;
      case 'greater_than': {
        const min = c.value!;
        checks.push(c.inclusive ? (v: number) => v >= min : (v: number) => v > min);
        break;
      }
      case 'less_than': {
        const max = c.value!;
        checks.push(c.inclusive ? (v: number) => v <= max : (v: number) => v < max);
        break;
      }
      default:
        return undefined;
    }
  }
  return checks;
}

function withChecks(base: (v: unknown) => boolean, checks: readonly Check[]): FastParser {
  if (checks.length === 0) return (v) => (base(v) ? v : INVALID);
  if (checks.length === 1) {
    const c0 = checks[0] as (v: unknown) => boolean;
    return (v) => (base(v) && c0(v) ? v : INVALID);
  }
  if (checks.length === 2) {
    const c0 = checks[0] as (v: unknown) => boolean;
    const c1 = checks[1] as (v: unknown) => boolean;
    return (v) => (base(v) && c0(v) && c1(v) ? v : INVALID);
  }
  const all = checks as readonly ((v: unknown) => boolean)[];
  return (v) => {
    if (!base(v)) return INVALID;
    for (let i = 0; i < all.length; i++) if (!all[i]!(v)) return INVALID;
    return v;
  };
}

const isString = (v: unknown): boolean => typeof v === 'string';
const isNumber = (v: unknown): boolean => typeof v === 'number' && Number.isFinite(v);

/** What an object field does when its key is absent. */
enum Absent {
  Fail = 0,
  Omit = 1,
  Default = 2,
}

interface Field {
  key: string;
  parse: FastParser;
  absent: Absent;
  schema: z.ZodType;
}

function absentBehaviour(schema: z.ZodType): Absent {
  const def = defOf(schema);
  if (def.type === 'optional') return Absent.Omit;
  if (def.type === 'default') return Absent.Default;
  return Absent.Fail;
}

const caches = {
  generated: new WeakMap<z.ZodType, FastParser>(),
  interpreted: new WeakMap<z.ZodType, FastParser>(),
};

/**
 * Compiles a zod schema into a {@link FastParser}. Compilation happens once per schema (cached); call it at module
 * level, never per record. `codegen: false` forces the closure-only compiler, which is what runs where `new
 * Function` is not allowed (strict CSP, zod's `jitless`); tests use it to cover both.
 */
export function compileFastParser(schema: z.ZodType, options: { codegen?: boolean } = {}): FastParser {
  const codegen = (options.codegen ?? true) && zodUtil.allowsEval.value;
  const cache = codegen ? caches.generated : caches.interpreted;
  const cached = cache.get(schema);
  if (cached) return cached;
  const parser = compileNode(schema, codegen);
  cache.set(schema, parser);
  return parser;
}

function compileNode(schema: z.ZodType, codegen: boolean): FastParser {
  const sub = (inner: z.ZodType): FastParser => compileFastParser(inner, { codegen });
  const def = defOf(schema);
  const hasChecks = (def.checks?.length ?? 0) > 0;
  switch (def.type) {
    case 'string': {
      const checks = compileChecks(def);
      return checks ? withChecks(isString, checks) : delegate(schema);
    }
    case 'number': {
      const checks = compileChecks(def);
      return checks ? withChecks(isNumber, checks) : delegate(schema);
    }
    case 'boolean':
      return hasChecks ? delegate(schema) : (v) => (typeof v === 'boolean' ? v : INVALID);
    case 'enum': {
      if (hasChecks || !def.entries) return delegate(schema);
      const values = new Set(Object.values(def.entries));
      return (v) => (values.has(v) ? v : INVALID);
    }
    case 'literal': {
      if (hasChecks || !def.values) return delegate(schema);
      const values = new Set(def.values);
      return (v) => (values.has(v) ? v : INVALID);
    }
    case 'unknown':
      return hasChecks ? delegate(schema) : (v, depth, ctx) => (scanUnknown(v, depth, ctx) ? v : INVALID);
    case 'optional': {
      if (hasChecks) return delegate(schema);
      const inner = sub(def.innerType!);
      return (v, depth, ctx) => (v === undefined ? INVALID : inner(v, depth, ctx));
    }
    case 'nullable': {
      if (hasChecks) return delegate(schema);
      const inner = sub(def.innerType!);
      return (v, depth, ctx) => (v === null ? null : inner(v, depth, ctx));
    }
    case 'default': {
      if (hasChecks) return delegate(schema);
      const inner = sub(def.innerType!);
      return (v, depth, ctx) => (v === undefined ? INVALID : inner(v, depth, ctx));
    }
    case 'array':
      return hasChecks ? delegate(schema) : compileArray(sub(def.element!));
    case 'object':
      return hasChecks ? delegate(schema) : compileObject(schema, def, codegen);
    case 'record':
      return hasChecks ? delegate(schema) : compileRecord(schema, def, codegen);
    default:
      return delegate(schema);
  }
}

function compileArray(element: FastParser): FastParser {
  return (v, depth, ctx) => {
    if (!Array.isArray(v) || depth > ctx.limits.maxDepth || ++ctx.containers > ctx.limits.maxContainers)
      return INVALID;
    const n = v.length;
    const out = new Array<unknown>(n);
    const childDepth = depth + 1;
    for (let i = 0; i < n; i++) {
      const r = element(v[i], childDepth, ctx);
      if (r === INVALID) return INVALID;
      out[i] = r;
    }
    return out;
  };
}

function compileObject(schema: z.ZodType, def: Def, codegen: boolean): FastParser {
  // Only strict objects: a loose or catch-all object would copy unknown keys, which this compiler does not do.
  if (!def.shape || !def.catchall || defOf(def.catchall).type !== 'never') return delegate(schema);
  const fields: Field[] = Object.entries(def.shape).map(([key, fieldSchema]) => ({
    key,
    parse: compileFastParser(fieldSchema, { codegen }),
    absent: absentBehaviour(fieldSchema),
    schema: fieldSchema,
  }));
  // Like zod, generate code per object schema when the platform allows it: a shared closure reads and writes
  // properties by variable key, which V8 cannot specialise, and is about twice as slow.
  return (codegen && generateObject(fields)) || interpretObject(fields);
}

function interpretObject(fields: readonly Field[]): FastParser {
  const known = new Set(fields.map((f) => f.key));
  const n = fields.length;
  return (v, depth, ctx) => {
    if (!isPlainObject(v) || depth > ctx.limits.maxDepth || ++ctx.containers > ctx.limits.maxContainers) {
      return INVALID;
    }
    // zod's strict check walks the keys with for…in; doing the same keeps both in agreement.
    for (const key in v) if (!known.has(key)) return INVALID;
    const out: Record<string, unknown> = {};
    const childDepth = depth + 1;
    for (let i = 0; i < n; i++) {
      const field = fields[i]!;
      const value = v[field.key];
      if (value === undefined) {
        // An explicit `undefined` is left to zod, whose handling of it differs by schema.
        if (field.key in v || field.absent === Absent.Fail) return INVALID;
        if (field.absent === Absent.Default) out[field.key] = defOf(field.schema).defaultValue;
        continue;
      }
      const r = field.parse(value, childDepth, ctx);
      if (r === INVALID) return INVALID;
      out[field.key] = r;
    }
    return out;
  };
}

/** The same as {@link interpretObject}, as generated code with constant property names. */
function generateObject(fields: readonly Field[]): FastParser | undefined {
  const lines: string[] = [];
  const cases = fields.map((f) => `case ${JSON.stringify(f.key)}:`).join(' ');
  lines.push(
    'return function (v, depth, ctx) {',
    '  if (!isPlainObject(v) || depth > ctx.limits.maxDepth || ++ctx.containers > ctx.limits.maxContainers) return INVALID;',
    `  for (const key in v) { switch (key) { ${cases} break; default: return INVALID; } }`,
    '  const d = depth + 1;',
    '  const out = {};',
    '  let x;',
  );
  fields.forEach((f, i) => {
    const k = JSON.stringify(f.key);
    lines.push(`  x = v[${k}];`);
    const parse = `x = p[${i}](x, d, ctx); if (x === INVALID) return INVALID; out[${k}] = x;`;
    if (f.absent === Absent.Fail) {
      lines.push(`  if (x === undefined) return INVALID; ${parse}`);
    } else {
      const absent = f.absent === Absent.Default ? `out[${k}] = s[${i}]._zod.def.defaultValue;` : '';
      lines.push(
        `  if (x !== undefined) { ${parse} } else if (${k} in v) return INVALID; else { ${absent} }`,
      );
    }
  });
  lines.push('  return out;', '};');
  try {
    const factory = new Function('isPlainObject', 'INVALID', 'p', 's', lines.join('\n')) as (
      ...args: unknown[]
    ) => FastParser;
    return factory(
      isPlainObject,
      INVALID,
      fields.map((f) => f.parse),
      fields.map((f) => f.schema),
    );
  } catch {
    return undefined;
  }
}

function compileRecord(schema: z.ZodType, def: Def, codegen: boolean): FastParser {
  const keyDef = defOf(def.keyType!);
  let keyOk: (key: string) => boolean;
  if (keyDef.type === 'enum' && def.partial && keyDef.entries && !keyDef.checks?.length) {
    const keys = new Set(Object.values(keyDef.entries).map(String));
    keyOk = (key) => keys.has(key);
  } else if (keyDef.type === 'string' && !def.partial) {
    const checks = compileChecks(keyDef);
    if (!checks) return delegate(schema);
    keyOk = (key) => {
      for (const check of checks as ((k: string) => boolean)[]) if (!check(key)) return false;
      return true;
    };
  } else {
    return delegate(schema);
  }
  const value = compileFastParser(def.valueType!, { codegen });
  return (v, depth, ctx) => {
    if (!isPlainObject(v) || depth > ctx.limits.maxDepth || ++ctx.containers > ctx.limits.maxContainers) {
      return INVALID;
    }
    const out: Record<string, unknown> = {};
    const childDepth = depth + 1;
    const keys = Object.keys(v);
    // Symbol keys are left to zod.
    if (Object.getOwnPropertySymbols(v).length > 0) return INVALID;
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i]!;
      if (isForbiddenKey(key) || !keyOk(key)) return INVALID;
      const item = v[key];
      if (item === undefined) return INVALID;
      const r = value(item, childDepth, ctx);
      if (r === INVALID) return INVALID;
      out[key] = r;
    }
    return out;
  };
}
