// SPBE model facts the importers need (indicator ids, numbers, names, weights, level range), read from the core's
// official models. Never from a file: weights found in a file are only compared against these.
import { SPBE_MODELS, type SpbeModelId } from '@smartcity/core';

export type { SpbeModelId } from '@smartcity/core';

/** One indicator as the importers match it. */
export interface IndicatorInfo {
  /** Key in `scores.spbe.indicators`: '1'…'47', or '35-2' / '35-3' for the repeated 2018 indicator. */
  id: string;
  number: number;
  name?: string;
  /** Official weight in percent of the index. */
  weight?: number;
  provisional?: boolean;
}

/** What the importers need of a model. */
export interface ModelInfo {
  id: SpbeModelId;
  levels: { min: number; max: number };
  indicators: readonly IndicatorInfo[];
}

const cache = new Map<SpbeModelId, ModelInfo>();

/** The importers' view of the core's SPBE models. */
export function modelInfo(id: SpbeModelId): ModelInfo {
  let info = cache.get(id);
  if (!info) {
    const model = SPBE_MODELS[id];
    info = {
      id,
      levels: { min: model.levels.min, max: model.levels.max },
      indicators: model.indicators.map((i) => ({
        id: i.id,
        number: i.number,
        name: i.name.id,
        weight: i.weight,
        provisional: i.provisional,
      })),
    };
    cache.set(id, info);
  }
  return info;
}
