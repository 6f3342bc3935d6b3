import * as z from 'zod/mini';
import type { LocalizedText } from '../i18n/index.js';
import { PillarIdSchema } from '../pillars/index.js';
import { MESSAGE_KEYS } from './messages.js';
import {
  CivilDateSchema,
  EvidenceSchema,
  ExtensionsSchema,
  IdSchema,
  NameSchema,
  ProvenanceSchema,
  TextSchema,
  YearSchema,
} from './primitives.js';

/**
 * Kinds of evaluation (domain.md §2.6): the region's own self-assessment (*penilaian mandiri*), an internal
 * monitoring and evaluation (*monev*, e.g. by Bappeda/BRIDA), and the ministry's external evaluation.
 *
 * @example
 * ```ts
 * EVALUATION_KINDS; // ['self-assessment', 'internal', 'external']
 * ```
 */
export const EVALUATION_KINDS = ['self-assessment', 'internal', 'external'] as const;

/**
 * A kind of evaluation.
 *
 * @example
 * ```ts
 * const kind: EvaluationKind = 'external';
 * ```
 */
export type EvaluationKind = (typeof EVALUATION_KINDS)[number];

/**
 * Labels of the evaluation kinds.
 *
 * @example
 * ```ts
 * EVALUATION_KIND_LABELS['self-assessment'].id; // 'Penilaian mandiri'
 * ```
 */
export const EVALUATION_KIND_LABELS: Readonly<Record<EvaluationKind, LocalizedText>> = {
  'self-assessment': { id: 'Penilaian mandiri', en: 'Self-assessment' },
  internal: { id: 'Monitoring dan evaluasi internal', en: 'Internal monitoring and evaluation' },
  external: { id: 'Evaluasi eksternal (Kementerian)', en: 'External evaluation (ministry)' },
};

/**
 * The two stages of the yearly evaluation: *tahap I* (≈ June) and *tahap II* (≈ October–November); some sources
 * say *semester* I/II (domain.md §2.2).
 *
 * @example
 * ```ts
 * EVALUATION_STAGES; // ['I', 'II']
 * ```
 */
export const EVALUATION_STAGES = ['I', 'II'] as const;

/**
 * An evaluation stage.
 *
 * @example
 * ```ts
 * const stage: EvaluationStage = 'II';
 * ```
 */
export type EvaluationStage = (typeof EVALUATION_STAGES)[number];

/**
 * Labels of the evaluation stages.
 *
 * @example
 * ```ts
 * EVALUATION_STAGE_LABELS.I.id; // 'Tahap I'
 * ```
 */
export const EVALUATION_STAGE_LABELS: Readonly<Record<EvaluationStage, LocalizedText>> = {
  I: { id: 'Tahap I', en: 'Stage I' },
  II: { id: 'Tahap II', en: 'Stage II' },
};

/**
 * Zod schema of an evaluation cycle: the programme year and, for the ministry's evaluation, the stage.
 *
 * @example
 * ```ts
 * EvaluationCycleSchema.parse({ year: 2024, stage: 'II' });
 * ```
 */
export const EvaluationCycleSchema = z.strictObject({
  year: YearSchema.clone(),
  stage: z.optional(z.enum(EVALUATION_STAGES)),
});

/**
 * An evaluation cycle.
 *
 * @example
 * ```ts
 * const cycle: EvaluationCycle = { year: 2024, stage: 'I' };
 * ```
 */
export type EvaluationCycle = z.infer<typeof EvaluationCycleSchema>;

/**
 * Zod schema of an assessor (panel member) of an evaluation.
 *
 * @example
 * ```ts
 * AssessorSchema.parse({ name: 'Dr. A', affiliation: 'Universitas Gadjah Mada', role: 'ketua panel' });
 * ```
 */
export const AssessorSchema = z.strictObject({
  name: NameSchema.clone(),
  affiliation: z.optional(NameSchema),
  role: z.optional(NameSchema),
});

/**
 * An assessor.
 *
 * @example
 * ```ts
 * const a: Assessor = { name: 'Tim Komdigi' };
 * ```
 */
export type Assessor = z.infer<typeof AssessorSchema>;

/**
 * The scale of smart city index values stored in a workspace: 0 to 5 (published values look like means of integer
 * scores, highest seen 3.84; the maximum 4 or 5 is unverified, domain.md §3.1, so the wider bound is accepted).
 *
 * @example
 * ```ts
 * SMART_CITY_INDEX_SCALE.max; // 5
 * ```
 */
export const SMART_CITY_INDEX_SCALE = { min: 0, max: 5 } as const;

const IndexValueSchema = z
  .number()
  .check(z.gte(SMART_CITY_INDEX_SCALE.min), z.lte(SMART_CITY_INDEX_SCALE.max));

