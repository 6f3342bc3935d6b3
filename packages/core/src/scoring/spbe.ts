/**
 * One SPBE scorer for every model: `scoreSpbe` reads the model from the data (`spbe-2018` or `spbe-2020`), scores
 * the self-assessed and the verified levels side by side with the model's own weights (weights found in files are
 * never used), and `spbeLevelGains` says which indicators would raise the index most by one more level.
 *
 * Incomplete data: the index is the weighted mean of the indicators present (never counting a missing one as 0),
 * `coverage` says how much of the weight that was, the result is marked `complete: false` with an `incomplete`
 * warning, and NO predicate is given. The predikat (PermenPANRB 59/2020 Tabel 13) classifies the index of the full
 * indicator set; the mean of a subset can be far from it (a city that fills in only its best services would read
 * "Memuaskan"), so showing a predicate beside it would state something the evaluation did not establish.
 */
import type { Issue, IssuePath } from '../issues/index.js';
import { issue, warning } from '../issues/index.js';
import type { HierarchyScore, ScoredNode, ValueEntry } from './engine.js';
import { scoreEntries } from './engine.js';
import type { Ratio } from './exact.js';
import { div, fromNumber, roundRatio, toNumber } from './exact.js';
import type { HierarchyFramework, HierarchyNode } from './framework.js';
import type { SpbeModel, SpbeModelId, SpbePredicateBand } from './spbe-models.js';
import { getSpbeModel, SPBE_MODEL_IDS } from './spbe-models.js';
import { checkDecimals, isPlainRecord } from './util.js';

/**
 * Whose levels are scored: the institution's own (`self`, penilaian mandiri) or the external assessors'
 * (`verified`).
 *
 * @example
 * ```ts
 * const basis: SpbeBasis = 'verified';
 * ```
 */
export type SpbeBasis = 'self' | 'verified';

/**
 * The two bases, in the order they are shown.
 *
 * @example
 * ```ts
 * SPBE_BASES; // ['self', 'verified']
 * ```
 */
export const SPBE_BASES: readonly SpbeBasis[] = ['self', 'verified'];

/**
 * One scored domain, aspect or indicator, by its model id (labels live in {@link SPBE_MODELS}, not here).
 * `index` is full precision, `rounded` the published 2-decimal value; `contribution` is the node's share of its
 * parent's index; `source` says whether the value was given, computed from below, or missing.
 *
 * @example
 * ```ts
 * const node: SpbeNodeScore = { id: '2', index: 3.4, rounded: 3.4, coverage: 1, contribution: 0.85, source: 'computed' };
 * ```
 */
export interface SpbeNodeScore {
  id: string;
  index: number | null;
  rounded: number | null;
  coverage: number;
  contribution: number | null;
  source: 'computed' | 'given' | 'missing';
}

/**
 * The SPBE index of one basis: the total (full precision and rounded), coverage, completeness, the predicate band
 * (only when complete), the indicators without a level, and every domain, aspect and indicator.
 *
 * @example
 * ```ts
 * const score: SpbeIndexScore | undefined = scoreSpbe({ model: 'spbe-2020', indicators: { '1': { self: 3 } } }).self;
 * score?.complete; // false
 * ```
 */
export interface SpbeIndexScore {
  basis: SpbeBasis;
  total: number | null;
  totalRounded: number | null;
  coverage: number;
  complete: boolean;
  /** The band of `totalRounded`; `null` when the indicator set is incomplete (see the module comment). */
  predicate: SpbePredicateBand | null;
  /** Indicator ids without a level (repeat rows such as 2018 "35-2" are optional and never missing). */
  missing: string[];
  domains: SpbeNodeScore[];
  aspects: SpbeNodeScore[];
  indicators: SpbeNodeScore[];
}

/**
 * The result of {@link scoreSpbe}: the model used, whether its weights or bands are provisional (SPBE 2018), the
 * self-assessed and verified indices side by side (each present when the data has levels for it), whether every
 * present basis is complete, the official published index when the data carries one, and the issues.
 *
 * @example
 * ```ts
 * const result: SpbeResult = scoreSpbe({ model: 'spbe-2018', indicators: {} });
 * result.provisional; // true
 * ```
 */
export interface SpbeResult {
  model: SpbeModelId | null;
  provisional: boolean;
  self?: SpbeIndexScore;
  verified?: SpbeIndexScore;
  complete: boolean;
  publishedIndex?: number;
  issues: Issue[];
}

