/**
 * The zod-free half of `framework.ts`: lookups and the predicate band of a value. Scoring imports these, so a bundle
 * that only scores never pulls in the schema library (`framework.ts` re-exports them).
 */
import type { IssuePath } from '../issues/index.js';
import type { HierarchyFramework, HierarchyLevel, HierarchyNode, PredicateBand } from './framework.js';

/** Visits every node depth-first with its path (for issue paths). Internal. */
export function walk(
  nodes: readonly HierarchyNode[],
  path: IssuePath,
  visit: (node: HierarchyNode, path: IssuePath) => void,
): void {
  nodes.forEach((node, index) => {
    const nodePath = [...path, index];
    visit(node, nodePath);
    if (node.children) walk(node.children, [...nodePath, 'children'], visit);
  });
}

/**
 * Finds a node (group, subgroup or indicator) of a framework by id.
 *
 * @example
 * ```ts
 * findHierarchyNode(SPBE_2020, 'spbe2020.i11')?.code; // 'D2 A2 ID-11'
 * ```
 */
export function findHierarchyNode(fw: HierarchyFramework, id: string): HierarchyNode | undefined {
  let found: HierarchyNode | undefined;
  walk(fw.groups, [], (node) => {
    if (found === undefined && node.id === id) found = node;
  });
  return found;
}

/**
 * The levels that apply to a node: its own, else the nearest ancestor's, else the scale's (empty when none are
 * named). Use it to offer the right choices for an indicator, e.g. service capability levels for SPBE domain 4.
 *
 * @example
 * ```ts
 * hierarchyLevelsFor(SPBE_2020, 'spbe2020.i42').map((l) => l.label.id);
 * // ['Informasi', 'Interaksi', 'Transaksi', 'Kolaborasi', 'Optimum']
 * ```
 */
export function hierarchyLevelsFor(fw: HierarchyFramework, id: string): readonly HierarchyLevel[] {
  const search = (
    nodes: readonly HierarchyNode[],
    inherited: readonly HierarchyLevel[],
  ): readonly HierarchyLevel[] | undefined => {
    for (const node of nodes) {
      const levels = node.levels ?? inherited;
      if (node.id === id) return levels;
      const below = node.children ? search(node.children, levels) : undefined;
      if (below) return below;
    }
    return undefined;
  };
  return search(fw.groups, fw.scale.levels ?? []) ?? [];
}

/**
 * The predicate band (predikat) a value falls in: the band with the greatest `min` not above the value, or `null`
 * when there are no bands, the value is missing or below every band. Pass the published (rounded) value; see
 * `rounding.ts` for why.
 *
 * @example
 * ```ts
 * predicateFor(SPBE_2020, 4.2)?.label.id; // 'Memuaskan'
 * predicateFor(SPBE_2020, 4.19)?.label.id; // 'Sangat Baik'
 * predicateFor(SMART_CITY_INDEX, 3.5); // null: no official bands
 * ```
 */
export function predicateFor(
  bands: readonly PredicateBand[] | Pick<HierarchyFramework, 'predicates'> | undefined,
  value: number | null | undefined,
): PredicateBand | null {
  if (typeof value !== 'number' || !Number.isFinite(value)) return null;
  const list: readonly PredicateBand[] = Array.isArray(bands)
    ? bands
    : ((bands as Pick<HierarchyFramework, 'predicates'> | undefined)?.predicates ?? []);
  let best: PredicateBand | null = null;
  for (const band of list) {
    if (band.min <= value && (best === null || band.min > best.min)) best = band;
  }
  return best;
}