/**
 * Zod schema of the smart city index scores of an evaluation: the five evaluation dimensions (baseline, output,
 * outcome, impact, quick win) and, optionally, one index per pillar, all on the 0–5 scale, and the officially
 * published total (`publishedTotal`, for the improvement when a year's inputs are not known). Any value may be missing.
 *
 * @example
 * ```ts
 * SmartCityIndexScoresSchema.parse({ dimensions: { output: 3.5, outcome: 3.2 }, pillars: { governance: 3.33 } });
 * ```
 */
export const SmartCityIndexScoresSchema = z.strictObject({
  dimensions: z.strictObject({
    baseline: z.optional(IndexValueSchema),
    output: z.optional(IndexValueSchema),
    outcome: z.optional(IndexValueSchema),
    impact: z.optional(IndexValueSchema),
    quickWin: z.optional(IndexValueSchema),
  }),
  pillars: z.optional(z.partialRecord(PillarIdSchema, IndexValueSchema)),
  /** The officially published index total, for the improvement when the previous inputs are not known. */
  publishedTotal: z.optional(IndexValueSchema),
});

/**
 * Smart city index scores.
 *
 * @example
 * ```ts
 * const s: SmartCityIndexScores = { dimensions: { baseline: 3, impact: 3.5 } };
 * ```
 */
export type SmartCityIndexScores = z.infer<typeof SmartCityIndexScoresSchema>;

/**
 * Versions of the SPBE evaluation model whose scores a workspace can hold: `spbe-2018` is PermenPANRB 5/2018
 * (3 domains, 7 aspects, 35 indicators, levels 0–5, spbe.md §2) and `spbe-2020` is PermenPANRB 59/2020 (4 domains,
 * 8 aspects, 47 indicators, levels 1–5, spbe.md §1). The models themselves are `SPBE_MODELS`.
 *
 * @example
 * ```ts
 * SPBE_SCORE_MODELS; // ['spbe-2018', 'spbe-2020']
 * ```
 */
export const SPBE_SCORE_MODELS = ['spbe-2018', 'spbe-2020'] as const;

/**
 * The pattern of an SPBE 2020 indicator number as a record key: "1" to "47".
 *
 * @example
 * ```ts
 * SPBE_INDICATOR_KEY_PATTERN.test('47'); // true
 * SPBE_INDICATOR_KEY_PATTERN.test('48'); // false
 * ```
 */
export const SPBE_INDICATOR_KEY_PATTERN = /^(?:[1-9]|[1-3]\d|4[0-7])$/;

/**
 * The pattern of an SPBE 2018 indicator row as a record key: "1" to "35", plus "35-2" and "35-3" (indicator 35 may
 * be answered for up to three public services, spbe.md §2.1).
 *
 * @example
 * ```ts
 * SPBE_2018_INDICATOR_KEY_PATTERN.test('35-2'); // true
 * SPBE_2018_INDICATOR_KEY_PATTERN.test('36'); // false
 * ```
 */
export const SPBE_2018_INDICATOR_KEY_PATTERN = /^(?:[1-9]|[12]\d|3[0-5]|35-[23])$/;

function spbeAssessmentSchema<L extends z.ZodMiniType>(level: L) {
  return z.strictObject({
    self: z.optional(level),
    verified: z.optional(level),
    explanation: z.optional(TextSchema),
    recommendation: z.optional(TextSchema),
    evidence: z.optional(z.array(NameSchema)),
  });
}

const SpbeIndexValueSchema = z.number().check(z.gte(0), z.lte(5));

/**
 * Zod schema of SPBE 2020 scores (PermenPANRB 59/2020): per indicator number ("1".."47") the self-assessed and the
 * verified maturity level (whole numbers 1–5, each optional) with the explanation, a recommendation and evidence
 * references; optionally domain indices ("1".."4") when only those are known, and the officially published index.
 *
 * @example
 * ```ts
 * SpbeScores2020Schema.parse({ model: 'spbe-2020', indicators: { '1': { self: 3, verified: 2 } }, publishedIndex: 2.64 });
 * ```
 */
export const SpbeScores2020Schema = z.strictObject({
  model: z.literal('spbe-2020'),
  indicators: z.record(
    z.string().check(z.regex(SPBE_INDICATOR_KEY_PATTERN, { error: MESSAGE_KEYS.spbeIndicatorKey })),
    spbeAssessmentSchema(z.literal([1, 2, 3, 4, 5])),
  ),
  domains: z.optional(
    z.record(
      z.string().check(z.regex(/^[1-4]$/, { error: MESSAGE_KEYS.spbeDomainKey })),
      SpbeIndexValueSchema,
    ),
  ),
  publishedIndex: z.optional(SpbeIndexValueSchema),
});