/**
 * Options of {@link scoreSpbe}.
 *
 * @example
 * ```ts
 * const options: ScoreSpbeOptions = { domainsBasis: 'verified' };
 * ```
 */
export interface ScoreSpbeOptions {
  /** Decimals of the reported values (default 2). */
  decimals?: number;
  /**
   * Which basis the domain indices in `domains` (known only at domain level, as version 1 files held them) belong
   * to. Default: `verified` when the indicators carry verified levels only, else `self`. `scoreEvaluation` passes
   * `verified` for external evaluations.
   */
  domainsBasis?: SpbeBasis;
}

const BASIS_LABELS = {
  self: { id: 'penilaian mandiri', en: 'self-assessment' },
  verified: { id: 'hasil verifikasi', en: 'verified result' },
} as const;

const frameworks = new Map<string, HierarchyFramework>();

/**
 * The model as a weighted hierarchy for the scoring engine. Rows of a `mean-of-rows` aspect get equal weights (so
 * the aspect index is their mean) and only the official rows plus the repeat rows that have a value are included,
 * so an absent repeat row is not "missing". Levels are validated before, so the framework names none.
 */
function frameworkFor(model: SpbeModel, repeats: ReadonlySet<string>): HierarchyFramework {
  const key = `${model.id}|${[...repeats].sort().join(',')}`;
  const cached = frameworks.get(key);
  if (cached) return cached;
  const groups: HierarchyNode[] = model.domains.map((domain) => ({
    id: `d${domain.id}`,
    label: domain.name,
    weight: domain.weight,
    children: model.aspects
      .filter((aspect) => aspect.domainId === domain.id)
      .map((aspect) => ({
        id: `a${aspect.id}`,
        label: aspect.name,
        weight: aspect.weight,
        children: model.indicators
          .filter((i) => i.aspectId === aspect.id && (i.repeatOf === undefined || repeats.has(i.id)))
          .map((i) => ({
            id: `i${i.id}`,
            label: i.name,
            weight: aspect.scoring === 'mean-of-rows' ? 1 : i.weight,
          })),
      })),
  }));
  const fw: HierarchyFramework = {
    id: model.id,
    label: model.name,
    scale: { min: model.levels.min, max: model.levels.max },
    groups,
    source: model.source,
  };
  frameworks.set(key, fw);
  return fw;
}

function describe(value: unknown): string {
  return JSON.stringify(value) ?? String(value);
}

/** Reads the valid levels of one basis: indicator id → level. Issues for the rest. */
function readLevels(
  model: SpbeModel,
  indicators: Record<string, unknown>,
  basis: SpbeBasis,
  issues: Issue[] | null,
): Map<string, number> {
  const known = new Set(model.indicators.map((i) => i.id));
  const levels = new Map<string, number>();
  const { min, max } = model.levels;
  for (const key of Object.keys(indicators)) {
    if (!known.has(key)) continue;
    const row = indicators[key];
    if (!isPlainRecord(row)) continue;
    const value = row[basis];
    if (value === undefined || value === null) continue;
    if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
      issues?.push(
        issue(['indicators', key, basis], 'out_of_range', {
          id: `Tingkat ${describe(value)} untuk indikator ${key} bukan tingkat ${model.id} (bilangan bulat ${min}–${max}); nilainya tidak dihitung`,
          en: `Level ${describe(value)} for indicator ${key} is not a ${model.id} level (a whole number ${min}–${max}); it is not counted`,
        }),
      );
      continue;
    }
    levels.set(key, value);
  }
  return levels;
}

/** Issues for keys the model does not know and for rows that are not `{ self?, verified?, … }` objects. */
function checkRows(model: SpbeModel, indicators: Record<string, unknown>, issues: Issue[]): void {
  const known = new Set(model.indicators.map((i) => i.id));
  const range = model.id === 'spbe-2018' ? '"1" sampai "35", "35-2", "35-3"' : '"1" sampai "47"';
  const rangeEn = model.id === 'spbe-2018' ? '"1" to "35", "35-2", "35-3"' : '"1" to "47"';
  for (const key of Object.keys(indicators)) {
    if (!known.has(key)) {
      issues.push(
        issue(['indicators', key], 'unknown_indicator', {
          id: `Indikator "${key}" tidak dikenal: ${model.id} memakai ${range}; nilainya diabaikan`,
          en: `Unknown indicator "${key}": ${model.id} uses ${rangeEn}; its value is ignored`,
        }),
      );
      continue;
    }
    if (!isPlainRecord(indicators[key])) {
      issues.push(
        issue(['indicators', key], 'invalid_type', {
          id: `Indikator ${key} harus berupa objek { self?, verified? } (tingkat mandiri dan hasil verifikasi), tertulis ${describe(indicators[key])}`,
          en: `Indicator ${key} must be an object { self?, verified? } (self-assessed and verified level), got ${describe(indicators[key])}`,
        }),
      );
    }
  }
}

