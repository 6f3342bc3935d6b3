// SPBE model facts the importers need (indicator ids, numbers, names, weights, level range), read from the core's
// official models. Never from a file: weights found in a file are only compared against these.
import * as core from '@smartcity/core';
import { type HierarchyNode, SPBE_2020 } from '@smartcity/core';

/** The SPBE evaluation models. */
export type SpbeModelId = 'spbe-2018' | 'spbe-2020';

/** One indicator as the importers match it. */
export interface IndicatorInfo {
  /** Key in `scores.spbe.indicators`: '1'…'47', or '35-2' / '35-3' for the repeated 2018 indicator. */
  id: string;
  number: number;
  name?: string;
  /** Official weight in percent of the index, when the model states one. */
  weight?: number;
  provisional?: boolean;
}

/** What the importers need of a model. */
export interface ModelInfo {
  id: SpbeModelId;
  levels: { min: number; max: number };
  indicators: readonly IndicatorInfo[];
}

interface ContractModel {
  id: SpbeModelId;
  levels: { min: number; max: number };
  indicators: readonly {
    id: string;
    number: number;
    name: { id: string };
    weight: number;
    provisional?: boolean;
  }[];
}

function fromContract(model: ContractModel): ModelInfo {
  return {
    id: model.id,
    levels: { min: model.levels.min, max: model.levels.max },
    indicators: model.indicators.map((i) => ({
      id: i.id,
      number: i.number,
      name: i.name.id,
      weight: i.weight,
      provisional: i.provisional,
    })),
  };
}

function leaves(nodes: readonly HierarchyNode[]): HierarchyNode[] {
  return nodes.flatMap((n) => (n.children && n.children.length > 0 ? leaves(n.children) : [n]));
}

function from2020Framework(): ModelInfo {
  return {
    id: 'spbe-2020',
    levels: { min: 1, max: 5 },
    indicators: leaves(SPBE_2020.groups).map((n) => {
      const no = Number(/(\d+)$/.exec(n.id)?.[1]);
      return { id: String(no), number: no, name: n.shortLabel?.id ?? n.label.id, weight: n.weight };
    }),
  };
}

function minimal2018(): ModelInfo {
  const indicators: IndicatorInfo[] = [];
  for (let no = 1; no <= 35; no++) indicators.push({ id: String(no), number: no, provisional: true });
  indicators.push(
    { id: '35-2', number: 35, provisional: true },
    { id: '35-3', number: 35, provisional: true },
  );
  return { id: 'spbe-2018', levels: { min: 0, max: 5 }, indicators };
}

let cache: Record<SpbeModelId, ModelInfo> | undefined;

/** The importers' view of the core's SPBE models. */
export function modelInfo(id: SpbeModelId): ModelInfo {
  if (!cache) {
    const models = (core as unknown as { SPBE_MODELS?: Record<SpbeModelId, ContractModel> }).SPBE_MODELS;
    cache = {
      'spbe-2018': models?.['spbe-2018'] ? fromContract(models['spbe-2018']) : minimal2018(),
      'spbe-2020': models?.['spbe-2020'] ? fromContract(models['spbe-2020']) : from2020Framework(),
    };
    // The 2018 questionnaire repeats indicator 35; make sure the repeats are addressable even if a model omits them.
    const m18 = cache['spbe-2018'];
    if (!m18.indicators.some((i) => i.id === '35-2')) {
      cache['spbe-2018'] = {
        ...m18,
        indicators: [...m18.indicators, { id: '35-2', number: 35 }, { id: '35-3', number: 35 }],
      };
    }
  }
  return cache[id];
}
