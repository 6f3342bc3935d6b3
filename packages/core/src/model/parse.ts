import type { z } from 'zod';
import type { LocalizedText } from '../i18n/index.js';
import type { Issue, IssuePath, Result } from '../issues/index.js';
import { isError, issue } from '../issues/index.js';
import { validateInnovation, validateWorkspace } from './crossChecks.js';
import { compileFastParser, type FastParser, INVALID } from './fastPath.js';
import { type Innovation, InnovationSchema } from './innovation.js';
import { findJsonSyntaxError, UNKNOWN_JSON_REASON } from './jsonSyntax.js';
import {
  customMessage,
  EXPECTATIONS,
  invalidFormatMessage,
  invalidJsonMessage,
  invalidKeyMessage,
  invalidTimeZoneMessage,
  invalidTypeMessage,
  invalidUnionMessage,
  invalidValueMessage,
  isMessageKey,
  MESSAGE_KEYS,
  notMultipleOfMessage,
  receivedType,
  requiredMessage,
  showValue,
  tooBigMessage,
  tooSmallMessage,
  typeName,
  unreadableInputMessage,
  unrecognizedKeyMessage,
} from './messages.js';
import { migrateWorkspace, type WorkspaceMigration } from './migrate.js';
import { suggestIndonesianTimeZones } from './municipality.js';
import { DEFAULT_INPUT_LIMITS, type InputLimits, pathHasForbiddenKey, scanInput } from './scan.js';
import { type Workspace, WorkspaceSchema } from './workspace.js';

// ─── zod issues → our issues ───────────────────────────────────────────────────────────────────────────────────────

const ALLOWED_KEYS_PREFIX = '@smartcity/allowed-keys:';

type ZodInternals = {
  _zod?: {
    def?: { shape?: Record<string, unknown>; keyType?: { _zod?: { values?: ReadonlySet<unknown> } } };
  };
};

/** The keys an object (its shape) or an enum-keyed record (its key values) allows. */
function allowedKeysOf(schema: unknown): string[] {
  const def = (schema as ZodInternals | undefined)?._zod?.def;
  if (def?.shape) return Object.keys(def.shape);
  const values = def?.keyType?._zod?.values;
  return values ? [...values].map(String) : [];
}

/**
 * zod error map for one parse: only `unrecognized_keys` needs it, to carry the list of allowed keys (which only the
 * raw issue's schema knows) to the conversion below. A module-level function, so nothing is allocated per parse.
 */
function errorMap(raw: { code?: string; inst?: unknown }): string | undefined {
  if (raw.code === 'unrecognized_keys') return ALLOWED_KEYS_PREFIX + allowedKeysOf(raw.inst).join('\n');
  return undefined;
}

const PARSE_CONTEXT = { reportInput: true, error: errorMap } as const;

function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 2) return 3;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(
        previous[j]! + 1,
        current[j - 1]! + 1,
        previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    }
    previous = current;
  }
  return previous[b.length]!;
}

/** The allowed key someone probably meant: same letters ignoring case/`_`/`-`, or at most 2 edits away. */
function suggestKey(key: string, allowed: readonly string[]): string | undefined {
  const norm = (s: string) => s.toLowerCase().replace(/[_\-\s]/g, '');
  const wanted = norm(key);
  let best: string | undefined;
  let bestDistance = 3;
  for (const candidate of allowed) {
    if (norm(candidate) === wanted) return candidate;
    const d = editDistance(wanted, norm(candidate));
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return bestDistance <= 2 && key.length > 2 ? best : undefined;
}

function lastKey(path: IssuePath): string | number | undefined {
  return path.at(-1);
}

function isLocalizedText(value: unknown): value is LocalizedText {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as LocalizedText).id === 'string' &&
    typeof (value as LocalizedText).en === 'string'
  );
}

type ZodIssue = z.core.$ZodIssue;

function expectationOf(zi: ZodIssue): LocalizedText | undefined {
  if (isMessageKey(zi.message)) return EXPECTATIONS[zi.message];
  if (zi.code === 'invalid_type') return typeName(zi.expected);
  if (zi.code === 'invalid_value') {
    const values = zi.values.map(showValue).join(', ');
    return { id: `salah satu dari: ${values}`, en: `one of: ${values}` };
  }
  return undefined;
}

/**
 * Converts zod issues into bilingual {@link Issue}s, appending them to `out`. With `skipForbidden`, issues under a
 * forbidden key are dropped (the input scan has already reported them, with a clearer message).
 */
