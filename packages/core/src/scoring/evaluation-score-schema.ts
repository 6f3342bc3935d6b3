/**
 * The zod schema and JSON Schema of {@link EvaluationScore}, the serialisable score of one evaluation. Kept apart
 * from `evaluation-score.ts` so that scoring never pulls in the schema library; only code that validates or
 * publishes scores imports this module.
 */
import * as z from 'zod/mini';
import { LocalizedTextSchema } from '../i18n/index.js';
import { EVALUATION_KINDS, EvaluationCycleSchema } from '../model/evaluation.js';
import { PILLAR_IDS } from '../pillars/index.js';
import { EVALUATION_SCORE_JSON_SCHEMA } from './evaluation-score-json-schema.generated.js';
import { SMART_CITY_DIMENSION_IDS } from './smart-city-index.js';

const Value = z.nullable(z.number());

/**
 * Zod schema of one scored node (dimension, domain, aspect or indicator) by id: full-precision `index`, published
 * `rounded` value, `coverage` 0–1, `contribution` to its parent and where the value came from.
 *
 * @example
 * ```ts
 * ScoredIndexNodeSchema.parse({ id: '2', index: 3.4, rounded: 3.4, coverage: 1, contribution: 0.85, source: 'computed' });
 * ```
 */
export const ScoredIndexNodeSchema = z.strictObject({
  id: z.string(),
  index: Value,
  rounded: Value,
  coverage: z.number().check(z.gte(0), z.lte(1)),
  contribution: Value,
  source: z.enum(['computed', 'given', 'missing']),
});

/**
 * One scored node of an {@link EvaluationScore}.
 *
 * @example
 * ```ts
 * const n: ScoredIndexNode = { id: 'outcome', index: 3.2, rounded: 3.2, coverage: 1, contribution: 0.96, source: 'given' };
 * ```
 */
export type ScoredIndexNode = z.infer<typeof ScoredIndexNodeSchema>;

/**
 * Zod schema of the change of an index against the nearest earlier evaluation that has it.
 *
 * @example
 * ```ts
 * ScoreChangeSchema.parse({ previousEvaluationId: 'eval-2023', previousSource: 'published', previous: 3.46, delta: 0.34, deltaRounded: 0.34, relative: 0.098 });
 * ```
 */
export const ScoreChangeSchema = z.strictObject({
  previousEvaluationId: z.string(),
  /** `published`: the earlier evaluation's official total; `computed`: the index computed from its inputs. */
  previousSource: z.enum(['published', 'computed']),
  previous: z.number(),
  delta: Value,
  deltaRounded: Value,
  relative: Value,
});

/**
 * The change of an index against an earlier evaluation.
 *
 * @example
 * ```ts
 * const c: ScoreChange = { previousEvaluationId: 'e1', previousSource: 'computed', previous: 3, delta: 0.5, deltaRounded: 0.5, relative: 0.1667 };
 * ```
 */
export type ScoreChange = z.infer<typeof ScoreChangeSchema>;

/**
 * Zod schema of a smart city index result: total, coverage, weights used, the five dimensions, the six pillar
 * indices, the published total and the improvement.
 *
 * @example
 * ```ts
 * SmartCityIndexResultSchema.safeParse(scoreEvaluation(evaluation).smartCityIndex).success; // true
 * ```
 */
export const SmartCityIndexResultSchema = z.strictObject({
  total: Value,
  totalRounded: Value,
  coverage: z.number().check(z.gte(0), z.lte(1)),
  complete: z.boolean(),
  weights: z.record(z.enum(SMART_CITY_DIMENSION_IDS), z.number()),
  dimensions: z.array(ScoredIndexNodeSchema),
  pillars: z.array(z.strictObject({ id: z.enum(PILLAR_IDS), index: Value, rounded: Value })),
  publishedTotal: z.optional(z.number()),
  improvement: z.optional(ScoreChangeSchema),
});

/**
 * A smart city index result.
 *
 * @example
 * ```ts
 * const r: SmartCityIndexResult | null = scoreEvaluation(evaluation).smartCityIndex;
 * ```
 */
export type SmartCityIndexResult = z.infer<typeof SmartCityIndexResultSchema>;

/**
 * Zod schema of one SPBE basis (self-assessed or verified): total, coverage, completeness, predicate id (a band id
 * of the model, e.g. 'baik'; `null` when incomplete), missing indicator ids and every node.
 *
 * @example
 * ```ts
 * SpbeBasisResultSchema.shape.predicateId.parse('baik');
 * ```
 */
