import * as z from 'zod/mini';
import type { LocalizedText } from '../i18n/index.js';
import { MESSAGE_KEYS } from './messages.js';

/**
 * The shape of every id in a workspace: a lower-case slug of letters, digits, `.`, `_` and `-`, 1–64 characters,
 * starting with a letter or digit. Ids are written into spreadsheets and reports and must stay stable across
 * export → edit → import, which is why they are plain ASCII slugs.
 *
 * @example
 * ```ts
 * ID_PATTERN.test('diskominfo'); // true
 * ID_PATTERN.test('Dinas Kesehatan'); // false
 * ```
 */
export const ID_PATTERN = /^[a-z0-9][a-z0-9._-]{0,63}$/;

// Row schemas use `.clone()` of the shared field schemas below (`id: IdSchema.clone()`): the same validation, but
// a distinct instance per field, so that the collection registry can attach each field's own label to it
// (`fieldMeta(InnovationSchema.shape.agencyId)`).

/**
 * Zod schema of an id (see {@link ID_PATTERN}).
 *
 * @example
 * ```ts
 * IdSchema.safeParse('inv.sipedas-2024').success; // true
 * ```
 */
export const IdSchema = z
  .string({ error: MESSAGE_KEYS.id })
  .check(z.regex(ID_PATTERN, { error: MESSAGE_KEYS.id }));

/**
 * An id of a record in a workspace.
 *
 * @example
 * ```ts
 * const id: Id = 'dinkes';
 * ```
 */
export type Id = z.infer<typeof IdSchema>;

// One civil-date schema and check for the whole core (calendar/civilDate.ts): `YYYY-MM-DD` that really exists,
// no time zone; the same issue and message wherever a date is given.
export { type CivilDate, CivilDateSchema, isCivilDate } from '../calendar/civilDate.js';

/**
 * Zod schema of an amount of money in whole rupiah: a non-negative safe integer. Rupiah has no minor unit in
 * practice and budgets (APBD) are written in whole rupiah, so fractions are rejected rather than rounded.
 *
 * @example
 * ```ts
 * RupiahSchema.safeParse(1_500_000_000).success; // true
 * RupiahSchema.safeParse(1500.5).success; // false
 * ```
 */
export const RupiahSchema = z.number().check(z.int(), z.nonnegative());

/**
 * An amount of money in whole rupiah (IDR).
 *
 * @example
 * ```ts
 * const amount: Rupiah = 250_000_000;
 * ```
 */
export type Rupiah = z.infer<typeof RupiahSchema>;

/**
 * The range of calendar years the model accepts (1900–2100). Regulations and plans of Indonesian regions fall well
 * inside it; anything outside is almost certainly a typo (e.g. `20244`) or a spreadsheet serial number.
 *
 * @example
 * ```ts
 * YEAR_RANGE.min; // 1900
 * ```
 */
export const YEAR_RANGE = { min: 1900, max: 2100 } as const;

/**
 * Zod schema of a calendar year (an integer in {@link YEAR_RANGE}).
 *
 * @example
 * ```ts
 * YearSchema.safeParse(2024).success; // true
 * ```
 */
export const YearSchema = z.number().check(z.int(), z.gte(YEAR_RANGE.min), z.lte(YEAR_RANGE.max));

/**
 * Zod schema of a period of whole years, e.g. a masterplan 2020–2024 or an RPJMD 2025–2029. The model accepts
 * `endYear < startYear` at field level and reports it as a `date_order` issue in the cross-record checks, so that
 * the user sees it next to the other issues of the workspace.
 *
 * @example
 * ```ts
 * YearPeriodSchema.parse({ startYear: 2020, endYear: 2024 });
 * ```
 */
export const YearPeriodSchema = yearPeriodSchema();

/**
 * A new, distinct instance of {@link YearPeriodSchema}: each use in a row schema gets its own, so that field
 * metadata (the collection registry) can attach a label per use ("masterplan start year", "RPJMD start year").
 * Internal to the model.
 */
export function yearPeriodSchema() {
  return z.strictObject({ startYear: YearSchema.clone(), endYear: YearSchema.clone() });
}

/**
 * A period of whole years.
 *
 * @example
 * ```ts
 * const rpjmd: YearPeriod = { startYear: 2025, endYear: 2029 };
 * ```
 */
export type YearPeriod = z.infer<typeof YearPeriodSchema>;

/**
 * The longest text a field accepts: 32,767 characters, the most an Excel cell holds, so that every workspace can
 * be exported to a spreadsheet without truncation.
 *
 * @example
 * ```ts
 * TEXT_MAX_LENGTH; // 32767
 * ```
 */
export const TEXT_MAX_LENGTH = 32_767;

