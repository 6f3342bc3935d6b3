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
import type { LocalizedText } from '../i18n/index.js';
import type { Issue, IssuePath } from '../issues/index.js';
import { issue } from '../issues/index.js';
import type { HierarchyFramework, HierarchyLevel, HierarchyNode, PredicateBand } from './framework.js';
import type { HierarchyScore, HierarchyScoreOptions, ValueEntry } from './hierarchy.js';
import { assertValidFramework, scoreEntries } from './hierarchy.js';
import { deepFreeze, isPlainRecord } from './util.js';

/**
 * Process capability levels (kapabilitas proses), used for domains 1–3 [P59 Bab II.A, Tabel 1]. Level n scores n.
 * Labels are the regulation's; the descriptions are short paraphrases of its criteria, not the official text.
 */
const PROCESS_LEVELS: HierarchyLevel[] = [
  {
    value: 1,
    label: { id: 'Rintisan', en: 'Initial' },
    description: { id: 'Dilaksanakan tanpa perencanaan (ad hoc).', en: 'Done without planning (ad hoc).' },
  },
  {
    value: 2,
    label: { id: 'Terkelola', en: 'Managed' },
    description: {
      id: 'Dilaksanakan mengikuti fungsi manajemen di sebagian unit kerja.',
      en: 'Follows management functions in some work units.',
    },
  },
  {
    value: 3,
    label: { id: 'Terdefinisi', en: 'Defined' },
    description: {
      id: 'Dilaksanakan mengikuti pedoman atau standar di seluruh unit kerja.',
      en: 'Follows a guideline or standard in all work units.',
    },
  },
  {
    value: 4,
    label: { id: 'Terpadu dan Terukur', en: 'Integrated and measured' },
    description: {
      id: 'Terpadu, berkontribusi pada kinerja organisasi dan diukur melalui reviu dan evaluasi.',
      en: 'Integrated, contributes to organisational performance and is measured through review and evaluation.',
    },
  },
  {
    value: 5,
    label: { id: 'Optimum', en: 'Optimised' },
    description: {
      id: 'Ditingkatkan secara berkelanjutan berdasarkan hasil reviu dan evaluasi.',
      en: 'Improved continuously based on review and evaluation.',
    },
  },
];

/** Service capability levels (kapabilitas layanan), used for domain 4 [P59 Bab II.A, Tabel 2]. */
const SERVICE_LEVELS: HierarchyLevel[] = [
  {
    value: 1,
    label: { id: 'Informasi', en: 'Information' },
    description: { id: 'Layanan informasi satu arah.', en: 'One-way information.' },
  },
  {
    value: 2,
    label: { id: 'Interaksi', en: 'Interaction' },
    description: { id: 'Layanan interaksi dua arah.', en: 'Two-way interaction.' },
  },
  {
    value: 3,
    label: { id: 'Transaksi', en: 'Transaction' },
    description: {
      id: 'Satu proses transaksi yang memakai beberapa sumber daya SPBE.',
      en: 'One transaction process using several SPBE resources.',
    },
  },
  {
    value: 4,
    label: { id: 'Kolaborasi', en: 'Collaboration' },
    description: { id: 'Terpadu dengan layanan SPBE lain.', en: 'Integrated with other SPBE services.' },
  },
  {
    value: 5,
    label: { id: 'Optimum', en: 'Optimised' },
    description: { id: 'Ditingkatkan sesuai perubahan kebutuhan.', en: 'Improved as needs change.' },
  },
];

/**
 * Predicate bands (predikat) [P59 Tabel 13], ascending: < 1,8 Kurang; 1,8 – < 2,6 Cukup; 2,6 – < 3,5 Baik;
 * 3,5 – < 4,2 Sangat Baik; 4,2 – 5,0 Memuaskan. The regulation gives the lowest band no lower bound; the scale
 * starts at 1. English labels are ours: "Memuaskan" literally means "satisfying", but it is the top band, so it is
 * rendered "Excellent" to keep the order clear in English.
 */
const PREDICATES: PredicateBand[] = [
  { min: 1, label: { id: 'Kurang', en: 'Poor' } },
  { min: 1.8, label: { id: 'Cukup', en: 'Fair' } },
  { min: 2.6, label: { id: 'Baik', en: 'Good' } },
  { min: 3.5, label: { id: 'Sangat Baik', en: 'Very good' } },
  { min: 4.2, label: { id: 'Memuaskan', en: 'Excellent' } },
];