export const SpbeBasisResultSchema = z.strictObject({
  total: Value,
  totalRounded: Value,
  coverage: z.number().check(z.gte(0), z.lte(1)),
  complete: z.boolean(),
  predicateId: z.nullable(z.string()),
  missing: z.array(z.string()),
  domains: z.array(ScoredIndexNodeSchema),
  aspects: z.array(ScoredIndexNodeSchema),
  indicators: z.array(ScoredIndexNodeSchema),
});

/**
 * One SPBE basis of an {@link EvaluationScore}.
 *
 * @example
 * ```ts
 * const v: SpbeBasisResult | undefined = scoreEvaluation(evaluation).spbe?.verified;
 * ```
 */
export type SpbeBasisResult = z.infer<typeof SpbeBasisResultSchema>;

/**
 * Zod schema of the SPBE part of an {@link EvaluationScore}: the model (labels in `SPBE_MODELS[model]`), whether
 * its weights and bands are provisional, both bases, the published index and the improvement.
 *
 * @example
 * ```ts
 * SpbeScoreResultSchema.parse({ model: 'spbe-2018', provisional: true, complete: false });
 * ```
 */
export const SpbeScoreResultSchema = z.strictObject({
  model: z.enum(['spbe-2018', 'spbe-2020']),
  provisional: z.boolean(),
  complete: z.boolean(),
  publishedIndex: z.optional(z.number()),
  self: z.optional(SpbeBasisResultSchema),
  verified: z.optional(SpbeBasisResultSchema),
  improvement: z.optional(ScoreChangeSchema),
});

/**
 * The SPBE part of an {@link EvaluationScore}.
 *
 * @example
 * ```ts
 * const s: SpbeScoreResult = { model: 'spbe-2020', provisional: false, complete: false };
 * ```
 */
export type SpbeScoreResult = z.infer<typeof SpbeScoreResultSchema>;

const IssueDataSchema = z.strictObject({
  path: z.array(z.union([z.string(), z.number()])),
  code: z.string(),
  message: LocalizedTextSchema,
  severity: z.optional(z.enum(['error', 'warning'])),
  source: z.optional(
    z.strictObject({
      file: z.optional(z.string()),
      sheet: z.optional(z.string()),
      row: z.optional(z.number()),
      column: z.optional(z.union([z.string(), z.number()])),
      header: z.optional(z.string()),
      value: z.optional(z.unknown()),
    }),
  ),
});

/**
 * Zod schema of {@link EvaluationScore}, version 1: the serialisable score of one evaluation.
 *
 * @example
 * ```ts
 * EvaluationScoreSchema.safeParse(JSON.parse(JSON.stringify(scoreEvaluation(evaluation)))).success; // true
 * ```
 */
export const EvaluationScoreSchema = z.strictObject({
  version: z.literal(1),
  evaluationId: z.string(),
  kind: z.enum(EVALUATION_KINDS),
  cycle: EvaluationCycleSchema,
  date: z.optional(z.string()),
  smartCityIndex: z.nullable(SmartCityIndexResultSchema),
  spbe: z.nullable(SpbeScoreResultSchema),
  issues: z.array(IssueDataSchema),
});

/**
 * The score of one evaluation as data (see {@link scoreEvaluation}): plain JSON, versioned (`version: 1`), with ids
 * instead of repeated labels.
 *
 * @example
 * ```ts
 * const scores: EvaluationScore[] = scoreEvaluations(workspace);
 * ```
 */
export type EvaluationScore = z.infer<typeof EvaluationScoreSchema>;

/**
 * The JSON Schema (draft 2020-12) of {@link EvaluationScore}, generated from {@link EvaluationScoreSchema}, for
 * integrators in other languages. Static data written by `npm run schema` (a test regenerates it with zod and
 * compares), so that publishing it needs no JSON Schema code at run time. The same object is returned each time (do
 * not change it).
 *
 * @example
 * ```ts
 * evaluationScoreJsonSchema().$id; // 'https://smartcity.id/schema/evaluation-score-1.json'
 * ```
 */
export function evaluationScoreJsonSchema(): Record<string, unknown> {
  return EVALUATION_SCORE_JSON_SCHEMA;
}
