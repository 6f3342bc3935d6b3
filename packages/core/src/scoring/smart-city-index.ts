/**
 * Kominfo's smart city evaluation index (Indeks Smart City) of the Gerakan Menuju Smart City, as data, and its
 * scorer. Source: `shared/reference/domain.md` §3.1 (Kominfo Sleman monev page; InfoPublik 2020 Pemalang; Jambi
 * 2022 reports; published 2022 and 2024 city totals).
 */
import type { LocalizedText } from '../i18n/index.js';
import type { Issue } from '../issues/index.js';
import { issue, prefixIssues } from '../issues/index.js';
// The catalogue module, not pillars/index.ts: that one builds zod schemas, which scoring must not pull in.
import { PILLAR_CATALOGUE as PILLARS } from '../pillars/catalogue.js';
import type { PillarId } from '../pillars/index.js';
import type { HierarchyScore, HierarchyScoreOptions, ScoredNode, ValueEntry } from './engine.js';
import { scoreEntries } from './engine.js';
import type { Ratio } from './exact.js';
import { div, fromNumber, isZero, roundRatio, sub, toNumber } from './exact.js';
import type { HierarchyFramework } from './framework.js';
import { checkDecimals, deepFreeze, isPlainRecord } from './util.js';

/**
 * The five evaluation dimensions of the smart city index, in the programme's order.
 *
 * @example
 * ```ts
 * SMART_CITY_DIMENSION_IDS; // ['baseline', 'output', 'outcome', 'impact', 'quickWin']
 * ```
 */
export const SMART_CITY_DIMENSION_IDS = ['baseline', 'output', 'outcome', 'impact', 'quickWin'] as const;

/**
 * Id of one of the five evaluation dimensions.
 *
 * @example
 * ```ts
 * const id: SmartCityDimensionId = 'quickWin';
 * ```
 */
export type SmartCityDimensionId = (typeof SMART_CITY_DIMENSION_IDS)[number];

/**
 * Weights of the dimensions, in percent.
 *
 * @example
 * ```ts
 * const weights: SmartCityIndexWeights = { baseline: 10, output: 20, outcome: 30, impact: 30, quickWin: 10 };
 * ```
 */
export type SmartCityIndexWeights = Record<SmartCityDimensionId, number>;

/**
 * Default dimension weights 10/20/30/20/20 (Baseline/Output/Outcome/Impact/Quick Win). They are derived, not
 * published as such: they reproduce published city totals of 2022 and 2024 to two decimals, and Jambi 2022 reports
 * Outcome 30, Impact 20, Quick Win 20 (domain.md §3.1 [D]).
 *
 * @example
 * ```ts
 * SMART_CITY_INDEX_WEIGHTS.outcome; // 30
 * ```
 */
export const SMART_CITY_INDEX_WEIGHTS: Readonly<SmartCityIndexWeights> = Object.freeze({
  baseline: 10,
  output: 20,
  outcome: 30,
  impact: 20,
  quickWin: 20,
});

/**
 * The older variant 10/20/30/30/10 published on Kabupaten Sleman's monev page (domain.md §3.1); it does not
 * reproduce the 2022 and 2024 totals. Pass it as `options.weights` to score an evaluation made under it.
 *
 * @example
 * ```ts
 * scoreSmartCityIndex(input, { weights: SMART_CITY_INDEX_WEIGHTS_SLEMAN });
 * ```
 */
export const SMART_CITY_INDEX_WEIGHTS_SLEMAN: Readonly<SmartCityIndexWeights> = Object.freeze({
  baseline: 10,
  output: 20,
  outcome: 30,
  impact: 30,
  quickWin: 10,
});