const CENTRAL_OR_REGIONAL = ' Instansi Pusat/Pemerintah Daerah';
const CENTRAL_OR_REGIONAL_EN = ' (central agency/regional government)';

/**
 * The 47 indicators [P59 Tabel 3–6], in order: official Indonesian name without the leading "Tingkat Kematangan"
 * (every name starts with it), then our own English translation. `*` stands for "Instansi Pusat/Pemerintah
 * Daerah". Name variants seen in the wild (PD24 "Layanan Publik Sektoral 1", no. 19 without "Pelaksanaan"…) are
 * listed in spbe.md §1.2; importers should match indicators by number, not by name.
 */
const INDICATOR_NAMES: readonly (readonly [string, string])[] = [
  ['Kebijakan Internal Arsitektur SPBE*', 'Internal policy on the SPBE architecture*'],
  ['Kebijakan Internal Peta Rencana SPBE*', 'Internal policy on the SPBE road map*'],
  ['Kebijakan Internal Manajemen Data', 'Internal policy on data management'],
  ['Kebijakan Internal Pembangunan Aplikasi SPBE', 'Internal policy on SPBE application development'],
  ['Kebijakan Internal Layanan Pusat Data', 'Internal policy on data centre services'],
  ['Kebijakan Internal Layanan Jaringan Intra*', 'Internal policy on intranet services*'],
  [
    'Kebijakan Internal Penggunaan Sistem Penghubung Layanan*',
    'Internal policy on the use of the service liaison system (Sistem Penghubung Layanan)*',
  ],
  ['Kebijakan Internal Manajemen Keamanan Informasi', 'Internal policy on information security management'],
  ['Kebijakan Internal Audit TIK', 'Internal policy on ICT audit'],
  ['Kebijakan Internal Tim Koordinasi SPBE*', 'Internal policy on the SPBE coordination team*'],
  ['Arsitektur SPBE*', 'SPBE architecture*'],
  ['Peta Rencana SPBE*', 'SPBE road map*'],
  ['Keterpaduan Rencana dan Anggaran SPBE', 'Integration of SPBE plans and budgets'],
  ['Inovasi Proses Bisnis SPBE', 'SPBE business process innovation'],
  ['Pembangunan Aplikasi SPBE', 'SPBE application development'],
  ['Layanan Pusat Data', 'Data centre services'],
  ['Layanan Jaringan Intra*', 'Intranet services*'],
  ['Penggunaan Sistem Penghubung Layanan*', 'Use of the service liaison system*'],
  ['Pelaksanaan Tim Koordinasi SPBE*', 'Work of the SPBE coordination team*'],
  ['Kolaborasi Penerapan SPBE', 'Collaboration in implementing SPBE'],
  ['Penerapan Manajemen Risiko SPBE', 'Implementation of SPBE risk management'],
  ['Penerapan Manajemen Keamanan Informasi', 'Implementation of information security management'],
  ['Penerapan Manajemen Data', 'Implementation of data management'],
  ['Penerapan Manajemen Aset TIK', 'Implementation of ICT asset management'],
  ['Penerapan Kompetensi Sumber Daya Manusia', 'Implementation of human resource competence'],
  ['Penerapan Manajemen Pengetahuan', 'Implementation of knowledge management'],
  ['Penerapan Manajemen Perubahan', 'Implementation of change management'],
  ['Penerapan Manajemen Layanan SPBE', 'Implementation of SPBE service management'],
  ['Pelaksanaan Audit Infrastruktur SPBE', 'SPBE infrastructure audit'],
  ['Pelaksanaan Audit Aplikasi SPBE', 'SPBE application audit'],
  ['Pelaksanaan Audit Keamanan SPBE', 'SPBE security audit'],
  ['Layanan Perencanaan', 'Planning services'],
  ['Layanan Penganggaran', 'Budgeting services'],
  ['Layanan Keuangan', 'Financial services'],
  ['Layanan Pengadaan Barang dan Jasa', 'Procurement of goods and services'],
  ['Layanan Kepegawaian', 'Civil service personnel services'],
  ['Layanan Kearsipan Dinamis', 'Active records management services'],
  ['Layanan Pengelolaan Barang Milik Negara/Daerah', 'State/regional asset management services'],
  ['Layanan Pengawasan Internal Pemerintah', 'Government internal audit services'],
  ['Layanan Akuntabilitas Kinerja Organisasi', 'Organisational performance accountability services'],
  ['Layanan Kinerja Pegawai', 'Employee performance services'],
  ['Layanan Pengaduan Pelayanan Publik', 'Public service complaint services'],
  ['Layanan Data Terbuka', 'Open data services'],
  ['Jaringan Dokumentasi dan Informasi Hukum (JDIH)', 'Legal documentation and information network (JDIH)'],
  ['Layanan Publik Sektor 1', 'Sectoral public service 1'],
  ['Layanan Publik Sektor 2', 'Sectoral public service 2'],
  ['Layanan Publik Sektor 3', 'Sectoral public service 3'],
];

