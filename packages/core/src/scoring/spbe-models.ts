/**
 * The SPBE evaluation models as data: PermenPANRB 59/2020 (`spbe-2020`, in force 2021–2025) and PermenPANRB 5/2018
 * (`spbe-2018`). Each model lists its domains, aspects and indicators with bilingual names and weights, its level
 * scale with level names, and its predicate bands, and marks what is not confirmed by the regulation as
 * `provisional`. Sources are cited in `spbe2020-data.ts` and `spbe2018-data.ts`. No zod here: scoring stays small.
 */
import type { LocalizedText } from '../i18n/index.js';
import { DOMAINS_2018, LEVEL_0_2018, SERVICE_LEVELS_2018 } from './spbe2018-data.js';
import {
  CENTRAL_OR_REGIONAL,
  CENTRAL_OR_REGIONAL_EN,
  DOMAINS,
  INDICATOR_NAMES,
  PREDICATES,
  PROCESS_LEVELS,
  SERVICE_LEVELS,
} from './spbe2020-data.js';
import { deepFreeze } from './util.js';

/**
 * Id of an SPBE evaluation model.
 *
 * @example
 * ```ts
 * const id: SpbeModelId = 'spbe-2018';
 * ```
 */
export type SpbeModelId = 'spbe-2018' | 'spbe-2020';

/**
 * The ids of the SPBE models, oldest first.
 *
 * @example
 * ```ts
 * SPBE_MODEL_IDS; // ['spbe-2018', 'spbe-2020']
 * ```
 */
export const SPBE_MODEL_IDS: readonly SpbeModelId[] = ['spbe-2018', 'spbe-2020'];

/**
 * The kind of capability a domain's levels describe: process capability (policy, governance, management) or
 * service capability (services).
 *
 * @example
 * ```ts
 * const kind: SpbeLevelKind = 'service';
 * ```
 */
export type SpbeLevelKind = 'process' | 'service';

/**
 * A named maturity level (tingkat kematangan).
 *
 * @example
 * ```ts
 * const level: SpbeLevelName = { value: 3, label: { id: 'Terdefinisi', en: 'Defined' } };
 * ```
 */
export interface SpbeLevelName {
  value: number;
  label: LocalizedText;
  description?: LocalizedText;
  /** The name is not confirmed by the regulation. */
  provisional?: boolean;
}

/**
 * A domain of an SPBE model. `id` is its number as a string ("1"…), the key used in `scores.spbe.domains`.
 *
 * @example
 * ```ts
 * SPBE_MODELS['spbe-2020'].domains[3]; // { id: '4', code: 'D4', name: { id: 'Layanan SPBE', … }, weight: 45.5, levelKind: 'service' }
 * ```
 */
export interface SpbeDomain {
  id: string;
  code: string;
  name: LocalizedText;
  /** Bobot domain, percent of the index. */
  weight: number;
  levelKind: SpbeLevelKind;
  /** The weight is not confirmed by the regulation. */
  provisional?: boolean;
}

/**
 * An aspect of an SPBE model. `scoring: 'mean-of-rows'` marks an aspect whose index is the plain mean of the
 * indicator rows present (SPBE 2018 aspect 7, where indicator 35 may be answered up to three times).
 *
 * @example
 * ```ts
 * SPBE_MODELS['spbe-2020'].aspects[1]?.weight; // 10
 * ```
 */
export interface SpbeAspect {
  id: string;
  code: string;
  domainId: string;
  name: LocalizedText;
  /** Bobot aspek, percent of the index. */
  weight: number;
  scoring: 'weighted' | 'mean-of-rows';
  provisional?: boolean;
}

/**
 * An indicator (or an indicator row) of an SPBE model. `id` is the key used in `scores.spbe.indicators`: "1"…"47"
 * for 2020; "1"…"35" plus the repeat rows "35-2" and "35-3" for 2018 (`repeatOf: '35'`, optional). `weight` is the
 * official bobot indikator in percent of the index; for a row of a `mean-of-rows` aspect it is its nominal share
 * when the official rows only are present (2018: 20 / 4 = 5).
 *
 * @example
 * ```ts
 * SPBE_MODELS['spbe-2020'].indicators[42]; // { id: '43', number: 43, code: 'ID-43', name: { id: 'Layanan Data Terbuka', … }, weight: 3, … }
 * ```
 */
export interface SpbeIndicator {
  id: string;
  number: number;
  code: string;
  aspectId: string;
  domainId: string;
  name: LocalizedText;
  weight: number;
  provisional?: boolean;
  /** For a repeat row (2018 "35-2", "35-3"): the indicator it repeats. Repeat rows are optional. */
  repeatOf?: string;
}

