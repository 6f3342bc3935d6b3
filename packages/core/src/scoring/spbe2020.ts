/**
 * The SPBE (Sistem Pemerintahan Berbasis Elektronik) evaluation index 2021–2025 as data, and its scorer.
 *
 * Source: Peraturan Menteri PANRB Nomor 59 Tahun 2020 tentang Pemantauan dan Evaluasi SPBE (ditetapkan
 * 2 September 2020, berlaku 1 Januari 2021): 4 domains, 8 aspects, 47 indicators; names from Tabel 3–6, weights
 * from Tabel 7 (domains), Tabel 8 (aspects) and Tabel 9 (indicators), maturity levels from Bab II.A and Tabel 1–2,
 * the index formula from Bab II.B.4 and the predicate bands from Tabel 13. Pedoman MenPANRB 6/2023 and 3/2024 keep
 * the same model. Research notes with every table: `shared/reference/spbe.md` §1.
 *
 * Rounding: exact computation, 2 reported decimals, half away from zero, predicate from the rounded value; the
 * decision and its reasons are at the top of `rounding.ts`.
 */
import type { Issue, IssuePath } from '../issues/index.js';
import { issue } from '../issues/index.js';
import type { HierarchyScore, HierarchyScoreOptions, ValueEntry } from './engine.js';
import { scoreEntries } from './engine.js';
import type { HierarchyFramework, HierarchyNode } from './framework.js';
import {
  CENTRAL_OR_REGIONAL,
  CENTRAL_OR_REGIONAL_EN,
  DOMAINS,
  INDICATOR_NAMES,
  PREDICATES,
} from './spbe2020-data.js';
import { deepFreeze, isPlainRecord } from './util.js';

function indicatorNode(no: number, domainNo: number, aspectNo: number, weight: number): HierarchyNode {
  const [name, nameEn] = INDICATOR_NAMES[no - 1]!;
  const id = name.replace('*', CENTRAL_OR_REGIONAL);
  const en = nameEn.replace('*', CENTRAL_OR_REGIONAL_EN);
  return {
    id: `spbe2020.i${no}`,
    code: `D${domainNo} A${aspectNo} ID-${no}`,
    label: { id: `Tingkat Kematangan ${id}`, en: `Maturity level: ${en}` },
    shortLabel: { id, en },
    weight,
  };
}

function buildGroups(): HierarchyNode[] {
  let aspectNo = 0;
  return DOMAINS.map((domain, d) => ({
    id: `spbe2020.d${d + 1}`,
    code: `D${d + 1}`,
    label: domain.label,
    weight: domain.weight,
    levels: domain.levels,
    children: domain.aspects.map((aspect) => {
      aspectNo += 1;
      const children: HierarchyNode[] = [];
      for (let no = aspect.first; no <= aspect.last; no++) {
        children.push(indicatorNode(no, d + 1, aspectNo, aspect.indicatorWeight));
      }
      return {
        id: `spbe2020.a${aspectNo}`,
        code: `A${aspectNo}`,
        label: aspect.label,
        weight: aspect.weight,
        children,
      };
    }),
  }));
}

/**
 * The SPBE 2020 evaluation index (PermenPANRB 59/2020) as a {@link HierarchyFramework}: 4 domains
 * (`spbe2020.d1`…`d4`, weights 13 / 25 / 16,5 / 45,5), 8 aspects (`spbe2020.a1`…`a8`, weights 13 / 10 / 10 / 5 /
 * 12 / 4,5 / 27,5 / 18) and 47 indicators (`spbe2020.i1`…`i47`, codes `D1 A1 ID-1`…`D4 A8 ID-47`, weights 1,30 /
 * 2,50 / 1,50 / 2,75 / 3,00 % per aspect), scale 1–5 with process capability levels for domains 1–3 and service
 * capability levels for domain 4, and the five predicate bands of Tabel 13. Weights are percent of the index, so
 * the weighted mean at every level is exactly the regulation's formula. The object is frozen.
 *
 * @example
 * ```ts
 * SPBE_2020.groups.map((d) => d.weight); // [13, 25, 16.5, 45.5]
 * findHierarchyNode(SPBE_2020, 'spbe2020.i43')?.shortLabel?.id; // 'Layanan Data Terbuka'
 * ```
 */
export const SPBE_2020: HierarchyFramework = deepFreeze({
  id: 'spbe-2020',
  label: { id: 'Indeks SPBE 2020 (PermenPANRB 59/2020)', en: 'SPBE index 2020 (PermenPANRB 59/2020)' },
  description: {
    id: 'Evaluasi Sistem Pemerintahan Berbasis Elektronik: 4 domain, 8 aspek, 47 indikator, tingkat kematangan 1–5.',
    en: 'Evaluation of electronic-based government (SPBE): 4 domains, 8 aspects, 47 indicators, maturity levels 1–5.',
  },
  scale: { min: 1, max: 5 },
  groups: buildGroups(),
  predicates: PREDICATES,
  source:
    'Peraturan Menteri PANRB No. 59 Tahun 2020 tentang Pemantauan dan Evaluasi SPBE, Tabel 3–9 (indikator dan bobot), Tabel 13 (predikat), Bab II.B.4 (rumus indeks)',
});

