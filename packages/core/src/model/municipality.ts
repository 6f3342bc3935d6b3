import * as z from 'zod/mini';
import type { LocalizedText } from '../i18n/index.js';
import { MESSAGE_KEYS, regionCodeKindMessage } from './messages.js';
import {
  ExtensionsSchema,
  HttpUrlSchema,
  IdSchema,
  NameSchema,
  ProvenanceSchema,
  YearSchema,
} from './primitives.js';
import { INDONESIAN_TIME_ZONES } from './timeZones.js';

/**
 * The two kinds of second-level region that join the programme: *kota* (city) and *kabupaten* (regency).
 *
 * @example
 * ```ts
 * MUNICIPALITY_KINDS; // ['kota', 'kabupaten']
 * ```
 */
export const MUNICIPALITY_KINDS = ['kota', 'kabupaten'] as const;

/**
 * Kota or kabupaten.
 *
 * @example
 * ```ts
 * const kind: MunicipalityKind = 'kabupaten';
 * ```
 */
export type MunicipalityKind = (typeof MUNICIPALITY_KINDS)[number];

/**
 * Labels of the municipality kinds.
 *
 * @example
 * ```ts
 * MUNICIPALITY_KIND_LABELS.kabupaten.en; // 'Regency (kabupaten)'
 * ```
 */
export const MUNICIPALITY_KIND_LABELS: Readonly<Record<MunicipalityKind, LocalizedText>> = {
  kota: { id: 'Kota', en: 'City (kota)' },
  kabupaten: { id: 'Kabupaten', en: 'Regency (kabupaten)' },
};

export {
  INDONESIAN_TIME_ZONE_LABELS,
  INDONESIAN_TIME_ZONES,
  type IndonesianTimeZone,
  suggestIndonesianTimeZones,
} from './timeZones.js';

/**
 * The island groups named by the first digit of a Kemendagri province code (domain.md §5): 1 Sumatra, 2 Kepulauan
 * Riau, 3 Java, 5 Nusa Tenggara (with Bali), 6 Kalimantan, 7 Sulawesi, 8 Maluku, 9 Papua. No province code starts
 * with 0 or 4.
 *
 * @example
 * ```ts
 * REGION_ISLAND_GROUPS['6'].en; // 'Kalimantan'
 * ```
 */
export const REGION_ISLAND_GROUPS: Readonly<
  Record<'1' | '2' | '3' | '5' | '6' | '7' | '8' | '9', LocalizedText>
> = {
  '1': { id: 'Sumatra', en: 'Sumatra' },
  '2': { id: 'Kepulauan Riau', en: 'Riau Islands' },
  '3': { id: 'Jawa', en: 'Java' },
  '5': { id: 'Bali dan Nusa Tenggara', en: 'Bali and Nusa Tenggara' },
  '6': { id: 'Kalimantan', en: 'Kalimantan' },
  '7': { id: 'Sulawesi', en: 'Sulawesi' },
  '8': { id: 'Maluku', en: 'Maluku' },
  '9': { id: 'Papua', en: 'Papua' },
};

/**
 * The Kemendagri `PP.KK` code of a kabupaten/kota: two digits of province (first digit = island group, see
 * {@link REGION_ISLAND_GROUPS}), a dot, two digits of kabupaten (01–69) or kota (71–99). Source: domain.md §5
 * (Permendagri 58/2021; Kepmendagri 300.2.2-2138/2025).
 *
 * @example
 * ```ts
 * REGION_CODE_PATTERN.test('61.71'); // true  (Kota Pontianak)
 * REGION_CODE_PATTERN.test('6171'); // false (that is the BPS form)
 * ```
 */
export const REGION_CODE_PATTERN = /^[1235-9]\d\.\d{2}$/;

const REGION_CODE_SHAPE = /^\d\d\.\d\d$/;

/**
 * The kind a region code's KK part implies: 01–69 kabupaten, 71–99 kota, anything else none.
 *
 * @example
 * ```ts
 * regionCodeKind('61.71'); // 'kota'
 * regionCodeKind('33.26'); // 'kabupaten'
 * regionCodeKind('33.70'); // undefined
 * ```
 */
export function regionCodeKind(code: string): MunicipalityKind | undefined {
  if (!REGION_CODE_SHAPE.test(code)) return undefined;
  const kk = Number(code.slice(3));
  if (kk >= 1 && kk <= 69) return 'kabupaten';
  if (kk >= 71 && kk <= 99) return 'kota';
  return undefined;
}

/**
 * Kinds of regional regulation a municipality issues.
 *
 * @example
 * ```ts
 * REGULATION_KINDS[0]; // 'perda'
 * ```
 */
export const REGULATION_KINDS = ['perda', 'perwal', 'perbup', 'keputusan', 'other'] as const;

/**
 * A kind of regional regulation.
 *
 * @example
 * ```ts
 * const kind: RegulationKind = 'perbup';
 * ```
 */
export type RegulationKind = (typeof REGULATION_KINDS)[number];

/**
 * Labels of the regulation kinds. The masterplan is legalised by a Perbup or Perwal (domain.md §2.2 step 5,
 * e.g. Perbup Bojonegoro 13/2020, Perwako Padang Panjang 37/2019); bodies are usually set up by a *Keputusan*.
 *
 * @example
 * ```ts
 * REGULATION_KIND_LABELS.perwal.id; // 'Peraturan Wali Kota (Perwal/Perwali/Perwako)'
 * ```
 */