/**
 * A predicate band (predikat): values from `min` (inclusive) to the next band's `min` (exclusive).
 *
 * @example
 * ```ts
 * const band: SpbePredicateBand = { id: 'baik', min: 2.6, label: { id: 'Baik', en: 'Good' } };
 * ```
 */
export interface SpbePredicateBand {
  id: string;
  min: number;
  label: LocalizedText;
  provisional?: boolean;
}

/**
 * An SPBE evaluation model as data. `provisional` is true when any weight or band is not confirmed by the
 * regulation (SPBE 2018); the parts concerned carry their own `provisional: true`.
 *
 * @example
 * ```ts
 * const model: SpbeModel = SPBE_MODELS['spbe-2018'];
 * model.indicators.filter((i) => i.repeatOf === undefined).length; // 35
 * ```
 */
export interface SpbeModel {
  id: SpbeModelId;
  name: LocalizedText;
  /** The regulation and tables the model comes from. */
  source: string;
  provisional: boolean;
  levels: {
    min: number;
    max: number;
    /** Level names per kind of capability; a level without a name is shown as its number. */
    names: Readonly<Record<SpbeLevelKind, readonly SpbeLevelName[]>>;
  };
  domains: readonly SpbeDomain[];
  aspects: readonly SpbeAspect[];
  indicators: readonly SpbeIndicator[];
  /** Ascending by `min`. */
  predicates: readonly SpbePredicateBand[];
  /** The predicate bands are not confirmed by the regulation. */
  predicatesProvisional: boolean;
}

const PREDICATE_IDS = ['kurang', 'cukup', 'baik', 'sangat-baik', 'memuaskan'];

function buildModel2020(): SpbeModel {
  const domains: SpbeDomain[] = [];
  const aspects: SpbeAspect[] = [];
  const indicators: SpbeIndicator[] = [];
  DOMAINS.forEach((domain, d) => {
    const domainId = String(d + 1);
    domains.push({
      id: domainId,
      code: `D${domainId}`,
      name: domain.label,
      weight: domain.weight,
      levelKind: domain.levels === SERVICE_LEVELS ? 'service' : 'process',
    });
    for (const aspect of domain.aspects) {
      const aspectId = String(aspects.length + 1);
      aspects.push({
        id: aspectId,
        code: `A${aspectId}`,
        domainId,
        name: aspect.label,
        weight: aspect.weight,
        scoring: 'weighted',
      });
      for (let no = aspect.first; no <= aspect.last; no++) {
        const [name, nameEn] = INDICATOR_NAMES[no - 1]!;
        indicators.push({
          id: String(no),
          number: no,
          code: `ID-${no}`,
          aspectId,
          domainId,
          name: {
            id: name.replace('*', CENTRAL_OR_REGIONAL),
            en: nameEn.replace('*', CENTRAL_OR_REGIONAL_EN),
          },
          weight: aspect.indicatorWeight,
        });
      }
    }
  });
  return {
    id: 'spbe-2020',
    name: {
      id: 'Evaluasi SPBE 2020 (PermenPANRB 59/2020)',
      en: 'SPBE evaluation 2020 (PermenPANRB 59/2020)',
    },
    source:
      'Peraturan Menteri PANRB No. 59 Tahun 2020 tentang Pemantauan dan Evaluasi SPBE: Tabel 3–6 (indikator), Tabel 7–9 (bobot domain, aspek, indikator), Tabel 1–2 (tingkat kematangan), Bab II.B.4 (rumus indeks), Tabel 13 (predikat)',
    provisional: false,
    levels: { min: 1, max: 5, names: { process: PROCESS_LEVELS, service: SERVICE_LEVELS } },
    domains,
    aspects,
    indicators,
    predicates: PREDICATES.map((band, i) => ({ id: PREDICATE_IDS[i]!, min: band.min, label: band.label })),
    predicatesProvisional: false,
  };
}