/**
 * Zod schema of SPBE 2018 scores (PermenPANRB 5/2018): like {@link SpbeScores2020Schema} with indicator rows "1".."35",
 * "35-2", "35-3", levels 0–5 and domains "1".."3".
 *
 * @example
 * ```ts
 * SpbeScores2018Schema.parse({ model: 'spbe-2018', indicators: { '35-2': { verified: 0 } } });
 * ```
 */
export const SpbeScores2018Schema = z.strictObject({
  model: z.literal('spbe-2018'),
  indicators: z.record(
    z.string().check(z.regex(SPBE_2018_INDICATOR_KEY_PATTERN, { error: MESSAGE_KEYS.spbeIndicatorKey })),
    spbeAssessmentSchema(z.literal([0, 1, 2, 3, 4, 5])),
  ),
  domains: z.optional(
    z.record(
      z.string().check(z.regex(/^[1-3]$/, { error: MESSAGE_KEYS.spbeDomainKey })),
      SpbeIndexValueSchema,
    ),
  ),
  publishedIndex: z.optional(SpbeIndexValueSchema),
});

/**
 * Zod schema of the SPBE scores of an evaluation (workspace version 2): the model ('spbe-2018' or 'spbe-2020')
 * decides the indicator keys and levels. Score them with `scoreSpbe`.
 *
 * @example
 * ```ts
 * SpbeScoresSchema.parse({ model: 'spbe-2020', indicators: { '1': { self: 3 }, '2': { verified: 4 } }, domains: { '1': 3.4 } });
 * ```
 */
export const SpbeScoresSchema = z.discriminatedUnion('model', [SpbeScores2018Schema, SpbeScores2020Schema]);

/**
 * SPBE scores of an evaluation (version 2).
 *
 * @example
 * ```ts
 * const s: SpbeScores = { model: 'spbe-2020', indicators: { '42': { self: 4, verified: 3, evidence: ['42.sp4n-lapor.png'] } } };
 * ```
 */
export type SpbeScores = z.infer<typeof SpbeScoresSchema>;

/**
 * One indicator of {@link SpbeScores}: self-assessed and verified level, explanation, recommendation, evidence.
 *
 * @example
 * ```ts
 * const row: SpbeIndicatorAssessment = { self: 3, verified: 2, explanation: 'Perwal arsitektur SPBE belum direviu' };
 * ```
 */
export type SpbeIndicatorAssessment = SpbeScores['indicators'][string];

/**
 * Zod schema of SPBE scores as workspace version 1 held them: one level 1–5 per SPBE 2020 indicator and optional
 * domain indices. Kept to read old files; {@link migrateSpbeScoresV1} turns them into version 2.
 *
 * @example
 * ```ts
 * SpbeScoresV1Schema.parse({ model: 'spbe-2020', indicators: { '1': 3, '2': 4 }, domains: { '1': 3.4 } });
 * ```
 */
export const SpbeScoresV1Schema = z.strictObject({
  model: z.literal('spbe-2020'),
  indicators: z.record(
    z.string().check(z.regex(SPBE_INDICATOR_KEY_PATTERN, { error: MESSAGE_KEYS.spbeIndicatorKey })),
    z.literal([1, 2, 3, 4, 5]),
  ),
  domains: z.optional(
    z.record(
      z.string().check(z.regex(/^[1-4]$/, { error: MESSAGE_KEYS.spbeDomainKey })),
      z.number().check(z.gte(0), z.lte(5)),
    ),
  ),
});

/**
 * SPBE scores as workspace version 1 held them.
 *
 * @example
 * ```ts
 * const v1: SpbeScoresV1 = { model: 'spbe-2020', indicators: { '42': 4 } };
 * ```
 */
export type SpbeScoresV1 = z.infer<typeof SpbeScoresV1Schema>;

/**
 * Turns version 1 SPBE scores into version 2: each indicator's level becomes its `verified` level when the
 * evaluation is the ministry's (`kind` 'external'), else its `self` level; `model`, `domains` and any other field
 * are kept. Works on raw JSON and never throws: anything that is not a version 1 SPBE object (no `indicators`
 * object) is returned unchanged for the schema to report, and a value that is not a number is kept as it is
 * (inside the new object) so that nothing is lost.
 *
 * @example
 * ```ts
 * migrateSpbeScoresV1({ model: 'spbe-2020', indicators: { '1': 3 } }, 'external');
 * // { model: 'spbe-2020', indicators: { '1': { verified: 3 } } }
 * migrateSpbeScoresV1({ model: 'spbe-2020', indicators: { '1': 3 } }, 'self-assessment');
 * // { model: 'spbe-2020', indicators: { '1': { self: 3 } } }
 * ```
 */