const DIMENSIONS: Record<SmartCityDimensionId, { label: LocalizedText; description: LocalizedText }> = {
  baseline: {
    label: { id: 'Baseline', en: 'Baseline' },
    description: {
      id: 'Peningkatan dibandingkan evaluasi sebelumnya; evaluasi pertama memakai kondisi sebelum program.',
      en: 'Improvement over the previous evaluation; the first evaluation uses the state before the programme.',
    },
  },
  output: {
    label: { id: 'Output', en: 'Output' },
    description: {
      id: 'Fondasi pelaksanaan: kebijakan, kelembagaan dan anggaran.',
      en: 'Foundations: policy, institutions and budget.',
    },
  },
  outcome: {
    label: { id: 'Outcome', en: 'Outcome' },
    description: {
      id: 'Pelaksanaan rencana yang tertuang dalam masterplan.',
      en: 'Execution of the plans in the masterplan.',
    },
  },
  impact: {
    label: { id: 'Impact', en: 'Impact' },
    description: {
      id: 'Manfaat bagi warga: peningkatan pelayanan publik, partisipasi dan keberlanjutan.',
      en: 'Benefit to citizens: better public services, participation and sustainability.',
    },
  },
  quickWin: {
    label: { id: 'Quick Win', en: 'Quick Win' },
    description: {
      id: 'Inovasi dan kreativitas program percepatan (quick win).',
      en: 'Innovation and creativity of the acceleration (quick win) programmes.',
    },
  },
};

/**
 * Kominfo's smart city evaluation index (Indeks Smart City / Indeks Pencapaian) as a {@link HierarchyFramework}:
 * the weighted mean of five evaluation dimensions, Baseline, Output, Outcome, Impact and Quick Win, with the
 * default weights {@link SMART_CITY_INDEX_WEIGHTS} (10/20/30/20/20).
 *
 * - Scale 0–5. The maximum is NOT verified: published values look like means of integer scores (2,75; 3,33; 3,5),
 *   the highest seen is 3,84 and the guidebooks that would say whether the maximum is 4 or 5 were unreadable
 *   (domain.md §3.1 and §8, marked [U]). 5 is the lenient choice: it rejects nothing a 0–4 scale would accept.
 * - No predicate bands: no official bands are known for this index, so none are invented; `predicates` is absent.
 * - The per-pillar indices (one per smart city dimension: governance, branding…) are reported beside the index by
 *   {@link scoreSmartCityIndex}, not weighted into it.
 *
 * @example
 * ```ts
 * SMART_CITY_INDEX.groups.map((g) => [g.id, g.weight]);
 * // [['baseline', 10], ['output', 20], ['outcome', 30], ['impact', 20], ['quickWin', 20]]
 * ```
 */
export const SMART_CITY_INDEX: HierarchyFramework = deepFreeze({
  id: 'smart-city-index',
  label: { id: 'Indeks Smart City (Kominfo)', en: 'Smart city index (Kominfo)' },
  description: {
    id: 'Rata-rata berbobot lima dimensi evaluasi: Baseline, Output, Outcome, Impact dan Quick Win.',
    en: 'Weighted mean of five evaluation dimensions: Baseline, Output, Outcome, Impact and Quick Win.',
  },
  scale: { min: 0, max: 5 },
  groups: SMART_CITY_DIMENSION_IDS.map((id) => ({
    id,
    label: DIMENSIONS[id].label,
    description: DIMENSIONS[id].description,
    weight: SMART_CITY_INDEX_WEIGHTS[id],
  })),
  source:
    'Kominfo, evaluasi Gerakan Menuju Smart City: dimensi evaluasi (monev Kab. Sleman; InfoPublik 2020); bobot 10/20/30/20/20 diturunkan dari total kota yang dipublikasikan 2022 dan 2024 (domain.md §3.1)',
});

// Checked by a test (validateFramework), not at import, so that scoring does not pull in the schema library.

/**
 * Smart city index values as a workspace stores them (`Evaluation.scores.smartCityIndex`), on the 0–5 scale.
 *
 * @example
 * ```ts
 * const input: SmartCityIndexInput = {
 *   dimensions: { baseline: 3.1, output: 3.4, outcome: 3.25, impact: 3.0, quickWin: 3.5 },
 *   pillars: { governance: 3.5, economy: 2.75 },
 * };
 * ```
 */
