import { isCivilDate } from '../calendar/civilDate.js';
/**
 * Progress of KPIs, innovations and programmes (0–100 %), and how it rolls up.
 *
 * The rules come from the failures of systems that did this before (reliability-and-anchors.md §A.4, §A.6, §A.8
 * and B.10 items 19–20): Decidim accepted progress 999 and −33 and drew overflowing bars (decidim#3956, #17110),
 * counted missing progress as 0 (OpenSourcePolitics/decidim#750), broke when all weights were nil (#5026) and
 * summed progress × weight with weights assumed to be fractions, so two children weighted 0.7 gave 140 %. Here:
 * out-of-range progress is rejected with an issue (not silently clamped), missing progress is listed and never
 * counted as 0, and weights are normalised, so [0.5, 0.5], [1, 1], [0.7, 0.7] and no weights all give the plain
 * mean. Only a KPI's own progress is clamped, because over- or under-achieving a target is a real measurement
 * (the unclamped figure stays in `raw`).
 */
import type { Issue } from '../issues/index.js';
import { issue, prefixIssues } from '../issues/index.js';
import type { Ratio } from './exact.js';
import { add, div, fromNumber, isZero, mul, sub, toNumber, ZERO } from './exact.js';
import { isPlainRecord } from './util.js';

/**
 * The progress of one KPI towards its target, in percent: (latest − baseline) / (target − baseline) × 100.
 * `progress` is clamped to 0–100; `raw` is not (120 means the target was exceeded by a fifth of the way, −10 that
 * the KPI moved away from it). Both are `null` when progress cannot be computed, and `reason` says why.
 *
 * @example
 * ```ts
 * const p: KpiProgress = { progress: 50, raw: 50, latest: { date: '2024-06-30', value: 20 }, issues: [] };
 * ```
 */
export interface KpiProgress {
  progress: number | null;
  raw: number | null;
  /** The measurement used: the one with the greatest date on or before `asOf`. */
  latest?: { date: string; value: number };
  reason?: 'no-measurement' | 'no-baseline' | 'target-equals-baseline' | 'invalid-input';
  /** Measurements or options that could not be used. */
  issues: Issue[];
}

/**
 * The input of {@link kpiProgress}: the structural part of a workspace `Kpi`.
 *
 * @example
 * ```ts
 * const kpi: KpiProgressInput = { baseline: 30, target: { value: 10 }, measurements: [{ date: '2024-06-30', value: 20 }] };
 * ```
 */
export interface KpiProgressInput {
  baseline: number | null;
  target: { value: number };
  measurements: readonly { date: string; value: number }[];
}

/**
 * Options of {@link kpiProgress}.
 *
 * @example
 * ```ts
 * const options: KpiProgressOptions = { asOf: '2024-06-30' };
 * ```
 */
export interface KpiProgressOptions {
  /** Civil date `YYYY-MM-DD`: only measurements on or before it count. All measurements count when absent. */
  asOf?: string | undefined;
}

/**
 * The result of a roll-up: the weighted mean of the items that have a valid progress, and an account of what was
 * counted, what was missing and what was rejected.
 *
 * @example
 * ```ts
 * const r: ProgressRollUp = rollUpProgress([{ id: 'a', progress: 40 }, { id: 'b', progress: null }]);
 * r.missing; // ['b']
 * ```
 */
export interface ProgressRollUp {
  /** Weighted mean of the counted items, 0–100; `null` when nothing could be counted or all weights are 0. */
  progress: number | null;
  /** Ids of the items that entered the mean. */
  counted: string[];
  /** Ids of the items without progress (`null`/`undefined`): not counted, and not as 0. */
  missing: string[];
  /** Ids of the items excluded because of an issue (progress out of 0–100 or not finite, invalid weight, duplicate id). */
  rejected: string[];
  /** Normalised weight of each counted item (they sum to 1); empty when `progress` is `null`. */
  weights: Record<string, number>;
  issues: Issue[];
}

/**
 * One item of a roll-up: an id, its progress in percent (0–100), and optionally a weight (any unit ≥ 0, given for
 * all items or for none).
 *
 * @example
 * ```ts
 * const item: ProgressItem = { id: 'komanda', progress: 62.5, weight: 2 };
 * ```
 */
export interface ProgressItem {
  id: string;
  progress: number | null | undefined;
  weight?: number | null | undefined;
}

function isFiniteNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

const HUNDRED: Ratio = { n: 100n, d: 1n };

function clampPercent(value: number): number {
  return Math.min(100, Math.max(0, value));
}

