/**
 * The zod-free scoring engine behind `scoreHierarchy`, `scoreSpbe`, `scoreSpbe2020` and `scoreSmartCityIndex`: a
 * weighted hierarchy scored exactly, with every intermediate node. `hierarchy.ts` adds the public entry point that
 * validates an arbitrary framework first (which needs the schema library); everything here works on frameworks
 * already known to be valid, so a bundle that only scores SPBE stays small.
 */
import type { LocalizedText } from '../i18n/index.js';
import type { Issue, IssuePath } from '../issues/index.js';
import { issue } from '../issues/index.js';
import type { Ratio } from './exact.js';
import { add, div, fromNumber, isZero, mul, roundRatio, toNumber, ZERO } from './exact.js';
import type { HierarchyFramework, HierarchyLevel, HierarchyNode, PredicateBand } from './framework.js';
import { predicateFor } from './framework-core.js';
import { checkDecimals } from './util.js';

/**
 * One node of a scored framework, mirroring the framework's tree, with every intermediate value a report needs to
 * explain a score, not only state it.
 *
 * - `index`: full precision; `rounded`: 2 decimals (half away from zero), the published figure; both `null` when
 *   nothing below the node has a value.
 * - `source`: `'given'` when the value was supplied for this node (an indicator's level, or an index known only at
 *   a group level), `'computed'` when it is the weighted mean of its children, `'missing'` otherwise.
 * - `coverage` (0–1): the share of this node's weight that had values, counted down to the indicators
 *   (Σ child weight × child coverage / Σ child weight); 1 for given values. Missing values are never counted as 0:
 *   an index over partial data is the mean of what is there, and `coverage` says how much that was.
 * - `contribution`: weight × index / Σ weights of the siblings that have an index. The contributions of a node's
 *   children add up to the index computed from them (for complete SPBE data, the denominator is the parent's
 *   weight, as in the regulation). `null` when the node has no index.
 * - `level`: the named level a given value corresponds to (e.g. 3 "Terdefinisi").
 *
 * @example
 * ```ts
 * const d2: ScoredNode | undefined = findScoredNode(scoreSpbe2020({ indicators: {} }), 'spbe2020.d2');
 * d2?.source; // 'missing'
 * ```
 */
export interface ScoredNode {
  id: string;
  code?: string;
  label: LocalizedText;
  weight: number;
  index: number | null;
  rounded: number | null;
  source: 'computed' | 'given' | 'missing';
  coverage: number;
  contribution: number | null;
  level?: HierarchyLevel;
  children: ScoredNode[];
}

/**
 * The result of {@link scoreHierarchy}: the scored tree (`groups`), the total (full precision and rounded), its
 * predicate band, the coverage of the total, the indicators without values, and the issues found in the values.
 *
 * @example
 * ```ts
 * const score: HierarchyScore = scoreSpbe2020({ indicators: { '1': 3 } });
 * score.complete; // false
 * score.missing.length; // 46
 * ```
 */
export interface HierarchyScore {
  frameworkId: string;
  label: LocalizedText;
  groups: ScoredNode[];
  total: number | null;
  totalRounded: number | null;
  coverage: number;
  /** Band of `totalRounded`; `null` when there is no total or the framework has no bands. */
  predicate: PredicateBand | null;
  /** Ids of indicators without a usable value (not counting those below a node whose value was given). */
  missing: string[];
  complete: boolean;
  issues: Issue[];
}

/**
 * Options of {@link scoreHierarchy}.
 *
 * @example
 * ```ts
 * const options: HierarchyScoreOptions = { requireComplete: true };
 * ```
 */
export interface HierarchyScoreOptions {
  /** When true, `total` (and its rounding and predicate) is `null` unless every indicator has a value. */
  requireComplete?: boolean;
  /** Decimals of the reported (`rounded`) values; 2 unless told. */
  decimals?: number;
}

/** A value to score, with where it came from in the caller's input (for issue paths). Internal. */
export interface ValueEntry {
  nodeId: string;
  /** The key as the user wrote it (an id, or an indicator number such as "11"). */
  key: string;
  value: unknown;
  path: IssuePath;
}