export interface SmartCityIndexInput {
  dimensions: Partial<Record<SmartCityDimensionId, number | null>>;
  pillars?: Partial<Record<PillarId, number | null>> | undefined;
  /**
   * The officially published total. Never replaces the computed index; as the previous evaluation it is the base of
   * the improvement (a city knows last year's official index, not always its inputs).
   */
  publishedTotal?: number | null | undefined;
}

/**
 * The change of a value against the previous evaluation. `previous` and `delta` are full precision;
 * `deltaRounded` is the difference of the two published (rounded) values, so it matches what a reader computes
 * from the published numbers (3,46 → 3,80 is +0,34); `relative` is `delta / previous` as a fraction (0.1 = +10 %),
 * `null` when the previous value is 0 or missing.
 *
 * @example
 * ```ts
 * const change: ScoreImprovement = { previous: 3.46, delta: 0.34, deltaRounded: 0.34, relative: 0.0982658959537572 };
 * ```
 */
export interface ScoreImprovement {
  previous: number | null;
  delta: number | null;
  deltaRounded: number | null;
  relative: number | null;
  /** Where the previous value came from: the published total, or the index computed from the inputs. */
  previousSource?: 'published' | 'computed';
}

/**
 * A scored evaluation dimension: a {@link ScoredNode}, with its change against the previous evaluation when one
 * was given.
 *
 * @example
 * ```ts
 * const outcome: SmartCityDimensionScore | undefined = scoreSmartCityIndex({ dimensions: { outcome: 3 } }).groups[2];
 * outcome?.rounded; // 3
 * ```
 */
export interface SmartCityDimensionScore extends ScoredNode {
  improvement?: ScoreImprovement;
}

/**
 * The index of one pillar (dimensi smart city), reported beside the smart city index; `value`/`rounded` are `null`
 * when the evaluation gave none.
 *
 * @example
 * ```ts
 * const p: SmartCityPillarIndex = { pillarId: 'economy', label: { id: 'Smart Economy', en: 'Smart Economy' }, value: 2.75, rounded: 2.75 };
 * ```
 */
export interface SmartCityPillarIndex {
  pillarId: PillarId;
  label: LocalizedText;
  value: number | null;
  rounded: number | null;
  improvement?: ScoreImprovement;
}

/**
 * The result of {@link scoreSmartCityIndex}: the scored dimensions (`groups`), the index (`total`, full precision,
 * and `totalRounded`), the weights used, the pillar indices in pillar order, and, when a previous evaluation was
 * given, the improvement. There is deliberately no `predicate`: no official bands exist for this index.
 *
 * @example
 * ```ts
 * const score: SmartCityIndexScore = scoreSmartCityIndex({ dimensions: { baseline: 3, output: 3, outcome: 3, impact: 3, quickWin: 3 } });
 * score.totalRounded; // 3
 * ```
 */
export interface SmartCityIndexScore extends Omit<HierarchyScore, 'predicate' | 'groups'> {
  groups: SmartCityDimensionScore[];
  /** The dimension weights used (defaults, overridden by valid `options.weights`). */
  weights: SmartCityIndexWeights;
  pillars: SmartCityPillarIndex[];
  /** Pillars without an index, in pillar order. */
  missingPillars: PillarId[];
  /** Change of the index against `options.previous`; absent when no previous evaluation was given. */
  improvement?: ScoreImprovement;
  /** The officially published total given with the input (valid values only), beside the computed one. */
  publishedTotal?: number;
}

/**
 * Options of {@link scoreSmartCityIndex}.
 *
 * @example
 * ```ts
 * const options: SmartCityIndexOptions = { weights: { impact: 30, quickWin: 10 }, previous: { dimensions: { outcome: 3 } } };
 * ```
 */
export interface SmartCityIndexOptions extends HierarchyScoreOptions {
  /** Weights per dimension (≥ 0, not all 0); dimensions left out keep the default weight. */
  weights?: Partial<Record<SmartCityDimensionId, number>> | undefined;
  /** The previous evaluation (its input or its score), to report the improvement. */
  previous?: SmartCityIndexInput | SmartCityIndexScore | undefined;
}

const DIMENSION_SET = new Set<string>(SMART_CITY_DIMENSION_IDS);
const PILLAR_SET = new Set<string>(PILLARS.map((p) => p.id));

