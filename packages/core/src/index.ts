/**
 * `@smartcity/core`: the Indonesian smart city programme (Gerakan Menuju Smart City) as a typed, validated model.
 *
 * @packageDocumentation
 */

export * from './calendar/index.js';
export * from './format/index.js';
export * from './i18n/index.js';
export * from './import/index.js';
export * from './issues/index.js';
export {
  migrateSpbeScoresV1,
  SPBE_2018_INDICATOR_KEY_PATTERN,
  type SpbeIndicatorAssessment,
  SpbeScores2018Schema,
  SpbeScores2020Schema,
  type SpbeScoresV1,
  SpbeScoresV1Schema,
} from './model/evaluation.js';
export * from './model/index.js';
export * from './pillars/index.js';
export * from './regions/index.js';
export * from './registry/index.js';
export * from './scoring/index.js';
export * from './summary/index.js';
