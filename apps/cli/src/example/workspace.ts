// The full example workspace: every entity of the model with realistic (fictional) values, commented. It is what
// `smartcity init --example <dir>` writes and what docs/examples/workspace.json holds (generated from this module;
// src/example/workspace.test.ts fails when that file is stale and checks that the example validates).
// Field by field meanings: docs/fields.md.

/** The fictional city of the example: Kota Contoh, Kalimantan Barat (region code 61.99, zone WIB/Pontianak). */
export const EXAMPLE_WORKSPACE = {
  // Version of the file format; older files are migrated when read.
  schemaVersion: 2,

  // The city (kota) or regency (kabupaten): its name WITHOUT "Kota"/"Kabupaten", the Kemendagri region code PP.KK
  // (province 61 = Kalimantan Barat; KK 71–99 are kota), the province, the IANA time zone, and the year it joined
  // the programme (cohort) — evaluations before that year are not expected.
  municipality: {
    name: 'Contoh',
    kind: 'kota',
    regionCode: '61.99',
    province: 'Kalimantan Barat',
    timeZone: 'Asia/Pontianak',
    cohortYear: 2024,
    // Regional regulations the programme relies on (Perda, Perwal/Perbup, SK).
    regulations: [
      {
        id: 'perda-3-2024',
        kind: 'perda',
        number: '3',
        year: 2024,
        title: 'Penyelenggaraan Kota Cerdas',
        topic: 'smart-city',
      },
      {
        id: 'perwal-12-2023',
        kind: 'perwal',
        number: '12',
        year: 2023,
        title: 'Rencana Induk Sistem Pemerintahan Berbasis Elektronik 2023–2027',
        topic: 'spbe',
      },
    ],
  },

  // Perangkat Daerah (OPD): the agencies that own innovations, applications and risks.
  agencies: [
    { id: 'diskominfo', name: 'Dinas Komunikasi dan Informatika', abbreviation: 'Diskominfo', kind: 'dinas' },
    { id: 'bappeda', name: 'Badan Perencanaan Pembangunan Daerah', abbreviation: 'Bappeda', kind: 'badan' },
    {
      id: 'disperindag',
      name: 'Dinas Perindustrian dan Perdagangan',
      abbreviation: 'Disperindag',
      kind: 'dinas',
    },
    { id: 'dlh', name: 'Dinas Lingkungan Hidup', abbreviation: 'DLH', kind: 'dinas' },
  ],

  // The pentahelix: government, business, academia, community and media partners.
  stakeholders: [
    {
      id: 'kepala-diskominfo',
      name: 'Rina Maharani',
      role: 'government',
      organisation: 'Kepala Dinas Komunikasi dan Informatika',
      agencyId: 'diskominfo',
    },
    { id: 'bank-kalbar', name: 'Bank Kalbar Cabang Contoh', role: 'business', organisation: 'Bank Kalbar' },
    { id: 'untan', name: 'Fakultas Teknik Universitas Tanjungpura', role: 'academia', organisation: 'Untan' },
    { id: 'komunitas-pasar', name: 'Paguyuban Pedagang Pasar Flamboyan', role: 'community' },
  ],

  // The programme's bodies: the Dewan Smart City (chaired by the mayor) and the technical team. Members are agencies
  // or stakeholders, by id.
  bodies: [
    {
      id: 'dewan-smart-city',
      kind: 'dewan',
      name: 'Dewan Smart City Kota Contoh',
      chair: 'Wali Kota Contoh',
      members: [
        { id: 'bappeda', memberId: 'bappeda' },
        { id: 'diskominfo', memberId: 'diskominfo' },
        { id: 'untan', memberId: 'untan' },
      ],
      active: true,
    },
    {
      id: 'tim-teknis',
      kind: 'tim-teknis',
      name: 'Tim Teknis Smart City Kota Contoh',
      members: [
        { id: 'kepala-diskominfo', memberId: 'kepala-diskominfo', role: 'Ketua' },
        { id: 'disperindag', memberId: 'disperindag' },
        { id: 'dlh', memberId: 'dlh' },
      ],
      active: true,
    },
  ],

  // The masterplan (Buku 1 analysis + Buku 2 plan): its period, aligned with the RPJMD, the vision and missions,
  // the readiness analysis (structure, infrastructure, superstructure) and the programmes that group innovations.
  masterplan: {
    period: { startYear: 2024, endYear: 2033 },
    rpjmd: { startYear: 2025, endYear: 2029 },
    vision: 'Kota Contoh yang cerdas, hijau dan melayani',
    mission: [
      'Mempercepat layanan publik digital yang inklusif',
      'Menguatkan ekonomi pasar rakyat dengan transaksi nontunai',
    ],
    regulationId: 'perda-3-2024',
    readiness: {
      structure: { strengths: ['Tim Teknis lintas OPD dengan akademisi'], gaps: ['Belum ada CIO kota'] },
      infrastructure: {
        physical: { summary: 'Pasar induk direvitalisasi 2022', strengths: [], gaps: [] },
        ict: {
          summary: 'Jaringan fiber antar-OPD',
          strengths: ['Pusat data kota'],
          gaps: ['Wi-Fi publik terbatas'],
        },
        social: { summary: 'Komunitas pedagang aktif', strengths: [], gaps: [] },
      },
      superstructure: { strengths: ['Perda Nomor 3 Tahun 2024'], gaps: [] },
    },
    programmes: [
      {
        id: 'pasar-nontunai',
        name: 'Pasar rakyat nontunai',
        pillarId: 'economy',
        elementId: 'economy.transaction',
        horizon: 'quick-win',
        agencyId: 'disperindag',
        innovationIds: ['e-retribusi-pasar'],
      },
      {
        id: 'kota-hijau',
        name: 'Kota hijau dan bersih',
        pillarId: 'environment',
        elementId: 'environment.waste',
        horizon: 'medium',
        agencyId: 'dlh',
        innovationIds: ['bank-sampah-digital'],
      },
    ],
  },

  // Innovations: what the city does, each in one pillar element, owned by an agency, with its budget lines, KPIs
  // (baseline, target, measurements), evidence and status history.
  innovations: [
    {
      id: 'e-retribusi-pasar',
      name: 'E-Retribusi Pasar',
      description: 'Pembayaran retribusi harian pedagang pasar dengan QRIS.',
      pillarId: 'economy',
      elementId: 'economy.transaction',
      agencyId: 'disperindag',
      partnerIds: ['bank-kalbar', 'komunitas-pasar'],
      horizon: 'quick-win',
      programmeId: 'pasar-nontunai',
      budget: [
        {
          id: 'apbd-2024',
          year: 2024,
          amount: 350_000_000,
          source: 'APBD',
          note: 'Perangkat QRIS dan sosialisasi',
        },
        { id: 'csr-2024', year: 2024, amount: 100_000_000, source: 'CSR' },
      ],
      startDate: '2024-02-05',
      endDate: '2024-12-20',
      kpis: [
        {
          id: 'pedagang-qris',
          name: 'Pedagang yang membayar retribusi dengan QRIS',
          unit: '%',
          baseline: 0,
          target: { value: 80, unit: '%', date: '2024-12-20' },
          measurements: [
            { id: 'm-2024-06-28', date: '2024-06-28', value: 35 },
            { id: 'm-2024-11-29', date: '2024-11-29', value: 72, note: 'Setelah sosialisasi kedua' },
          ],
        },
      ],
      evidence: [
        {
          label: 'Laporan kemajuan semester I',
          url: 'https://contoh.go.id/smartcity/e-retribusi-2024-1.pdf',
          kind: 'document',
        },
      ],
      applicationIds: ['si-retribusi'],
      status: 'implemented',
      history: [
        { from: null, to: 'planned', date: '2024-01-15' },
        { from: 'planned', to: 'in-progress', date: '2024-02-05' },
        { from: 'in-progress', to: 'implemented', date: '2024-12-20' },
      ],
    },
    {
      id: 'bank-sampah-digital',
      name: 'Bank Sampah Digital',
      description: 'Tabungan sampah warga yang tercatat di aplikasi.',
      pillarId: 'environment',
      elementId: 'environment.waste',
      agencyId: 'dlh',
      partnerIds: ['untan'],
      horizon: 'medium',
      programmeId: 'kota-hijau',
      budget: [{ id: 'apbd-2025', year: 2025, amount: 600_000_000, source: 'APBD' }],
      startDate: '2025-03-03',
      endDate: '2026-12-18',
      kpis: [
        {
          id: 'sampah-terpilah',
          name: 'Sampah rumah tangga yang terpilah',
          unit: 'ton/bulan',
          baseline: 12,
          target: { value: 40, unit: 'ton/bulan', date: '2026-12-18' },
          measurements: [{ id: 'm-2025-06-30', date: '2025-06-30', value: 18 }],
        },
      ],
      evidence: [],
      applicationIds: [],
      status: 'in-progress',
      history: [
        { from: null, to: 'planned', date: '2025-01-10' },
        { from: 'planned', to: 'in-progress', date: '2025-03-03' },
      ],
    },
  ],

  // The SPBE application inventory.
  applications: [
    {
      id: 'si-retribusi',
      name: 'SI Retribusi Pasar',
      agencyId: 'disperindag',
      url: 'https://retribusi.contoh.go.id',
      kind: 'public-service',
      status: 'active',
    },
  ],

  // Evaluations: the city's own self-assessment and the ministry's external evaluation (tahap I/II), with the smart
  // city index (five dimensions, six pillars), SPBE levels per indicator, and findings.
  evaluations: [
    {
      id: 'mandiri-2024',
      kind: 'self-assessment',
      cycle: { year: 2024 },
      date: '2024-05-20',
      title: 'Penilaian mandiri menjelang evaluasi tahap I',
      scores: {
        smartCityIndex: {
          dimensions: { baseline: 2.8, output: 3, outcome: 2.9, impact: 2.7, quickWin: 3.2 },
        },
      },
      findings: {
        strengths: [{ id: 'tim-teknis-aktif', text: 'Tim Teknis rapat rutin setiap bulan' }],
        weaknesses: [],
        recommendations: [],
      },
    },
    {
      id: 'eksternal-2024-ii',
      kind: 'external',
      cycle: { year: 2024, stage: 'II' },
      date: '2024-11-12',
      title: 'Evaluasi tahap II Gerakan Menuju Smart City 2024',
      assessors: [{ name: 'Kementerian Komunikasi dan Digital', role: 'Evaluator' }],
      scores: {
        smartCityIndex: {
          dimensions: { baseline: 3.1, output: 3.3, outcome: 3.2, impact: 3, quickWin: 3.6 },
          pillars: { governance: 3.4, branding: 3, economy: 3.5, living: 3.1, society: 3.2, environment: 3 },
        },
        spbe: {
          model: 'spbe-2020',
          indicators: {
            '1': { self: 3, verified: 3 },
            '2': { self: 3, verified: 2, recommendation: 'Tetapkan arsitektur SPBE kota' },
          },
        },
      },
      findings: {
        strengths: [{ id: 'quick-win-tuntas', text: 'Quick win E-Retribusi Pasar tuntas tepat waktu' }],
        weaknesses: [{ id: 'data-dukung', text: 'Data dukung KPI belum seluruhnya diunggah' }],
        recommendations: [{ id: 'forum-rutin', text: 'Jadwalkan Forum Smart City tiap semester' }],
      },
      evidence: [],
      innovationIds: ['e-retribusi-pasar'],
    },
  ],

  // Risks: likelihood and impact 1–5, the owner agency, mitigation and status.
  risks: [
    {
      id: 'risiko-adopsi-qris',
      title: 'Pedagang lansia enggan beralih ke QRIS',
      innovationId: 'e-retribusi-pasar',
      likelihood: 3,
      impact: 3,
      ownerAgencyId: 'disperindag',
      mitigation: 'Pendampingan oleh mahasiswa KKN dan agen bank di pasar',
      status: 'mitigating',
      identifiedOn: '2024-03-01',
    },
    {
      id: 'risiko-anggaran-2026',
      title: 'Anggaran lanjutan Bank Sampah Digital tidak masuk APBD 2026',
      innovationId: 'bank-sampah-digital',
      likelihood: 2,
      impact: 4,
      ownerAgencyId: 'bappeda',
      mitigation: 'Usulkan dalam Musrenbang dan cari pendanaan CSR',
      status: 'open',
      identifiedOn: '2025-04-15',
    },
  ],

  // The city's changes to the programme calendar: here, the dates of 2024's stage I evaluation as announced and a
  // local forum (see docs/schedule.md).
  calendar: {
    years: {
      '2024': {
        evaluationStageI: { start: '2024-06-10', end: '2024-06-14' },
        events: [
          {
            id: 'forum-smart-city-kota',
            kind: 'forum',
            label: { id: 'Forum Smart City Kota Contoh', en: 'Kota Contoh Smart City Forum' },
            start: '2024-08-21',
          },
        ],
      },
    },
  },
};