export function convertZodIssues(zodIssues: readonly ZodIssue[], out: Issue[], skipForbidden = false): void {
  for (const zi of zodIssues) {
    const path: IssuePath = zi.path.map((p) => (typeof p === 'symbol' ? String(p) : p));
    if (skipForbidden && pathHasForbiddenKey(path)) continue;
    const input = zi.input;
    const key = isMessageKey(zi.message) ? zi.message : undefined;
    if (input === undefined && zi.code !== 'unrecognized_keys' && zi.code !== 'custom') {
      out.push(issue(path, 'required', requiredMessage(lastKey(path), expectationOf(zi))));
      continue;
    }
    switch (zi.code) {
      case 'invalid_type':
        out.push(
          issue(
            path,
            'invalid_type',
            invalidTypeMessage(zi.expected, receivedType(input), key ? EXPECTATIONS[key] : undefined),
          ),
        );
        break;
      case 'too_small':
        out.push(issue(path, 'too_small', tooSmallMessage(zi.origin, zi.minimum, zi.inclusive ?? true)));
        break;
      case 'too_big':
        out.push(issue(path, 'too_big', tooBigMessage(zi.origin, zi.maximum, zi.inclusive ?? true)));
        break;
      case 'invalid_format': {
        const expected = key
          ? EXPECTATIONS[key]
          : {
              id: `format ${zi.format}${zi.pattern ? ` (${zi.pattern})` : ''}`,
              en: `the ${zi.format} format${zi.pattern ? ` (${zi.pattern})` : ''}`,
            };
        out.push(issue(path, 'invalid_format', invalidFormatMessage(input, expected)));
        break;
      }
      case 'invalid_value':
        if (key === MESSAGE_KEYS.timeZone) {
          out.push(
            issue(
              path,
              'invalid_time_zone',
              invalidTimeZoneMessage(input, suggestIndonesianTimeZones(input)),
            ),
          );
        } else {
          out.push(issue(path, 'invalid_value', invalidValueMessage(input, zi.values)));
        }
        break;
      case 'unrecognized_keys': {
        const allowed = zi.message.startsWith(ALLOWED_KEYS_PREFIX)
          ? zi.message.slice(ALLOWED_KEYS_PREFIX.length).split('\n').filter(Boolean)
          : [];
        for (const k of zi.keys) {
          if (skipForbidden && pathHasForbiddenKey([k])) continue;
          out.push(
            issue(
              [...path, k],
              'unrecognized_key',
              unrecognizedKeyMessage(k, allowed, suggestKey(k, allowed)),
            ),
          );
        }
        break;
      }
      case 'invalid_key': {
        const inner = zi.issues[0];
        const innerKey = inner && isMessageKey(inner.message) ? EXPECTATIONS[inner.message] : undefined;
        out.push(issue(path, 'invalid_key', invalidKeyMessage(String(lastKey(path) ?? input), innerKey)));
        break;
      }
      case 'invalid_union':
        out.push(issue(path, 'invalid_union', invalidUnionMessage(input)));
        break;
      case 'not_multiple_of':
        out.push(issue(path, 'not_multiple_of', notMultipleOfMessage(zi.divisor)));
        break;
      case 'custom': {
        const params = zi.params;
        const code = typeof params?.code === 'string' ? params.code : 'custom';
        const message = isLocalizedText(params?.message) ? params.message : customMessage();
        out.push(issue(path, code, message));
        break;
      }
      default:
        out.push(issue(path, zi.code, customMessage()));
    }
  }
}

// ─── entry points ──────────────────────────────────────────────────────────────────────────────────────────────────

/**
 * Options of the parse entry points.
 *
 * @example
 * ```ts
 * const options: ParseOptions = { limits: { maxDepth: 32 } };
 * ```
 */
export interface ParseOptions {
  /** Limits of the raw input (default depth 64, 5 million objects and arrays). */
  limits?: Partial<InputLimits>;
  /** Migration steps (default: the library's own); for tests and staged formats. */
  migrations?: readonly WorkspaceMigration[];
}

function limitsOf(options: ParseOptions | undefined): InputLimits {
  const limits = options?.limits;
  return limits ? { ...DEFAULT_INPUT_LIMITS, ...limits } : DEFAULT_INPUT_LIMITS;
}

const fastWorkspace: FastParser = compileFastParser(WorkspaceSchema);

function runFast(parser: FastParser, input: unknown, limits: InputLimits): unknown {
  return parser(input, 0, { limits, containers: 0 });
}

function failure<T>(issues: Issue[]): Result<T> {
  return { success: false, issues };
}

function unreadable<T>(error: unknown): Result<T> {
  const reason = error instanceof Error ? error.name : typeof error;
  return failure([issue([], 'unreadable_input', unreadableInputMessage(reason))]);
}

/**
 * Parses and validates a workspace from any value (typically the result of `JSON.parse`): rejects
 * prototype-polluting keys and absurd nesting, migrates older `schemaVersion`s, checks the schema (unknown fields
 * are issues, except inside `extensions`) and then the cross-record rules (see `validateWorkspace`). Never throws;
 * every problem is an {@link Issue} with a path and a message in Bahasa Indonesia and English.
 *
 * @example
 * ```ts
 * const result = parseWorkspace(JSON.parse(text));
 * if (result.success) console.log(result.data.innovations.length);
 * else for (const i of result.issues) console.log(formatIssue(i, 'en'));
 * ```
 */
