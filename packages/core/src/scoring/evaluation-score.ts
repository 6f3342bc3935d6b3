/**
 * Scores as data: every evaluation of a workspace scored into one serialisable, versioned shape
 * (`EvaluationScore`, schema in `evaluation-score-schema.ts`), in one order of cycles used everywhere
 * (`compareCycles`, `compareEvaluations`). Labels are not repeated in the scores: nodes carry ids, and the names
 * live once in `SPBE_MODELS`, `SMART_CITY_INDEX` and `PILLARS`. No zod here (the schema lives in its own module).
 */
import type { Issue } from '../issues/index.js';
import { prefixIssues } from '../issues/index.js';
import type { Evaluation, EvaluationCycle } from '../model/evaluation.js';
import type { Workspace } from '../model/workspace.js';
import type {
  EvaluationScore,
  ScoreChange,
  ScoredIndexNode,
  SmartCityIndexResult,
  SpbeBasisResult,
  SpbeScoreResult,
} from './evaluation-score-schema.js';
import { fromNumber, roundRatio, toNumber } from './exact.js';
import { improvementOf, type SmartCityIndexInput, scoreSmartCityIndex } from './smart-city-index.js';
import type { SpbeIndexScore, SpbeNodeScore } from './spbe.js';
import { scoreSpbe } from './spbe.js';

/**
 * The version of the {@link EvaluationScore} shape; bumped on any incompatible change.
 *
 * @example
 * ```ts
 * scoreEvaluation(evaluation).version === EVALUATION_SCORE_VERSION; // true
 * ```
 */
export const EVALUATION_SCORE_VERSION = 1;

const STAGE_RANK: Readonly<Record<string, number>> = { I: 1, II: 2 };

/**
 * Orders evaluation cycles in time: by year, then stage, a cycle without a stage (a yearly evaluation) before
 * tahap I and tahap II of the same year. The one order of cycles every part of the toolkit uses (summary, scores,
 * reports). Returns a negative number, 0 or a positive number, for `Array.prototype.sort`.
 *
 * @example
 * ```ts
 * [{ year: 2024, stage: 'II' }, { year: 2024 }, { year: 2023, stage: 'II' }].sort(compareCycles);
 * // [{ year: 2023, stage: 'II' }, { year: 2024 }, { year: 2024, stage: 'II' }]
 * ```
 */
export function compareCycles(a: EvaluationCycle, b: EvaluationCycle): number {
  const byYear = Number(a.year) - Number(b.year);
  if (byYear !== 0 && !Number.isNaN(byYear)) return byYear;
  return (STAGE_RANK[a.stage ?? ''] ?? 0) - (STAGE_RANK[b.stage ?? ''] ?? 0);
}

/**
 * Orders evaluations in time: by {@link compareCycles}, then date (an evaluation without a date first), then id,
 * so that the order is total and the same on every machine.
 *
 * @example
 * ```ts
 * [...workspace.evaluations].sort(compareEvaluations).at(-1)?.id; // the latest evaluation
 * ```
 */