function flatten(score: HierarchyScore): Pick<SpbeIndexScore, 'domains' | 'aspects' | 'indicators'> {
  const out: Pick<SpbeIndexScore, 'domains' | 'aspects' | 'indicators'> = {
    domains: [],
    aspects: [],
    indicators: [],
  };
  const lists = { d: out.domains, a: out.aspects, i: out.indicators } as const;
  const visit = (nodes: readonly ScoredNode[]): void => {
    for (const node of nodes) {
      const list = lists[node.id[0] as 'd' | 'a' | 'i'];
      list.push({
        id: node.id.slice(1),
        index: node.index,
        rounded: node.rounded,
        coverage: node.coverage,
        contribution: node.contribution,
        source: node.source,
      });
      visit(node.children);
    }
  };
  visit(score.groups);
  return out;
}

/**
 * The predicate band (predikat) of a published (rounded) SPBE index in a model: the band with the greatest `min`
 * not above it; `null` for a missing value. SPBE 2018 bands are provisional (`provisional: true`).
 *
 * @example
 * ```ts
 * spbePredicateFor(SPBE_MODELS['spbe-2020'], 3.28)?.label.id; // 'Baik'
 * spbePredicateFor(SPBE_MODELS['spbe-2018'], 4.2)?.provisional; // true
 * ```
 */
export function spbePredicateFor(model: SpbeModel, value: number | null): SpbePredicateBand | null {
  if (value === null || !Number.isFinite(value)) return null;
  let best: SpbePredicateBand | null = null;
  for (const band of model.predicates)
    if (band.min <= value && (best === null || band.min > best.min)) best = band;
  return best;
}

function scoreBasis(
  model: SpbeModel,
  basis: SpbeBasis,
  levels: ReadonlyMap<string, number>,
  domains: ValueEntry[],
  decimals: number,
  issues: Issue[],
): SpbeIndexScore {
  const repeats = new Set([...levels.keys()].filter((id) => id.includes('-')));
  const entries: ValueEntry[] = [...levels].map(([id, value]) => ({
    nodeId: `i${id}`,
    key: id,
    value,
    path: ['indicators', id, basis],
  }));
  const score = scoreEntries(frameworkFor(model, repeats), [...entries, ...domains], { decimals });
  issues.push(...score.issues);
  const missing = score.missing.map((id) => id.slice(1));
  if (!score.complete) {
    const count = model.indicators.filter((i) => i.repeatOf === undefined).length;
    const pct = Math.round(score.coverage * 100);
    issues.push(
      warning(['indicators'], 'incomplete', {
        id: `SPBE (${BASIS_LABELS[basis].id}) tidak lengkap: ${missing.length} dari ${count} indikator tanpa tingkat (${missing.join(', ')}); indeks dihitung dari indikator yang ada (cakupan ${pct} %) dan tidak diberi predikat`,
        en: `SPBE (${BASIS_LABELS[basis].en}) is incomplete: ${missing.length} of ${count} indicators have no level (${missing.join(', ')}); the index is the mean of those present (coverage ${pct} %) and gets no predicate`,
      }),
    );
  }
  return {
    basis,
    total: score.total,
    totalRounded: score.totalRounded,
    coverage: score.coverage,
    complete: score.complete,
    predicate: score.complete ? spbePredicateFor(model, score.totalRounded) : null,
    missing,
    ...flatten(score),
  };
}

