/**
 * The SPBE 2018 catalogue as plain data (no zod, no functions): PermenPANRB Nomor 5 Tahun 2018 tentang Pedoman
 * Evaluasi SPBE, 3 domains, 7 aspects, 35 indicators, levels 0–5.
 *
 * Sources (`shared/reference/spbe.md` §2 and its addendum §2.1):
 * - Confirmed (KemenPANRB slide deck "Struktur Penilaian"): 3 domains, 7 aspects, 35 indicators; indicators per
 *   aspect 7 / 10 / 2 / 2 / 3 / 7 / 4 (nos. 1–7, 8–17, 18–19, 20–21, 22–24, 25–31, 32–35); the official domain and
 *   aspect names; indicators 1–17 named "Kebijakan Internal …"; levels 0–5, level 0 "Tidak terdapat …".
 * - Indicator names: legacy system `putuokky/monev-spbe-dps` table `tb_indikator` (tahun_indikator 2018),
 *   cross-checked with assessment-center.co.id for 1–14; Kepmen PANRB 962/2021 writes no. 31 "Layanan Pengadaan
 *   Barang".
 * - PROVISIONAL, not from the regulation (its text was not seen): every weight (domains 17 / 28 / 55; aspects
 *   7 / 10 / 8 / 8 / 12 / 35 / 20; indicators 1,0 for 1–17, 4,0 for 18–24, 5,0 for 25–31) from the legacy database
 *   `monev-spbe-dps` tables `tb_domain`, `tb_aspek`, `tb_indikator` (they reproduce that system's stored results
 *   exactly); the predicate bands (the 2020 bands of PermenPANRB 59/2020 Tabel 13, which legacy systems apply and
 *   published 2018-model results fit); the service level names.
 * - Indicator 35 repeats: the questionnaire lets an institution answer no. 35 up to three times (one per public
 *   service), so legacy data holds rows `35`, `35-2`, `35-3`. Aspect 7 (weight 20) is scored as the mean of the
 *   rows present times its weight, not with the legacy 3,3 per row (= 19,8, a rounding of 20/6).
 *
 * Internal: consumers read it through `SPBE_MODELS['spbe-2018']`.
 */
import type { LocalizedText } from '../i18n/index.js';

/** One 2018 indicator row: id (record key), number, Indonesian name, English name (ours). */
export type Indicator2018Row = readonly [id: string, number: number, name: string, nameEn: string];

/** One 2018 aspect with its indicator rows. */
export interface Aspect2018 {
  name: LocalizedText;
  /** Provisional aspect weight, % of the index [monev-spbe-dps tb_aspek]. */
  weight: number;
  /** Provisional weight per indicator row; `null` for the aspect scored as the mean of its rows (aspect 7). */
  indicatorWeight: number | null;
  rows: readonly Indicator2018Row[];
}

/** One 2018 domain with its aspects. */
export interface Domain2018 {
  name: LocalizedText;
  /** Provisional domain weight, % of the index [monev-spbe-dps tb_domain; Layanan 55 = 35 + 20]. */
  weight: number;
  levelKind: 'process' | 'service';
  aspects: readonly Aspect2018[];
}