interface AspectRow {
  label: LocalizedText;
  /** Bobot aspek, % of the index [P59 Tabel 8]. */
  weight: number;
  /** Bobot per indikator, % of the index [P59 Tabel 9]; equal within an aspect. */
  indicatorWeight: number;
  /** Indicator numbers, inclusive. */
  first: number;
  last: number;
}

interface DomainRow {
  label: LocalizedText;
  /** Bobot domain, % of the index [P59 Tabel 7]. */
  weight: number;
  levels: HierarchyLevel[];
  aspects: AspectRow[];
}

/** Domains and aspects with their weights [P59 Tabel 7–9; spbe.md §1.1]. English labels are ours. */
const DOMAINS: DomainRow[] = [
  {
    label: { id: 'Kebijakan Internal SPBE', en: 'SPBE internal policy' },
    weight: 13,
    levels: PROCESS_LEVELS,
    aspects: [
      {
        label: { id: 'Kebijakan Internal Tata Kelola SPBE', en: 'Internal policy on SPBE governance' },
        weight: 13,
        indicatorWeight: 1.3,
        first: 1,
        last: 10,
      },
    ],
  },
  {
    label: { id: 'Tata Kelola SPBE', en: 'SPBE governance' },
    weight: 25,
    levels: PROCESS_LEVELS,
    aspects: [
      {
        label: { id: 'Perencanaan Strategis SPBE', en: 'SPBE strategic planning' },
        weight: 10,
        indicatorWeight: 2.5,
        first: 11,
        last: 14,
      },
      {
        label: { id: 'Teknologi Informasi dan Komunikasi', en: 'Information and communication technology' },
        weight: 10,
        indicatorWeight: 2.5,
        first: 15,
        last: 18,
      },
      {
        label: { id: 'Penyelenggara SPBE', en: 'SPBE organisers' },
        weight: 5,
        indicatorWeight: 2.5,
        first: 19,
        last: 20,
      },
    ],
  },
  {
    label: { id: 'Manajemen SPBE', en: 'SPBE management' },
    weight: 16.5,
    levels: PROCESS_LEVELS,
    aspects: [
      {
        label: { id: 'Penerapan Manajemen SPBE', en: 'Implementation of SPBE management' },
        weight: 12,
        indicatorWeight: 1.5,
        first: 21,
        last: 28,
      },
      {
        label: { id: 'Pelaksanaan Audit TIK', en: 'ICT audit' },
        weight: 4.5,
        indicatorWeight: 1.5,
        first: 29,
        last: 31,
      },
    ],
  },
  {
    label: { id: 'Layanan SPBE', en: 'SPBE services' },
    weight: 45.5,
    levels: SERVICE_LEVELS,
    aspects: [
      {
        label: {
          id: 'Layanan Administrasi Pemerintahan Berbasis Elektronik',
          en: 'Electronic government administration services',
        },
        weight: 27.5,
        indicatorWeight: 2.75,
        first: 32,
        last: 41,
      },
      {
        label: { id: 'Layanan Publik Berbasis Elektronik', en: 'Electronic public services' },
        weight: 18,
        indicatorWeight: 3,
        first: 42,
        last: 47,
      },
    ],
  },
];

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

assertValidFramework(SPBE_2020);

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