export function migrateSpbeScoresV1(v1Spbe: unknown, evaluationKind: unknown): unknown {
  if (typeof v1Spbe !== 'object' || v1Spbe === null || Array.isArray(v1Spbe)) return v1Spbe;
  const source = v1Spbe as Record<string, unknown>;
  const indicators = source.indicators;
  if (typeof indicators !== 'object' || indicators === null || Array.isArray(indicators)) return v1Spbe;
  const basis = evaluationKind === 'external' ? 'verified' : 'self';
  const migrated: Record<string, unknown> = {};
  for (const key of Object.keys(indicators)) {
    const value = (indicators as Record<string, unknown>)[key];
    const already = typeof value === 'object' && value !== null && !Array.isArray(value);
    Object.defineProperty(migrated, key, {
      value: already ? value : { [basis]: value },
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return { ...source, indicators: migrated };
}

/**
 * Zod schema of the scores an evaluation gives. Both parts are optional: an evaluation may be recorded before
 * its scores are known.
 *
 * @example
 * ```ts
 * EvaluationScoresSchema.parse({});
 * ```
 */
export const EvaluationScoresSchema = z.strictObject({
  smartCityIndex: z.optional(SmartCityIndexScoresSchema),
  spbe: z.optional(SpbeScoresSchema),
});

/**
 * The scores of an evaluation.
 *
 * @example
 * ```ts
 * const scores: EvaluationScores = { smartCityIndex: { dimensions: { output: 3 } } };
 * ```
 */
export type EvaluationScores = z.infer<typeof EvaluationScoresSchema>;

/**
 * Zod schema of one finding of an evaluation: a stable id (unique within its list) and the text.
 *
 * @example
 * ```ts
 * FindingSchema.parse({ id: 'belum-ada-perbup-masterplan', text: 'Belum ada Perbup masterplan' });
 * ```
 */
export const FindingSchema = z.strictObject({
  id: IdSchema.clone(),
  text: NameSchema.clone(),
});

/**
 * One finding of an evaluation.
 *
 * @example
 * ```ts
 * const f: Finding = { id: 'register-risiko', text: 'Register risiko per program ditetapkan' };
 * ```
 */
export type Finding = z.infer<typeof FindingSchema>;

/**
 * Zod schema of an evaluation's findings, the evaluators' *kekuatan / kelemahan / rekomendasi* lists
 * (domain.md §2.5), each a list of {@link FindingSchema} rows.
 *
 * @example
 * ```ts
 * EvaluationFindingsSchema.parse({ weaknesses: [{ id: 'perbup', text: 'Belum ada Perbup masterplan' }] });
 * ```
 */
export const EvaluationFindingsSchema = z.strictObject({
  strengths: z._default(z.array(FindingSchema), []),
  weaknesses: z._default(z.array(FindingSchema), []),
  recommendations: z._default(z.array(FindingSchema), []),
});

/**
 * An evaluation's findings.
 *
 * @example
 * ```ts
 * const f: EvaluationFindings = { strengths: [{ id: 'risiko', text: 'Penetapan manajemen risiko' }], weaknesses: [],
 *   recommendations: [] };
 * ```
 */
export type EvaluationFindings = z.infer<typeof EvaluationFindingsSchema>;

/**
 * Zod schema of an evaluation: its kind, cycle, date, assessors, scores, findings, evidence and the innovations
 * it looked at. `scores` defaults to `{}` and `findings` to empty lists when absent.
 *
 * @example
 * ```ts
 * EvaluationSchema.parse({ id: 'eval-2024-ii', kind: 'external', cycle: { year: 2024, stage: 'II' } });
 * ```
 */
export const EvaluationSchema = z.strictObject({
  id: IdSchema.clone(),
  kind: z.enum(EVALUATION_KINDS),
  cycle: EvaluationCycleSchema,
  date: z.optional(CivilDateSchema),
  title: z.optional(NameSchema),
  assessors: z._default(z.array(AssessorSchema), []),
  scores: z._default(EvaluationScoresSchema, () => ({})),
  findings: z._default(EvaluationFindingsSchema, () => ({
    strengths: [],
    weaknesses: [],
    recommendations: [],
  })),
  evidence: z._default(z.array(EvidenceSchema), []),
  innovationIds: z._default(z.array(IdSchema), []),
  extensions: z.optional(ExtensionsSchema),
  provenance: z.optional(ProvenanceSchema),
});

/**
 * An evaluation.
 *
 * @example
 * ```ts
 * const e: Evaluation = EvaluationSchema.parse({ id: 'monev-2023', kind: 'internal', cycle: { year: 2023 } });
 * ```
 */
export type Evaluation = z.infer<typeof EvaluationSchema>;
