import type { LocalizedText } from '../i18n/index.js';

/**
 * What kind of value a field holds, for renderers, forms and spreadsheets: `rupiah` is whole rupiah, `percent`
 * 0–100, `civilDate` `YYYY-MM-DD`, `enum` one of `options`, `reference` the id of a row of `reference`, `list` a
 * list (of references when `reference` is set), `object` structured data kept as is (extensions, scores).
 *
 * @example
 * ```ts
 * const kind: FieldKind = 'rupiah';
 * ```
 */
export type FieldKind =
  | 'id'
  | 'text'
  | 'longText'
  | 'integer'
  | 'number'
  | 'rupiah'
  | 'percent'
  | 'civilDate'
  | 'year'
  | 'boolean'
  | 'enum'
  | 'reference'
  | 'url'
  | 'list'
  | 'object'
  | 'localizedText';

/**
 * One option of an `enum` field: the stored value and its label.
 *
 * @example
 * ```ts
 * const option: FieldOption = { value: 'quick-win', label: { id: 'Quick win', en: 'Quick win' } };
 * ```
 */
export interface FieldOption {
  readonly value: string | number;
  readonly label: LocalizedText;
}

/**
 * Metadata of a field of the model: bilingual label and description, kind, enum options with bilingual labels,
 * the collection a reference points to, and a unit.
 *
 * @example
 * ```ts
 * const meta: FieldMeta = { label: { id: 'Jumlah', en: 'Amount' }, kind: 'rupiah', unit: { id: 'rupiah', en: 'rupiah' } };
 * ```
 */
export interface FieldMeta {
  readonly label: LocalizedText;
  readonly description?: LocalizedText;
  readonly kind: FieldKind;
  /** For `enum` fields: every allowed value with its label, in display order. */
  readonly options?: readonly FieldOption[];
  /** For `reference` fields (and lists of references): the collection whose ids are allowed. */
  readonly reference?: CollectionId;
  readonly unit?: LocalizedText;
}

/**
 * The collections of a workspace: top-level lists, nested rows (budget lines, KPIs, measurements, findings, body
 * members, programmes, regulations) and the three single records (`workspace` root fields, `municipality`,
 * `masterplan`).
 *
 * @example
 * ```ts
 * const id: CollectionId = 'budgetLines';
 * ```
 */
export type CollectionId =
  | 'workspace'
  | 'municipality'
  | 'regulations'
  | 'agencies'
  | 'stakeholders'
  | 'bodies'
  | 'bodyMembers'
  | 'masterplan'
  | 'programmes'
  | 'innovations'
  | 'budgetLines'
  | 'kpis'
  | 'measurements'
  | 'applications'
  | 'evaluations'
  | 'findings'
  | 'risks';

/** Options of an enum field from one of the model's label catalogues, in the catalogue's order. */
export function optionsOf(labels: Readonly<Record<string, LocalizedText>>): readonly FieldOption[] {
  return Object.entries(labels).map(([value, label]) => ({ value, label }));
}
