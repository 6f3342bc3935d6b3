import type { Workspace } from '../model/index.js';

const SEED_2023 =
  'ANTARA News Kalimantan Barat (2023), "Pontianak ikuti evaluasi tahap satu Smart City" (seeds/000)';
const SEED_2024 = 'Diskominfo Kota Pontianak (5 Jun 2024), "Evaluasi Internal Smart City" (seeds/001)';

/**
 * Kota Pontianak, programme year 2023. Facts from the articles: Perda 9/2022 on smart city, Perwa 20/2020 (SPBE
 * master plan 2020–2029), the tahap I evaluation at the Forum Smart City Nasional in Surabaya (12–14 June 2023), the
 * innovations Komanda (TPA Batulayang), Pionirs (Dukcapil), PSC 119 (Dinkes, with business and community partners)
 * and the Bansir Laut tourism area, the Tim Teknis of agencies, academics and practitioners, and the internal
 * evaluation of 5 June 2024. Everything else (scores, dates, budgets, KPIs, risks) is illustrative and marked so in
 * `provenance.illustrative`.
 *
 * @example
 * ```ts
 * import { pontianak2023 } from '@smartcity/core/samples';
 * pontianak2023.innovations.map((i) => i.name); // ['Komanda', 'Pionirs', 'PSC 119', 'Kawasan Wisata Bansir Laut']
 * ```
 */