function buildModel2018(): SpbeModel {
  const domains: SpbeDomain[] = [];
  const aspects: SpbeAspect[] = [];
  const indicators: SpbeIndicator[] = [];
  DOMAINS_2018.forEach((domain, d) => {
    const domainId = String(d + 1);
    domains.push({
      id: domainId,
      code: `D${domainId}`,
      name: domain.name,
      weight: domain.weight,
      levelKind: domain.levelKind,
      provisional: true,
    });
    for (const aspect of domain.aspects) {
      const aspectId = String(aspects.length + 1);
      const meanOfRows = aspect.indicatorWeight === null;
      const officialRows = aspect.rows.filter((row) => !row[0].includes('-')).length;
      aspects.push({
        id: aspectId,
        code: `A${aspectId}`,
        domainId,
        name: aspect.name,
        weight: aspect.weight,
        scoring: meanOfRows ? 'mean-of-rows' : 'weighted',
        provisional: true,
      });
      for (const [id, number, name, nameEn] of aspect.rows) {
        const repeat = id.includes('-') ? { repeatOf: String(number) } : {};
        indicators.push({
          id,
          number,
          code: `ID-${id}`,
          aspectId,
          domainId,
          name: { id: name, en: nameEn },
          weight: aspect.indicatorWeight ?? aspect.weight / officialRows,
          provisional: true,
          ...repeat,
        });
      }
    }
  });
  const level0: SpbeLevelName = LEVEL_0_2018;
  return {
    id: 'spbe-2018',
    name: { id: 'Evaluasi SPBE 2018 (PermenPANRB 5/2018)', en: 'SPBE evaluation 2018 (PermenPANRB 5/2018)' },
    source:
      'Peraturan Menteri PANRB No. 5 Tahun 2018 tentang Pedoman Evaluasi SPBE (struktur 3 domain, 7 aspek, 35 indikator: paparan KemenPANRB "Struktur Penilaian"); bobot dan predikat SEMENTARA dari basis data monev-spbe-dps (tb_domain, tb_aspek, tb_indikator), bukan dari teks peraturan',
    provisional: true,
    levels: {
      min: 0,
      max: 5,
      names: {
        process: [level0],
        service: [level0, ...SERVICE_LEVELS_2018.map((level) => ({ ...level, provisional: true }))],
      },
    },
    domains,
    aspects,
    indicators,
    predicates: PREDICATES.map((band, i) => ({
      id: PREDICATE_IDS[i]!,
      min: i === 0 ? 0 : band.min,
      label: band.label,
      provisional: true,
    })),
    predicatesProvisional: true,
  };
}

/**
 * The SPBE evaluation models, by id (frozen):
 * - `spbe-2020`: PermenPANRB 59/2020 — 4 domains, 8 aspects, 47 indicators, levels 1–5, official weights
 *   (Tabel 7–9) and predicate bands (Tabel 13). The same numbers as {@link SPBE_2020}.
 * - `spbe-2018`: PermenPANRB 5/2018 — 3 domains, 7 aspects, 35 indicators (plus the repeat rows "35-2" and "35-3"),
 *   levels 0–5. Structure and names confirmed; every weight and the predicate bands are PROVISIONAL (from a legacy
 *   database, not the regulation) and marked `provisional` here and in every score.
 *
 * @example
 * ```ts
 * SPBE_MODELS['spbe-2020'].domains.map((d) => d.weight); // [13, 25, 16.5, 45.5]
 * SPBE_MODELS['spbe-2018'].aspects.map((a) => a.weight); // [7, 10, 8, 8, 12, 35, 20]
 * SPBE_MODELS['spbe-2018'].provisional; // true
 * ```
 */
export const SPBE_MODELS: Readonly<Record<SpbeModelId, SpbeModel>> = /* @__PURE__ */ deepFreeze({
  'spbe-2018': buildModel2018(),
  'spbe-2020': buildModel2020(),
});

/**
 * The model with this id, or `undefined` for anything else (never throws).
 *
 * @example
 * ```ts
 * getSpbeModel('spbe-2020')?.indicators.length; // 47
 * getSpbeModel('spbe-2030'); // undefined
 * ```
 */
export function getSpbeModel(id: unknown): SpbeModel | undefined {
  return id === 'spbe-2018' || id === 'spbe-2020' ? SPBE_MODELS[id] : undefined;
}

/**
 * The level names that apply to an indicator of a model (by its domain's kind of capability); empty for an unknown
 * indicator.
 *
 * @example
 * ```ts
 * spbeLevelNames(SPBE_MODELS['spbe-2020'], '42').map((l) => l.label.id); // ['Informasi', 'Interaksi', 'Transaksi', 'Kolaborasi', 'Optimum']
 * ```
 */
export function spbeLevelNames(model: SpbeModel, indicatorId: string): readonly SpbeLevelName[] {
  const indicator = model.indicators.find((i) => i.id === indicatorId);
  const domain = indicator && model.domains.find((d) => d.id === indicator.domainId);
  return domain ? model.levels.names[domain.levelKind] : [];
}