function resolveWeights(requested: unknown, issues: Issue[]): SmartCityIndexWeights | null {
  const weights: SmartCityIndexWeights = { ...SMART_CITY_INDEX_WEIGHTS };
  if (requested === undefined || requested === null) return weights;
  if (!isPlainRecord(requested)) {
    issues.push(
      issue(['weights'], 'invalid_weights', {
        id: 'Bobot harus berupa objek dimensi → angka; bobot bawaan 10/20/30/20/20 dipakai',
        en: 'Weights must be an object mapping dimensions to numbers; the default 10/20/30/20/20 is used',
      }),
    );
    return weights;
  }
  for (const key of Object.keys(requested)) {
    const value = requested[key];
    if (!DIMENSION_SET.has(key)) {
      issues.push(
        issue(['weights', key], 'unrecognized_key', {
          id: `"${key}" bukan dimensi evaluasi (${SMART_CITY_DIMENSION_IDS.join(', ')}); bobotnya diabaikan`,
          en: `"${key}" is not an evaluation dimension (${SMART_CITY_DIMENSION_IDS.join(', ')}); its weight is ignored`,
        }),
      );
      continue;
    }
    const id = key as SmartCityDimensionId;
    if (value === undefined) continue;
    if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
      issues.push(
        issue(['weights', key], 'invalid_weights', {
          id: `Bobot "${key}" harus angka ≥ 0 (tertulis ${String(value)}); bobot bawaan ${weights[id]} dipakai`,
          en: `The weight of "${key}" must be a number ≥ 0 (got ${String(value)}); the default ${weights[id]} is used`,
        }),
      );
      continue;
    }
    weights[id] = value;
  }
  if (SMART_CITY_DIMENSION_IDS.every((id) => weights[id] === 0)) {
    issues.push(
      issue(['weights'], 'invalid_weights', {
        id: 'Semua bobot dimensi bernilai 0, sehingga indeks tidak dapat dihitung',
        en: 'All dimension weights are 0, so the index cannot be computed',
      }),
    );
    return null;
  }
  return weights;
}

function scorePillars(source: unknown, decimals: number, issues: Issue[]): SmartCityPillarIndex[] {
  const values = new Map<string, Ratio>();
  if (source !== undefined && source !== null && !isPlainRecord(source)) {
    issues.push(
      issue(['pillars'], 'invalid_type', {
        id: 'Indeks pilar harus berupa objek pilar → angka',
        en: 'Pillar indices must be an object mapping pillars to numbers',
      }),
    );
  } else if (source) {
    for (const key of Object.keys(source)) {
      const value = source[key];
      if (!PILLAR_SET.has(key)) {
        issues.push(
          issue(['pillars', key], 'unknown_indicator', {
            id: `"${key}" bukan pilar smart city (${[...PILLAR_SET].join(', ')}); nilainya diabaikan`,
            en: `"${key}" is not a smart city pillar (${[...PILLAR_SET].join(', ')}); its value is ignored`,
          }),
        );
        continue;
      }
      if (value === null || value === undefined) continue;
      if (typeof value !== 'number') {
        issues.push(
          issue(['pillars', key], 'invalid_type', {
            id: `Indeks pilar "${key}" harus berupa angka`,
            en: `The index of pillar "${key}" must be a number`,
          }),
        );
        continue;
      }
      const { min, max } = SMART_CITY_INDEX.scale;
      if (!Number.isFinite(value) || value < min || value > max) {
        issues.push(
          issue(['pillars', key], 'out_of_range', {
            id: `Indeks pilar "${key}" ${value} di luar skala ${min}–${max}; nilainya tidak dihitung`,
            en: `Pillar "${key}" index ${value} is outside the scale ${min}–${max}; it is not counted`,
          }),
        );
        continue;
      }
      values.set(key, fromNumber(value));
    }
  }
  return PILLARS.map((p) => {
    const exact = values.get(p.id);
    return {
      pillarId: p.id,
      label: p.label,
      value: exact === undefined ? null : toNumber(exact),
      rounded: exact === undefined ? null : toNumber(roundRatio(exact, decimals)),
    };
  });
}

