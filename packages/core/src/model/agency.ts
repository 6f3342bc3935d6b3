import * as z from 'zod/mini';
import type { LocalizedText } from '../i18n/index.js';
import { ExtensionsSchema, IdSchema, NameSchema, ProvenanceSchema } from './primitives.js';

/**
 * Kinds of *Perangkat Daerah* (OPD) of a kabupaten/kota (PP 18/2016; domain.md §5): the secretariats (Setda,
 * Setwan), *dinas* (service agencies), *badan* (boards), the Inspektorat and the *kecamatan*.
 *
 * @example
 * ```ts
 * AGENCY_KINDS.includes('badan'); // true
 * ```
 */
export const AGENCY_KINDS = ['sekretariat', 'dinas', 'badan', 'inspektorat', 'kecamatan', 'other'] as const;

/**
 * A kind of Perangkat Daerah.
 *
 * @example
 * ```ts
 * const kind: AgencyKind = 'dinas';
 * ```
 */
export type AgencyKind = (typeof AGENCY_KINDS)[number];

/**
 * Labels of the agency kinds.
 *
 * @example
 * ```ts
 * AGENCY_KIND_LABELS.badan.en; // 'Board (badan)'
 * ```
 */
export const AGENCY_KIND_LABELS: Readonly<Record<AgencyKind, LocalizedText>> = {
  sekretariat: { id: 'Sekretariat', en: 'Secretariat' },
  dinas: { id: 'Dinas', en: 'Agency (dinas)' },
  badan: { id: 'Badan', en: 'Board (badan)' },
  inspektorat: { id: 'Inspektorat', en: 'Inspectorate' },
  kecamatan: { id: 'Kecamatan', en: 'District (kecamatan)' },
  other: { id: 'Lainnya', en: 'Other' },
};

/**
 * Zod schema of an agency (*Perangkat Daerah*, OPD) of the municipality. OPD names vary between regions, so the
 * model keeps them as a free list with an abbreviation; {@link COMMON_AGENCIES} helps fill it.
 *
 * @example
 * ```ts
 * AgencySchema.parse({ id: 'diskominfo', name: 'Dinas Komunikasi dan Informatika', abbreviation: 'Diskominfo', kind: 'dinas' });
 * ```
 */
export const AgencySchema = z.strictObject({
  id: IdSchema.clone(),
  name: NameSchema.clone(),
  abbreviation: NameSchema.clone(),
  kind: z.optional(z.enum(AGENCY_KINDS)),
  extensions: z.optional(ExtensionsSchema),
  provenance: z.optional(ProvenanceSchema),
});

/**
 * An agency (OPD / Perangkat Daerah).
 *
 * @example
 * ```ts
 * const a: Agency = { id: 'dinkes', name: 'Dinas Kesehatan', abbreviation: 'Dinkes', kind: 'dinas' };
 * ```
 */
export type Agency = z.infer<typeof AgencySchema>;

/**
 * A row of {@link COMMON_AGENCIES}.
 *
 * @example
 * ```ts
 * const row: CommonAgency = COMMON_AGENCIES[0]!;
 * ```
 */
export interface CommonAgency {
  /** Suggested id for a workspace. */
  readonly id: string;
  /** The abbreviation as usually written. */
  readonly abbreviation: string;
  /** Other abbreviations of the same kind of agency seen in regions. */
  readonly aliases: readonly string[];
  readonly kind: AgencyKind;
  readonly name: LocalizedText;
}

/**
 * Common OPD of a kabupaten/kota with their usual abbreviations, to pre-fill or recognise agencies. Names differ
 * between regions (e.g. Bappeda is Baperida or Bapelitbang in some), so this is a helper, not a closed list.
 *
 * Source: domain.md §5 "Agency names seen": Diskominfo, Bappeda (Baperida, Bapelitbang), Disdukcapil, DPMPTSP,
 * Dindikbud, Disparpora, DLH, BKPSDM, Inspektorat, Setda (infopublik Pemalang 2020; `uzyeu/admin` seeders); Dinkes
 * and Dishub are marked [U] there. Disdik, Dinsos, BPBD, Setwan and Bapenda are the standard nomenclature of
 * PP 18/2016 agencies, not verified in domain.md.
 *
 * @example
 * ```ts
 * COMMON_AGENCIES.find((a) => a.abbreviation === 'Bappeda')?.name.en; // 'Regional Development Planning Agency'
 * ```
 */
