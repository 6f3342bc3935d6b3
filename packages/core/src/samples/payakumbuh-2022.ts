import type { Workspace } from '../model/index.js';

const SEED =
  'JangkarPost.com (20 Jun 2022), "Bimtek penyusunan Masterplan Smart City Payakumbuh" (seeds/004)';

/**
 * Kota Payakumbuh, programme year 2022. Facts from the article: one of 50 kabupaten/kota mentored in 2022 under the
 * MoU (nota kesepahaman) for 2022; the first Bimtek on Masterplan and Quick Win opened on 20 June 2022 at Aula Ngalau
 * Indah by Wali Kota Riza Falepi, with Kominfo's Ichwanul Muslim and experts Mila Kamila and Windy Gambeta; four
 * Bimtek sessions until October 2022, then a presentation to Kominfo in October; the city must form a Dewan Smart
 * City and a Tim Pelaksana; Perda 3/2019 on SPBE. The quick wins, scores and risks are illustrative.
 *
 * @example
 * ```ts
 * import { payakumbuh2022 } from '@smartcity/core/samples';
 * payakumbuh2022.bodies.map((b) => b.kind); // ['dewan', 'tim-pelaksana']
 * ```
 */
export const payakumbuh2022: Workspace = {
  schemaVersion: 2,
  municipality: {
    name: 'Payakumbuh',
    kind: 'kota',
    regionCode: '13.76',
    bpsCode: '1376',
    province: 'Sumatera Barat',
    timeZone: 'Asia/Jakarta',
    cohortYear: 2022,
    regulations: [
      {
        id: 'perda-3-2019',
        kind: 'perda',
        number: '3',
        year: 2019,
        title: 'Penyelenggaraan Sistem Pemerintahan Berbasis Elektronik',
        topic: 'spbe',
      },
    ],
    provenance: { sources: [SEED] },
  },
  agencies: [
    { id: 'diskominfo', name: 'Dinas Komunikasi dan Informatika', abbreviation: 'Diskominfo', kind: 'dinas' },
    {
      id: 'setda',
      name: 'Sekretariat Daerah',
      abbreviation: 'Setda',
      kind: 'sekretariat',
      provenance: { illustrative: ['*'] },
    },
    {
      id: 'bappeda',
      name: 'Badan Perencanaan Pembangunan Daerah',
      abbreviation: 'Bappeda',
      kind: 'badan',
      provenance: { illustrative: ['*'] },
    },
    {
      id: 'dinkes',
      name: 'Dinas Kesehatan',
      abbreviation: 'Dinkes',
      kind: 'dinas',
      provenance: { illustrative: ['*'] },
    },
  ],
  stakeholders: [
    {
      id: 'riza-falepi',
      name: 'Riza Falepi',
      role: 'government',
      organisation: 'Wali Kota Payakumbuh',
      provenance: { sources: [SEED] },
    },
    {
      id: 'junaidi',
      name: 'Junaidi',
      role: 'government',
      organisation: 'Kepala Dinas Kominfo Kota Payakumbuh',
      agencyId: 'diskominfo',
      provenance: { sources: [SEED] },
    },
    {
      id: 'ichwanul-muslim',
      name: 'Ichwanul Muslim',
      role: 'government',
      organisation: 'Kementerian Komunikasi dan Informatika (tim pembimbing)',
      provenance: { sources: [SEED] },
    },
    {
      id: 'mila-kamila',
      name: 'Mila Kamila',
      role: 'academia',
      organisation: 'Tenaga ahli penyusun masterplan',
      provenance: { sources: [SEED], illustrative: ['role'] },
    },
    {
      id: 'windy-gambeta',
      name: 'Windy Gambeta',
      role: 'academia',
      organisation: 'Tenaga ahli penyusun masterplan',
      provenance: { sources: [SEED], illustrative: ['role'] },
    },
    {
      id: 'perbankan',
      name: 'Perbankan dan BUMD Kota Payakumbuh',
      role: 'business',
      provenance: { sources: [SEED] },
    },
    {
      id: 'tokoh-masyarakat',
      name: 'Organisasi dan tokoh masyarakat',
      role: 'community',
      provenance: { sources: [SEED] },
    },
  ],
  bodies: [
    {
      id: 'dewan-smart-city',
      kind: 'dewan',
      name: 'Dewan Smart City Kota Payakumbuh',
      chair: 'Wali Kota Payakumbuh',
      members: [
        { id: 'riza-falepi', memberId: 'riza-falepi' },
        { id: 'setda', memberId: 'setda' },
        { id: 'bappeda', memberId: 'bappeda' },
        { id: 'diskominfo', memberId: 'diskominfo' },
      ],
      active: true,
      provenance: { sources: [SEED], illustrative: ['chair', 'members', 'active'] },
    },
    {
      id: 'tim-pelaksana',
      kind: 'tim-pelaksana',
      name: 'Tim Pelaksana Smart City Kota Payakumbuh',
      members: [
        { id: 'diskominfo', memberId: 'diskominfo' },
        { id: 'bappeda', memberId: 'bappeda' },
        { id: 'dinkes', memberId: 'dinkes' },
        { id: 'perbankan', memberId: 'perbankan' },
        { id: 'tokoh-masyarakat', memberId: 'tokoh-masyarakat' },
      ],
      active: true,
      provenance: { sources: [SEED], illustrative: ['members', 'active'] },
    },
  ],
  masterplan: {
    period: { startYear: 2023, endYear: 2027 },
    mission: [],
    rpjmd: { startYear: 2023, endYear: 2027 },
    readiness: {
      structure: { strengths: [], gaps: [] },
      infrastructure: {
        physical: { strengths: [], gaps: [] },
        ict: { strengths: [], gaps: [] },
        social: { strengths: [], gaps: [] },
      },
      superstructure: { strengths: ['Perda Nomor 3 Tahun 2019 tentang Penyelenggaraan SPBE'], gaps: [] },
    },
    programmes: [],
    provenance: { sources: [SEED], illustrative: ['period', 'rpjmd'] },
  },
  innovations: [
    {
      id: 'layanan-kesehatan-daring',
      name: 'Pendaftaran layanan kesehatan daring',
      pillarId: 'living',
      elementId: 'living.health',
      agencyId: 'dinkes',
      partnerIds: [],
      horizon: 'quick-win',
      budget: [{ id: 'apbd-2022', year: 2022, amount: 75_000_000, source: 'APBD' }],
      startDate: '2022-10-03',
      endDate: '2023-06-30',
      kpis: [],
      evidence: [],
      applicationIds: [],
      status: 'planned',
      history: [{ from: null, to: 'planned', date: '2022-10-03' }],
      provenance: { illustrative: ['*'] },
    },
  ],
  applications: [],
  evaluations: [],
  risks: [],
  calendar: {
    years: {
      '2022': {
        // Fact: Bimtek I opened on 20 June 2022 and four sessions run until October 2022 (seeds/004); the later
        // sessions keep the default spacing. Venue: Aula Ngalau Indah; presentation to Kominfo planned for October.
        bimtekStart: '2022-06-20',
      },
    },
  },
  provenance: { sources: [SEED] },
};
