import type { Workspace } from '../model/index.js';

const SEED =
  'TERASJATENG.COM (27 Mei 2021), "Tinjauan Lapangan Implementasi Gerakan Menuju 100 Smart City" (seeds/003)';

/**
 * Kota Pekalongan, programme year 2021. Facts from the article: in the programme since 2018, a two-day online field
 * review by Kominfo on 27–28 May 2021 (risk management, questionnaire, evaluation preparation), evaluations each
 * semester (semester I from June, semester II in November), and quick wins in all six pillars: the Sakpore app at
 * DPMPTSP, batik fusion (batik sarong motif and pandemic-style batik fashion contests, virtual performances in 2020),
 * a batik marketplace (loka pasar) over WhatsApp, accelerated COVID-19 vaccination at Puskesmas Sokorejo, online
 * learning at SMPN 14 Pekalongan and an adaptive MCK (public toilet) in Kelurahan Bandengan. Scores, dates, budgets,
 * KPIs and risks are illustrative.
 *
 * @example
 * ```ts
 * import { pekalongan2021 } from '@smartcity/core/samples';
 * new Set(pekalongan2021.innovations.map((i) => i.pillarId)).size; // 6
 * ```
 */
export const pekalongan2021: Workspace = {
  schemaVersion: 2,
  municipality: {
    name: 'Pekalongan',
    kind: 'kota',
    regionCode: '33.75',
    bpsCode: '3375',
    province: 'Jawa Tengah',
    timeZone: 'Asia/Jakarta',
    cohortYear: 2018,
    regulations: [],
    provenance: { sources: [SEED] },
  },
  agencies: [
    {
      id: 'bappeda',
      name: 'Badan Perencanaan, Pembangunan, Penelitian, dan Pengembangan Daerah',
      abbreviation: 'Bappeda',
      kind: 'badan',
    },
    {
      id: 'dpmptsp',
      name: 'Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu',
      abbreviation: 'DPMPTSP',
      kind: 'dinas',
    },
    {
      id: 'dinkes',
      name: 'Dinas Kesehatan',
      abbreviation: 'Dinkes',
      kind: 'dinas',
      provenance: { illustrative: ['*'] },
    },
    {
      id: 'dindik',
      name: 'Dinas Pendidikan',
      abbreviation: 'Dindik',
      kind: 'dinas',
      provenance: { illustrative: ['*'] },
    },
    {
      id: 'dinparbud',
      name: 'Dinas Pariwisata, Kebudayaan, Kepemudaan dan Olahraga',
      abbreviation: 'Dinparbudpora',
      kind: 'dinas',
      provenance: { illustrative: ['*'] },
    },
    {
      id: 'dindagkop',
      name: 'Dinas Perdagangan, Koperasi dan UKM',
      abbreviation: 'Dindagkop-UKM',
      kind: 'dinas',
      provenance: { illustrative: ['*'] },
    },
    {
      id: 'dpupr',
      name: 'Dinas Pekerjaan Umum dan Penataan Ruang',
      abbreviation: 'DPUPR',
      kind: 'dinas',
      provenance: { illustrative: ['*'] },
    },
    {
      id: 'diskominfo',
      name: 'Dinas Komunikasi dan Informatika',
      abbreviation: 'Dinkominfo',
      kind: 'dinas',
      provenance: { illustrative: ['*'] },
    },
  ],
  stakeholders: [
    {
      id: 'afzan-arslan-djunaid',
      name: 'HA Afzan Arslan Djunaid',
      role: 'government',
      organisation: 'Wali Kota Pekalongan',
      provenance: { sources: [SEED] },
    },
    {
      id: 'anita-heru-kusumorini',
      name: 'Anita Heru Kusumorini',
      role: 'government',
      organisation: 'Kepala Bappeda Kota Pekalongan',
      agencyId: 'bappeda',
      provenance: { sources: [SEED] },
    },
    {
      id: 'smpn-14',
      name: 'SMPN 14 Pekalongan',
      role: 'community',
      provenance: { sources: [SEED], illustrative: ['role'] },
    },
    {
      id: 'pengrajin-batik',
      name: 'Komunitas pengrajin batik',
      role: 'business',
      provenance: { illustrative: ['*'] },
    },
  ],
  bodies: [],
  innovations: [
    {
      id: 'sakpore',
      name: 'Aplikasi Sakpore',
      pillarId: 'governance',
      elementId: 'governance.public-service',
      agencyId: 'dpmptsp',
      partnerIds: [],
      horizon: 'quick-win',
      budget: [{ id: 'apbd-2021', year: 2021, amount: 120_000_000, source: 'APBD' }],
      startDate: '2021-01-11',
      endDate: '2021-10-29',
      kpis: [
        {
          id: 'izin-daring',
          name: 'Permohonan izin diajukan lewat aplikasi',
          unit: '%',
          baseline: 20,
          target: { value: 80, unit: '%' },
          measurements: [
            { id: '2021-06-30', date: '2021-06-30', value: 55 },
            { id: '2021-10-29', date: '2021-10-29', value: 76 },
          ],
        },
      ],
      evidence: [],
      applicationIds: ['sakpore-app'],
      status: 'implemented',
      history: [
        { from: null, to: 'planned', date: '2021-01-04' },
        { from: 'planned', to: 'in-progress', date: '2021-01-11' },
        { from: 'in-progress', to: 'implemented', date: '2021-10-29' },
      ],
      provenance: { sources: [SEED], illustrative: ['budget', 'startDate', 'endDate', 'kpis', 'history'] },
    },
    {
      id: 'batik-fusion',
      name: 'Batik Fusion',
      description:
        'Lomba motif sarung batik, lomba desain busana batik pandemic style, dan pentas seni virtual (2020).',
      pillarId: 'branding',
      elementId: 'branding.tourism',
      agencyId: 'dinparbud',
      partnerIds: ['pengrajin-batik'],
      horizon: 'quick-win',
      budget: [{ id: 'apbd-2020', year: 2020, amount: 95_000_000, source: 'APBD' }],
      startDate: '2020-08-01',
      endDate: '2020-12-18',
      kpis: [],
      evidence: [],
      applicationIds: [],
      status: 'evaluated',
      history: [
        { from: null, to: 'planned', date: '2020-07-01' },
        { from: 'planned', to: 'in-progress', date: '2020-08-01' },
        { from: 'in-progress', to: 'implemented', date: '2020-12-18' },
        { from: 'implemented', to: 'evaluated', date: '2021-06-15' },
      ],
      provenance: {
        sources: [SEED],
        illustrative: ['agencyId', 'partnerIds', 'budget', 'startDate', 'endDate', 'history'],
      },
    },
    {
      id: 'loka-pasar-batik',
      name: 'Loka pasar batik melalui WhatsApp',
      pillarId: 'economy',
      elementId: 'economy.transaction',
      agencyId: 'dindagkop',
      partnerIds: ['pengrajin-batik'],
      horizon: 'quick-win',
      budget: [{ id: 'apbd-2021', year: 2021, amount: 40_000_000, source: 'APBD' }],
      startDate: '2021-02-01',
      endDate: '2021-09-30',
      kpis: [
        {
          id: 'umkm-bergabung',
          name: 'UMKM batik bergabung',
          unit: 'UMKM',
          baseline: 0,
          target: { value: 300, unit: 'UMKM' },
          measurements: [{ id: '2021-06-30', date: '2021-06-30', value: 140 }],
        },
      ],
      evidence: [],
      applicationIds: [],
      status: 'in-progress',
      history: [
        { from: null, to: 'planned', date: '2021-01-04' },
        { from: 'planned', to: 'in-progress', date: '2021-02-01' },
      ],
      provenance: {
        sources: [SEED],
        illustrative: ['agencyId', 'partnerIds', 'budget', 'startDate', 'endDate', 'kpis', 'history'],
      },
    },
    {
      id: 'vaksinasi-sokorejo',
      name: 'Akselerasi vaksinasi Covid-19 di Puskesmas Sokorejo',
      pillarId: 'living',
      elementId: 'living.health',
      agencyId: 'dinkes',
      partnerIds: [],
      horizon: 'quick-win',
      budget: [{ id: 'apbn-2021', year: 2021, amount: 65_000_000, source: 'APBN' }],
      startDate: '2021-03-01',
      endDate: '2021-12-31',
      kpis: [
        {
          id: 'cakupan-vaksin',
          name: 'Cakupan vaksinasi dosis pertama wilayah Puskesmas',
          unit: '%',
          baseline: 0,
          target: { value: 70, unit: '%' },
          measurements: [
            { id: '2021-06-30', date: '2021-06-30', value: 31 },
            { id: '2021-11-30', date: '2021-11-30', value: 68 },
          ],
        },
      ],
      evidence: [],
      applicationIds: [],
      status: 'in-progress',
      history: [
        { from: null, to: 'planned', date: '2021-02-15' },
        { from: 'planned', to: 'in-progress', date: '2021-03-01' },
      ],
      provenance: { sources: [SEED], illustrative: ['budget', 'startDate', 'endDate', 'kpis', 'history'] },
    },
    {
      id: 'pembelajaran-daring-smpn14',
      name: 'Pembelajaran daring di SMPN 14 Pekalongan',
      pillarId: 'society',
      elementId: 'society.learning',
      agencyId: 'dindik',
      partnerIds: ['smpn-14'],
      horizon: 'quick-win',
      budget: [],
      startDate: '2021-01-04',
      endDate: '2021-06-30',
      kpis: [],
      evidence: [],
      applicationIds: [],
      status: 'implemented',
      history: [
        { from: null, to: 'planned', date: '2020-12-14' },
        { from: 'planned', to: 'in-progress', date: '2021-01-04' },
        { from: 'in-progress', to: 'implemented', date: '2021-06-30' },
      ],
      provenance: { sources: [SEED], illustrative: ['agencyId', 'startDate', 'endDate', 'history'] },
    },
    {
      id: 'mck-adaptif-bandengan',
      name: 'MCK adaptif di Kelurahan Bandengan',
      pillarId: 'environment',
      elementId: 'environment.waste',
      agencyId: 'dpupr',
      partnerIds: [],
      horizon: 'quick-win',
      budget: [{ id: 'apbd-2021', year: 2021, amount: 210_000_000, source: 'APBD' }],
      startDate: '2021-04-01',
      endDate: '2021-08-31',
      kpis: [
        {
          id: 'kk-terlayani',
          name: 'Kepala keluarga terlayani MCK adaptif',
          unit: 'KK',
          baseline: 0,
          target: { value: 120, unit: 'KK' },
          measurements: [],
        },
      ],
      evidence: [],
      applicationIds: [],
      status: 'in-progress',
      history: [
        { from: null, to: 'planned', date: '2021-03-01' },
        { from: 'planned', to: 'in-progress', date: '2021-04-01' },
      ],
      provenance: {
        sources: [SEED],
        illustrative: ['agencyId', 'budget', 'startDate', 'endDate', 'kpis', 'history'],
      },
    },
  ],
  applications: [
    {
      id: 'sakpore-app',
      name: 'Sakpore',
      agencyId: 'dpmptsp',
      kind: 'public-service',
      status: 'active',
      provenance: { sources: [SEED], illustrative: ['kind', 'status'] },
    },
  ],
  evaluations: [
    {
      id: 'tinjauan-lapangan-2021',
      kind: 'external',
      cycle: { year: 2021 },
      date: '2021-05-27',
      title: 'Tinjauan Lapangan Implementasi Gerakan Menuju 100 Smart City (daring, 27–28 Mei 2021)',
      assessors: [{ name: 'Kementerian Komunikasi dan Informatika' }],
      scores: {},
      findings: {
        strengths: [],
        weaknesses: [],
        recommendations: [
          {
            id: 'paparan-manajemen-risiko-pengisian-kuesioner-dan-persiapan',
            text: 'Paparan manajemen risiko, pengisian kuesioner dan persiapan evaluasi semester I dan II',
          },
        ],
      },
      evidence: [],
      innovationIds: [],
      provenance: { sources: [SEED] },
    },
    {
      id: 'evaluasi-2021-i',
      kind: 'external',
      cycle: { year: 2021, stage: 'I' },
      date: '2021-06-21',
      assessors: [{ name: 'Kementerian Komunikasi dan Informatika' }],
      scores: {
        smartCityIndex: {
          dimensions: { baseline: 2.8, output: 3.0, outcome: 2.9, impact: 2.75, quickWin: 3.2 },
          pillars: {
            governance: 3.25,
            branding: 3.0,
            economy: 2.75,
            living: 3.0,
            society: 2.75,
            environment: 2.5,
          },
        },
      },
      findings: {
        strengths: [{ id: 'quick-win-di-keenam-dimensi', text: 'Quick win di keenam dimensi' }],
        weaknesses: [{ id: 'manajemen-risiko-belum-ditetapkan', text: 'Manajemen risiko belum ditetapkan' }],
        recommendations: [
          { id: 'tetapkan-register-risiko-per-program', text: 'Tetapkan register risiko per program' },
        ],
      },
      evidence: [],
      innovationIds: [
        'sakpore',
        'batik-fusion',
        'loka-pasar-batik',
        'vaksinasi-sokorejo',
        'pembelajaran-daring-smpn14',
        'mck-adaptif-bandengan',
      ],
      provenance: { sources: [SEED], illustrative: ['date', 'scores', 'findings'] },
    },
    {
      id: 'evaluasi-2021-ii',
      kind: 'external',
      cycle: { year: 2021, stage: 'II' },
      date: '2021-11-16',
      assessors: [{ name: 'Kementerian Komunikasi dan Informatika' }],
      scores: {
        smartCityIndex: {
          dimensions: { baseline: 3.0, output: 3.2, outcome: 3.1, impact: 2.9, quickWin: 3.3 },
          pillars: {
            governance: 3.5,
            branding: 3.0,
            economy: 3.0,
            living: 3.25,
            society: 3.0,
            environment: 2.75,
          },
        },
      },
      findings: {
        strengths: [
          { id: 'register-risiko-per-program-ditetapkan', text: 'Register risiko per program ditetapkan' },
        ],
        weaknesses: [],
        recommendations: [],
      },
      evidence: [],
      innovationIds: [],
      provenance: { sources: [SEED], illustrative: ['date', 'scores', 'findings'] },
    },
  ],
  risks: [
    {
      id: 'risiko-vaksin-pasokan',
      title: 'Pasokan vaksin terlambat',
      innovationId: 'vaksinasi-sokorejo',
      likelihood: 4,
      impact: 4,
      ownerAgencyId: 'dinkes',
      mitigation: 'Koordinasi jadwal distribusi dengan Dinkes Provinsi',
      status: 'mitigating',
      provenance: { illustrative: ['*'] },
    },
    {
      id: 'risiko-mck-lahan',
      title: 'Lahan MCK belum bersertifikat',
      innovationId: 'mck-adaptif-bandengan',
      likelihood: 2,
      impact: 3,
      ownerAgencyId: 'dpupr',
      mitigation: 'Percepat hibah lahan dari kelurahan',
      status: 'open',
      provenance: { illustrative: ['*'] },
    },
  ],
  calendar: {
    years: {
      '2021': {
        events: [
          {
            id: 'tinjauan-lapangan-2021',
            kind: 'evaluation',
            label: {
              id: 'Tinjauan Lapangan Implementasi Gerakan Menuju 100 Smart City (daring)',
              en: 'Field review of the 100 Smart City movement (online)',
            },
            start: '2021-05-27',
            end: '2021-05-28',
            source: SEED,
          },
        ],
      },
    },
  },
  provenance: { sources: [SEED] },
};
