import * as z from 'zod/mini';
import type { Issue, Result } from '../issues/index.js';
import { issue } from '../issues/index.js';
import { compileFastParser, type FastParser, INVALID } from './fastPath.js';
import { unreadableInputMessage } from './messages.js';
import { DEFAULT_INPUT_LIMITS, type InputLimits, scanInput } from './scan.js';
import { convertZodIssues, PARSE_CONTEXT } from './zodIssues.js';

// The parse engine behind every entry point that takes user data: the compiled fast path for valid input, else
// the input scan (forbidden keys, depth, size), zod, and the one issue conversion. Internal; the public entry
// points are parseWorkspace, parseEntity, parseCivilDate, parseCalendarOverrides and createWorkspace.

/** The limits in effect: the defaults with the given ones on top. */
export function limitsOf(limits: Partial<InputLimits> | undefined): InputLimits {
  return limits ? { ...DEFAULT_INPUT_LIMITS, ...limits } : DEFAULT_INPUT_LIMITS;
}

/** Runs a compiled fast parser from the root. */
export function runFast(parser: FastParser, input: unknown, limits: InputLimits): unknown {
  return parser(input, 0, { limits, containers: 0 });
}

/** A failed result. */
export function failure<T>(issues: Issue[]): Result<T> {
  return { success: false, issues };
}

/** The result for an exception that escaped (hostile input such as a throwing getter or a revoked proxy). */
export function unreadable<T>(error: unknown): Result<T> {
  const reason = error instanceof Error ? error.name : typeof error;
  return failure([issue([], 'unreadable_input', unreadableInputMessage(reason))]);
}

/** zod's result converted: scan issues first (zod issues under a forbidden key are left out), then zod's. */
export function zodFailure<T>(
  zodIssues: readonly z.core.$ZodIssue[],
  scanIssues: readonly Issue[],
): Result<T> {
  const issues = [...scanIssues];
  convertZodIssues(zodIssues, issues, scanIssues.length > 0);
  return failure(issues);
}

/**
 * Parses any value with a zod schema, the way every entry point does. Never throws.
 */
export function parseWithSchema<S extends z.core.$ZodType>(
  schema: S,
  input: unknown,
  limits?: Partial<InputLimits>,
): Result<z.output<S>> {
  try {
    const effective = limitsOf(limits);
    const fast = runFast(compileFastParser(schema), input, effective);
    if (fast !== INVALID) return { success: true, data: fast as z.output<S> };
    const scan = scanInput(input, effective);
    if (scan.fatal) return failure(scan.issues);
    const parsed = z.safeParse(schema, input, PARSE_CONTEXT);
    if (!parsed.success) return zodFailure(parsed.error.issues, scan.issues);
    if (scan.issues.length > 0) return failure(scan.issues);
    return { success: true, data: parsed.data };
  } catch (error) {
    return unreadable(error);
  }
}