export const pontianak2023: Workspace = {
  schemaVersion: 2,
  municipality: {
    name: 'Pontianak',
    kind: 'kota',
    regionCode: '61.71',
    bpsCode: '6171',
    province: 'Kalimantan Barat',
    timeZone: 'Asia/Pontianak',
    regulations: [
      {
        id: 'perda-9-2022',
        kind: 'perda',
        number: '9',
        year: 2022,
        title: 'Penyelenggaraan Smart City',
        topic: 'smart-city',
      },
      {
        id: 'perwa-20-2020',
        kind: 'perwal',
        number: '20',
        year: 2020,
        title: 'Rencana Induk Sistem Pemerintahan Berbasis Elektronik Tahun 2020-2029',
        topic: 'spbe',
      },
    ],
    provenance: { sources: [SEED_2023, 'Kemendagri region code 61.71 (domain.md §5)'] },
  },
  agencies: [
    { id: 'diskominfo', name: 'Dinas Komunikasi dan Informatika', abbreviation: 'Diskominfo', kind: 'dinas' },
    {
      id: 'bappeda',
      name: 'Badan Perencanaan Pembangunan Daerah',
      abbreviation: 'Bappeda',
      kind: 'badan',
    },
    {
      id: 'disdukcapil',
      name: 'Dinas Kependudukan dan Pencatatan Sipil',
      abbreviation: 'Dukcapil',
      kind: 'dinas',
    },
    { id: 'dinkes', name: 'Dinas Kesehatan', abbreviation: 'Dinkes', kind: 'dinas' },
    {
      id: 'dlh',
      name: 'Dinas Lingkungan Hidup',
      abbreviation: 'DLH',
      kind: 'dinas',
      provenance: { illustrative: ['*'] },
    },
    {
      id: 'disporapar',
      name: 'Dinas Kepemudaan, Olahraga dan Pariwisata',
      abbreviation: 'Disporapar',
      kind: 'dinas',
      provenance: { illustrative: ['*'] },
    },
  ],
  stakeholders: [
    {
      id: 'zulkarnain',
      name: 'Zulkarnain',
      role: 'government',
      organisation: 'Kepala Dinas Kominfo Kota Pontianak',
      agencyId: 'diskominfo',
      provenance: { sources: [SEED_2023] },
    },
    {
      id: 'eko-prihandono',
      name: 'Eko Prihandono',
      role: 'government',
      organisation: 'Kepala Bidang Litbang Bappeda Kota Pontianak',
      agencyId: 'bappeda',
      provenance: { sources: [SEED_2023] },
    },
    {
      id: 'fahmi-kurnia-hidayat',
      name: 'Fahmi Kurnia Hidayat',
      role: 'government',
      organisation: 'Kepala Bidang Tata Kelola Pemerintahan Berbasis Elektronik dan Telematika, Diskominfo',
      agencyId: 'diskominfo',
      provenance: { sources: [SEED_2024] },
    },
    {
      id: 'mitra-swasta-psc119',
      name: 'Mitra swasta PSC 119',
      role: 'business',
      provenance: { sources: [SEED_2023], illustrative: ['name'] },
    },
    {
      id: 'komunitas-psc119',
      name: 'Komunitas relawan PSC 119',
      role: 'community',
      provenance: { sources: [SEED_2023], illustrative: ['name'] },
    },
    {
      id: 'akademisi-tim-teknis',
      name: 'Akademisi Tim Teknis Pontianak Smart City',
      role: 'academia',
      provenance: { sources: [SEED_2024], illustrative: ['name'] },
    },
  ],
  bodies: [
    {
      id: 'tim-teknis',
      kind: 'tim-teknis',
      name: 'Tim Teknis Pontianak Smart City',
      members: [
        { id: 'diskominfo', memberId: 'diskominfo' },
        { id: 'bappeda', memberId: 'bappeda' },
        { id: 'disdukcapil', memberId: 'disdukcapil' },
        { id: 'dinkes', memberId: 'dinkes' },
        { id: 'akademisi-tim-teknis', memberId: 'akademisi-tim-teknis' },
      ],
      active: true,
      provenance: { sources: [SEED_2024], illustrative: ['members'] },
    },
  ],
  masterplan: {
    period: { startYear: 2023, endYear: 2032 },
    vision: 'Pontianak sebagai kota yang cerdas dan bermartabat',
    mission: [
      'Meningkatkan kualitas hidup, kesejahteraan, dan partisipasi masyarakat dalam pembangunan kota',
      'Menjadikan Pontianak kota yang cerdas, inklusif dan berkelanjutan',
    ],
    regulationId: 'perda-9-2022',
    readiness: {
      structure: { strengths: ['Tim Teknis lintas Perangkat Daerah, akademisi dan praktisi'], gaps: [] },
      infrastructure: {
        physical: { summary: 'Infrastruktur fisik smart city telah dibangun', strengths: [], gaps: [] },
        ict: { summary: 'Infrastruktur TIK smart city telah dibangun', strengths: [], gaps: [] },
        social: { summary: 'Infrastruktur sosial smart city telah dibangun', strengths: [], gaps: [] },
      },
      superstructure: {
        strengths: [
          'Perda Nomor 9 Tahun 2022 tentang Penyelenggaraan Smart City',
          'Perwa Nomor 20 Tahun 2020 tentang Rencana Induk SPBE 2020-2029',
        ],
        gaps: [],
      },
    },
    programmes: [
      {
        id: 'layanan-publik-inklusif',
        name: 'Layanan publik inklusif',
        pillarId: 'governance',
        elementId: 'governance.public-service',
        horizon: 'short',
        agencyId: 'diskominfo',
        innovationIds: ['pionirs'],
      },
    ],
    provenance: { sources: [SEED_2023], illustrative: ['period', 'programmes'] },
  },
  innovations: [
    {
      id: 'komanda',
      name: 'Komanda',
      description: 'Penghijauan di TPA Batulayang.',
      pillarId: 'environment',
      elementId: 'environment.protection',
      agencyId: 'dlh',
      partnerIds: [],
      horizon: 'quick-win',
      budget: [{ id: 'apbd-2023', year: 2023, amount: 150_000_000, source: 'APBD' }],
      startDate: '2023-01-16',
      endDate: '2023-12-15',
      kpis: [
        {
          id: 'pohon-ditanam',
          name: 'Pohon ditanam di TPA Batulayang',
          unit: 'pohon',
          baseline: 0,
          target: { value: 2000, unit: 'pohon', date: '2023-12-15' },
          measurements: [
            { id: '2023-06-30', date: '2023-06-30', value: 900 },
            { id: '2023-11-30', date: '2023-11-30', value: 1700 },
          ],
        },
      ],
      evidence: [],
      applicationIds: [],
      status: 'implemented',
      history: [
        { from: null, to: 'planned', date: '2023-01-02' },
        { from: 'planned', to: 'in-progress', date: '2023-01-16' },
        { from: 'in-progress', to: 'implemented', date: '2023-12-15' },
      ],
      provenance: {
        sources: [SEED_2023],
        illustrative: ['agencyId', 'budget', 'startDate', 'endDate', 'kpis', 'history', 'horizon'],
      },
    },
    {
      id: 'pionirs',
      name: 'Pionirs',
      description: 'Pelayanan kependudukan dari rumah.',
      pillarId: 'governance',
      elementId: 'governance.public-service',
      agencyId: 'disdukcapil',
      partnerIds: [],
      horizon: 'quick-win',
      programmeId: 'layanan-publik-inklusif',
      budget: [{ id: 'apbd-2023', year: 2023, amount: 85_000_000, source: 'APBD' }],
      startDate: '2023-02-01',
      endDate: '2023-11-30',
      kpis: [
        {
          id: 'dokumen-terbit',
          name: 'Dokumen kependudukan terbit lewat layanan dari rumah',
          unit: 'dokumen',
          baseline: 0,
          target: { value: 5000, unit: 'dokumen' },
          weight: 2,
          measurements: [
            { id: '2023-06-30', date: '2023-06-30', value: 2100 },
            { id: '2023-11-30', date: '2023-11-30', value: 4600 },
          ],
        },
        {
          id: 'waktu-layanan',
          name: 'Rata-rata waktu layanan',
          unit: 'hari',
          baseline: 7,
          target: { value: 2, unit: 'hari' },
          weight: 1,
          measurements: [{ id: '2023-11-30', date: '2023-11-30', value: 3 }],
        },
      ],
      evidence: [],
      applicationIds: ['pionirs-app'],
      status: 'evaluated',
      history: [
        { from: null, to: 'planned', date: '2023-01-02' },
        { from: 'planned', to: 'in-progress', date: '2023-02-01' },
        { from: 'in-progress', to: 'implemented', date: '2023-11-30' },
        { from: 'implemented', to: 'evaluated', date: '2023-12-08' },
      ],
      provenance: {
        sources: [SEED_2023],
        illustrative: ['budget', 'startDate', 'endDate', 'kpis', 'history', 'horizon', 'applicationIds'],
      },
    },
    {
      id: 'psc-119',
      name: 'PSC 119',
      description: 'Layanan cepat ambulans yang melibatkan swasta dan komunitas.',
      pillarId: 'society',
      elementId: 'society.security',
      agencyId: 'dinkes',
      partnerIds: ['mitra-swasta-psc119', 'komunitas-psc119'],
      horizon: 'short',
      budget: [
        { id: 'apbd-2023', year: 2023, amount: 420_000_000, source: 'APBD' },
        {
          id: 'csr-2023',
          year: 2023,
          amount: 60_000_000,
          source: 'CSR',
          note: 'Dukungan mitra swasta (ilustratif)',
        },
      ],
      startDate: '2023-01-02',
      endDate: '2023-12-31',
      kpis: [
        {
          id: 'waktu-tanggap',
          name: 'Waktu tanggap ambulans',
          unit: 'menit',
          baseline: 30,
          target: { value: 15, unit: 'menit' },
          measurements: [
            { id: '2023-06-30', date: '2023-06-30', value: 22 },
            { id: '2023-11-30', date: '2023-11-30', value: 17 },
          ],
        },
      ],
      evidence: [],
      applicationIds: [],
      status: 'in-progress',
      history: [
        { from: null, to: 'planned', date: '2022-12-01' },
        { from: 'planned', to: 'in-progress', date: '2023-01-02' },
      ],
      provenance: {
        sources: [SEED_2023],
        illustrative: ['budget', 'startDate', 'endDate', 'kpis', 'history', 'horizon', 'elementId'],
      },
    },
    {
      id: 'bansir-laut',
      name: 'Kawasan Wisata Bansir Laut',
      description: 'Smart branding kawasan wisata Bansir Laut.',
      pillarId: 'branding',
      elementId: 'branding.tourism',
      agencyId: 'disporapar',
      partnerIds: [],
      horizon: 'medium',
      budget: [{ id: 'apbd-2023', year: 2023, amount: 275_000_000, source: 'APBD' }],
      startDate: '2023-03-01',
      endDate: '2025-12-31',
      kpis: [
        {
          id: 'kunjungan',
          name: 'Kunjungan wisatawan per tahun',
          unit: 'kunjungan',
          baseline: 12000,
          target: { value: 30000, unit: 'kunjungan' },
          measurements: [{ id: '2023-12-31', date: '2023-12-31', value: 17500 }],
        },
      ],
      evidence: [],
      applicationIds: [],
      status: 'in-progress',
      history: [
        { from: null, to: 'planned', date: '2023-01-02' },
        { from: 'planned', to: 'in-progress', date: '2023-03-01' },
      ],
      provenance: {
        sources: [SEED_2023],
        illustrative: ['agencyId', 'budget', 'startDate', 'endDate', 'kpis', 'history', 'horizon'],
      },
    },
  ],
  applications: [
    {
      id: 'pionirs-app',
      name: 'Pionirs',
      agencyId: 'disdukcapil',
      kind: 'public-service',
      status: 'active',
      provenance: { sources: [SEED_2023], illustrative: ['kind', 'status'] },
    },
  ],
  evaluations: [
    {
      id: 'eksternal-2023-i',
      kind: 'external',
      cycle: { year: 2023, stage: 'I' },
      date: '2023-06-12',
      title: 'Evaluasi tahap I, Forum Smart City Nasional 2023, Surabaya (12–14 Juni 2023)',
      assessors: [{ name: 'Kementerian Komunikasi dan Informatika', role: 'Evaluator' }],
      scores: {
        smartCityIndex: {
          dimensions: { baseline: 3.1, output: 3.4, outcome: 3.25, impact: 3.0, quickWin: 3.5 },
          pillars: {
            governance: 3.5,
            branding: 3.0,
            economy: 2.75,
            living: 3.25,
            society: 3.33,
            environment: 3.0,
          },
        },
        spbe: {
          model: 'spbe-2020',
          indicators: {
            '1': { verified: 4 },
            '2': { verified: 4 },
            '3': { verified: 3 },
            '4': { verified: 4 },
            '5': { verified: 3 },
            '6': { verified: 4 },
            '7': { verified: 3 },
            '8': { verified: 3 },
            '9': { verified: 3 },
            '10': { verified: 4 },
            '11': { verified: 4 },
            '12': { verified: 4 },
            '13': { verified: 3 },
            '14': { verified: 3 },
            '15': { verified: 4 },
            '16': { verified: 3 },
            '17': { verified: 4 },
            '18': { verified: 3 },
            '19': { verified: 4 },
            '20': { verified: 3 },
            '21': { verified: 3 },
            '22': { verified: 3 },
            '23': { verified: 3 },
            '24': { verified: 2 },
            '25': { verified: 3 },
            '26': { verified: 2 },
            '27': { verified: 2 },
            '28': { verified: 3 },
            '29': { verified: 2 },
            '30': { verified: 2 },
            '31': { verified: 2 },
            '32': { verified: 4 },
            '33': { verified: 4 },
            '34': { verified: 4 },
            '35': { verified: 4 },
            '36': { verified: 4 },
            '37': { verified: 3 },
            '38': { verified: 4 },
            '39': { verified: 3 },
            '40': { verified: 4 },
            '41': { verified: 3 },
            '42': { verified: 4 },
            '43': { verified: 3 },
            '44': { verified: 4 },
            '45': { verified: 4 },
            '46': { verified: 3 },
            '47': { verified: 3 },
          },
        },
      },
      findings: {
        strengths: [
          {
            id: 'regulasi-smart-city-ditetapkan-dengan-perda-nomor-9-tahun-2022',
            text: 'Regulasi smart city ditetapkan dengan Perda Nomor 9 Tahun 2022',
          },
        ],
        weaknesses: [
          {
            id: 'jawaban-kuesioner-belum-seluruhnya-disertai-data-dukung',
            text: 'Jawaban kuesioner belum seluruhnya disertai data dukung',
          },
        ],
        recommendations: [
          {
            id: 'lengkapi-data-dukung-setiap-indikator-sebelum-evaluasi-tahap-ii',
            text: 'Lengkapi data dukung setiap indikator sebelum evaluasi tahap II',
          },
        ],
      },
      evidence: [],
      innovationIds: ['komanda', 'pionirs', 'psc-119', 'bansir-laut'],
      provenance: { sources: [SEED_2023], illustrative: ['scores', 'findings', 'assessors'] },
    },
    {
      id: 'eksternal-2023-ii',
      kind: 'external',
      cycle: { year: 2023, stage: 'II' },
      date: '2023-11-08',
      assessors: [{ name: 'Kementerian Komunikasi dan Informatika', role: 'Evaluator' }],
      scores: {
        smartCityIndex: {
          dimensions: { baseline: 3.3, output: 3.5, outcome: 3.4, impact: 3.2, quickWin: 3.6 },
          pillars: {
            governance: 3.67,
            branding: 3.25,
            economy: 3.0,
            living: 3.33,
            society: 3.5,
            environment: 3.25,
          },
        },
      },
      findings: {
        strengths: [],
        weaknesses: [{ id: 'forum-smart-city-belum-rutin', text: 'Forum Smart City belum rutin' }],
        recommendations: [],
      },
      evidence: [],
      innovationIds: [],
      provenance: { illustrative: ['*'] },
    },
    {
      id: 'internal-2024-i',
      kind: 'internal',
      cycle: { year: 2024, stage: 'I' },
      date: '2024-06-05',
      title: 'Evaluasi internal implementasi Smart City tahap satu dan pemilihan quick win 2024',
      assessors: [{ name: 'Tim Teknis Pontianak Smart City', affiliation: 'Pemerintah Kota Pontianak' }],
      scores: {},
      findings: {
        strengths: [],
        weaknesses: [],
        recommendations: [
          {
            id: 'tingkatkan-keterpaduan-program-antar-perangkat-daerah',
            text: 'Tingkatkan keterpaduan program antar Perangkat Daerah',
          },
          {
            id: 'libatkan-lebih-banyak-lintas-sektor-lsm-swasta-akademisi',
            text: 'Libatkan lebih banyak lintas sektor: LSM, swasta, akademisi, praktisi dan komunitas',
          },
        ],
      },
      evidence: [],
      innovationIds: [],
      provenance: { sources: [SEED_2024] },
    },
  ],
  risks: [
    {
      id: 'risiko-psc119-armada',
      title: 'Armada ambulans mitra tidak tersedia saat dibutuhkan',
      innovationId: 'psc-119',
      likelihood: 3,
      impact: 5,
      ownerAgencyId: 'dinkes',
      mitigation: 'Perjanjian kerja sama ketersediaan armada dengan mitra swasta dan jadwal siaga komunitas',
      status: 'mitigating',
      identifiedOn: '2023-02-15',
      provenance: { illustrative: ['*'] },
    },
    {
      id: 'risiko-pionirs-data',
      title: 'Kebocoran data kependudukan pada layanan dari rumah',
      innovationId: 'pionirs',
      likelihood: 2,
      impact: 5,
      ownerAgencyId: 'disdukcapil',
      mitigation: 'Verifikasi identitas berlapis dan audit keamanan aplikasi',
      status: 'open',
      identifiedOn: '2023-02-01',
      provenance: { illustrative: ['*'] },
    },
    {
      id: 'risiko-komanda-kemarau',
      title: 'Bibit mati pada musim kemarau',
      innovationId: 'komanda',
      likelihood: 3,
      impact: 2,
      ownerAgencyId: 'dlh',
      mitigation: 'Jadwal penyiraman dan penyulaman',
      status: 'closed',
      provenance: { illustrative: ['*'] },
    },
  ],
  calendar: {
    years: {
      // Fact: tahap I evaluation at the Forum Smart City Nasional in Surabaya, 12–14 June 2023 (seeds/000).
      '2023': {
        evaluationStageI: { start: '2023-06-12', end: '2023-06-14' },
        events: [
          {
            id: 'forum-smart-city-nasional-2023',
            kind: 'forum',
            label: {
              id: 'Forum Smart City Nasional 2023, Surabaya',
              en: 'National Smart City Forum 2023, Surabaya',
            },
            start: '2023-06-12',
            end: '2023-06-14',
            source: SEED_2023,
          },
        ],
      },
    },
  },
  provenance: { sources: [SEED_2023, SEED_2024] },
};