/**
 * Step of {@link kpiProgress}: the usable measurement with the greatest date on or before `asOf` (the later one in
 * the list when two share a date). Unusable measurements are reported and skipped.
 */
function latestMeasurement(
  measurements: unknown,
  asOf: string | undefined,
  issues: Issue[],
): { date: string; value: number } | undefined {
  let latest: { date: string; value: number } | undefined;
  if (measurements !== undefined && !Array.isArray(measurements)) {
    issues.push(
      issue(['measurements'], 'invalid_type', {
        id: 'Pengukuran harus berupa daftar',
        en: 'Measurements must be a list',
      }),
    );
  }
  (Array.isArray(measurements) ? measurements : []).forEach((m: unknown, index) => {
    const record = isPlainRecord(m) ? m : {};
    if (!isCivilDate(record.date)) {
      issues.push(
        issue(['measurements', index, 'date'], 'invalid_format', {
          id: 'Tanggal pengukuran bukan tanggal YYYY-MM-DD yang valid; pengukuran ini diabaikan',
          en: 'The measurement date is not a valid YYYY-MM-DD date; this measurement is ignored',
        }),
      );
      return;
    }
    if (!isFiniteNumber(record.value)) {
      issues.push(
        issue(['measurements', index, 'value'], 'invalid_value', {
          id: 'Nilai pengukuran harus berupa angka; pengukuran ini diabaikan',
          en: 'The measurement value must be a number; this measurement is ignored',
        }),
      );
      return;
    }
    if (asOf !== undefined && record.date > asOf) return;
    if (latest === undefined || record.date >= latest.date)
      latest = { date: record.date, value: record.value };
  });
  return latest;
}

/**
 * The progress of a KPI towards its target: (latest − baseline) / (target − baseline) × 100, clamped to 0–100
 * (`raw` keeps the unclamped value). The direction follows from target vs baseline, so a KPI that should go down
 * (waiting time 30 → 10 minutes) works like one that should go up. The latest measurement is the one with the
 * greatest date on or before `options.asOf` (the later one in the list when two share a date). Returns `null`
 * progress with a `reason` when there is no measurement, no baseline, or the target equals the baseline.
 * Never throws; unusable measurements are skipped and reported in `issues`.
 *
 * @example
 * ```ts
 * kpiProgress({ baseline: 30, target: { value: 10 }, measurements: [{ date: '2024-06-30', value: 20 }] }).progress; // 50
 * kpiProgress(
 *   { baseline: 0, target: { value: 100 }, measurements: [{ date: '2024-01-31', value: 40 }, { date: '2024-12-31', value: 90 }] },
 *   { asOf: '2024-06-30' },
 * ).progress; // 40
 * ```
 */
export function kpiProgress(kpi: KpiProgressInput, options: KpiProgressOptions = {}): KpiProgress {
  const issues: Issue[] = [];
  if (!isPlainRecord(kpi)) {
    issues.push(
      issue([], 'invalid_type', {
        id: 'KPI harus berupa objek { baseline, target, measurements }',
        en: 'A KPI must be an object { baseline, target, measurements }',
      }),
    );
    return { progress: null, raw: null, reason: 'invalid-input', issues };
  }
  const asOf = options.asOf;
  if (asOf !== undefined && !isCivilDate(asOf)) {
    issues.push(
      issue(['asOf'], 'invalid_format', {
        id: `Tanggal acuan "${String(asOf)}" bukan tanggal YYYY-MM-DD yang valid`,
        en: `The as-of date "${String(asOf)}" is not a valid YYYY-MM-DD date`,
      }),
    );
    return { progress: null, raw: null, reason: 'invalid-input', issues };
  }

  const latest = latestMeasurement(kpi.measurements, asOf, issues);
  const withLatest = latest === undefined ? {} : { latest };
  const target: unknown = isPlainRecord(kpi.target) ? kpi.target.value : undefined;
  const baseline: unknown = kpi.baseline;
  if (!isFiniteNumber(target)) {
    issues.push(
      issue(['target', 'value'], 'invalid_value', {
        id: 'Target KPI harus berupa angka',
        en: 'The KPI target must be a number',
      }),
    );
    return { progress: null, raw: null, ...withLatest, reason: 'invalid-input', issues };
  }
  if (baseline !== null && baseline !== undefined && !isFiniteNumber(baseline)) {
    issues.push(
      issue(['baseline'], 'invalid_value', {
        id: 'Baseline KPI harus berupa angka atau kosong',
        en: 'The KPI baseline must be a number or empty',
      }),
    );
    return { progress: null, raw: null, ...withLatest, reason: 'invalid-input', issues };
  }
  if (latest === undefined) return { progress: null, raw: null, reason: 'no-measurement', issues };
  if (baseline === null || baseline === undefined) {
    return { progress: null, raw: null, latest, reason: 'no-baseline', issues };
  }
  const base = fromNumber(baseline);
  const span = sub(fromNumber(target), base);
  if (isZero(span)) return { progress: null, raw: null, latest, reason: 'target-equals-baseline', issues };
  const raw = toNumber(mul(div(sub(fromNumber(latest.value), base), span), HUNDRED));
  return { progress: clampPercent(raw), raw, latest, issues };
}