/** A required, non-empty text such as a name or a title. */
export const NameSchema = z.string().check(z.minLength(1), z.maxLength(TEXT_MAX_LENGTH));

/** A free text that may be empty (descriptions, notes). */
export const TextSchema = z.string().check(z.maxLength(TEXT_MAX_LENGTH));

/**
 * The pattern of a web address the model accepts: `http://` or `https://`, a host, then anything without spaces.
 * Other schemes (`javascript:`, `data:`, `file:`) are rejected because reports render these as links.
 *
 * @example
 * ```ts
 * HTTP_URL_PATTERN.test('https://pontianak.go.id'); // true
 * HTTP_URL_PATTERN.test('javascript:alert(1)'); // false
 * ```
 */
export const HTTP_URL_PATTERN = /^https?:\/\/[^\s/?#]+(?:[/?#]\S*)?$/;

/**
 * Zod schema of an http(s) web address (see {@link HTTP_URL_PATTERN}).
 *
 * @example
 * ```ts
 * HttpUrlSchema.safeParse('https://smartcity.pontianak.go.id/inovasi').success; // true
 * ```
 */
export const HttpUrlSchema = z
  .string({ error: MESSAGE_KEYS.url })
  .check(z.maxLength(2048), z.regex(HTTP_URL_PATTERN, { error: MESSAGE_KEYS.url }));

/**
 * Zod schema of the `extensions` field every entity may carry: the one place for an integrator's own data. Its
 * content is kept as is (only prototype-polluting keys are rejected, as everywhere).
 *
 * @example
 * ```ts
 * ExtensionsSchema.parse({ 'sipd.kodeKegiatan': '2.16.02.1.01' });
 * ```
 */
export const ExtensionsSchema = z.record(z.string(), z.unknown());

/**
 * Integrator data attached to an entity.
 *
 * @example
 * ```ts
 * const ext: Extensions = { legacyId: 42 };
 * ```
 */
export type Extensions = z.infer<typeof ExtensionsSchema>;

/**
 * Zod schema of where a record's data comes from: `sources` are citations (URLs, documents), `illustrative` names
 * the fields whose values are invented for illustration, or `['*']` when the whole record is.
 *
 * @example
 * ```ts
 * ProvenanceSchema.parse({ sources: ['https://pontianak.go.id/berita/123'], illustrative: ['budget'] });
 * ```
 */
export const ProvenanceSchema = z.strictObject({
  sources: z.optional(z.array(NameSchema)),
  illustrative: z.optional(z.array(NameSchema)),
});

/**
 * Where a record's data comes from.
 *
 * @example
 * ```ts
 * const p: Provenance = { illustrative: ['*'] };
 * ```
 */
export type Provenance = z.infer<typeof ProvenanceSchema>;

/**
 * The kinds of evidence (*data dukung*) a record can cite.
 *
 * @example
 * ```ts
 * EVIDENCE_KINDS.includes('photo'); // true
 * ```
 */
export const EVIDENCE_KINDS = ['document', 'photo', 'video', 'link', 'regulation'] as const;

/**
 * A kind of evidence.
 *
 * @example
 * ```ts
 * const kind: EvidenceKind = 'document';
 * ```
 */
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];

/**
 * Labels of the evidence kinds.
 *
 * @example
 * ```ts
 * EVIDENCE_KIND_LABELS.photo.id; // 'Foto'
 * ```
 */
export const EVIDENCE_KIND_LABELS: Readonly<Record<EvidenceKind, LocalizedText>> = {
  document: { id: 'Dokumen', en: 'Document' },
  photo: { id: 'Foto', en: 'Photo' },
  video: { id: 'Video', en: 'Video' },
  link: { id: 'Tautan', en: 'Link' },
  regulation: { id: 'Regulasi', en: 'Regulation' },
};

/**
 * Zod schema of a piece of evidence (*data dukung*): a label and an http(s) link. Evaluators check answers against
 * such evidence ("jawaban kuesioner belum disertai data dukung" is a typical finding, domain.md §2.5).
 *
 * @example
 * ```ts
 * EvidenceSchema.parse({ label: 'Perwal 37/2019', url: 'https://jdih.example.go.id/perwal-37-2019.pdf', kind: 'regulation' });
 * ```
 */
export const EvidenceSchema = z.strictObject({
  label: NameSchema,
  url: HttpUrlSchema,
  kind: z.optional(z.enum(EVIDENCE_KINDS)),
  extensions: z.optional(ExtensionsSchema),
  provenance: z.optional(ProvenanceSchema),
});

/**
 * A piece of evidence.
 *
 * @example
 * ```ts
 * const e: Evidence = { label: 'Foto peluncuran', url: 'https://example.go.id/foto.jpg', kind: 'photo' };
 * ```
 */
export type Evidence = z.infer<typeof EvidenceSchema>;
