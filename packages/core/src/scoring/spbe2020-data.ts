/**
 * The SPBE 2020 catalogue as plain data (no zod, no functions), shared by `SPBE_2020` and `SPBE_MODELS`: level names,
 * predicate bands, indicator names, domains and aspects with their weights.
 *
 * Source: Peraturan Menteri PANRB Nomor 59 Tahun 2020 tentang Pemantauan dan Evaluasi SPBE: names Tabel 3–6, weights
 * Tabel 7 (domains), Tabel 8 (aspects), Tabel 9 (indicators), levels Bab II.A and Tabel 1–2, predicate bands Tabel 13
 * (`shared/reference/spbe.md` §1). Internal: consumers read it through `SPBE_2020` or `SPBE_MODELS['spbe-2020']`.
 */
import type { LocalizedText } from '../i18n/index.js';
import type { HierarchyLevel, PredicateBand } from './framework.js';

/**
 * Process capability levels (kapabilitas proses), used for domains 1–3 [P59 Bab II.A, Tabel 1]. Level n scores n.
 * Labels are the regulation's; the descriptions are short paraphrases of its criteria, not the official text.
 */
export const PROCESS_LEVELS: HierarchyLevel[] = [
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
export const SERVICE_LEVELS: HierarchyLevel[] = [
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
export const PREDICATES: PredicateBand[] = [
  { min: 1, label: { id: 'Kurang', en: 'Poor' } },
  { min: 1.8, label: { id: 'Cukup', en: 'Fair' } },
  { min: 2.6, label: { id: 'Baik', en: 'Good' } },
  { min: 3.5, label: { id: 'Sangat Baik', en: 'Very good' } },
  { min: 4.2, label: { id: 'Memuaskan', en: 'Excellent' } },
];

export const CENTRAL_OR_REGIONAL = ' Instansi Pusat/Pemerintah Daerah';
export const CENTRAL_OR_REGIONAL_EN = ' (central agency/regional government)';

/**
 * The 47 indicators [P59 Tabel 3–6], in order: official Indonesian name without the leading "Tingkat Kematangan"
 * (every name starts with it), then our own English translation. `*` stands for "Instansi Pusat/Pemerintah
 * Daerah". Name variants seen in the wild (PD24 "Layanan Publik Sektoral 1", no. 19 without "Pelaksanaan"…) are
 * listed in spbe.md §1.2; importers should match indicators by number, not by name.
 */
export const INDICATOR_NAMES: readonly (readonly [string, string])[] = [
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

export interface AspectRow {
  label: LocalizedText;
  /** Bobot aspek, % of the index [P59 Tabel 8]. */
  weight: number;
  /** Bobot per indikator, % of the index [P59 Tabel 9]; equal within an aspect. */
  indicatorWeight: number;
  /** Indicator numbers, inclusive. */
  first: number;
  last: number;
}

export interface DomainRow {
  label: LocalizedText;
  /** Bobot domain, % of the index [P59 Tabel 7]. */
  weight: number;
  levels: HierarchyLevel[];
  aspects: AspectRow[];
}

/** Domains and aspects with their weights [P59 Tabel 7–9; spbe.md §1.1]. English labels are ours. */
export const DOMAINS: DomainRow[] = [
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