function changeOf(
  current: number | null,
  currentRounded: number | null,
  previous: number | null | undefined,
  previousRounded: number | null | undefined,
): ScoreImprovement {
  const before = previous ?? null;
  if (current === null || before === null)
    return { previous: before, delta: null, deltaRounded: null, relative: null };
  const delta = sub(fromNumber(current), fromNumber(before));
  const deltaRounded =
    currentRounded === null || previousRounded === null || previousRounded === undefined
      ? null
      : toNumber(sub(fromNumber(currentRounded), fromNumber(previousRounded)));
  const base = fromNumber(before);
  return {
    previous: before,
    delta: toNumber(delta),
    deltaRounded,
    relative: isZero(base) ? null : toNumber(div(delta, base)),
  };
}

function readPublishedTotal(value: unknown, issues: Issue[]): number | undefined {
  if (value === undefined || value === null) return undefined;
  const { min, max } = SMART_CITY_INDEX.scale;
  if (typeof value !== 'number' || !Number.isFinite(value) || value < min || value > max) {
    issues.push(
      issue(['publishedTotal'], 'out_of_range', {
        id: `Total yang dipublikasikan ${JSON.stringify(value) ?? String(value)} harus angka ${min}–${max}; nilainya diabaikan`,
        en: `The published total ${JSON.stringify(value) ?? String(value)} must be a number ${min}–${max}; it is ignored`,
      }),
    );
    return undefined;
  }
  return value;
}

/** The change of a value against a previous one (exact, with the rounded delta). Internal. */
export function improvementOf(
  current: number | null,
  currentRounded: number | null,
  previous: number | null | undefined,
  previousRounded: number | null | undefined,
): ScoreImprovement {
  return changeOf(current, currentRounded, previous, previousRounded);
}

function isScore(value: SmartCityIndexInput | SmartCityIndexScore): value is SmartCityIndexScore {
  return 'frameworkId' in value && Array.isArray((value as SmartCityIndexScore).groups);
}

/**
 * Scores Kominfo's smart city evaluation index: the weighted mean of the five evaluation dimensions (default
 * weights 10/20/30/20/20, configurable with `options.weights`), the per-pillar indices reported beside it in pillar
 * order, and, with `options.previous`, the improvement of the index, of each dimension and of each pillar.
 *
 * Values are on the 0–5 scale (its maximum is unverified, see {@link SMART_CITY_INDEX}). Missing dimensions are
 * never counted as 0: the index is the weighted mean of those given, `coverage` says what share of the weight that
 * was, and `options.requireComplete` makes the index `null` unless all five are given. Invalid weights (negative,
 * not a number, unknown dimension) are reported and the default weight is kept; if all weights are 0 the index is
 * `null`. The result has no `predicate`: no official bands are known for this index and none are invented.
 * Never throws on user data.
 *
 * @example
 * ```ts
 * const score = scoreSmartCityIndex(
 *   { dimensions: { baseline: 3.3, output: 3.5, outcome: 3.4, impact: 3.2, quickWin: 3.6 }, pillars: { governance: 3.67 } },
 *   { previous: { dimensions: { baseline: 3.1, output: 3.4, outcome: 3.25, impact: 3.0, quickWin: 3.5 } } },
 * );
 * score.totalRounded; // 3.41 (previous 3.265, published 3.27)
 * score.improvement?.deltaRounded; // 0.14 (3.41 − 3.27; the full-precision delta is 0.145)
 * score.pillars[0]; // { pillarId: 'governance', label: …, value: 3.67, rounded: 3.67, improvement: … }
 * ```
 */