interface Scored {
  node: ScoredNode;
  exact: Ratio | null;
  coverage: Ratio;
}

const ONE: Ratio = { n: 1n, d: 1n };

interface Context {
  values: Map<string, Ratio>;
  decimals: number;
  missing: string[];
}

function describeNode(node: HierarchyNode): string {
  return node.code === undefined ? `"${node.id}"` : `"${node.id}" (${node.code})`;
}

function indexNodes(
  nodes: readonly HierarchyNode[],
  out: Map<string, HierarchyNode>,
  leaves: Set<string>,
): void {
  for (const node of nodes) {
    out.set(node.id, node);
    if (node.children && node.children.length > 0) indexNodes(node.children, out, leaves);
    else leaves.add(node.id);
  }
}

/** Weighted mean over the children that have an index; also sets each child's contribution to it. */
function combine(children: Scored[], weights: Ratio[]): Ratio | null {
  let sum = ZERO;
  let weightSum = ZERO;
  children.forEach((child, i) => {
    if (child.exact === null) return;
    sum = add(sum, mul(child.exact, weights[i]!));
    weightSum = add(weightSum, weights[i]!);
  });
  const result = isZero(weightSum) ? null : div(sum, weightSum);
  children.forEach((child, i) => {
    child.node.contribution =
      child.exact === null || isZero(weightSum)
        ? null
        : toNumber(div(mul(child.exact, weights[i]!), weightSum));
  });
  return result;
}

function coverageOf(children: Scored[], weights: Ratio[]): Ratio {
  let covered = ZERO;
  let total = ZERO;
  children.forEach((child, i) => {
    covered = add(covered, mul(child.coverage, weights[i]!));
    total = add(total, weights[i]!);
  });
  return isZero(total) ? ZERO : div(covered, total);
}

function scoreNode(
  node: HierarchyNode,
  inheritedLevels: readonly HierarchyLevel[],
  covered: boolean,
  ctx: Context,
): Scored {
  const levels = node.levels ?? inheritedLevels;
  const given = ctx.values.get(node.id);
  const childNodes = node.children ?? [];
  const children = childNodes.map((child) => scoreNode(child, levels, covered || given !== undefined, ctx));
  const weights = childNodes.map((child) => fromNumber(child.weight));
  const computed = children.length > 0 ? combine(children, weights) : null;
  const exact = given ?? computed;
  const coverage = given !== undefined ? ONE : children.length > 0 ? coverageOf(children, weights) : ZERO;
  const scored: ScoredNode = {
    id: node.id,
    ...(node.code === undefined ? {} : { code: node.code }),
    label: node.label,
    weight: node.weight,
    index: exact === null ? null : toNumber(exact),
    rounded: exact === null ? null : toNumber(roundRatio(exact, ctx.decimals)),
    source: given !== undefined ? 'given' : computed !== null ? 'computed' : 'missing',
    coverage: toNumber(coverage),
    contribution: null,
    children: children.map((c) => c.node),
  };
  if (given !== undefined) {
    const value = toNumber(given);
    const level = levels.find((l) => l.value === value);
    if (level) scored.level = level;
  }
  if (children.length === 0 && given === undefined && !covered) ctx.missing.push(node.id);
  return { node: scored, exact, coverage };
}

/**
 * Scores a framework whose definition is already known to be valid, from values located by `entries`.
 * Weights of 0 are tolerated here (the smart city index lets users set a dimension's weight to 0).
 * Internal: `scoreHierarchy`, `scoreSpbe2020` and `scoreSmartCityIndex` are the public entry points.
 */
