/**
 * Field metadata of the per-indicator SPBE assessment (`scores.spbe.indicators[n]`), in the registry's
 * `FieldMeta` form, so that spreadsheet exporters, importers, forms and reports label the columns of an SPBE
 * worksheet without a hand-written list. The registry describes `scores.spbe` as one object field; the rows
 * inside it are keyed by indicator id (see `SPBE_MODELS`), not by a stable row id, so they are described here.
 */
import type { FieldMeta } from '../registry/meta.js';
import type { SpbeModel } from './spbe-models.js';

const LEVEL_UNIT = { id: 'tingkat kematangan', en: 'maturity level' } as const;

/**
 * The fields of one SPBE indicator assessment, in display order: self-assessed level (penilaian mandiri),
 * verified level (hasil evaluasi eksternal), explanation (penjelasan: fakta dan analisis), recommendation and
 * evidence (data dukung: file names or links). For the allowed levels and their names, see
 * {@link spbeLevelFieldMeta}.
 *
 * @example
 * ```ts
 * SPBE_ASSESSMENT_FIELDS.verified.label.id; // 'Tingkat hasil verifikasi'
 * Object.keys(SPBE_ASSESSMENT_FIELDS); // ['self', 'verified', 'explanation', 'recommendation', 'evidence']
 * ```
 */
export const SPBE_ASSESSMENT_FIELDS: Readonly<
  Record<'self' | 'verified' | 'explanation' | 'recommendation' | 'evidence', FieldMeta>
> = {
  self: {
    label: { id: 'Tingkat penilaian mandiri', en: 'Self-assessed level' },
    description: {
      id: 'Tingkat kematangan yang dipilih asesor internal instansi',
      en: "The maturity level chosen by the institution's internal assessors",
    },
    kind: 'integer',
    unit: LEVEL_UNIT,
  },
  verified: {
    label: { id: 'Tingkat hasil verifikasi', en: 'Verified level' },
    description: {
      id: 'Tingkat kematangan yang ditetapkan asesor eksternal (Kementerian PANRB)',
      en: 'The maturity level set by the external assessors (Ministry of PANRB)',
    },
    kind: 'integer',
    unit: LEVEL_UNIT,
  },
  explanation: {
    label: { id: 'Penjelasan', en: 'Explanation' },
    description: {
      id: 'Fakta dan analisis yang mendukung tingkat yang dipilih',
      en: 'Facts and analysis supporting the level chosen',
    },
    kind: 'longText',
  },
  recommendation: {
    label: { id: 'Rekomendasi', en: 'Recommendation' },
    kind: 'longText',
  },
  evidence: {
    label: { id: 'Data dukung', en: 'Evidence' },
    description: {
      id: 'Nama berkas atau tautan data dukung, misalnya "1.Perwal-12-2021.pdf"',
      en: 'File names or links of the supporting evidence, e.g. "1.Perwal-12-2021.pdf"',
    },
    kind: 'list',
  },
};

/**
 * The level field of an indicator of a model as an enum `FieldMeta`: every allowed level with its name (named
 * levels of the indicator's domain; a level without an official name is labelled with its number).
 *
 * @example
 * ```ts
 * spbeLevelFieldMeta(SPBE_MODELS['spbe-2020'], '42', 'verified').options?.map((o) => o.label.id);
 * // ['1 Informasi', '2 Interaksi', '3 Transaksi', '4 Kolaborasi', '5 Optimum']
 * ```
 */
export function spbeLevelFieldMeta(
  model: SpbeModel,
  indicatorId: string,
  basis: 'self' | 'verified',
): FieldMeta {
  const indicator = model.indicators.find((i) => i.id === indicatorId);
  const domain = indicator && model.domains.find((d) => d.id === indicator.domainId);
  const names = domain ? model.levels.names[domain.levelKind] : [];
  const options = [];
  for (let level = model.levels.min; level <= model.levels.max; level++) {
    const name = names.find((n) => n.value === level);
    options.push({
      value: level,
      label: name
        ? { id: `${level} ${name.label.id}`, en: `${level} ${name.label.en}` }
        : { id: String(level), en: String(level) },
    });
  }
  const base = SPBE_ASSESSMENT_FIELDS[basis];
  return {
    label: indicator
      ? { id: `${indicator.code} ${base.label.id}`, en: `${indicator.code} ${base.label.en}` }
      : base.label,
    ...(base.description ? { description: base.description } : {}),
    kind: 'enum',
    options,
  };
}
