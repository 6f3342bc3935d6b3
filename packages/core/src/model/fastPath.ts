import * as z from 'zod/mini';
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
//
// In-place mode (`inPlace: true`), for a value the caller owns and nobody else sees (fresh from JSON.parse): the
// same checks, but an object, array or record whose output would equal it (keys already in the schema's order, no
// default to fill in) is returned as it is instead of copied. Copying was about a third of a national-scale parse.
// A node whose output differs (a default to add, keys to reorder, a delegated node's zod output) is built by the
// copying parser and written over the owned value; every such write is logged in the context and undone when the
// parse gives up, so zod then sees the input exactly as it was.

/** Returned when the fast path gives up. */
export const INVALID: unique symbol = Symbol('invalid');

/** Per-parse state: the limits, and the count of containers seen so far. */
export interface FastContext {
  readonly limits: InputLimits;
  containers: number;
  /** In-place mode: the writes made to the input, as (container, key, previous value), to undo on INVALID. */
  writes?: unknown[];
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
  shape?: Record<string, z.core.$ZodType>;
  catchall?: z.core.$ZodType;
  innerType?: z.core.$ZodType;
  element?: z.core.$ZodType;
  keyType?: z.core.$ZodType;
  valueType?: z.core.$ZodType;
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

function defOf(schema: z.core.$ZodType): Def {
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
function delegate(schema: z.core.$ZodType): FastParser {
  return (value, depth, ctx) => {
    if (!scanUnknown(value, depth, ctx)) return INVALID;
    const result = z.safeParse(schema, value);
    return result.success ? result.data : INVALID;
  };
}

function isPlainPattern(pattern: unknown): pattern is RegExp {
  return pattern instanceof RegExp && !pattern.global && !pattern.sticky;
}

// zod's `z.iso.date()` pattern: a real Gregorian date YYYY-MM-DD (years 0000–9999). Its leap-day alternation showed
// up in the profile of a national parse; isIsoDate accepts exactly the same strings (a test compares them on every
// month of the 10,000 years and on near misses), and is used only while zod's pattern is this one.
export const ZOD_ISO_DATE_SOURCE =
  '^(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))$';
const DAYS_IN_MONTH = [0, 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** The value of the ASCII digit at `i`, or -1 (as `\d` without the `u` flag: 0–9 only). */
function digitAt(v: string, i: number): number {
  const c = v.charCodeAt(i) - 48;
  return c >= 0 && c <= 9 ? c : -1;
}

/** Exactly the strings zod's ISO date pattern accepts. */
export function isIsoDate(v: string): boolean {
  if (v.length !== 10 || v.charCodeAt(4) !== 45 || v.charCodeAt(7) !== 45) return false;
  const y0 = digitAt(v, 0);
  const y1 = digitAt(v, 1);
  const y2 = digitAt(v, 2);
  const y3 = digitAt(v, 3);
  const m0 = digitAt(v, 5);
  const m1 = digitAt(v, 6);
  const d0 = digitAt(v, 8);
  const d1 = digitAt(v, 9);
  if ((y0 | y1 | y2 | y3 | m0 | m1 | d0 | d1) < 0) return false;
  const month = m0 * 10 + m1;
  const day = d0 * 10 + d1;
  if (month < 1 || month > 12 || day < 1 || day > DAYS_IN_MONTH[month]!) return false;
  if (month !== 2 || day !== 29) return true;
  const year = y0 * 1000 + y1 * 100 + y2 * 10 + y3;
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}

function compileChecks(def: Def): Check[] | undefined {
  const checks: Check[] = [];
  // Format schemas (z.iso.date(), z.int()) carry one check on the schema itself. Only formats that are exactly a
  // pattern test or a safe-integer test are compiled; others (url, email…) do more than their pattern.
  if (def.check !== undefined) {
    const pattern = def.pattern;
    if (def.check === 'string_format' && def.format === 'date' && isPlainPattern(pattern)) {
      checks.push(pattern.source === ZOD_ISO_DATE_SOURCE ? isIsoDate : (v: string) => pattern.test(v));
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
  schema: z.core.$ZodType;
}

function absentBehaviour(schema: z.core.$ZodType): Absent {
  const def = defOf(schema);
  if (def.type === 'optional') return Absent.Omit;
  if (def.type === 'default') return Absent.Default;
  return Absent.Fail;
}

let evalAllowed: boolean | undefined;

/**
 * Whether generated code may run here, decided once, as zod decides it for its own generated parsers: not under
 * zod's `jitless` option (a strict CSP reports even a `new Function` that is caught), not on Cloudflare Workers,
 * and only where `new Function` works. zod's probe (`util.allowsEval`) is only reachable through its `util`
 * namespace, and reading it there put that whole namespace (2.7 kB gzip) into every app bundle.
 */
function allowsEval(): boolean {
  if (evalAllowed === undefined) {
    const agent = (globalThis as { navigator?: { userAgent?: unknown } }).navigator?.userAgent;
    if (z.config().jitless || (typeof agent === 'string' && agent.includes('Cloudflare'))) {
      evalAllowed = false;
    } else {
      try {
        new Function('');
        evalAllowed = true;
      } catch {
        evalAllowed = false;
      }
    }
  }
  return evalAllowed;
}

/** How a schema is compiled: generated code or closures, copying or in place. */
interface Mode {
  codegen: boolean;
  inPlace: boolean;
}

// One cache per mode: [codegen][inPlace].
const caches = [
  [new WeakMap<z.core.$ZodType, FastParser>(), new WeakMap<z.core.$ZodType, FastParser>()],
  [new WeakMap<z.core.$ZodType, FastParser>(), new WeakMap<z.core.$ZodType, FastParser>()],
] as const;

/**
 * Compiles a zod schema into a {@link FastParser}. Compilation happens once per schema (cached); call it at module
 * level, never per record. `codegen: false` forces the closure-only compiler, which is what runs where `new
 * Function` is not allowed (strict CSP, zod's `jitless`); tests use it to cover both. `inPlace: true` compiles the
 * in-place mode (see the top of this module): only for a value the caller owns, run with {@link runFastInPlace}.
 */
export function compileFastParser(
  schema: z.core.$ZodType,
  options: { codegen?: boolean; inPlace?: boolean } = {},
): FastParser {
  const mode: Mode = {
    codegen: (options.codegen ?? true) && allowsEval(),
    inPlace: options.inPlace ?? false,
  };
  const cache = caches[mode.codegen ? 1 : 0][mode.inPlace ? 1 : 0];
  const cached = cache.get(schema);
  if (cached) return cached;
  const parser = compileNode(schema, mode);
  cache.set(schema, parser);
  return parser;
}

/**
 * Runs an in-place parser (compiled with `inPlace: true`) on a value the caller owns. On INVALID every write made
 * to the value is undone, so that the value is as it was for zod.
 */
export function runFastInPlace(parser: FastParser, input: unknown, limits: InputLimits): unknown {
  const ctx: FastContext = { limits, containers: 0, writes: [] };
  const result = parser(input, 0, ctx);
  if (result === INVALID) undoWrites(ctx.writes!);
  return result;
}

function undoWrites(writes: unknown[]): void {
  for (let i = writes.length - 3; i >= 0; i -= 3) {
    (writes[i] as Record<string | number, unknown>)[writes[i + 1] as string | number] = writes[i + 2];
  }
}

/** In-place mode: puts a child's output that is not the child itself into its container, logged for undo. */
function write(
  container: Record<string | number, unknown>,
  key: string | number,
  value: unknown,
  ctx: FastContext,
) {
  ctx.writes!.push(container, key, container[key]);
  container[key] = value;
}

function isObjectLiteral(value: unknown): value is Record<string, unknown> {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    Object.getPrototypeOf(value) === Object.prototype
  );
}

function compileNode(schema: z.core.$ZodType, mode: Mode): FastParser {
  const sub = (inner: z.core.$ZodType): FastParser => compileFastParser(inner, mode);
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
      return hasChecks ? delegate(schema) : compileArray(sub(def.element!), mode.inPlace);
    case 'object': {
      if (!hasChecks) return compileObject(schema, def, mode);
      const refinements = customChecks(def);
      return refinements ? withRefinements(compileObject(schema, def, mode), refinements) : delegate(schema);
    }
    case 'record':
      return hasChecks ? delegate(schema) : compileRecord(schema, def, mode);
    default:
      return delegate(schema);
  }
}

interface CustomCheck {
  _zod: {
    def: { check: string; when?: unknown };
    check: (payload: { value: unknown; issues: unknown[] }) => unknown;
  };
}

/** The checks of an object when all are refinements (`z.refine`, `z.superRefine`) that zod always runs, else undefined. */
function customChecks(def: Def): CustomCheck[] | undefined {
  const checks = (def.checks ?? []) as unknown as CustomCheck[];
  return checks.every((c) => c._zod.def.check === 'custom' && c._zod.def.when === undefined)
    ? checks
    : undefined;
}

/**
 * An object with refinements: zod runs them on its (unchanged) output once the object itself has no issue. Here
 * they run on the fast output, equal to zod's, and any issue (or an async refinement) gives up, so zod reports it.
 */
function withRefinements(parse: FastParser, checks: readonly CustomCheck[]): FastParser {
  return (v, depth, ctx) => {
    const out = parse(v, depth, ctx);
    if (out === INVALID) return INVALID;
    const payload = { value: out, issues: [] as unknown[] };
    for (const check of checks) {
      if (check._zod.check(payload) instanceof Promise || payload.issues.length > 0) return INVALID;
    }
    return out;
  };
}

function compileArray(element: FastParser, inPlace: boolean): FastParser {
  return (v, depth, ctx) => {
    if (!Array.isArray(v) || depth > ctx.limits.maxDepth || ++ctx.containers > ctx.limits.maxContainers)
      return INVALID;
    const n = v.length;
    const out = inPlace ? v : new Array<unknown>(n);
    const childDepth = depth + 1;
    for (let i = 0; i < n; i++) {
      const x = v[i];
      const r = element(x, childDepth, ctx);
      if (r === INVALID) return INVALID;
      if (!inPlace) out[i] = r;
      else if (r !== x) write(v as unknown as Record<number, unknown>, i, r, ctx);
    }
    return out;
  };
}

function compileObject(schema: z.core.$ZodType, def: Def, mode: Mode): FastParser {
  // Only strict objects: a loose or catch-all object would copy unknown keys, which this compiler does not do.
  if (!def.shape || !def.catchall || defOf(def.catchall).type !== 'never') return delegate(schema);
  const fields: Field[] = Object.entries(def.shape).map(([key, fieldSchema]) => ({
    key,
    parse: compileFastParser(fieldSchema, mode),
    absent: absentBehaviour(fieldSchema),
    schema: fieldSchema,
  }));
  // Like zod, generate code per object schema when the platform allows it: a shared closure reads and writes
  // properties by variable key, which V8 cannot specialise, and is about twice as slow.
  if (!mode.inPlace) return (mode.codegen && generateObject(fields)) || interpretObject(fields);
  const copy = compileFastParser(schema, { ...mode, inPlace: false });
  return (mode.codegen && generateObjectInPlace(fields, copy)) || interpretObjectInPlace(fields, copy);
}

function interpretObject(fields: readonly Field[]): FastParser {
  const known = new Set(fields.map((f) => f.key));
  return (v, depth, ctx) => {
    if (!isPlainObject(v) || depth > ctx.limits.maxDepth || ++ctx.containers > ctx.limits.maxContainers) {
      return INVALID;
    }
    // zod's strict check walks the keys with for…in; doing the same keeps both in agreement.
    for (const key in v) if (!known.has(key)) return INVALID;
    const out: Record<string, unknown> = {};
    return readFields(fields, v, depth + 1, ctx, out) ? out : INVALID;
  };
}

/**
 * Parses the fields of `v`: into `out` (with defaults filled in), or, without `out`, in place (a parsed value that
 * is not the input's own is written over it). False when a field is invalid.
 */
function readFields(
  fields: readonly Field[],
  v: Record<string, unknown>,
  childDepth: number,
  ctx: FastContext,
  out?: Record<string, unknown>,
): boolean {
  for (let i = 0; i < fields.length; i++) {
    const field = fields[i]!;
    const value = v[field.key];
    if (value === undefined) {
      // An explicit `undefined` is left to zod, whose handling of it differs by schema.
      if (field.key in v || field.absent === Absent.Fail) return false;
      if (out && field.absent === Absent.Default) out[field.key] = defOf(field.schema).defaultValue;
      continue;
    }
    const r = field.parse(value, childDepth, ctx);
    if (r === INVALID) return false;
    if (out) out[field.key] = r;
    else if (r !== value) write(v, field.key, r, ctx);
  }
  return true;
}

/** The same as {@link interpretObject}, as generated code with constant property names. */
function generateObject(fields: readonly Field[]): FastParser | undefined {
  const cases = fields.map((f) => `case ${JSON.stringify(f.key)}:`).join(' ');
  const lines = [
    'return function (v, depth, ctx) {',
    '  if (!isPlainObject(v) || depth > ctx.limits.maxDepth || ++ctx.containers > ctx.limits.maxContainers) return INVALID;',
    `  for (const key in v) { switch (key) { ${cases} break; default: return INVALID; } }`,
    '  const out = {};',
    ...fieldLines(
      fields,
      (k) => `out[${k}] = r;`,
      (k, i) => `out[${k}] = s[${i}]._zod.def.defaultValue;`,
    ),
    '  return out;',
    '};',
  ];
  return compiled(lines, fields);
}

/**
 * The generated lines that read, parse and store each field: `store` puts the parsed `r` of field `k`, `absent`
 * (if given) handles a field with a default that is absent.
 */
function fieldLines(
  fields: readonly Field[],
  store: (key: string) => string,
  absent?: (key: string, index: number) => string,
): string[] {
  const lines = ['  const d = depth + 1;', '  let x, r;'];
  fields.forEach((f, i) => {
    const k = JSON.stringify(f.key);
    const parse = `r = p[${i}](x, d, ctx); if (r === INVALID) return INVALID; ${store(k)}`;
    if (f.absent === Absent.Fail) {
      lines.push(`  x = v[${k}]; if (x === undefined) return INVALID; ${parse}`);
    } else {
      const fill = f.absent === Absent.Default && absent ? absent(k, i) : '';
      lines.push(
        `  x = v[${k}]; if (x !== undefined) { ${parse} } else if (${k} in v) return INVALID; else { ${fill} }`,
      );
    }
  });
  return lines;
}

/** The function the generated lines define, or undefined where the platform forbids generating code. */
function compiled(
  lines: readonly string[],
  fields: readonly Field[],
  copy?: FastParser,
): FastParser | undefined {
  try {
    const factory = new Function(
      'isPlainObject',
      'isObjectLiteral',
      'INVALID',
      'p',
      's',
      'copy',
      'write',
      lines.join('\n'),
    );
    return (factory as (...args: unknown[]) => FastParser)(
      isPlainObject,
      isObjectLiteral,
      INVALID,
      fields.map((f) => f.parse),
      fields.map((f) => f.schema),
      copy,
      write,
    );
  } catch {
    return undefined;
  }
}

/**
 * In-place {@link interpretObject}: the object itself when its keys are in the schema's order and no default is
 * missing (zod's output would then be an equal object with the same key order), else the copying parser's output.
 */
function interpretObjectInPlace(fields: readonly Field[], copy: FastParser): FastParser {
  const index = new Map(fields.map((f, i) => [f.key, i]));
  const defaults = fields.filter((f) => f.absent === Absent.Default).map((f) => f.key);
  return (v, depth, ctx) => {
    if (!isObjectLiteral(v)) return copy(v, depth, ctx);
    let last = -1;
    for (const key in v) {
      const i = index.get(key);
      if (i === undefined) return INVALID;
      if (i < last) return copy(v, depth, ctx);
      last = i;
    }
    for (const key of defaults) if (v[key] === undefined) return copy(v, depth, ctx);
    if (depth > ctx.limits.maxDepth || ++ctx.containers > ctx.limits.maxContainers) return INVALID;
    return readFields(fields, v, depth + 1, ctx) ? v : INVALID;
  };
}

/** The same as {@link interpretObjectInPlace}, as generated code with constant property names. */
function generateObjectInPlace(fields: readonly Field[], copy: FastParser): FastParser | undefined {
  const cases = fields.map((f, i) => `case ${JSON.stringify(f.key)}: i = ${i}; break;`).join(' ');
  const lines = [
    'return function (v, depth, ctx) {',
    '  if (!isObjectLiteral(v)) return copy(v, depth, ctx);',
    '  let last = -1, i = 0;',
    `  for (const key in v) { switch (key) { ${cases} default: return INVALID; } if (i < last) return copy(v, depth, ctx); last = i; }`,
    ...fields
      .filter((f) => f.absent === Absent.Default)
      .map((f) => `  if (v[${JSON.stringify(f.key)}] === undefined) return copy(v, depth, ctx);`),
    '  if (depth > ctx.limits.maxDepth || ++ctx.containers > ctx.limits.maxContainers) return INVALID;',
    ...fieldLines(fields, (k) => `if (r !== x) write(v, ${k}, r, ctx);`),
    '  return v;',
    '};',
  ];
  return compiled(lines, fields, copy);
}

function compileRecord(schema: z.core.$ZodType, def: Def, mode: Mode): FastParser {
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
  const value = compileFastParser(def.valueType!, mode);
  // In place: the same checks; zod's output would have the same keys in the same order.
  const copy = mode.inPlace ? compileFastParser(schema, { ...mode, inPlace: false }) : undefined;
  return (v, depth, ctx) => {
    if (copy && !isObjectLiteral(v)) return copy(v, depth, ctx);
    if (!isPlainObject(v) || depth > ctx.limits.maxDepth || ++ctx.containers > ctx.limits.maxContainers) {
      return INVALID;
    }
    const out: Record<string, unknown> = copy ? v : {};
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
      if (!copy) out[key] = r;
      else if (r !== item) write(v, key, r, ctx);
    }
    return out;
  };
}
