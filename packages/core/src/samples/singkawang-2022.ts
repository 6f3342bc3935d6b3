import type { Workspace } from '../model/index.js';

const SEED =
  'ANTARA News Kalimantan Barat (2022), "Pemkot Singkawang siapkan tim teknis Smart City" (seeds/002)';

/**
 * Kota Singkawang, programme year 2022. Facts from the article: Diskominfo (head: Evan Ernanda) trains a technical
 * team in drafting the masterplan; Bimtek stage II covers the shared vision, mission, focus and goals, strategic
 * problems, programmes and action plans and simplified quick wins per dimension, discussed in groups per pillar; the
 * masterplan stage II sets short-, medium- and long-term programmes; quick-win expert Lukito Edi Nugroho. The quick
 * wins below are illustrative (the article names none), as are dates, budgets and scores.
 *
 * @example
 * ```ts
 * import { singkawang2022 } from '@smartcity/core/samples';
 * singkawang2022.masterplan?.programmes.map((p) => p.horizon); // ['short', 'medium', 'long']
 * ```
 */
export const singkawang2022: Workspace = {
  schemaVersion: 2,
  municipality: {
    name: 'Singkawang',
    kind: 'kota',
    regionCode: '61.72',
    bpsCode: '6172',
    province: 'Kalimantan Barat',
    timeZone: 'Asia/Pontianak',
    cohortYear: 2022,
    regulations: [],
    provenance: { sources: [SEED], illustrative: ['cohortYear'] },
  },
  agencies: [
    { id: 'diskominfo', name: 'Dinas Komunikasi dan Informatika', abbreviation: 'Diskominfo', kind: 'dinas' },
    {
      id: 'bappeda',
      name: 'Badan Perencanaan Pembangunan Daerah',
      abbreviation: 'Bappeda',
      kind: 'badan',
      provenance: { illustrative: ['*'] },
    },
    {
      id: 'dlh',
      name: 'Dinas Lingkungan Hidup',
      abbreviation: 'DLH',
      kind: 'dinas',
      provenance: { illustrative: ['*'] },
    },
    {
      id: 'disporapar',
      name: 'Dinas Pemuda, Olahraga dan Pariwisata',
      abbreviation: 'Disporapar',
      kind: 'dinas',
      provenance: { illustrative: ['*'] },
    },
    {
      id: 'dpmptsp',
      name: 'Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu',
      abbreviation: 'DPMPTSP',
      kind: 'dinas',
      provenance: { illustrative: ['*'] },
    },
  ],
  stakeholders: [
    {
      id: 'evan-ernanda',
      name: 'Evan Ernanda',
      role: 'government',
      organisation: 'Kepala Dinas Kominfo Kota Singkawang',
      agencyId: 'diskominfo',
      provenance: { sources: [SEED] },
    },
    {
      id: 'lukito-edi-nugroho',
      name: 'Lukito Edi Nugroho',
      role: 'academia',
      organisation: 'Tenaga ahli program Quick Win Smart City',
      provenance: { sources: [SEED], illustrative: ['role'] },
    },
  ],
  bodies: [
    {
      id: 'tim-teknis',
      kind: 'tim-teknis',
      name: 'Tim Teknis Smart City Kota Singkawang',
      members: [
        { id: 'diskominfo', memberId: 'diskominfo' },
        { id: 'bappeda', memberId: 'bappeda' },
        { id: 'dlh', memberId: 'dlh' },
        { id: 'disporapar', memberId: 'disporapar' },
        { id: 'dpmptsp', memberId: 'dpmptsp' },
      ],
      active: true,
      provenance: { sources: [SEED], illustrative: ['members'] },
    },
  ],
  masterplan: {
    period: { startYear: 2023, endYear: 2032 },
    mission: [],
    readiness: {
      structure: { strengths: [], gaps: [] },
      infrastructure: {
        physical: { strengths: [], gaps: [] },
        ict: { strengths: [], gaps: [] },
        social: { strengths: [], gaps: [] },
      },
      superstructure: { strengths: [], gaps: [] },
    },
    programmes: [
      {
        id: 'layanan-perizinan-terpadu',
        name: 'Layanan perizinan terpadu',
        pillarId: 'governance',
        elementId: 'governance.public-service',
        horizon: 'short',
        agencyId: 'dpmptsp',
        innovationIds: ['perizinan-daring'],
      },
      {
        id: 'pengelolaan-sampah-terpadu',
        name: 'Pengelolaan sampah terpadu',
        pillarId: 'environment',
        elementId: 'environment.waste',
        horizon: 'medium',
        agencyId: 'dlh',
        innovationIds: ['bank-sampah-digital'],
      },
      {
        id: 'kota-wisata-toleransi',
        name: 'Branding kota wisata',
        pillarId: 'branding',
        elementId: 'branding.tourism',
        horizon: 'long',
        agencyId: 'disporapar',
        innovationIds: [],
      },
    ],
    provenance: { sources: [SEED], illustrative: ['period', 'programmes'] },
  },
  innovations: [
    {
      id: 'perizinan-daring',
      name: 'Perizinan daring',
      pillarId: 'governance',
      elementId: 'governance.public-service',
      agencyId: 'dpmptsp',
      partnerIds: [],
      horizon: 'quick-win',
      programmeId: 'layanan-perizinan-terpadu',
      budget: [{ id: 'apbd-2022', year: 2022, amount: 90_000_000, source: 'APBD' }],
      startDate: '2022-08-01',
      endDate: '2023-03-31',
      kpis: [
        {
          id: 'izin-daring',
          name: 'Izin terbit secara daring',
          unit: '%',
          baseline: 10,
          target: { value: 60, unit: '%' },
          measurements: [{ id: '2022-12-30', date: '2022-12-30', value: 25 }],
        },
      ],
      evidence: [],
      applicationIds: [],
      status: 'in-progress',
      history: [
        { from: null, to: 'planned', date: '2022-07-15' },
        { from: 'planned', to: 'in-progress', date: '2022-08-01' },
      ],
      provenance: { illustrative: ['*'] },
    },
    {
      id: 'bank-sampah-digital',
      name: 'Bank sampah digital',
      pillarId: 'environment',
      elementId: 'environment.waste',
      agencyId: 'dlh',
      partnerIds: [],
      horizon: 'quick-win',
      programmeId: 'pengelolaan-sampah-terpadu',
      budget: [{ id: 'apbd-2022', year: 2022, amount: 60_000_000, source: 'APBD' }],
      startDate: '2022-09-01',
      endDate: '2022-12-31',
      kpis: [
        {
          id: 'nasabah',
          name: 'Nasabah bank sampah aktif',
          unit: 'orang',
          baseline: 0,
          target: { value: 500, unit: 'orang' },
          measurements: [],
        },
      ],
      evidence: [],
      applicationIds: [],
      status: 'planned',
      history: [{ from: null, to: 'planned', date: '2022-08-20' }],
      provenance: { illustrative: ['*'] },
    },
  ],
  applications: [],
  evaluations: [],
  risks: [
    {
      id: 'risiko-sdm-tim-teknis',
      title: 'Anggota tim teknis berganti sebelum masterplan selesai',
      likelihood: 3,
      impact: 3,
      ownerAgencyId: 'diskominfo',
      mitigation: 'SK tim teknis dengan pejabat pengganti dan dokumentasi hasil Bimtek',
      status: 'open',
      provenance: { illustrative: ['*'] },
    },
  ],
  provenance: { sources: [SEED] },
};