/**
 * Rolls progress up: the weighted mean of the items' progress (0–100). Missing progress (`null`/`undefined`) is
 * listed in `missing` and never counted as 0. Progress outside 0–100 or not finite is rejected with an issue
 * (`out_of_range`), not silently clamped. Weights are normalised, so their unit does not matter: no weights means
 * equal weights; weights must be given for all items or for none (otherwise an issue, and equal weights are used);
 * a negative or non-finite weight rejects that item; if all counted weights are 0, `progress` is `null` with an
 * `invalid_weights` issue. Items with a duplicate id are rejected. Never throws.
 *
 * @example
 * ```ts
 * rollUpProgress([{ id: 'a', progress: 40 }, { id: 'b', progress: 80 }]).progress; // 60
 * rollUpProgress([{ id: 'a', progress: 40, weight: 0.7 }, { id: 'b', progress: 80, weight: 0.7 }]).progress; // 60, not 84
 * rollUpProgress([{ id: 'a', progress: 40, weight: 3 }, { id: 'b', progress: 80, weight: 1 }]).progress; // 50
 * rollUpProgress([{ id: 'a', progress: 999 }, { id: 'b', progress: null }]); // progress null, rejected ['a'], missing ['b']
 * ```
 */
export function rollUpProgress(items: readonly ProgressItem[]): ProgressRollUp {
  const issues: Issue[] = [];
  const missing: string[] = [];
  const rejected: string[] = [];
  const empty = (): ProgressRollUp => ({
    progress: null,
    counted: [],
    missing,
    rejected,
    weights: {},
    issues,
  });
  if (!Array.isArray(items)) {
    issues.push(
      issue([], 'invalid_type', {
        id: 'Daftar butir progres harus berupa array',
        en: 'Progress items must be a list',
      }),
    );
    return empty();
  }

  const list = items.map((raw: unknown) => (isPlainRecord(raw) ? raw : {}));
  const useWeights = weightMode(list, issues);
  const seen = new Set<string>();
  const counted: CountedItem[] = [];
  list.forEach((item, index) => {
    const checked = checkItem(item, index, useWeights, seen, issues);
    if (checked === 'missing') missing.push(itemId(item, index));
    else if (checked === 'rejected') rejected.push(itemId(item, index));
    else counted.push(checked);
  });
  const ids = counted.map((c) => c.id);
  const mean = weightedMean(counted, issues);
  if (mean === null) return { ...empty(), counted: ids };
  return {
    progress: clampPercent(mean.progress),
    counted: ids,
    missing,
    rejected,
    weights: mean.weights,
    issues,
  };
}

interface CountedItem {
  id: string;
  progress: Ratio;
  weight: Ratio;
}

function itemId(item: Record<string, unknown>, index: number): string {
  return typeof item.id === 'string' ? item.id : item.id === undefined ? `[${index}]` : String(item.id);
}

/** Step of {@link rollUpProgress}: weights are used when given for every item; given for some only is an issue. */
function weightMode(list: readonly Record<string, unknown>[], issues: Issue[]): boolean {
  const hasWeight = list.map((item) => item.weight !== undefined && item.weight !== null);
  const someWeighted = hasWeight.some(Boolean);
  const mixed = someWeighted && !hasWeight.every(Boolean);
  if (mixed) {
    issues.push(
      issue([], 'invalid_weights', {
        id: 'Bobot harus diisi untuk semua butir atau tidak sama sekali; bobot sama rata dipakai',
        en: 'Weights must be given for all items or for none; equal weights are used',
      }),
    );
  }
  return someWeighted && !mixed;
}

/**
 * Step of {@link rollUpProgress}: one item is counted (with its exact progress and weight), `missing` (no
 * progress, never counted as 0) or `rejected` (no id, duplicate id, progress outside 0–100, bad weight).
 */
