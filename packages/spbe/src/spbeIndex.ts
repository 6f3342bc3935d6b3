import { type Issue, type LocalizedText, SPBE_MODELS, scoreSpbe } from '@smartcity/core';

/**
 * One scored node (domain or aspect) of an SPBE index, with its official label and weight.
 *
 * @example
 * ```ts
 * const d: SpbeIndexNode = { id: '1', code: 'D1', label: { id: 'Kebijakan Internal SPBE', en: 'SPBE internal policy' },
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
  /** For aspects: the domain they belong to. */
  domainId?: string;
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
 * const view: SpbeIndexView = { model: 'spbe-2020', provisional: false, self: undefined, verified: undefined,
 *   issues: [] };
 * ```
 */
export interface SpbeIndexView {
  model: 'spbe-2018' | 'spbe-2020';
  /** Whether the model's weights or bands are provisional (the 2018 model). */
  provisional: boolean;
  self: SpbeIndexBasis | undefined;
  verified: SpbeIndexBasis | undefined;
  issues: Issue[];
}

interface NodeScore {
  id: string;
  index: number | null;
  rounded: number | null;
}
interface BasisScore {
  total: number | null;
  totalRounded: number | null;
  coverage: number;
  complete: boolean;
  predicate: { label: LocalizedText } | null;
  domains: NodeScore[];
  aspects: NodeScore[];
}
interface ModelNode {
  id: string;
  code: string;
  name: LocalizedText;
  weight: number;
  provisional?: boolean;
  domainId?: string;
}
interface Model {
  provisional: boolean;
  domains: readonly ModelNode[];
  aspects: readonly ModelNode[];
}
type ScoreFn = (spbe: unknown) => {
  model: string | null;
  provisional: boolean;
  self?: BasisScore;
  verified?: BasisScore;
  issues: Issue[];
};

const score = scoreSpbe as unknown as ScoreFn;
const MODELS = SPBE_MODELS as unknown as Record<string, Model>;

function nodes(scores: readonly NodeScore[], catalogue: readonly ModelNode[]): SpbeIndexNode[] {
  const byId = new Map(scores.map((s) => [s.id, s]));
  return catalogue.map((m) => {
    const s = byId.get(m.id);
    const out: SpbeIndexNode = {
      id: m.id,
      code: m.code,
      label: m.name,
      weight: m.weight,
      index: s?.index ?? null,
      rounded: s?.rounded ?? null,
    };
    if (m.provisional) out.provisional = true;
    if (m.domainId) out.domainId = m.domainId;
    return out;
  });
}

function basis(score: BasisScore | undefined, model: Model): SpbeIndexBasis | undefined {
  if (!score) return undefined;
  return {
    total: score.total,
    totalRounded: score.totalRounded,
    predicate: score.predicate?.label ?? null,
    coverage: score.coverage,
    complete: score.complete,
    domains: nodes(score.domains, model.domains),
    aspects: nodes(score.aspects, model.aspects),
  };
}

/**
 * Computes the SPBE index of an evaluation's `scores.spbe` for self-assessed and verified levels side by side:
 * every aspect and domain with its official label and weight, the index and its predikat. Always with the core's
 * official model (`scoreSpbe`, `SPBE_MODELS`), never with weights found in a file. A basis without levels is
 * `undefined`.
 *
 * @example
 * ```ts
 * const indicators = Object.fromEntries(Array.from({ length: 47 }, (_, i) => [String(i + 1), { self: 3, verified: 2 }]));
 * const view = computeSpbeIndex({ model: 'spbe-2020', indicators });
 * view.self?.totalRounded; // 3
 * view.verified?.predicate?.id; // 'Cukup'
 * ```
 */
export function computeSpbeIndex(spbe: {
  model: string;
  indicators: unknown;
  domains?: unknown;
}): SpbeIndexView {
  const modelId = spbe.model === 'spbe-2018' ? 'spbe-2018' : 'spbe-2020';
  const model = MODELS[modelId]!;
  const result = score(spbe);
  return {
    model: modelId,
    provisional: result.provisional,
    self: basis(result.self, model),
    verified: basis(result.verified, model),
    issues: result.issues,
  };
}
