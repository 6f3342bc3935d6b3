import type * as z from 'zod/mini';
import type { Issue, Result } from '../issues/index.js';
import { isError, issue } from '../issues/index.js';
import type { CollectionId } from '../registry/meta.js';
import { COLLECTION_SHAPES, collectionShape } from '../registry/structure.js';
import type { Agency } from './agency.js';
import type { Application } from './application.js';
import type { Body, BodyMember } from './body.js';
import { validateInnovation, validateWorkspace } from './crossChecks.js';
import type { Evaluation, Finding } from './evaluation.js';
import { compileFastParser, type FastParser, INVALID, runFastInPlace } from './fastPath.js';
import {
  type BudgetLine,
  type Innovation,
  InnovationSchema,
  type Kpi,
  type Measurement,
} from './innovation.js';
import { findJsonSyntaxError, UNKNOWN_JSON_REASON } from './jsonSyntax.js';
import type { Masterplan, Programme } from './masterplan.js';
import { invalidJsonMessage, invalidTypeMessage, invalidValueMessage, receivedType } from './messages.js';
import { migrateWorkspace, type WorkspaceMigration } from './migrate.js';
import type { Municipality, Regulation } from './municipality.js';
import { failure, limitsOf, parseWithSchema, runFast, unreadable, zodFailure } from './parseValue.js';
import type { Risk } from './risk.js';
import { type InputLimits, scanInput } from './scan.js';
import type { Stakeholder } from './stakeholder.js';
import { type Workspace, WorkspaceSchema } from './workspace.js';
import { PARSE_CONTEXT } from './zodIssues.js';

/**
 * The type of a row of each collection, for {@link parseEntity} by collection id.
 *
 * @example
 * ```ts
 * const line: CollectionRowType<'budgetLines'> = { id: 'apbd-2024', year: 2024, amount: 1, source: 'APBD' };
 * ```
 */
export interface CollectionRowTypes {
  workspace: Workspace;
  municipality: Municipality;
  regulations: Regulation;
  agencies: Agency;
  stakeholders: Stakeholder;
  bodies: Body;
  bodyMembers: BodyMember;
  masterplan: Masterplan;
  programmes: Programme;
  innovations: Innovation;
  budgetLines: BudgetLine;
  kpis: Kpi;
  measurements: Measurement;
  applications: Application;
  evaluations: Evaluation;
  findings: Finding;
  risks: Risk;
}

/**
 * The row type of a collection (see {@link CollectionRowTypes}).
 *
 * @example
 * ```ts
 * const agency: CollectionRowType<'agencies'> = { id: 'dinkes', name: 'Dinas Kesehatan', abbreviation: 'Dinkes' };
 * ```
 */
export type CollectionRowType<C extends CollectionId> = CollectionRowTypes[C];

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

const fastWorkspace: FastParser = compileFastParser(WorkspaceSchema);
// For parseWorkspaceJson, whose value is its own (fresh from JSON.parse): compiled on first use.
let fastWorkspaceInPlace: FastParser | undefined;
function inPlaceWorkspaceParser(): FastParser {
  fastWorkspaceInPlace ??= compileFastParser(WorkspaceSchema, { inPlace: true });
  return fastWorkspaceInPlace;
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
  return parseWorkspaceValue(input, options, false);
}

/** parseWorkspace; `owned`: the input is the caller's own JSON.parse output, which the fast path may keep. */
function parseWorkspaceValue(
  input: unknown,
  options: ParseOptions | undefined,
  owned: boolean,
): Result<Workspace> {
  try {
    const limits = limitsOf(options?.limits);
    // Valid, current input (the common case) takes the compiled fast path; anything else goes through the scan,
    // the migrations and zod, which report every issue.
    const fast = owned
      ? runFastInPlace(inPlaceWorkspaceParser(), input, limits)
      : runFast(fastWorkspace, input, limits);
    if (fast !== INVALID) return checked(fast as Workspace);
    const scan = scanInput(input, limits);
    if (scan.fatal) return failure(scan.issues);
    const migrated = migrateWorkspace(input, options?.migrations ? { migrations: options.migrations } : {});
    if (!migrated.success) return failure([...scan.issues, ...migrated.issues]);
    const parsed = WorkspaceSchema.safeParse(migrated.data, PARSE_CONTEXT);
    if (!parsed.success) return zodFailure(parsed.error.issues, scan.issues);
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
  return parseWorkspaceValue(data, options, true);
}

/**
 * Parses one entity, named by its collection (`'agencies'`, `'budgetLines'`…, see `COLLECTIONS`) or given as any of
 * the model's zod schemas (e.g. a spreadsheet row into an `Agency`), with the same guarantees and the same issues
 * as {@link parseWorkspace} for that entity alone: forbidden keys rejected, bilingual issues with did-you-mean
 * hints, never throws. No cross-record checks.
 *
 * @example
 * ```ts
 * parseEntity('agencies', { id: 'dinkes', name: 'Dinas Kesehatan', abbreviation: 'Dinkes' }).success; // true
 * const r = parseEntity(AgencySchema, { id: 'dinkes', name: 'Dinas Kesehatan', abbrevation: 'Dinkes' });
 * // r.issues[0]: unrecognized_key at ['abbrevation'], 'Unknown field "abbrevation". Did you mean "abbreviation"? …'
 * ```
 */
export function parseEntity<S extends z.core.$ZodType>(
  schema: S,
  input: unknown,
  options?: Pick<ParseOptions, 'limits'>,
): Result<z.output<S>>;
export function parseEntity<C extends CollectionId>(
  collection: C,
  input: unknown,
  options?: Pick<ParseOptions, 'limits'>,
): Result<CollectionRowType<C>>;
export function parseEntity(
  schemaOrCollection: z.core.$ZodType | CollectionId,
  input: unknown,
  options?: Pick<ParseOptions, 'limits'>,
): Result<unknown> {
  if (typeof schemaOrCollection !== 'string')
    return parseWithSchema(schemaOrCollection, input, options?.limits);
  const shape = collectionShape(schemaOrCollection);
  if (shape === undefined) {
    return failure([
      issue(
        [],
        'invalid_value',
        invalidValueMessage(
          schemaOrCollection,
          COLLECTION_SHAPES.map((c) => c.id),
        ),
      ),
    ]);
  }
  return parseWithSchema(shape.schema, input, options?.limits);
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