export const COMMON_AGENCIES: readonly CommonAgency[] = [
  {
    id: 'setda',
    abbreviation: 'Setda',
    aliases: [],
    kind: 'sekretariat',
    name: { id: 'Sekretariat Daerah', en: 'Regional Secretariat' },
  },
  {
    id: 'setwan',
    abbreviation: 'Setwan',
    aliases: ['Setdprd'],
    kind: 'sekretariat',
    name: { id: 'Sekretariat DPRD', en: 'Secretariat of the Regional Parliament (DPRD)' },
  },
  {
    id: 'inspektorat',
    abbreviation: 'Inspektorat',
    aliases: [],
    kind: 'inspektorat',
    name: { id: 'Inspektorat Daerah', en: 'Regional Inspectorate' },
  },
  {
    id: 'bappeda',
    abbreviation: 'Bappeda',
    aliases: ['Baperida', 'Bapelitbang', 'Bappelitbangda'],
    kind: 'badan',
    name: { id: 'Badan Perencanaan Pembangunan Daerah', en: 'Regional Development Planning Agency' },
  },
  {
    id: 'diskominfo',
    abbreviation: 'Diskominfo',
    aliases: ['Dinkominfo', 'Kominfo'],
    kind: 'dinas',
    name: { id: 'Dinas Komunikasi dan Informatika', en: 'Communication and Informatics Agency' },
  },
  {
    id: 'disdukcapil',
    abbreviation: 'Disdukcapil',
    aliases: ['Dukcapil'],
    kind: 'dinas',
    name: { id: 'Dinas Kependudukan dan Pencatatan Sipil', en: 'Population and Civil Registration Agency' },
  },
  {
    id: 'dpmptsp',
    abbreviation: 'DPMPTSP',
    aliases: ['DPM-PTSP'],
    kind: 'dinas',
    name: {
      id: 'Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu',
      en: 'Investment and One-Stop Integrated Services Agency',
    },
  },
  {
    id: 'dinkes',
    abbreviation: 'Dinkes',
    aliases: [],
    kind: 'dinas',
    name: { id: 'Dinas Kesehatan', en: 'Health Agency' },
  },
  {
    id: 'disdik',
    abbreviation: 'Disdik',
    aliases: ['Dindik'],
    kind: 'dinas',
    name: { id: 'Dinas Pendidikan', en: 'Education Agency' },
  },
  {
    id: 'dindikbud',
    abbreviation: 'Dindikbud',
    aliases: ['Disdikbud'],
    kind: 'dinas',
    name: { id: 'Dinas Pendidikan dan Kebudayaan', en: 'Education and Culture Agency' },
  },
  {
    id: 'dinsos',
    abbreviation: 'Dinsos',
    aliases: [],
    kind: 'dinas',
    name: { id: 'Dinas Sosial', en: 'Social Affairs Agency' },
  },
  {
    id: 'dishub',
    abbreviation: 'Dishub',
    aliases: [],
    kind: 'dinas',
    name: { id: 'Dinas Perhubungan', en: 'Transport Agency' },
  },
  {
    id: 'dlh',
    abbreviation: 'DLH',
    aliases: [],
    kind: 'dinas',
    name: { id: 'Dinas Lingkungan Hidup', en: 'Environment Agency' },
  },
  {
    id: 'disparpora',
    abbreviation: 'Disparpora',
    aliases: ['Dispar'],
    kind: 'dinas',
    name: { id: 'Dinas Pariwisata, Pemuda dan Olahraga', en: 'Tourism, Youth and Sports Agency' },
  },
  {
    id: 'bkpsdm',
    abbreviation: 'BKPSDM',
    aliases: ['BKD', 'BKPP'],
    kind: 'badan',
    name: {
      id: 'Badan Kepegawaian dan Pengembangan Sumber Daya Manusia',
      en: 'Civil Service and Human Resources Development Agency',
    },
  },
  {
    id: 'bapenda',
    abbreviation: 'Bapenda',
    aliases: ['BPKPD'],
    kind: 'badan',
    name: { id: 'Badan Pendapatan Daerah', en: 'Regional Revenue Agency' },
  },
  {
    id: 'bpbd',
    abbreviation: 'BPBD',
    aliases: [],
    kind: 'badan',
    name: { id: 'Badan Penanggulangan Bencana Daerah', en: 'Regional Disaster Management Agency' },
  },
];

const commonByAbbreviation = new Map<string, CommonAgency>();
for (const agency of COMMON_AGENCIES) {
  for (const key of [agency.abbreviation, agency.id, ...agency.aliases]) {
    commonByAbbreviation.set(key.toLowerCase().replace(/[\s.-]+/g, ''), agency);
  }
}

/**
 * Looks up a common OPD by abbreviation (or alias), ignoring case, spaces, dots and hyphens.
 *
 * @example
 * ```ts
 * findCommonAgency('DPM-PTSP')?.id; // 'dpmptsp'
 * findCommonAgency('bapelitbang')?.abbreviation; // 'Bappeda'
 * ```
 */
export function findCommonAgency(abbreviation: string): CommonAgency | undefined {
  return commonByAbbreviation.get(abbreviation.toLowerCase().replace(/[\s.-]+/g, ''));
}