// Validity of this definition is checked by a test (validateFramework), not at import: checking it here would
// pull the schema library into every bundle that scores SPBE.

/**
 * SPBE 2020 values as a workspace stores them (`Evaluation.scores.spbe`): indicator levels keyed by number
 * ("1"…"47") and, when only those are known, domain indices keyed by number ("1"…"4").
 *
 * @example
 * ```ts
 * const input: SpbeInput = { indicators: { '11': 3, '12': 4 }, domains: { '1': 3.7 } };
 * ```
 */
export interface SpbeInput {
  indicators: Readonly<Record<string, number | null | undefined>>;
  domains?: Readonly<Record<string, number | null | undefined>> | undefined;
}

/**
 * The result of {@link scoreSpbe2020}: a {@link HierarchyScore} of {@link SPBE_2020}, with issue paths pointing
 * into the input (`['indicators', '11']`, `['domains', '2']`).
 *
 * @example
 * ```ts
 * const score: SpbeScore = scoreSpbe2020({ indicators: {}, domains: { '1': 3.7, '2': 3.4, '3': 3, '4': 3.2 } });
 * score.predicate?.label.id; // 'Baik'
 * ```
 */
export type SpbeScore = HierarchyScore & { model: 'spbe-2020' };

const NUMBER_KEY = /^[1-9][0-9]?$/;

function collect(
  source: unknown,
  field: 'indicators' | 'domains',
  count: number,
  prefix: string,
  entries: ValueEntry[],
  issues: Issue[],
): void {
  if (source === undefined || source === null) return;
  const path: IssuePath = [field];
  if (!isPlainRecord(source)) {
    issues.push(
      issue(path, 'invalid_type', {
        id: `"${field}" harus berupa objek nomor → nilai, misalnya { "1": 3 }`,
        en: `"${field}" must be an object mapping numbers to values, e.g. { "1": 3 }`,
      }),
    );
    return;
  }
  for (const key of Object.keys(source)) {
    const no = NUMBER_KEY.test(key) ? Number(key) : Number.NaN;
    if (!(no >= 1 && no <= count)) {
      issues.push(
        issue([field, key], 'unknown_indicator', {
          id:
            field === 'indicators'
              ? `Indikator "${key}" tidak dikenal: SPBE 2020 memakai nomor indikator "1" sampai "47"; nilainya diabaikan`
              : `Domain "${key}" tidak dikenal: SPBE 2020 memakai nomor domain "1" sampai "4"; nilainya diabaikan`,
          en:
            field === 'indicators'
              ? `Unknown indicator "${key}": SPBE 2020 numbers its indicators "1" to "47"; the value is ignored`
              : `Unknown domain "${key}": SPBE 2020 numbers its domains "1" to "4"; the value is ignored`,
        }),
      );
      continue;
    }
    entries.push({ nodeId: `${prefix}${no}`, key, value: source[key], path: [field, key] });
  }
}

/**
 * Scores an SPBE 2020 evaluation from indicator levels keyed "1"…"47" (as workspaces store them) and, optionally,
 * domain indices keyed "1"…"4" that are used instead of the domain's indicators (when only domain results are
 * known). Returns every aspect, domain and indicator result, the index (full precision and rounded to 2 decimals,
 * half away from zero) and its predikat, taken from the rounded index. Never throws; problems are in `issues`
 * (unknown numbers, values outside 1–5 or not a whole level, non-numbers), and missing indicators are listed in
 * `missing`, never counted as 0.
 *
 * @example
 * ```ts
 * const indicators = Object.fromEntries(Array.from({ length: 47 }, (_, i) => [String(i + 1), 3]));
 * const score = scoreSpbe2020({ indicators: { ...indicators, '11': 3, '12': 4, '13': 3, '14': 2 } });
 * findScoredNode(score, 'spbe2020.a2')?.rounded; // 3
 * score.totalRounded; // 3
 * score.predicate?.label.id; // 'Baik'
 * ```
 */
export function scoreSpbe2020(input: SpbeInput, options: HierarchyScoreOptions = {}): SpbeScore {
  const entries: ValueEntry[] = [];
  const issues: Issue[] = [];
  if (!isPlainRecord(input)) {
    issues.push(
      issue([], 'invalid_type', {
        id: 'Data SPBE harus berupa objek { indicators, domains? }',
        en: 'SPBE data must be an object { indicators, domains? }',
      }),
    );
  } else {
    collect(input.indicators, 'indicators', 47, 'spbe2020.i', entries, issues);
    collect(input.domains, 'domains', 4, 'spbe2020.d', entries, issues);
  }
  const score = scoreEntries(SPBE_2020, entries, options);
  return { model: 'spbe-2020', ...score, issues: [...issues, ...score.issues] };
}
