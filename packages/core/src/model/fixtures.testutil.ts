// Test fixtures for the model's tests (not exported from the package). The data is invented for tests only; sample
// city data lives in src/samples.
import type { Innovation } from './innovation.js';
import type { Workspace } from './workspace.js';

/** A minimal valid workspace input: only what is required. */
export function minimalInput(): { schemaVersion: 2; municipality: Record<string, unknown> } {
  return {
    schemaVersion: 2,
    municipality: {
      name: 'Pontianak',
      kind: 'kota',
      regionCode: '61.71',
      province: 'Kalimantan Barat',
      timeZone: 'Asia/Pontianak',
    },
  };
}

/** A valid innovation with every collection filled, canonical (parsing it returns an equal object). */
export function fullInnovation(): Innovation {
  return {
    id: 'sipedas',
    name: 'SIPEDAS',
    description: 'Layanan administrasi kependudukan daring',
    pillarId: 'governance',
    elementId: 'governance.public-service',
    agencyId: 'disdukcapil',
    partnerIds: ['untan'],
    horizon: 'quick-win',
    programmeId: 'p-layanan',
    budget: [
      { id: 'apbd-2023', year: 2023, amount: 150_000_000, source: 'APBD' },
      { id: 'csr-2024', year: 2024, amount: 50_000_000, source: 'CSR', note: 'Bank daerah' },
    ],
    startDate: '2023-02-01',
    endDate: '2024-12-31',
    kpis: [
      {
        id: 'k-online',
        name: 'Layanan daring',
        unit: 'layanan',
        baseline: 2,
        target: { value: 20, unit: 'layanan', date: '2024-12-31' },
        weight: 2,
        measurements: [
          { id: '2023-06-30', date: '2023-06-30', value: 8 },
          { id: '2023-12-31', date: '2023-12-31', value: 14, unit: 'layanan', note: 'Semester II' },
        ],
      },
      { id: 'k-puas', name: 'Kepuasan', unit: '%', baseline: null, target: { value: 90 }, measurements: [] },
    ],
    evidence: [{ label: 'Perwal', url: 'https://jdih.example.go.id/perwal-1-2023.pdf', kind: 'regulation' }],
    applicationIds: ['app-sipedas'],
    status: 'implemented',
    history: [
      { from: null, to: 'planned', date: '2022-11-01' },
      { from: 'planned', to: 'in-progress', date: '2023-02-01', note: 'Peluncuran' },
      { from: 'in-progress', to: 'implemented', date: '2024-12-31' },
    ],
    extensions: { 'sipd.kode': '2.16.02', nested: { list: [1, 2, { a: null }] } },
    provenance: { sources: ['https://example.go.id/berita/1'], illustrative: ['budget'] },
  };
}

/** A valid, canonical workspace using every entity and cross-reference (parsing returns an equal object). */
export function fullWorkspace(): Workspace {
  return {
    schemaVersion: 2,
    municipality: {
      name: 'Pontianak',
      kind: 'kota',
      regionCode: '61.71',
      bpsCode: '6171',
      province: 'Kalimantan Barat',
      timeZone: 'Asia/Pontianak',
      cohortYear: 2017,
      regulations: [
        {
          id: 'perwal-1-2023',
          kind: 'perwal',
          number: '1',
          year: 2023,
          title: 'Masterplan Smart City',
          topic: 'masterplan',
        },
        {
          id: 'sk-dewan',
          kind: 'keputusan',
          number: '100/2022',
          year: 2022,
          title: 'Pembentukan Dewan Smart City',
        },
      ],
    },
    agencies: [
      {
        id: 'diskominfo',
        name: 'Dinas Komunikasi dan Informatika',
        abbreviation: 'Diskominfo',
        kind: 'dinas',
      },
      { id: 'disdukcapil', name: 'Dinas Kependudukan dan Pencatatan Sipil', abbreviation: 'Disdukcapil' },
      { id: 'bappeda', name: 'Badan Perencanaan Pembangunan Daerah', abbreviation: 'Bappeda', kind: 'badan' },
    ],
    stakeholders: [
      { id: 'untan', name: 'Universitas Tanjungpura', role: 'academia' },
      {
        id: 'sekda',
        name: 'Sekretaris Daerah',
        role: 'government',
        agencyId: 'bappeda',
        organisation: 'Setda',
      },
    ],
    bodies: [
      {
        id: 'dewan',
        kind: 'dewan',
        name: 'Dewan Smart City',
        chair: 'Sekretaris Daerah',
        members: [
          { id: 'bappeda', memberId: 'bappeda' },
          { id: 'untan', memberId: 'untan', role: 'Anggota' },
        ],
        regulationId: 'sk-dewan',
        active: true,
        establishedOn: '2022-03-01',
      },
    ],
    masterplan: {
      period: { startYear: 2023, endYear: 2032 },
      vision: 'Pontianak kota cerdas',
      mission: ['Layanan publik digital'],
      rpjmd: { startYear: 2020, endYear: 2024 },
      regulationId: 'perwal-1-2023',
      readiness: {
        structure: { summary: 'SDM cukup', strengths: ['Komitmen pimpinan'], gaps: ['Anggaran terbatas'] },
        infrastructure: {
          physical: { strengths: [], gaps: [] },
          ict: { strengths: ['Pusat data'], gaps: [] },
          social: { strengths: [], gaps: ['Literasi digital'] },
        },
        superstructure: { strengths: [], gaps: [] },
      },
      programmes: [
        {
          id: 'p-layanan',
          name: 'Layanan terpadu',
          pillarId: 'governance',
          elementId: 'governance.public-service',
          horizon: 'short',
          agencyId: 'diskominfo',
          innovationIds: ['sipedas'],
        },
      ],
    },
    innovations: [fullInnovation()],
    applications: [
      {
        id: 'app-sipedas',
        name: 'SIPEDAS',
        agencyId: 'disdukcapil',
        url: 'https://sipedas.example.go.id',
        kind: 'public-service',
        status: 'active',
      },
    ],
    evaluations: [
      {
        id: 'eval-2024-ii',
        kind: 'external',
        cycle: { year: 2024, stage: 'II' },
        date: '2024-11-20',
        title: 'Evaluasi Tahap II',
        assessors: [{ name: 'Panel A', affiliation: 'UGM' }],
        scores: {
          smartCityIndex: {
            dimensions: { baseline: 3, output: 3.5, quickWin: 3.25 },
            pillars: { governance: 3.33 },
          },
          spbe: {
            model: 'spbe-2020',
            indicators: { '1': { verified: 3 }, '47': { self: 5, verified: 5 } },
            domains: { '1': 3.4 },
          },
        },
        findings: {
          strengths: [{ id: 'manajemen-risiko', text: 'Penetapan manajemen risiko' }],
          weaknesses: [],
          recommendations: [{ id: 'forum-rutin', text: 'Forum rutin' }],
        },
        evidence: [],
        innovationIds: ['sipedas'],
      },
    ],
    risks: [
      {
        id: 'r-server',
        title: 'Server tidak tersedia',
        innovationId: 'sipedas',
        programmeId: 'p-layanan',
        likelihood: 2,
        impact: 4,
        ownerAgencyId: 'diskominfo',
        mitigation: 'Cadangan harian',
        status: 'mitigating',
        identifiedOn: '2023-03-01',
      },
    ],
    extensions: { integrator: { version: 3 } },
    provenance: { illustrative: ['*'] },
  };
}

/** A deep copy through JSON, as a workspace read from a file would be. */
export function viaJson<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}