/** Domains, aspects and indicators of PermenPANRB 5/2018. English names are ours. */
export const DOMAINS_2018: readonly Domain2018[] = [
  {
    name: { id: 'Kebijakan Internal SPBE', en: 'SPBE internal policy' },
    weight: 17,
    levelKind: 'process',
    aspects: [
      {
        name: { id: 'Kebijakan Internal Tata Kelola SPBE', en: 'Internal policy on SPBE governance' },
        weight: 7,
        indicatorWeight: 1,
        rows: [
          [
            '1',
            1,
            'Kebijakan Internal Tim Pengarah SPBE Instansi Pemerintah',
            'Internal policy on the SPBE steering team',
          ],
          [
            '2',
            2,
            'Kebijakan Internal Inovasi Proses Bisnis Terintegrasi',
            'Internal policy on integrated business process innovation',
          ],
          ['3', 3, 'Kebijakan Internal Rencana Induk SPBE', 'Internal policy on the SPBE master plan'],
          [
            '4',
            4,
            'Kebijakan Internal Anggaran dan Belanja TIK',
            'Internal policy on ICT budget and spending',
          ],
          ['5', 5, 'Kebijakan Internal Pengoperasian Pusat Data', 'Internal policy on data centre operation'],
          [
            '6',
            6,
            'Kebijakan Internal Integrasi Sistem Aplikasi',
            'Internal policy on application integration',
          ],
          [
            '7',
            7,
            'Kebijakan Internal Penggunaan Aplikasi Umum Berbagi Pakai',
            'Internal policy on the use of shared common applications',
          ],
        ],
      },
      {
        name: { id: 'Kebijakan Internal Layanan SPBE', en: 'Internal policy on SPBE services' },
        weight: 10,
        indicatorWeight: 1,
        rows: [
          [
            '8',
            8,
            'Kebijakan Internal Layanan Naskah Dinas',
            'Internal policy on official correspondence services',
          ],
          [
            '9',
            9,
            'Kebijakan Internal Layanan Manajemen Kepegawaian',
            'Internal policy on personnel management services',
          ],
          [
            '10',
            10,
            'Kebijakan Internal Layanan Manajemen Perencanaan dan Penganggaran',
            'Internal policy on planning and budgeting services',
          ],
          [
            '11',
            11,
            'Kebijakan Internal Layanan Manajemen Keuangan',
            'Internal policy on financial management services',
          ],
          [
            '12',
            12,
            'Kebijakan Internal Layanan Manajemen Kinerja',
            'Internal policy on performance management services',
          ],
          ['13', 13, 'Kebijakan Internal Layanan Pengadaan', 'Internal policy on procurement services'],
          [
            '14',
            14,
            'Kebijakan Internal Layanan Pengaduan Publik',
            'Internal policy on public complaint services',
          ],
          [
            '15',
            15,
            'Kebijakan Internal Layanan Dokumentasi dan Informasi Hukum',
            'Internal policy on legal documentation and information services',
          ],
          [
            '16',
            16,
            'Kebijakan Internal Layanan Whistle Blowing System',
            'Internal policy on the whistle-blowing system',
          ],
          [
            '17',
            17,
            'Kebijakan Internal Layanan Publik Instansi Pemerintah',
            'Internal policy on public services of the institution',
          ],
        ],
      },
    ],
  },
  {
    name: { id: 'Tata Kelola SPBE', en: 'SPBE governance' },
    weight: 28,
    levelKind: 'process',
    aspects: [
      {
        name: { id: 'Kelembagaan', en: 'Institutions' },
        weight: 8,
        indicatorWeight: 4,
        rows: [
          ['18', 18, 'Tim Pengarah SPBE', 'SPBE steering team'],
          ['19', 19, 'Inovasi Proses Bisnis Terintegrasi', 'Integrated business process innovation'],
        ],
      },
      {
        name: { id: 'Strategi dan Perencanaan', en: 'Strategy and planning' },
        weight: 8,
        indicatorWeight: 4,
        rows: [
          ['20', 20, 'Rencana Induk SPBE', 'SPBE master plan'],
          ['21', 21, 'Anggaran dan Belanja TIK', 'ICT budget and spending'],
        ],
      },
      {
        name: { id: 'Teknologi Informasi dan Komunikasi', en: 'Information and communication technology' },
        weight: 12,
        indicatorWeight: 4,
        rows: [
          ['22', 22, 'Pengoperasian Pusat Data', 'Data centre operation'],
          ['23', 23, 'Integrasi Sistem Aplikasi', 'Application integration'],
          ['24', 24, 'Penggunaan Aplikasi Umum Berbagi Pakai', 'Use of shared common applications'],
        ],
      },
    ],
  },
  {
    name: { id: 'Layanan SPBE', en: 'SPBE services' },
    weight: 55,
    levelKind: 'service',
    aspects: [
      {
        name: {
          id: 'Layanan Administrasi Pemerintahan Berbasis Elektronik',
          en: 'Electronic government administration services',
        },
        weight: 35,
        indicatorWeight: 5,
        rows: [
          ['25', 25, 'Layanan Naskah Dinas', 'Official correspondence services'],
          ['26', 26, 'Layanan Manajemen Kepegawaian', 'Personnel management services'],
          ['27', 27, 'Layanan Manajemen Perencanaan', 'Planning management services'],
          ['28', 28, 'Layanan Manajemen Penganggaran', 'Budgeting management services'],
          ['29', 29, 'Layanan Manajemen Keuangan', 'Financial management services'],
          ['30', 30, 'Layanan Manajemen Kinerja', 'Performance management services'],
          ['31', 31, 'Layanan Pengadaan', 'Procurement services'],
        ],
      },
      {
        name: { id: 'Layanan Publik Berbasis Elektronik', en: 'Electronic public services' },
        weight: 20,
        indicatorWeight: null,
        rows: [
          ['32', 32, 'Layanan Pengaduan Publik', 'Public complaint services'],
          [
            '33',
            33,
            'Layanan Dokumentasi dan Informasi Hukum',
            'Legal documentation and information services',
          ],
          ['34', 34, 'Layanan Whistle-Blowing System', 'Whistle-blowing system'],
          ['35', 35, 'Layanan Publik Instansi Pemerintah', 'Public services of the institution'],
          [
            '35-2',
            35,
            'Layanan Publik Instansi Pemerintah (layanan ke-2)',
            'Public services of the institution (2nd service)',
          ],
          [
            '35-3',
            35,
            'Layanan Publik Instansi Pemerintah (layanan ke-3)',
            'Public services of the institution (3rd service)',
          ],
        ],
      },
    ],
  },
];

/** Level 0 of the 2018 questionnaire [monev-spbe-dps tb_level; sispbe.baritoutarakab.go.id]. */
export const LEVEL_0_2018 = {
  value: 0,
  label: { id: 'Tidak ada', en: 'None' },
  description: {
    id: 'Tidak terdapat kebijakan, proses atau layanan yang dinilai.',
    en: 'What is assessed does not exist.',
  },
} as const;

/**
 * Service level wording of the 2018 questionnaire (one-way, interaction, transaction, collaboration, continuous
 * improvement). PROVISIONAL: PermenPANRB 5/2018 itself was not read, so the official level names are unverified.
 */
export const SERVICE_LEVELS_2018: readonly { value: number; label: LocalizedText }[] = [
  { value: 1, label: { id: 'Satu arah (diseminasi)', en: 'One-way (dissemination)' } },
  { value: 2, label: { id: 'Interaksi', en: 'Interaction' } },
  { value: 3, label: { id: 'Transaksi', en: 'Transaction' } },
  { value: 4, label: { id: 'Kolaborasi', en: 'Collaboration' } },
  { value: 5, label: { id: 'Terus ditingkatkan', en: 'Continuously improved' } },
];
