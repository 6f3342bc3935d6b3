import type { LocalizedText } from '../i18n/index.js';
import { AGENCY_KIND_LABELS } from '../model/agency.js';
import { APPLICATION_KIND_LABELS, APPLICATION_STATUS_LABELS } from '../model/application.js';
import { BODY_KIND_LABELS } from '../model/body.js';
import { EVALUATION_KIND_LABELS, EVALUATION_STAGE_LABELS } from '../model/evaluation.js';
import { BUDGET_SOURCE_LABELS, INNOVATION_STATUS_LABELS } from '../model/innovation.js';
import { HORIZON_LABELS } from '../model/masterplan.js';
import {
  INDONESIAN_TIME_ZONE_LABELS,
  MUNICIPALITY_KIND_LABELS,
  REGULATION_KIND_LABELS,
  REGULATION_TOPIC_LABELS,
} from '../model/municipality.js';
import { RISK_STATUS_LABELS } from '../model/risk.js';
import { PENTAHELIX_ROLE_LABELS } from '../model/stakeholder.js';
import { PILLARS } from '../pillars/index.js';
import type { CollectionId, FieldMeta, FieldOption } from './meta.js';
import { optionsOf } from './meta.js';

// The labels of every field of every collection, by dotted key inside the row. Enum options come from the model's
// label catalogues (never repeated here); a test proves that every schema field has an entry, in both languages.

const t = (id: string, en: string): LocalizedText => ({ id, en });

const PILLAR_OPTIONS: readonly FieldOption[] = PILLARS.map((p) => ({ value: p.id, label: p.label }));
const ELEMENT_OPTIONS: readonly FieldOption[] = PILLARS.flatMap((p) =>
  p.elements.map((e) => ({ value: e.id, label: e.label })),
);

type FieldTable = Readonly<Record<string, FieldMeta>>;

const ID: FieldMeta = {
  label: t('Id', 'Id'),
  description: t(
    'Kode tetap baris ini: huruf kecil, angka, titik, garis bawah atau tanda hubung',
    'Stable key of this row: lower-case letters, digits, dot, underscore or hyphen',
  ),
  kind: 'id',
};
const NAME: FieldMeta = { label: t('Nama', 'Name'), kind: 'text' };
const DESCRIPTION: FieldMeta = { label: t('Deskripsi', 'Description'), kind: 'longText' };
const NOTE: FieldMeta = { label: t('Catatan', 'Note'), kind: 'longText' };
const EXTENSIONS: FieldMeta = {
  label: t('Data tambahan', 'Extensions'),
  description: t('Data integrator, disimpan apa adanya', "An integrator's own data, kept as is"),
  kind: 'object',
};
const PROVENANCE: FieldMeta = {
  label: t('Asal data', 'Provenance'),
  description: t(
    'Sumber data dan nama kolom yang nilainya ilustratif',
    'Sources of the data and the fields whose values are illustrative',
  ),
  kind: 'object',
};
const EVIDENCE: FieldMeta = {
  label: t('Data dukung', 'Evidence'),
  description: t(
    'Tautan dokumen, foto atau video pendukung',
    'Links to supporting documents, photos or videos',
  ),
  kind: 'list',
};
const COMMON = { extensions: EXTENSIONS, provenance: PROVENANCE } as const;
const ref = (collection: CollectionId, label: LocalizedText, description?: LocalizedText): FieldMeta => ({
  label,
  kind: 'reference',
  reference: collection,
  ...(description ? { description } : {}),
});
const refs = (collection: CollectionId, label: LocalizedText): FieldMeta => ({
  label,
  kind: 'list',
  reference: collection,
});
const enumOf = (label: LocalizedText, options: readonly FieldOption[]): FieldMeta => ({
  label,
  kind: 'enum',
  options,
});
const INDEX_VALUE = (label: LocalizedText): FieldMeta => ({
  label,
  kind: 'number',
  unit: t('indeks 0–5', 'index 0–5'),
});
const readiness = (prefix: string, area: LocalizedText): FieldTable => ({
  [`${prefix}.summary`]: { label: t(`${area.id}: ringkasan`, `${area.en}: summary`), kind: 'longText' },
  [`${prefix}.strengths`]: { label: t(`${area.id}: kekuatan`, `${area.en}: strengths`), kind: 'list' },
  [`${prefix}.gaps`]: { label: t(`${area.id}: kesenjangan`, `${area.en}: gaps`), kind: 'list' },
});