/**
 * Scores SPBE data as an evaluation stores it (`scores.spbe`, version 2): picks the model from `model`
 * ('spbe-2018' or 'spbe-2020'), reads each indicator's `self` and `verified` level, and scores both side by side
 * with the model's official weights (SPBE 2018: provisional weights, marked `provisional: true`; its aspect 7 is the
 * mean of the rows present, "35-2" and "35-3" included, times 20). Domain indices in `domains` stand in for the
 * indicators of their domain (see {@link ScoreSpbeOptions}). Weights or other numbers found in the data are never
 * used.
 *
 * An incomplete indicator set gives the mean of what is there with its coverage, `complete: false`, an `incomplete`
 * warning and no predicate (see the top of `spbe.ts` for why). Never throws: unknown models, unknown indicators and
 * levels outside the model's scale are issues, and those values are not counted.
 *
 * @example
 * ```ts
 * const indicators = Object.fromEntries(Array.from({ length: 47 }, (_, i) => [String(i + 1), { self: 3, verified: 3 }]));
 * indicators['42'] = { self: 5, verified: 4 };
 * const result = scoreSpbe({ model: 'spbe-2020', indicators });
 * result.self?.totalRounded; // 3.06 (3 + 2 levels × 3 % weight)
 * result.verified?.totalRounded; // 3.03
 * result.verified?.predicate?.label.id; // 'Baik'
 * ```
 */
export function scoreSpbe(spbe: unknown, options: ScoreSpbeOptions = {}): SpbeResult {
  const decimals = options.decimals ?? 2;
  checkDecimals(decimals);
  const issues: Issue[] = [];
  if (!isPlainRecord(spbe)) {
    issues.push(
      issue([], 'invalid_type', {
        id: 'Data SPBE harus berupa objek { model, indicators, domains?, publishedIndex? }',
        en: 'SPBE data must be an object { model, indicators, domains?, publishedIndex? }',
      }),
    );
    return { model: null, provisional: false, complete: false, issues };
  }
  const model = getSpbeModel(spbe.model);
  if (model === undefined) {
    issues.push(
      issue(['model'], 'invalid_value', {
        id: `Model SPBE ${describe(spbe.model)} tidak dikenal; gunakan ${SPBE_MODEL_IDS.map((m) => `"${m}"`).join(' atau ')}`,
        en: `Unknown SPBE model ${describe(spbe.model)}; use ${SPBE_MODEL_IDS.map((m) => `"${m}"`).join(' or ')}`,
      }),
    );
    return { model: null, provisional: false, complete: false, issues };
  }
  const result: SpbeResult = { model: model.id, provisional: model.provisional, complete: false, issues };
  if (typeof spbe.publishedIndex === 'number' && Number.isFinite(spbe.publishedIndex)) {
    result.publishedIndex = spbe.publishedIndex;
  }

  let indicators: Record<string, unknown> = {};
  if (isPlainRecord(spbe.indicators)) indicators = spbe.indicators;
  else if (spbe.indicators !== undefined && spbe.indicators !== null) {
    issues.push(
      issue(['indicators'], 'invalid_type', {
        id: '"indicators" harus berupa objek nomor indikator → { self?, verified? }',
        en: '"indicators" must be an object mapping indicator numbers to { self?, verified? }',
      }),
    );
  }
  checkRows(model, indicators, issues);
  const levels = {
    self: readLevels(model, indicators, 'self', issues),
    verified: readLevels(model, indicators, 'verified', issues),
  };

  const domainEntries = readDomains(model, spbe.domains, issues);
  const domainsBasis =
    options.domainsBasis ?? (levels.self.size === 0 && levels.verified.size > 0 ? 'verified' : 'self');

  for (const basis of SPBE_BASES) {
    const domains = basis === domainsBasis ? domainEntries : [];
    if (levels[basis].size === 0 && domains.length === 0) continue;
    result[basis] = scoreBasis(model, basis, levels[basis], domains, decimals, issues);
  }
  if (result.self === undefined && result.verified === undefined) {
    issues.push(
      warning(['indicators'], 'incomplete', {
        id: 'Belum ada tingkat kematangan SPBE (mandiri maupun verifikasi), sehingga indeks tidak dapat dihitung',
        en: 'No SPBE maturity level is recorded yet (self-assessed or verified), so no index can be computed',
      }),
    );
  }
  result.complete =
    (result.self !== undefined || result.verified !== undefined) &&
    (result.self?.complete ?? true) &&
    (result.verified?.complete ?? true);
  return result;
}

