import type { Issue } from '../issues/index.js';
import { formatPath, issue } from '../issues/index.js';
import type { HierarchyScore, HierarchyScoreOptions, ValueEntry } from './engine.js';
import { scoreEntries } from './engine.js';
import type { HierarchyFramework } from './framework.js';
import { validateFramework } from './framework.js';
import { isPlainRecord } from './util.js';

export type { HierarchyScore, HierarchyScoreOptions, ScoredNode, ValueEntry } from './engine.js';
export { findScoredNode, scoreEntries } from './engine.js';

/** Throws on an invalid framework definition: a programming error, reported with every issue found. */
export function assertValidFramework(fw: HierarchyFramework): void {
  const problems = validateFramework(fw);
  if (problems.length > 0) {
    const id = typeof fw === 'object' && fw !== null && typeof fw.id === 'string' ? fw.id : '(unknown)';
    const lines = problems.map((p) => `${formatPath(p.path)}: ${p.message.en}`).join('; ');
    throw new Error(`Invalid framework definition "${id}": ${lines}`);
  }
}

/**
 * Scores a weighted hierarchy (groups → subgroups → indicators) from a map of node id → value.
 *
 * A node's index is the weighted mean of its children's indices, Σ(index × weight) / Σ weight, over the children
 * that have an index (missing values are never counted as 0; `coverage` tells how much was there). A value given
 * for a group is used as that group's index (`source: 'given'`), e.g. a domain index known only at that level.
 * Values outside the scale, non-finite values, values that are not one of an indicator's named levels and ids
 * unknown to the framework are reported in `issues` and not counted. Computation is exact; only the reported
 * `rounded`/`totalRounded` values are rounded (2 decimals, half away from zero) and the predicate is taken from
 * `totalRounded` (see `rounding.ts`).
 *
 * Never throws on user data; throws an `Error` when the framework definition itself is invalid
 * (see {@link validateFramework}).
 *
 * @example
 * ```ts
 * const score = scoreHierarchy(SPBE_2020, { 'spbe2020.i11': 3, 'spbe2020.i12': 4, 'spbe2020.i13': 3, 'spbe2020.i14': 2 });
 * findScoredNode(score, 'spbe2020.a2')?.rounded; // 3
 * score.total; // 3: the mean of what is there (coverage 0.1)
 * scoreHierarchy(SPBE_2020, { 'spbe2020.i1': 3 }, { requireComplete: true }).total; // null
 * ```
 */
export function scoreHierarchy(
  framework: HierarchyFramework,
  values: Readonly<Record<string, number | null | undefined>>,
  options: HierarchyScoreOptions = {},
): HierarchyScore {
  assertValidFramework(framework);
  const entries: ValueEntry[] = [];
  const issues: Issue[] = [];
  if (isPlainRecord(values)) {
    for (const key of Object.keys(values))
      entries.push({ nodeId: key, key, value: values[key], path: [key] });
  } else if (values !== undefined && values !== null) {
    issues.push(
      issue([], 'invalid_type', {
        id: 'Nilai harus berupa objek berisi id indikator → angka',
        en: 'Values must be an object mapping indicator ids to numbers',
      }),
    );
  }
  const score = scoreEntries(framework, entries, options);
  return issues.length === 0 ? score : { ...score, issues: [...issues, ...score.issues] };
}