export function scoreEntries(
  fw: HierarchyFramework,
  entries: readonly ValueEntry[],
  options: HierarchyScoreOptions = {},
): HierarchyScore {
  const decimals = options.decimals ?? 2;
  checkDecimals(decimals);
  const nodes = new Map<string, HierarchyNode>();
  const leaves = new Set<string>();
  indexNodes(fw.groups, nodes, leaves);
  const levelsById = new Map<string, readonly HierarchyLevel[]>();
  const collectLevels = (list: readonly HierarchyNode[], inherited: readonly HierarchyLevel[]): void => {
    for (const node of list) {
      const levels = node.levels ?? inherited;
      levelsById.set(node.id, levels);
      if (node.children) collectLevels(node.children, levels);
    }
  };
  collectLevels(fw.groups, fw.scale.levels ?? []);

  const issues: Issue[] = [];
  const values = new Map<string, Ratio>();
  const { min, max } = fw.scale;
  for (const entry of entries) {
    const node = nodes.get(entry.nodeId);
    const where = entry.key;
    if (node === undefined) {
      issues.push(
        issue(entry.path, 'unknown_indicator', {
          id: `"${where}" bukan indikator atau kelompok dalam kerangka "${fw.id}"; nilainya diabaikan`,
          en: `"${where}" is not an indicator or group of framework "${fw.id}"; its value is ignored`,
        }),
      );
      continue;
    }
    const value = entry.value;
    if (value === null || value === undefined) continue;
    if (typeof value !== 'number') {
      issues.push(
        issue(entry.path, 'invalid_type', {
          id: `Nilai ${describeNode(node)} harus berupa angka, tertulis ${JSON.stringify(value) ?? String(value)}`,
          en: `The value of ${describeNode(node)} must be a number, got ${JSON.stringify(value) ?? String(value)}`,
        }),
      );
      continue;
    }
    if (!Number.isFinite(value) || value < min || value > max) {
      issues.push(
        issue(entry.path, 'out_of_range', {
          id: `Nilai ${value} untuk ${describeNode(node)} di luar skala ${min}–${max}; nilainya tidak dihitung`,
          en: `Value ${value} for ${describeNode(node)} is outside the scale ${min}–${max}; it is not counted`,
        }),
      );
      continue;
    }
    const levels = levelsById.get(node.id) ?? [];
    if (leaves.has(node.id) && levels.length > 0 && !levels.some((l) => l.value === value)) {
      const allowed = levels.map((l) => l.value).join(', ');
      issues.push(
        issue(entry.path, 'invalid_value', {
          id: `Nilai ${value} untuk ${describeNode(node)} bukan salah satu tingkat (${allowed}); nilainya tidak dihitung`,
          en: `Value ${value} for ${describeNode(node)} is not one of the levels (${allowed}); it is not counted`,
        }),
      );
      continue;
    }
    values.set(node.id, fromNumber(value));
  }

  const ctx: Context = { values, decimals, missing: [] };
  const groups = fw.groups.map((group) => scoreNode(group, fw.scale.levels ?? [], false, ctx));
  const weights = fw.groups.map((group) => fromNumber(group.weight));
  const exactTotal = combine(groups, weights);
  const complete = ctx.missing.length === 0;
  const total = options.requireComplete && !complete ? null : exactTotal;
  const totalRounded = total === null ? null : toNumber(roundRatio(total, decimals));
  return {
    frameworkId: fw.id,
    label: fw.label,
    groups: groups.map((g) => g.node),
    total: total === null ? null : toNumber(total),
    totalRounded,
    coverage: toNumber(coverageOf(groups, weights)),
    predicate: predicateFor(fw.predicates, totalRounded),
    missing: ctx.missing,
    complete,
    issues,
  };
}

/**
 * Finds a scored node (group, subgroup or indicator) in a score by id.
 *
 * @example
 * ```ts
 * const score = scoreSpbe2020({ indicators: { '11': 3, '12': 4, '13': 3, '14': 2 } });
 * findScoredNode(score, 'spbe2020.a2')?.rounded; // 3
 * ```
 */
export function findScoredNode(score: Pick<HierarchyScore, 'groups'>, id: string): ScoredNode | undefined {
  const search = (nodes: readonly ScoredNode[]): ScoredNode | undefined => {
    for (const node of nodes) {
      if (node.id === id) return node;
      const below = search(node.children);
      if (below) return below;
    }
    return undefined;
  };
  return search(score.groups);
}