/** Field labels by collection and dotted key. */
export const FIELD_TABLES: Readonly<Record<CollectionId, FieldTable>> = {
  workspace: {
    schemaVersion: {
      label: t('Versi format', 'Format version'),
      description: t('Versi format berkas workspace', 'Version of the workspace file format'),
      kind: 'integer',
    },
    calendar: {
      label: t('Pengaturan kalender', 'Calendar overrides'),
      description: t(
        'Penyesuaian kalender program untuk kota ini',
        "This city's changes to the programme calendar",
      ),
      kind: 'object',
    },
    ...COMMON,
  },
  municipality: {
    name: { label: t('Nama daerah', 'Name'), kind: 'text' },
    kind: enumOf(t('Jenis daerah', 'Kind'), optionsOf(MUNICIPALITY_KIND_LABELS)),
    regionCode: {
      label: t('Kode wilayah Kemendagri', 'Kemendagri region code'),
      description: t('Kode PP.KK (kabupaten 01–69, kota 71–99)', 'PP.KK code (kabupaten 01–69, kota 71–99)'),
      kind: 'text',
    },
    bpsCode: { label: t('Kode BPS', 'BPS code'), kind: 'text' },
    province: { label: t('Provinsi', 'Province'), kind: 'text' },
    timeZone: enumOf(t('Zona waktu', 'Time zone'), optionsOf(INDONESIAN_TIME_ZONE_LABELS)),
    cohortYear: {
      label: t('Tahun angkatan', 'Cohort year'),
      description: t(
        'Tahun daerah bergabung dengan Gerakan Menuju Smart City',
        'Year the region joined the programme',
      ),
      kind: 'year',
    },
    ...COMMON,
  },
  regulations: {
    id: ID,
    kind: enumOf(t('Jenis regulasi', 'Kind of regulation'), optionsOf(REGULATION_KIND_LABELS)),
    number: { label: t('Nomor', 'Number'), kind: 'text' },
    year: { label: t('Tahun', 'Year'), kind: 'year' },
    title: { label: t('Judul', 'Title'), kind: 'text' },
    topic: enumOf(t('Topik', 'Topic'), optionsOf(REGULATION_TOPIC_LABELS)),
    url: { label: t('Tautan', 'Link'), kind: 'url' },
    ...COMMON,
  },
  agencies: {
    id: ID,
    name: NAME,
    abbreviation: { label: t('Singkatan', 'Abbreviation'), kind: 'text' },
    kind: enumOf(t('Jenis perangkat daerah', 'Kind of agency'), optionsOf(AGENCY_KIND_LABELS)),
    ...COMMON,
  },
  stakeholders: {
    id: ID,
    name: NAME,
    role: enumOf(t('Peran pentahelix', 'Pentahelix role'), optionsOf(PENTAHELIX_ROLE_LABELS)),
    organisation: { label: t('Organisasi', 'Organisation'), kind: 'text' },
    agencyId: ref('agencies', t('Perangkat daerah', 'Agency')),
    ...COMMON,
  },
  bodies: {
    id: ID,
    kind: enumOf(t('Jenis lembaga', 'Kind of body'), optionsOf(BODY_KIND_LABELS)),
    name: NAME,
    chair: { label: t('Ketua', 'Chair'), kind: 'text' },
    regulationId: ref('regulations', t('Dasar hukum', 'Founding regulation')),
    active: { label: t('Aktif', 'Active'), kind: 'boolean' },
    establishedOn: { label: t('Tanggal dibentuk', 'Established on'), kind: 'civilDate' },
    ...COMMON,
  },
  bodyMembers: {
    id: ID,
    memberId: ref(
      'agencies',
      t('Anggota', 'Member'),
      t('Id perangkat daerah atau pemangku kepentingan', 'Id of an agency or a stakeholder'),
    ),
    role: { label: t('Peran dalam lembaga', 'Role in the body'), kind: 'text' },
  },
  masterplan: {
    'period.startYear': { label: t('Tahun awal masterplan', 'Masterplan start year'), kind: 'year' },
    'period.endYear': { label: t('Tahun akhir masterplan', 'Masterplan end year'), kind: 'year' },
    vision: { label: t('Visi', 'Vision'), kind: 'longText' },
    mission: { label: t('Misi', 'Mission'), kind: 'list' },
    'rpjmd.startYear': { label: t('Tahun awal RPJMD', 'RPJMD start year'), kind: 'year' },
    'rpjmd.endYear': { label: t('Tahun akhir RPJMD', 'RPJMD end year'), kind: 'year' },
    regulationId: ref('regulations', t('Regulasi penetapan', 'Adopting regulation')),
    ...readiness('readiness.structure', t('Struktur', 'Structure')),
    ...readiness('readiness.infrastructure.physical', t('Infrastruktur fisik', 'Physical infrastructure')),
    ...readiness('readiness.infrastructure.ict', t('Infrastruktur TIK', 'ICT infrastructure')),
    ...readiness('readiness.infrastructure.social', t('Infrastruktur sosial', 'Social infrastructure')),
    ...readiness('readiness.superstructure', t('Suprastruktur', 'Superstructure')),
    ...COMMON,
  },
  programmes: {
    id: ID,
    name: NAME,
    description: DESCRIPTION,
    pillarId: enumOf(t('Dimensi', 'Pillar'), PILLAR_OPTIONS),
    elementId: enumOf(t('Elemen', 'Element'), ELEMENT_OPTIONS),
    horizon: enumOf(t('Jangka waktu', 'Horizon'), optionsOf(HORIZON_LABELS)),
    agencyId: ref('agencies', t('Perangkat daerah penanggung jawab', 'Lead agency')),
    innovationIds: refs('innovations', t('Inovasi', 'Innovations')),
    ...COMMON,
  },
  innovations: {
    id: ID,
    name: NAME,
    description: DESCRIPTION,
    pillarId: enumOf(t('Dimensi', 'Pillar'), PILLAR_OPTIONS),
    elementId: enumOf(t('Elemen', 'Element'), ELEMENT_OPTIONS),
    agencyId: ref('agencies', t('Perangkat daerah pengampu', 'Owner agency')),
    partnerIds: refs('stakeholders', t('Mitra pentahelix', 'Pentahelix partners')),
    horizon: enumOf(t('Jangka waktu', 'Horizon'), optionsOf(HORIZON_LABELS)),
    programmeId: ref('programmes', t('Program masterplan', 'Masterplan programme')),
    startDate: { label: t('Tanggal mulai', 'Start date'), kind: 'civilDate' },
    endDate: { label: t('Tanggal selesai', 'End date'), kind: 'civilDate' },
    evidence: EVIDENCE,
    applicationIds: refs('applications', t('Aplikasi SPBE', 'SPBE applications')),
    status: enumOf(t('Status', 'Status'), optionsOf(INNOVATION_STATUS_LABELS)),
    history: {
      label: t('Riwayat status', 'Status history'),
      description: t('Perpindahan status dengan tanggalnya', 'Status changes with their dates'),
      kind: 'list',
    },
    ...COMMON,
  },
  budgetLines: {
    id: ID,
    year: { label: t('Tahun anggaran', 'Fiscal year'), kind: 'year' },
    amount: { label: t('Jumlah', 'Amount'), kind: 'rupiah', unit: t('rupiah', 'rupiah') },
    source: enumOf(t('Sumber dana', 'Funding source'), optionsOf(BUDGET_SOURCE_LABELS)),
    note: NOTE,
  },
  kpis: {
    id: ID,
    name: { label: t('Nama indikator', 'Indicator name'), kind: 'text' },
    unit: { label: t('Satuan', 'Unit'), kind: 'text' },
    baseline: {
      label: t('Nilai awal (baseline)', 'Baseline'),
      description: t('Kosong bila tidak diketahui (bukan 0)', 'Empty when unknown (never 0 by default)'),
      kind: 'number',
    },
    'target.value': { label: t('Target', 'Target'), kind: 'number' },
    'target.unit': { label: t('Satuan target', 'Target unit'), kind: 'text' },
    'target.date': { label: t('Tanggal target', 'Target date'), kind: 'civilDate' },
    weight: { label: t('Bobot', 'Weight'), kind: 'number' },
    ...COMMON,
  },
  measurements: {
    id: ID,
    date: { label: t('Tanggal pengukuran', 'Measurement date'), kind: 'civilDate' },
    value: { label: t('Nilai', 'Value'), kind: 'number' },
    unit: { label: t('Satuan', 'Unit'), kind: 'text' },
    note: NOTE,
  },
  applications: {
    id: ID,
    name: NAME,
    agencyId: ref('agencies', t('Perangkat daerah pemilik', 'Owner agency')),
    url: { label: t('Alamat web', 'Web address'), kind: 'url' },
    kind: enumOf(t('Jenis aplikasi', 'Kind of application'), optionsOf(APPLICATION_KIND_LABELS)),
    status: enumOf(t('Status', 'Status'), optionsOf(APPLICATION_STATUS_LABELS)),
    description: DESCRIPTION,
    ...COMMON,
  },
  evaluations: {
    id: ID,
    kind: enumOf(t('Jenis evaluasi', 'Kind of evaluation'), optionsOf(EVALUATION_KIND_LABELS)),
    'cycle.year': { label: t('Tahun evaluasi', 'Evaluation year'), kind: 'year' },
    'cycle.stage': enumOf(t('Tahap', 'Stage'), optionsOf(EVALUATION_STAGE_LABELS)),
    date: { label: t('Tanggal', 'Date'), kind: 'civilDate' },
    title: { label: t('Judul', 'Title'), kind: 'text' },
    assessors: { label: t('Penilai', 'Assessors'), kind: 'list' },
    'scores.smartCityIndex.dimensions.baseline': INDEX_VALUE(t('Indeks baseline', 'Baseline index')),
    'scores.smartCityIndex.dimensions.output': INDEX_VALUE(t('Indeks output', 'Output index')),
    'scores.smartCityIndex.dimensions.outcome': INDEX_VALUE(t('Indeks outcome', 'Outcome index')),
    'scores.smartCityIndex.dimensions.impact': INDEX_VALUE(t('Indeks dampak', 'Impact index')),
    'scores.smartCityIndex.dimensions.quickWin': INDEX_VALUE(t('Indeks quick win', 'Quick win index')),
    'scores.smartCityIndex.pillars': {
      label: t('Indeks per dimensi', 'Index per pillar'),
      kind: 'object',
      unit: t('indeks 0–5', 'index 0–5'),
    },
    'scores.smartCityIndex.publishedTotal': INDEX_VALUE(
      t('Indeks smart city yang dipublikasikan', 'Published smart city index'),
    ),
    'scores.spbe': {
      label: t('Nilai SPBE', 'SPBE scores'),
      description: t('Tingkat kematangan per indikator SPBE', 'Maturity level per SPBE indicator'),
      kind: 'object',
    },
    evidence: EVIDENCE,
    innovationIds: refs('innovations', t('Inovasi yang dinilai', 'Innovations assessed')),
    ...COMMON,
  },
  findings: {
    id: ID,
    text: { label: t('Temuan', 'Finding'), kind: 'longText' },
  },
  risks: {
    id: ID,
    title: { label: t('Risiko', 'Risk'), kind: 'text' },
    description: DESCRIPTION,
    innovationId: ref('innovations', t('Inovasi', 'Innovation')),
    programmeId: ref('programmes', t('Program', 'Programme')),
    likelihood: { label: t('Kemungkinan (1–5)', 'Likelihood (1–5)'), kind: 'integer' },
    impact: { label: t('Dampak (1–5)', 'Impact (1–5)'), kind: 'integer' },
    ownerAgencyId: ref('agencies', t('Perangkat daerah pemilik risiko', 'Owner agency')),
    mitigation: { label: t('Mitigasi', 'Mitigation'), kind: 'longText' },
    status: enumOf(t('Status', 'Status'), optionsOf(RISK_STATUS_LABELS)),
    identifiedOn: { label: t('Tanggal diidentifikasi', 'Identified on'), kind: 'civilDate' },
    ...COMMON,
  },
};
