import * as core from '@smartcity/core';
import { type LocalizedText, SPBE_2020, scoreSpbe2020 } from '@smartcity/core';

/**
 * One scored node (domain or aspect) of an SPBE index.
 *
 * @example
 * ```ts
 * const d: SpbeIndexNode = { id: 'spbe2020.d1', code: 'D1', label: { id: 'Kebijakan Internal SPBE', en: 'SPBE internal policy' },
 *   weight: 13, index: 3.7, rounded: 3.7 };
 * ```
 */
export interface SpbeIndexNode {
  id: string;
  code?: string;
  label: LocalizedText;
  weight: number;
  index: number | null;
  rounded: number | null;
  provisional?: boolean;
}

/**
 * The index of one basis (self-assessed or verified levels): every aspect and domain, the total, its predicate.
 *
 * @example
 * ```ts
 * const b: SpbeIndexBasis = { total: 3.28, totalRounded: 3.28, predicate: { id: 'Baik', en: 'Good' }, coverage: 1,
 *   complete: true, domains: [], aspects: [] };
 * ```
 */
export interface SpbeIndexBasis {
  total: number | null;
  totalRounded: number | null;
  predicate: LocalizedText | null;
  coverage: number;
  complete: boolean;
  domains: SpbeIndexNode[];
  aspects: SpbeIndexNode[];
}

/**
 * The SPBE index of an evaluation, self and verified side by side, always computed with the core's official model.
 *
 * @example
 * ```ts
 * const view: SpbeIndexView = { model: 'spbe-2020', self: undefined, verified: undefined, issues: [] };
 * ```
 */
export interface SpbeIndexView {
  model: 'spbe-2018' | 'spbe-2020';
  self: SpbeIndexBasis | undefined;
  verified: SpbeIndexBasis | undefined;
  issues: core.Issue[];
}

interface TreeNode {
  id: string;
  code?: string;
  label: LocalizedText;
  weight: number;
  index: number | null;
  rounded: number | null;
  provisional?: boolean;
  children?: TreeNode[];
}

interface ScoreLike {
  total?: number | null;
  totalRounded?: number | null;
  predicate?: { label: LocalizedText } | null;
  coverage?: number;
  complete?: boolean;
  groups?: TreeNode[];
  domains?: TreeNode[];
  aspects?: TreeNode[];
}

function node(n: TreeNode): SpbeIndexNode {
  const out: SpbeIndexNode = {
    id: n.id,
    label: n.label,
    weight: n.weight,
    index: n.index ?? null,
    rounded: n.rounded ?? null,
  };
  if (n.code) out.code = n.code;
  if (n.provisional) out.provisional = true;
  return out;
}

function basis(score: ScoreLike | undefined): SpbeIndexBasis | undefined {
  if (!score) return undefined;
  const domainsTree = score.groups ?? score.domains ?? [];
  const aspects = score.aspects ?? domainsTree.flatMap((d) => d.children ?? []);
  return {
    total: score.total ?? null,
    totalRounded: score.totalRounded ?? null,
    predicate: score.predicate?.label ?? null,
    coverage: score.coverage ?? 0,
    complete: score.complete ?? false,
    domains: domainsTree.map(node),
    aspects: aspects.map(node),
  };
}

type Levels = Record<string, { self?: number; verified?: number } | number>;

function levelsOf(indicators: Levels, key: 'self' | 'verified'): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [k, v] of Object.entries(indicators)) {
    const level = typeof v === 'number' ? (key === 'verified' ? v : undefined) : v?.[key];
    if (typeof level === 'number') out[k] = level;
  }
  return out;
}

/**
 * Computes the SPBE index of an evaluation's `scores.spbe` for self-assessed and verified levels side by side:
 * every aspect and domain, the index and its predikat. Always with the core's official model and weights (never
 * with weights found in a file). A basis without any level is `undefined`.
 *
 * @example
 * ```ts
 * const view = computeSpbeIndex({ model: 'spbe-2020', indicators: { '1': { self: 3, verified: 2 } } });
 * view.self?.domains[0]?.rounded; // 3
 * view.verified?.domains[0]?.rounded; // 2
 * ```
 */
export function computeSpbeIndex(spbe: {
  model: string;
  indicators: unknown;
  domains?: unknown;
}): SpbeIndexView {
  const model = spbe.model === 'spbe-2018' ? 'spbe-2018' : 'spbe-2020';
  const indicators = (
    typeof spbe.indicators === 'object' && spbe.indicators !== null ? spbe.indicators : {}
  ) as Levels;
  const scoreSpbe = (core as unknown as Record<string, unknown>).scoreSpbe as
    | ((s: unknown) => { self?: ScoreLike; verified?: ScoreLike; issues?: core.Issue[] })
    | undefined;
  if (typeof scoreSpbe === 'function') {
    const r = scoreSpbe(spbe);
    return { model, self: basis(r.self), verified: basis(r.verified), issues: r.issues ?? [] };
  }
  // Core 0.1: only the 2020 model is scored there.
  const issues: core.Issue[] = [];
  const run = (key: 'self' | 'verified') => {
    const levels = levelsOf(indicators, key);
    if (Object.keys(levels).length === 0 || model !== 'spbe-2020') return undefined;
    const s = scoreSpbe2020({ indicators: levels });
    issues.push(...s.issues);
    return basis(s as unknown as ScoreLike);
  };
  void SPBE_2020;
  return { model, self: run('self'), verified: run('verified'), issues };
}