function checkItem(
  item: Record<string, unknown>,
  index: number,
  useWeights: boolean,
  seen: Set<string>,
  issues: Issue[],
): CountedItem | 'missing' | 'rejected' {
  const id = itemId(item, index);
  if (typeof item.id !== 'string' || item.id === '') {
    issues.push(
      issue([index, 'id'], 'invalid_type', {
        id: 'Setiap butir progres memerlukan id berupa teks',
        en: 'Every progress item needs a text id',
      }),
    );
    return 'rejected';
  }
  if (seen.has(id)) {
    issues.push(
      issue([index, 'id'], 'duplicate_id', {
        id: `Id "${id}" muncul lebih dari sekali; butir ini tidak dihitung`,
        en: `Id "${id}" appears more than once; this item is not counted`,
      }),
    );
    return 'rejected';
  }
  seen.add(id);
  const progress = item.progress;
  if (progress === null || progress === undefined) return 'missing';
  if (typeof progress !== 'number' || !Number.isFinite(progress) || progress < 0 || progress > 100) {
    issues.push(
      issue([index, 'progress'], 'out_of_range', {
        id: `Progres "${id}" harus angka 0–100, tertulis ${String(progress)}; butir ini tidak dihitung`,
        en: `The progress of "${id}" must be a number from 0 to 100, got ${String(progress)}; this item is not counted`,
      }),
    );
    return 'rejected';
  }
  let weight: Ratio = { n: 1n, d: 1n };
  if (useWeights) {
    const w = item.weight;
    if (typeof w !== 'number' || !Number.isFinite(w) || w < 0) {
      issues.push(
        issue([index, 'weight'], 'invalid_weights', {
          id: `Bobot "${id}" harus angka ≥ 0, tertulis ${String(w)}; butir ini tidak dihitung`,
          en: `The weight of "${id}" must be a number ≥ 0, got ${String(w)}; this item is not counted`,
        }),
      );
      return 'rejected';
    }
    weight = fromNumber(w);
  }
  return { id, progress: fromNumber(progress), weight };
}

/** Step of {@link rollUpProgress}: the exact weighted mean and normalised weights; `null` when nothing counts. */
function weightedMean(
  counted: readonly CountedItem[],
  issues: Issue[],
): { progress: number; weights: Record<string, number> } | null {
  if (counted.length === 0) return null;
  let weightSum = ZERO;
  let sum = ZERO;
  for (const c of counted) {
    weightSum = add(weightSum, c.weight);
    sum = add(sum, mul(c.progress, c.weight));
  }
  if (isZero(weightSum)) {
    issues.push(
      issue([], 'invalid_weights', {
        id: 'Semua bobot butir yang dihitung bernilai 0, sehingga progres gabungan tidak dapat dihitung; beri bobot lebih dari 0 atau kosongkan semua bobot untuk bobot sama rata',
        en: 'All weights of the counted items are 0, so the combined progress cannot be computed; give weights above 0, or leave all weights empty for equal weights',
      }),
    );
    return null;
  }
  return {
    progress: toNumber(div(sum, weightSum)),
    weights: Object.fromEntries(counted.map((c) => [c.id, toNumber(div(c.weight, weightSum))])),
  };
}

/** The weight of a KPI or innovation as given; `rollUpProgress` validates it (a string weight becomes an issue). */
function weightOf(item: unknown): number | null | undefined {
  return (isPlainRecord(item) ? item.weight : undefined) as number | null | undefined;
}

/**
 * A KPI of an innovation for {@link innovationProgress}: a {@link KpiProgressInput} with an id and an optional
 * weight.
 *
 * @example
 * ```ts
 * const kpi: InnovationKpiInput = { id: 'waktu-tunggu', baseline: 30, target: { value: 10 }, measurements: [], weight: 2 };
 * ```
 */
export interface InnovationKpiInput extends KpiProgressInput {
  id: string;
  weight?: number | null | undefined;
}

/**
 * The result of {@link innovationProgress}: the roll-up of its KPIs, with each KPI's own progress.
 *
 * @example
 * ```ts
 * const p: InnovationProgress = innovationProgress({ kpis: [] });
 * p.progress; // null
 * ```
 */
export interface InnovationProgress extends ProgressRollUp {
  kpis: (KpiProgress & { id: string })[];
}