export function scoreSmartCityIndex(
  input: SmartCityIndexInput,
  options: SmartCityIndexOptions = {},
): SmartCityIndexScore {
  const decimals = options.decimals ?? 2;
  checkDecimals(decimals);
  const issues: Issue[] = [];
  const entries: ValueEntry[] = [];
  const record = isPlainRecord(input) ? input : undefined;
  if (record === undefined) {
    issues.push(
      issue([], 'invalid_type', {
        id: 'Data indeks smart city harus berupa objek { dimensions, pillars? }',
        en: 'Smart city index data must be an object { dimensions, pillars? }',
      }),
    );
  }
  const dimensions: unknown = record?.dimensions;
  if (dimensions !== undefined && dimensions !== null && !isPlainRecord(dimensions)) {
    issues.push(
      issue(['dimensions'], 'invalid_type', {
        id: 'Dimensi harus berupa objek dimensi → angka',
        en: 'Dimensions must be an object mapping dimensions to numbers',
      }),
    );
  } else if (dimensions) {
    for (const key of Object.keys(dimensions)) {
      if (!DIMENSION_SET.has(key)) {
        issues.push(
          issue(['dimensions', key], 'unknown_indicator', {
            id: `"${key}" bukan dimensi evaluasi (${SMART_CITY_DIMENSION_IDS.join(', ')}); nilainya diabaikan`,
            en: `"${key}" is not an evaluation dimension (${SMART_CITY_DIMENSION_IDS.join(', ')}); its value is ignored`,
          }),
        );
        continue;
      }
      entries.push({ nodeId: key, key, value: dimensions[key], path: ['dimensions', key] });
    }
  }

  const weightIssues: Issue[] = [];
  const weights = resolveWeights(options.weights, weightIssues);
  const framework: HierarchyFramework =
    weights === null
      ? SMART_CITY_INDEX
      : {
          ...SMART_CITY_INDEX,
          groups: SMART_CITY_INDEX.groups.map((g) => ({
            ...g,
            weight: weights[g.id as SmartCityDimensionId],
          })),
        };
  const scored = scoreEntries(framework, entries, { ...options, decimals });
  const groups: SmartCityDimensionScore[] =
    weights === null ? scored.groups.map((g) => ({ ...g, contribution: null })) : scored.groups;
  const pillarIssues: Issue[] = [];
  const pillars = scorePillars(record?.pillars, decimals, pillarIssues);
  const total = weights === null ? null : scored.total;
  const totalRounded = weights === null ? null : scored.totalRounded;

  const result: SmartCityIndexScore = {
    frameworkId: scored.frameworkId,
    label: scored.label,
    groups,
    total,
    totalRounded,
    coverage: scored.coverage,
    missing: scored.missing,
    complete: scored.complete,
    weights: weights ?? { ...SMART_CITY_INDEX_WEIGHTS },
    pillars,
    missingPillars: pillars.filter((p) => p.value === null).map((p) => p.pillarId),
    issues: [...issues, ...scored.issues, ...weightIssues, ...pillarIssues],
  };

  const published = readPublishedTotal(record?.publishedTotal, result.issues);
  if (published !== undefined) result.publishedTotal = published;

  const previousInput = options.previous;
  if (previousInput !== undefined && previousInput !== null) {
    let previous: SmartCityIndexScore;
    if (isPlainRecord(previousInput) && isScore(previousInput)) {
      previous = previousInput;
    } else {
      const { previous: _ignored, ...rest } = options;
      previous = scoreSmartCityIndex(previousInput as SmartCityIndexInput, rest);
      result.issues.push(...prefixIssues(['previous'], previous.issues));
    }
    const published = previous.publishedTotal;
    result.improvement =
      published === undefined
        ? {
            ...improvementOf(total, totalRounded, previous.total, previous.totalRounded),
            previousSource: 'computed',
          }
        : {
            ...improvementOf(
              total ?? result.publishedTotal ?? null,
              totalRounded ?? result.publishedTotal ?? null,
              published,
              published,
            ),
            previousSource: 'published',
          };
    for (const group of groups) {
      const before = previous.groups.find((g) => g.id === group.id);
      group.improvement = improvementOf(group.index, group.rounded, before?.index, before?.rounded);
    }
    for (const pillar of pillars) {
      const before = previous.pillars?.find((p) => p.pillarId === pillar.pillarId);
      pillar.improvement = improvementOf(pillar.value, pillar.rounded, before?.value, before?.rounded);
    }
  }
  return result;
}