export const REGULATION_KIND_LABELS: Readonly<Record<RegulationKind, LocalizedText>> = {
  perda: { id: 'Peraturan Daerah (Perda)', en: 'Regional regulation (Perda)' },
  perwal: { id: 'Peraturan Wali Kota (Perwal/Perwali/Perwako)', en: 'Mayoral regulation (Perwal)' },
  perbup: { id: 'Peraturan Bupati (Perbup)', en: 'Regent regulation (Perbup)' },
  keputusan: { id: 'Keputusan (SK) Kepala Daerah', en: 'Decree (SK) of the head of region' },
  other: { id: 'Lainnya', en: 'Other' },
};

/**
 * What a regulation is about, as far as the programme cares.
 *
 * @example
 * ```ts
 * REGULATION_TOPICS.includes('masterplan'); // true
 * ```
 */
export const REGULATION_TOPICS = ['smart-city', 'spbe', 'masterplan', 'other'] as const;

/**
 * A regulation topic.
 *
 * @example
 * ```ts
 * const topic: RegulationTopic = 'spbe';
 * ```
 */
export type RegulationTopic = (typeof REGULATION_TOPICS)[number];

/**
 * Labels of the regulation topics.
 *
 * @example
 * ```ts
 * REGULATION_TOPIC_LABELS.spbe.en; // 'E-government (SPBE)'
 * ```
 */
export const REGULATION_TOPIC_LABELS: Readonly<Record<RegulationTopic, LocalizedText>> = {
  'smart-city': { id: 'Smart city', en: 'Smart city' },
  spbe: { id: 'SPBE (Sistem Pemerintahan Berbasis Elektronik)', en: 'E-government (SPBE)' },
  masterplan: { id: 'Masterplan smart city', en: 'Smart city masterplan' },
  other: { id: 'Lainnya', en: 'Other' },
};

/**
 * Zod schema of a regional regulation (Perda, Perwal, Perbup, Keputusan…).
 *
 * @example
 * ```ts
 * RegulationSchema.parse({ id: 'perwal-37-2019', kind: 'perwal', number: '37', year: 2019,
 *   title: 'Masterplan Smart City Kota Padang Panjang', topic: 'masterplan' });
 * ```
 */
export const RegulationSchema = z.strictObject({
  id: IdSchema.clone(),
  kind: z.enum(REGULATION_KINDS),
  number: NameSchema.clone(),
  year: YearSchema.clone(),
  title: NameSchema.clone(),
  topic: z.optional(z.enum(REGULATION_TOPICS)),
  url: z.optional(HttpUrlSchema),
  extensions: z.optional(ExtensionsSchema),
  provenance: z.optional(ProvenanceSchema),
});

/**
 * A regional regulation.
 *
 * @example
 * ```ts
 * const r: Regulation = { id: 'perbup-13-2020', kind: 'perbup', number: '13', year: 2020, title: 'Masterplan Smart City' };
 * ```
 */
export type Regulation = z.infer<typeof RegulationSchema>;

/**
 * The first year of the programme (2017, the first 25 cities, domain.md §0.2); a cohort year before it is an error.
 *
 * @example
 * ```ts
 * PROGRAMME_FIRST_YEAR; // 2017
 * ```
 */
export const PROGRAMME_FIRST_YEAR = 2017;

/**
 * Zod schema of the municipality a workspace belongs to. `regionCode` must be a Kemendagri `PP.KK` code whose KK
 * range matches `kind` (kabupaten 01–69, kota 71–99). `bpsCode` is stored separately and never assumed to equal
 * the Kemendagri code (domain.md §5).
 *
 * @example
 * ```ts
 * MunicipalitySchema.parse({ name: 'Pontianak', kind: 'kota', regionCode: '61.71', bpsCode: '6171',
 *   province: 'Kalimantan Barat', timeZone: 'Asia/Pontianak' });
 * ```
 */
export const MunicipalitySchema = z
  .strictObject({
    name: NameSchema.clone(),
    kind: z.enum(MUNICIPALITY_KINDS),
    regionCode: z
      .string({ error: MESSAGE_KEYS.regionCode })
      .check(z.regex(REGION_CODE_PATTERN, { error: MESSAGE_KEYS.regionCode })),
    bpsCode: z.optional(
      z.string({ error: MESSAGE_KEYS.bpsCode }).check(z.regex(/^\d{4}$/, { error: MESSAGE_KEYS.bpsCode })),
    ),
    province: NameSchema.clone(),
    timeZone: z.enum(INDONESIAN_TIME_ZONES, { error: MESSAGE_KEYS.timeZone }),
    cohortYear: z.optional(z.number().check(z.int(), z.gte(PROGRAMME_FIRST_YEAR), z.lte(2100))),
    regulations: z._default(z.array(RegulationSchema), []),
    extensions: z.optional(ExtensionsSchema),
    provenance: z.optional(ProvenanceSchema),
  })
  .check(
    z.superRefine((m, ctx) => {
      // zod runs this even when regionCode has a format issue; that issue already says what is wrong.
      if (!REGION_CODE_PATTERN.test(m.regionCode)) return;
      if (regionCodeKind(m.regionCode) !== m.kind) {
        ctx.addIssue({
          code: 'custom',
          path: ['regionCode'],
          message: 'region_code_kind',
          params: { code: 'region_code_kind', message: regionCodeKindMessage(m.regionCode, m.kind) },
        });
      }
    }),
  );

/**
 * The municipality (kabupaten/kota) a workspace belongs to.
 *
 * @example
 * ```ts
 * const m: Municipality = { name: 'Pontianak', kind: 'kota', regionCode: '61.71', province: 'Kalimantan Barat',
 *   timeZone: 'Asia/Pontianak', regulations: [] };
 * ```
 */
export type Municipality = z.infer<typeof MunicipalitySchema>;