export function compareEvaluations(
  a: Pick<Evaluation, 'id' | 'cycle' | 'date'>,
  b: Pick<Evaluation, 'id' | 'cycle' | 'date'>,
): number {
  const byCycle = compareCycles(a.cycle, b.cycle);
  if (byCycle !== 0) return byCycle;
  const da = a.date ?? '';
  const db = b.date ?? '';
  if (da !== db) return da < db ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * Options of {@link scoreEvaluation}.
 *
 * @example
 * ```ts
 * const options: ScoreEvaluationOptions = { previous: workspace.evaluations };
 * ```
 */
export interface ScoreEvaluationOptions {
  /**
   * Other evaluations of the same city, in any order. For each index, the nearest earlier one (by
   * {@link compareEvaluations}) that has that index is the base of the improvement: its published total when it
   * has one (`publishedTotal`, `publishedIndex`), else the index computed from its inputs.
   */
  previous?: readonly Evaluation[];
}

function node(id: string, n: SpbeNodeScore | ScoredIndexNode): ScoredIndexNode {
  return {
    id,
    index: n.index,
    rounded: n.rounded,
    coverage: n.coverage,
    contribution: n.contribution,
    source: n.source,
  };
}

function spbeBasis(score: SpbeIndexScore): SpbeBasisResult {
  return {
    total: score.total,
    totalRounded: score.totalRounded,
    coverage: score.coverage,
    complete: score.complete,
    predicateId: score.predicate?.id ?? null,
    missing: score.missing,
    domains: score.domains.map((n) => node(n.id, n)),
    aspects: score.aspects.map((n) => node(n.id, n)),
    indicators: score.indicators.map((n) => node(n.id, n)),
  };
}

function round2(value: number): number {
  return toNumber(roundRatio(fromNumber(value), 2));
}

function change(
  previousEvaluationId: string,
  current: { value: number | null; rounded: number | null },
  previous: { value: number; rounded: number; source: 'published' | 'computed' },
): ScoreChange {
  const c = improvementOf(current.value, current.rounded, previous.value, previous.rounded);
  return {
    previousEvaluationId,
    previousSource: previous.source,
    previous: previous.value,
    delta: c.delta,
    deltaRounded: c.deltaRounded,
    relative: c.relative,
  };
}

/** The value of a previous evaluation's index: the published one first, else the computed one. */
function previousSmartCity(
  e: Evaluation,
): { value: number; rounded: number; source: 'published' | 'computed' } | null {
  const input = e.scores.smartCityIndex;
  if (!input) return null;
  if (typeof input.publishedTotal === 'number') {
    return { value: input.publishedTotal, rounded: round2(input.publishedTotal), source: 'published' };
  }
  const score = scoreSmartCityIndex(input as SmartCityIndexInput);
  return score.total === null || score.totalRounded === null
    ? null
    : { value: score.total, rounded: score.totalRounded, source: 'computed' };
}

function previousSpbe(
  e: Evaluation,
): { value: number; rounded: number; source: 'published' | 'computed' } | null {
  const data = e.scores.spbe;
  if (!data) return null;
  if (typeof data.publishedIndex === 'number') {
    return { value: data.publishedIndex, rounded: round2(data.publishedIndex), source: 'published' };
  }
  const result = scoreSpbe(data, { domainsBasis: e.kind === 'external' ? 'verified' : 'self' });
  const basis = result.verified ?? result.self;
  return basis?.total == null || basis.totalRounded === null
    ? null
    : { value: basis.total, rounded: basis.totalRounded, source: 'computed' };
}

function nearestEarlier(
  e: Evaluation,
  others: readonly Evaluation[],
  read: (x: Evaluation) => { value: number; rounded: number; source: 'published' | 'computed' } | null,
): { id: string; value: { value: number; rounded: number; source: 'published' | 'computed' } } | null {
  const earlier = others.filter((o) => o !== e && o.id !== e.id && compareEvaluations(o, e) < 0);
  earlier.sort(compareEvaluations);
  for (let i = earlier.length - 1; i >= 0; i--) {
    const value = read(earlier[i]!);
    if (value) return { id: earlier[i]!.id, value };
  }
  return null;
}

function smartCityPart(
  e: Evaluation,
  others: readonly Evaluation[],
  issues: Issue[],
): SmartCityIndexResult | null {
  const input = e.scores.smartCityIndex;
  if (!input) return null;
  const score = scoreSmartCityIndex(input as SmartCityIndexInput);
  issues.push(...prefixIssues(['scores', 'smartCityIndex'], score.issues));
  const result: SmartCityIndexResult = {
    total: score.total,
    totalRounded: score.totalRounded,
    coverage: score.coverage,
    complete: score.complete,
    weights: score.weights,
    dimensions: score.groups.map((g) => node(g.id, g)),
    pillars: score.pillars.map((p) => ({ id: p.pillarId, index: p.value, rounded: p.rounded })),
  };
  if (score.publishedTotal !== undefined) result.publishedTotal = score.publishedTotal;
  const base = nearestEarlier(e, others, previousSmartCity);
  if (base) {
    const published = score.publishedTotal ?? null;
    result.improvement = change(
      base.id,
      { value: score.total ?? published, rounded: score.totalRounded ?? published },
      base.value,
    );
  }
  return result;
}

function spbePart(e: Evaluation, others: readonly Evaluation[], issues: Issue[]): SpbeScoreResult | null {
  const data = e.scores.spbe;
  if (!data) return null;
  const scored = scoreSpbe(data, { domainsBasis: e.kind === 'external' ? 'verified' : 'self' });
  issues.push(...prefixIssues(['scores', 'spbe'], scored.issues));
  if (scored.model === null) return null;
  const result: SpbeScoreResult = {
    model: scored.model,
    provisional: scored.provisional,
    complete: scored.complete,
  };
  if (scored.publishedIndex !== undefined) result.publishedIndex = scored.publishedIndex;
  if (scored.self) result.self = spbeBasis(scored.self);
  if (scored.verified) result.verified = spbeBasis(scored.verified);
  const base = nearestEarlier(e, others, previousSpbe);
  if (base) {
    const shown = scored.verified ?? scored.self;
    const published = scored.publishedIndex ?? null;
    result.improvement = change(
      base.id,
      { value: shown?.total ?? published, rounded: shown?.totalRounded ?? published },
      base.value,
    );
  }
  return result;
}

/**
 * Scores one evaluation as data: its smart city index (dimensions, pillars, weights, published total) and its SPBE
 * indices (model, self-assessed and verified side by side, every domain, aspect and indicator, predicate id), each
 * with its improvement over the nearest earlier evaluation in `options.previous` that has that index (against the
 * published total when it has one). The result is a plain, versioned object ({@link EvaluationScoreSchema}); node
 * ids refer to `SMART_CITY_INDEX`, `PILLARS` and `SPBE_MODELS` for labels. Never throws on user data; issues are
 * located inside the evaluation (`['scores', 'spbe', 'indicators', '12', 'self']`).
 *
 * @example
 * ```ts
 * const score = scoreEvaluation(
 *   { id: 'eval-2024', kind: 'external', cycle: { year: 2024, stage: 'II' }, scores: { smartCityIndex: { dimensions: { baseline: 3.5, output: 3.8, outcome: 3.9, impact: 3.7, quickWin: 4 } } } } as Evaluation,
 *   { previous: [{ id: 'eval-2023', kind: 'external', cycle: { year: 2023, stage: 'II' }, scores: { smartCityIndex: { dimensions: {}, publishedTotal: 3.46 } } } as Evaluation] },
 * );
 * score.smartCityIndex?.totalRounded; // 3.8
 * score.smartCityIndex?.improvement?.deltaRounded; // 0.34 (against the published 3.46)
 * ```
 */
export function scoreEvaluation(
  evaluation: Evaluation,
  options: ScoreEvaluationOptions = {},
): EvaluationScore {
  const issues: Issue[] = [];
  const others = options.previous ?? [];
  const cycle: EvaluationCycle = { year: evaluation.cycle.year };
  if (evaluation.cycle.stage !== undefined) cycle.stage = evaluation.cycle.stage;
  const score: EvaluationScore = {
    version: EVALUATION_SCORE_VERSION,
    evaluationId: evaluation.id,
    kind: evaluation.kind,
    cycle,
    smartCityIndex: smartCityPart(evaluation, others, issues),
    spbe: spbePart(evaluation, others, issues),
    issues,
  };
  if (evaluation.date !== undefined) score.date = evaluation.date;
  return score;
}

/**
 * Scores every evaluation of a workspace (not only the latest two), ordered by {@link compareEvaluations}; each
 * one's improvement is measured against the nearest earlier evaluation with the same index. Issues are located in
 * the workspace (`['evaluations', 3, 'scores', …]`).
 *
 * @example
 * ```ts
 * import { SAMPLE_WORKSPACES } from '@smartcity/core/samples';
 * scoreEvaluations(SAMPLE_WORKSPACES['pontianak-2023']).map((s) => [s.evaluationId, s.smartCityIndex?.totalRounded]);
 * ```
 */
export function scoreEvaluations(workspace: Pick<Workspace, 'evaluations'>): EvaluationScore[] {
  const evaluations = workspace.evaluations ?? [];
  const indexOf = new Map(evaluations.map((e, i) => [e, i]));
  return [...evaluations].sort(compareEvaluations).map((e) => {
    const score = scoreEvaluation(e, { previous: evaluations });
    score.issues = prefixIssues(['evaluations', indexOf.get(e) ?? 0], score.issues);
    return score;
  });
}
