import type { Issue, IssuePath } from '../issues/index.js';
import { issue } from '../issues/index.js';
import { forbiddenKeyMessage, tooDeepMessage, tooManyValuesMessage } from './messages.js';

/**
 * Keys rejected anywhere in user data, including inside `extensions`: copying or merging an object with one of them
 * can change `Object.prototype` (prototype pollution, reliability-and-anchors.md §B.4), which then breaks unrelated
 * code, zod included.
 *
 * @example
 * ```ts
 * FORBIDDEN_KEYS.includes('__proto__'); // true
 * ```
 */
export const FORBIDDEN_KEYS = ['__proto__', 'constructor', 'prototype'] as const;

/**
 * Limits of the raw-input scan that runs before schema validation.
 *
 * @example
 * ```ts
 * const limits: InputLimits = { maxDepth: 64, maxContainers: 5_000_000 };
 * ```
 */
export interface InputLimits {
  /** Deepest nesting of objects/arrays accepted; a workspace needs about 8, the rest is room for `extensions`. */
  maxDepth: number;
  /** Most objects and arrays accepted in one input (guards against shared-reference explosions). */
  maxContainers: number;
}

/**
 * The default input limits: depth 64, 5 million objects and arrays (a municipality's workspace has thousands).
 *
 * @example
 * ```ts
 * DEFAULT_INPUT_LIMITS.maxDepth; // 64
 * ```
 */
export const DEFAULT_INPUT_LIMITS: Readonly<InputLimits> = { maxDepth: 64, maxContainers: 5_000_000 };

/** Most forbidden-key issues listed for one input; beyond that the data is hostile, not mistaken. */
const MAX_REPORTED = 100;

/** Internal: whether a key may never appear in input (`__proto__`, `constructor`, `prototype`). */
export function isForbiddenKey(key: string): boolean {
  return key === '__proto__' || key === 'constructor' || key === 'prototype';
}

/** The result of {@link scanInput}. */
export interface ScanResult {
  issues: Issue[];
  /** True when the input exceeded a limit; it must then not be walked further (by zod or anyone). */
  fatal: boolean;
}

const CLEAN: ScanResult = { issues: [], fatal: false };

/**
 * Walks raw input once, iteratively (no recursion, so no stack overflow), looking for forbidden keys, nesting
 * deeper than `maxDepth` (which also catches circular references) and more than `maxContainers` objects. The fast
 * pass keeps no paths; only when it finds something does a second pass locate every problem.
 */
export function scanInput(input: unknown, limits: InputLimits = DEFAULT_INPUT_LIMITS): ScanResult {
  if (typeof input !== 'object' || input === null) return CLEAN;
  if (fastScan(input, limits)) return CLEAN;
  return locate(input, limits);
}

function fastScan(root: object, limits: InputLimits): boolean {
  return isCleanTree(root, 0, limits, { containers: 0 });
}

/**
 * Internal (shared with the fast path): whether a tree has no forbidden key and stays within the limits, counting
 * its containers into `counter` so several walks of one input share one budget. Iterative: no stack overflow.
 */
export function isCleanTree(
  root: object,
  rootDepth: number,
  limits: InputLimits,
  counter: { containers: number },
): boolean {
  const values: object[] = [root];
  const depths: number[] = [rootDepth];
  while (values.length > 0) {
    const value = values.pop()!;
    const depth = depths.pop()!;
    if (depth > limits.maxDepth || ++counter.containers > limits.maxContainers) return false;
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) {
        const child: unknown = value[i];
        if (typeof child === 'object' && child !== null) {
          values.push(child);
          depths.push(depth + 1);
        }
      }
    } else {
      if (ArrayBuffer.isView(value)) continue;
      const keys = Object.keys(value);
      for (let i = 0; i < keys.length; i++) {
        const key = keys[i]!;
        if (isForbiddenKey(key)) return false;
        const child: unknown = (value as Record<string, unknown>)[key];
        if (typeof child === 'object' && child !== null) {
          values.push(child);
          depths.push(depth + 1);
        }
      }
    }
  }
  return true;
}

interface Frame {
  value: object;
  path: IssuePath;
}

function locate(root: object, limits: InputLimits): ScanResult {
  const issues: Issue[] = [];
  const stack: Frame[] = [{ value: root, path: [] }];
  let containers = 0;
  let forbidden = 0;
  while (stack.length > 0) {
    const { value, path } = stack.pop()!;
    if (path.length > limits.maxDepth) {
      issues.push(issue(path, 'too_deep', tooDeepMessage(limits.maxDepth)));
      return { issues, fatal: true };
    }
    if (++containers > limits.maxContainers) {
      issues.push(issue([], 'too_big', tooManyValuesMessage(limits.maxContainers)));
      return { issues, fatal: true };
    }
    // Children are pushed in reverse so that issues come out in document order.
    const children: Frame[] = [];
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) {
        const child: unknown = value[i];
        if (typeof child === 'object' && child !== null) children.push({ value: child, path: [...path, i] });
      }
    } else if (!ArrayBuffer.isView(value)) {
      for (const key of Object.keys(value)) {
        if (isForbiddenKey(key) && forbidden++ < MAX_REPORTED) {
          issues.push(issue([...path, key], 'forbidden_key', forbiddenKeyMessage(key)));
        }
        const child: unknown = (value as Record<string, unknown>)[key];
        if (typeof child === 'object' && child !== null)
          children.push({ value: child, path: [...path, key] });
      }
    }
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  return { issues, fatal: false };
}

/** Whether a path goes through a forbidden key (used to drop zod's duplicates of the scan's issues). */
export function pathHasForbiddenKey(path: readonly PropertyKey[]): boolean {
  for (const part of path) if (typeof part === 'string' && isForbiddenKey(part)) return true;
  return false;
}