function readDomains(model: SpbeModel, domains: unknown, issues: Issue[]): ValueEntry[] {
  if (domains === undefined || domains === null) return [];
  const path: IssuePath = ['domains'];
  if (!isPlainRecord(domains)) {
    issues.push(
      issue(path, 'invalid_type', {
        id: '"domains" harus berupa objek nomor domain → indeks, misalnya { "1": 3.4 }',
        en: '"domains" must be an object mapping domain numbers to indices, e.g. { "1": 3.4 }',
      }),
    );
    return [];
  }
  const known = new Set(model.domains.map((d) => d.id));
  const entries: ValueEntry[] = [];
  for (const key of Object.keys(domains)) {
    if (!known.has(key)) {
      issues.push(
        issue(['domains', key], 'unknown_indicator', {
          id: `Domain "${key}" tidak dikenal: ${model.id} memakai nomor domain "1" sampai "${model.domains.length}"; nilainya diabaikan`,
          en: `Unknown domain "${key}": ${model.id} numbers its domains "1" to "${model.domains.length}"; the value is ignored`,
        }),
      );
      continue;
    }
    entries.push({ nodeId: `d${key}`, key, value: domains[key], path: ['domains', key] });
  }
  return entries;
}

/**
 * One indicator whose next maturity level would raise the SPBE index: its current level, the next one, and the
 * gain of the index (in index points) from that one level.
 *
 * @example
 * ```ts
 * const gain: SpbeLevelGain = { indicatorId: '42', aspectId: '8', domainId: '4', level: 2, nextLevel: 3, gain: 0.03 };
 * ```
 */
export interface SpbeLevelGain {
  indicatorId: string;
  aspectId: string;
  domainId: string;
  level: number;
  nextLevel: number;
  /** Rise of the index from this one level, from the model's official weights. */
  gain: number;
  /** The weight behind the gain is provisional (SPBE 2018). */
  provisional?: boolean;
}

/**
 * Where to improve next: the indicators whose next maturity level would raise the SPBE index most, sorted by gain
 * (highest first), then by current level (lowest first), then in model order. The gain of one level is the
 * indicator's official weight / 100 (the index is Σ level × weight / 100): 0.03 for an SPBE 2020 public-service
 * indicator (weight 3 %), 0.013 for an internal-policy one (1.3 %). For SPBE 2018 aspect 7, scored as the mean of its
 * rows, it is 20 / rows / 100 with rows = the four official rows plus the repeat rows that have a level. Indicators
 * without a level on this basis (nothing to step up from) and those at the top level are left out. Pure; never
 * throws (unusable data gives an empty list).
 *
 * @example
 * ```ts
 * const indicators = Object.fromEntries(Array.from({ length: 47 }, (_, i) => [String(i + 1), { verified: 5 }]));
 * indicators['1'] = { verified: 2 };
 * indicators['47'] = { verified: 4 };
 * spbeLevelGains({ model: 'spbe-2020', indicators }, 'verified');
 * // [{ indicatorId: '47', level: 4, nextLevel: 5, gain: 0.03, … }, { indicatorId: '1', level: 2, nextLevel: 3, gain: 0.013, … }]
 * ```
 */
export function spbeLevelGains(spbe: unknown, basis: SpbeBasis): SpbeLevelGain[] {
  if (!isPlainRecord(spbe) || (basis !== 'self' && basis !== 'verified')) return [];
  const model = getSpbeModel(spbe.model);
  if (model === undefined || !isPlainRecord(spbe.indicators)) return [];
  const levels = readLevels(model, spbe.indicators, basis, null);
  const aspects = new Map(model.aspects.map((a) => [a.id, a]));
  const rowCounts = new Map<string, number>();
  for (const indicator of model.indicators) {
    if (indicator.repeatOf === undefined || levels.has(indicator.id)) {
      rowCounts.set(indicator.aspectId, (rowCounts.get(indicator.aspectId) ?? 0) + 1);
    }
  }
  const hundred = fromNumber(100);
  const gains: (SpbeLevelGain & { order: number })[] = [];
  model.indicators.forEach((indicator, order) => {
    const level = levels.get(indicator.id);
    if (level === undefined || level >= model.levels.max) return;
    const aspect = aspects.get(indicator.aspectId)!;
    const weight: Ratio =
      aspect.scoring === 'mean-of-rows'
        ? div(fromNumber(aspect.weight), fromNumber(rowCounts.get(aspect.id) ?? 1))
        : fromNumber(indicator.weight);
    gains.push({
      indicatorId: indicator.id,
      aspectId: indicator.aspectId,
      domainId: indicator.domainId,
      level,
      nextLevel: level + 1,
      gain: toNumber(roundRatio(div(weight, hundred), 12)),
      ...(indicator.provisional ? { provisional: true } : {}),
      order,
    });
  });
  gains.sort((a, b) => b.gain - a.gain || a.level - b.level || a.order - b.order);
  return gains.map(({ order: _order, ...gain }) => gain);
}