/**
 * The progress of an innovation: the roll-up ({@link rollUpProgress}) of its KPIs' clamped progress, weighted by
 * the KPIs' `weight` when every KPI has one, else equally. KPIs without progress (no measurement, no baseline) are
 * listed in `missing`, never counted as 0. Issue paths start at the innovation (`['kpis', 0, 'measurements', 1]`).
 *
 * @example
 * ```ts
 * innovationProgress({
 *   kpis: [
 *     { id: 'waktu-tunggu', baseline: 30, target: { value: 10 }, measurements: [{ date: '2024-06-30', value: 20 }] },
 *     { id: 'pengguna', baseline: 0, target: { value: 1000 }, measurements: [{ date: '2024-06-30', value: 900 }] },
 *   ],
 * }).progress; // 70
 * ```
 */
export function innovationProgress(
  innovation: { kpis: readonly InnovationKpiInput[] },
  options: KpiProgressOptions = {},
): InnovationProgress {
  const kpis: unknown = isPlainRecord(innovation) ? innovation.kpis : undefined;
  if (!Array.isArray(kpis)) {
    const rollUp = rollUpProgress([]);
    rollUp.issues.push(
      issue(['kpis'], 'invalid_type', { id: 'KPI harus berupa daftar', en: 'KPIs must be a list' }),
    );
    return { ...rollUp, kpis: [] };
  }
  const issues: Issue[] = [];
  const results = kpis.map((kpi: InnovationKpiInput, index) => {
    const result = kpiProgress(kpi, options);
    issues.push(...prefixIssues(['kpis', index], result.issues));
    return { id: isPlainRecord(kpi) ? kpi.id : String(index), ...result };
  });
  const rollUp = rollUpProgress(
    results.map((r, index) => ({
      id: r.id,
      progress: r.progress,
      weight: weightOf(kpis[index]),
    })),
  );
  return { ...rollUp, issues: [...issues, ...prefixIssues(['kpis'], rollUp.issues)], kpis: results };
}

/**
 * An innovation for {@link programmeProgress}: its id, KPIs and an optional weight.
 *
 * @example
 * ```ts
 * const item: ProgrammeInnovationInput = { id: 'komanda', kpis: [] };
 * ```
 */
export interface ProgrammeInnovationInput {
  id: string;
  kpis: readonly InnovationKpiInput[];
  weight?: number | null | undefined;
}

/**
 * The result of {@link programmeProgress}: the roll-up of its innovations, with each innovation's own roll-up.
 *
 * @example
 * ```ts
 * const p: ProgrammeProgress = programmeProgress([]);
 * p.innovations; // []
 * ```
 */
export interface ProgrammeProgress extends ProgressRollUp {
  innovations: (InnovationProgress & { id: string })[];
}

/**
 * The progress of a programme (or of a whole masterplan): the roll-up of its innovations' progress, with equal
 * weights unless every innovation has a `weight`. Innovations without progress are listed in `missing`.
 * Issue paths start at the list (`[2, 'kpis', 0, 'target', 'value']`).
 *
 * @example
 * ```ts
 * programmeProgress([
 *   { id: 'komanda', kpis: [{ id: 'k1', baseline: 0, target: { value: 10 }, measurements: [{ date: '2024-06-30', value: 5 }] }] },
 *   { id: 'pionirs', kpis: [{ id: 'k1', baseline: 0, target: { value: 10 }, measurements: [{ date: '2024-06-30', value: 10 }] }] },
 *   { id: 'psc-119', kpis: [] },
 * ]).progress; // 75 (psc-119 is in `missing`)
 * ```
 */
export function programmeProgress(
  innovations: readonly ProgrammeInnovationInput[],
  options: KpiProgressOptions = {},
): ProgrammeProgress {
  if (!Array.isArray(innovations)) {
    const rollUp = rollUpProgress([]);
    rollUp.issues.push(
      issue([], 'invalid_type', { id: 'Inovasi harus berupa daftar', en: 'Innovations must be a list' }),
    );
    return { ...rollUp, innovations: [] };
  }
  const issues: Issue[] = [];
  const results = innovations.map((innovation: ProgrammeInnovationInput, index) => {
    const result = innovationProgress(innovation, options);
    issues.push(...prefixIssues([index], result.issues));
    return { ...result, id: isPlainRecord(innovation) ? innovation.id : String(index) };
  });
  const rollUp = rollUpProgress(
    results.map((r, index) => ({
      id: r.id,
      progress: r.progress,
      weight: weightOf(innovations[index]),
    })),
  );
  return { ...rollUp, issues: [...issues, ...rollUp.issues], innovations: results };
}