export function parseWorkspace(input: unknown, options?: ParseOptions): Result<Workspace> {
  try {
    const limits = limitsOf(options);
    // Valid, current input (the common case) takes the compiled fast path; anything else goes through the scan,
    // the migrations and zod, which report every issue.
    const fast = runFast(fastWorkspace, input, limits);
    if (fast !== INVALID) return checked(fast as Workspace);
    const scan = scanInput(input, limits);
    if (scan.fatal) return failure(scan.issues);
    const migrated = migrateWorkspace(input, options?.migrations ? { migrations: options.migrations } : {});
    if (!migrated.success) return failure([...scan.issues, ...migrated.issues]);
    const parsed = WorkspaceSchema.safeParse(migrated.data, PARSE_CONTEXT);
    if (!parsed.success) {
      const issues = [...scan.issues];
      convertZodIssues(parsed.error.issues, issues, scan.issues.length > 0);
      return failure(issues);
    }
    if (scan.issues.length > 0) return failure(scan.issues);
    return checked(parsed.data);
  } catch (error) {
    return unreadable(error);
  }
}

/** The cross-record checks: errors fail the parse (reported with the warnings); warnings alone ride along. */
function checked(workspace: Workspace): Result<Workspace> {
  const cross = validateWorkspace(workspace);
  if (cross.length === 0) return { success: true, data: workspace };
  return cross.some(isError) ? failure(cross) : { success: true, data: workspace, warnings: cross };
}

/**
 * An `invalid_json` issue: path `[]`, with the 1-based line and column of the error (also in the message).
 *
 * @example
 * ```ts
 * const r = parseWorkspaceJson('{"schemaVersion": 1,}');
 * if (!r.success && r.issues[0]?.code === 'invalid_json') (r.issues[0] as InvalidJsonIssue).line; // 1
 * ```
 */
export interface InvalidJsonIssue extends Issue {
  code: 'invalid_json';
  line: number;
  column: number;
}

/**
 * Parses a workspace from JSON text (a leading byte-order mark is ignored). Syntax errors become one
 * `invalid_json` issue with the line and column, the same in every JavaScript engine; otherwise the same as
 * {@link parseWorkspace}. Never throws.
 *
 * @example
 * ```ts
 * parseWorkspaceJson('{"schemaVersion": 1,\n "municipality": }');
 * // { success: false, issues: [{ path: [], code: 'invalid_json', line: 2, column: 18,
 * //   message: { id: 'JSON tidak valid pada baris 2, kolom 18: …', en: 'Invalid JSON at line 2, column 18: …' } }] }
 * ```
 */
export function parseWorkspaceJson(text: string, options?: ParseOptions): Result<Workspace> {
  if (typeof text !== 'string') {
    return failure([issue([], 'invalid_type', invalidTypeMessage('string', receivedType(text)))]);
  }
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch {
    const found = findJsonSyntaxError(body);
    const line = found?.line ?? 1;
    const column = found?.column ?? 1;
    const jsonIssue: InvalidJsonIssue = {
      path: [],
      code: 'invalid_json',
      message: invalidJsonMessage(line, column, found?.reason ?? UNKNOWN_JSON_REASON),
      line,
      column,
    };
    return failure([jsonIssue]);
  }
  return parseWorkspace(data, options);
}

/**
 * Parses one entity with any of the model's schemas (e.g. a spreadsheet row into an `Agency`), with the same
 * guarantees as {@link parseWorkspace} for that entity alone: forbidden keys rejected, bilingual issues, never
 * throws. No cross-record checks.
 *
 * @example
 * ```ts
 * const r = parseEntity(AgencySchema, { id: 'dinkes', name: 'Dinas Kesehatan', abbreviation: 'Dinkes' });
 * r.success; // true
 * ```
 */
export function parseEntity<S extends z.ZodType>(
  schema: S,
  input: unknown,
  options?: Pick<ParseOptions, 'limits'>,
): Result<z.output<S>> {
  try {
    const limits = limitsOf(options);
    const fast = runFast(compileFastParser(schema), input, limits);
    if (fast !== INVALID) return { success: true, data: fast as z.output<S> };
    const scan = scanInput(input, limits);
    if (scan.fatal) return failure(scan.issues);
    const parsed = schema.safeParse(input, PARSE_CONTEXT);
    if (!parsed.success) {
      const issues = [...scan.issues];
      convertZodIssues(parsed.error.issues, issues, scan.issues.length > 0);
      return failure(issues);
    }
    if (scan.issues.length > 0) return failure(scan.issues);
    return { success: true, data: parsed.data };
  } catch (error) {
    return unreadable(error);
  }
}

/**
 * Parses one innovation: the schema plus the checks that need no other record (element within pillar, date order,
 * budget years, KPI units and ids, measurement dates, history against the lifecycle). Never throws.
 *
 * @example
 * ```ts
 * const r = parseInnovation({ id: 'sipedas', name: 'SIPEDAS', pillarId: 'governance',
 *   elementId: 'governance.public-service', agencyId: 'diskominfo', horizon: 'quick-win', status: 'planned' });
 * r.success; // true
 * ```
 */
export function parseInnovation(input: unknown, options?: Pick<ParseOptions, 'limits'>): Result<Innovation> {
  const parsed = parseEntity(InnovationSchema, input, options);
  if (!parsed.success) return parsed;
  const issues = validateInnovation(parsed.data);
  return issues.length > 0 ? failure(issues) : parsed;
}
