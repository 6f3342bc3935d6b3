/**
 * Frameworks and scoring: evaluation frameworks as typed data (SPBE 2020, Kominfo's smart city index) scored by one
 * generic weighted-hierarchy scorer that returns every intermediate value, plus KPI, innovation and programme
 * progress roll-ups. Everything here is a pure function of its inputs; user data never makes it throw.
 * The rounding policy is documented at the top of `rounding.ts`.
 *
 * @packageDocumentation
 */

export type { HierarchyScore, HierarchyScoreOptions, ScoredNode } from './engine.js';
export { findScoredNode } from './engine.js';
export type { ScoreEvaluationOptions } from './evaluation-score.js';
export {
  compareCycles,
  compareEvaluations,
  EVALUATION_SCORE_VERSION,
  scoreEvaluation,
  scoreEvaluations,
} from './evaluation-score.js';
export type {
  EvaluationScore,
  ScoreChange,
  ScoredIndexNode,
  SmartCityIndexResult,
  SpbeBasisResult,
  SpbeScoreResult,
} from './evaluation-score-schema.js';
export {
  EvaluationScoreSchema,
  evaluationScoreJsonSchema,
  ScoreChangeSchema,
  ScoredIndexNodeSchema,
  SmartCityIndexResultSchema,
  SpbeBasisResultSchema,
  SpbeScoreResultSchema,
} from './evaluation-score-schema.js';
export type { HierarchyFramework, HierarchyLevel, HierarchyNode, PredicateBand } from './framework.js';
export {
  HierarchyFrameworkSchema,
  HierarchyLevelSchema,
  HierarchyNodeSchema,
  HierarchyScaleSchema,
  PredicateBandSchema,
  validateFramework,
} from './framework.js';
export { findHierarchyNode, hierarchyLevelsFor, predicateFor } from './framework-core.js';
export { scoreHierarchy } from './hierarchy.js';
export type {
  InnovationKpiInput,
  InnovationProgress,
  KpiProgress,
  KpiProgressInput,
  KpiProgressOptions,
  ProgrammeInnovationInput,
  ProgrammeProgress,
  ProgressItem,
  ProgressRollUp,
} from './progress.js';
export { innovationProgress, kpiProgress, programmeProgress, rollUpProgress } from './progress.js';
export { roundHalfUp } from './rounding.js';
export type {
  ScoreImprovement,
  SmartCityDimensionId,
  SmartCityDimensionScore,
  SmartCityIndexInput,
  SmartCityIndexOptions,
  SmartCityIndexScore,
  SmartCityIndexWeights,
  SmartCityPillarIndex,
} from './smart-city-index.js';
export {
  SMART_CITY_DIMENSION_IDS,
  SMART_CITY_INDEX,
  SMART_CITY_INDEX_WEIGHTS,
  SMART_CITY_INDEX_WEIGHTS_SLEMAN,
  scoreSmartCityIndex,
} from './smart-city-index.js';
export type {
  ScoreSpbeOptions,
  SpbeBasis,
  SpbeIndexScore,
  SpbeLevelGain,
  SpbeNodeScore,
  SpbeResult,
} from './spbe.js';
export { SPBE_BASES, scoreSpbe, spbeLevelGains, spbePredicateFor } from './spbe.js';
export { SPBE_ASSESSMENT_FIELDS, spbeLevelFieldMeta } from './spbe-fields.js';
export type {
  SpbeAspect,
  SpbeDomain,
  SpbeIndicator,
  SpbeLevelKind,
  SpbeLevelName,
  SpbeModel,
  SpbeModelId,
  SpbePredicateBand,
} from './spbe-models.js';
export { getSpbeModel, SPBE_MODEL_IDS, SPBE_MODELS, spbeLevelNames } from './spbe-models.js';
export type { SpbeInput, SpbeScore } from './spbe2020.js';
export { SPBE_2020, scoreSpbe2020 } from './spbe2020.js';
