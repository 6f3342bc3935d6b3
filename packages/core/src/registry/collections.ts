import * as z from 'zod/mini';
import { FIELD_TABLES } from './fields.js';
import type { CollectionId, FieldMeta } from './meta.js';
import { COLLECTION_SHAPES, type CollectionShape } from './structure.js';

/**
 * A field of a collection as listed by the registry: its metadata, its dotted key inside the row and whether a
 * row must have it.
 *
 * @example
 * ```ts
 * const f: FieldInfo = { key: 'cycle.year', required: true, label: { id: 'Tahun evaluasi', en: 'Evaluation year' },
 *   kind: 'year' };
 * ```
 */
export interface FieldInfo extends FieldMeta {
  /** Dotted path inside the row, e.g. `'cycle.year'`. */
  readonly key: string;
  /** Whether the field must be given (it has neither a default nor `optional`). */
  readonly required: boolean;
}

/**
 * A collection of the workspace as data: where it lives, how its rows are identified and shown, its bilingual
 * names, its references to other collections, its fields (flat, leaf-level, in display order; nested rows are
 * collections of their own) and its zod row schema.
 *
 * @example
 * ```ts
 * const kpis: CollectionInfo = getCollection('kpis');
 * kpis.path; // ['innovations', '*', 'kpis', '*']
 * ```
 */
export interface CollectionInfo {
  readonly id: CollectionId;
  /** From the workspace root; `'*'` for every index of an array (or every key of an object). */
  readonly path: readonly string[];
  /** For nested collections: the collection that holds the rows. */
  readonly parent?: CollectionId;
  /** `true` for the single records `workspace`, `municipality` and `masterplan`. */
  readonly singleton?: boolean;
  /** Dotted key of the row's stable id (`''` for the workspace root and the masterplan, of which there is one). */
  readonly idField: string;
  /** Dotted key of the field that names a row for people. */
  readonly displayField: string;
  readonly entity: import('../i18n/index.js').LocalizedText;
  readonly entityPlural: import('../i18n/index.js').LocalizedText;
  readonly references: readonly { readonly field: string; readonly collection: CollectionId }[];
  readonly fields: readonly FieldInfo[];
  readonly schema: z.core.$ZodType;
}

// ─── zod schema walking ─────────────────────────────────────────────────────────────────────────────────────────

interface Def {
  type: string;
  innerType?: z.core.$ZodType;
  shape?: Record<string, z.core.$ZodType>;
}

function defOf(schema: z.core.$ZodType): Def {
  return (schema as unknown as { _zod: { def: Def } })._zod.def;
}

/** The schema under `optional`, `default` and `nullable`, and whether one of them makes the field not required. */
function unwrap(schema: z.core.$ZodType): { inner: z.core.$ZodType; optional: boolean } {
  let inner = schema;
  let optional = false;
  for (;;) {
    const def = defOf(inner);
    if (def.type === 'optional' || def.type === 'default' || def.type === 'prefault') optional = true;
    else if (def.type !== 'nullable') return { inner, optional };
    inner = def.innerType!;
  }
}

interface Slot {
  key: string;
  schema: z.core.$ZodType;
  required: boolean;
}

/** The leaf fields of a row schema: nested objects are flattened to dotted keys, nested collections skipped. */
function leafSlots(schema: z.core.$ZodType, skip: ReadonlySet<string>): Slot[] {
  const out: Slot[] = [];
  const walk = (object: z.core.$ZodType, prefix: string, required: boolean) => {
    const shape = defOf(object).shape ?? {};
    for (const [key, field] of Object.entries(shape)) {
      const dotted = prefix + key;
      if (skip.has(dotted)) continue;
      const { inner, optional } = unwrap(field);
      if (defOf(inner).type === 'object' && !(dotted in LEAF_OBJECTS)) {
        walk(inner, `${dotted}.`, required && !optional);
      } else {
        out.push({ key: dotted, schema: field, required: required && !optional });
      }
    }
  };
  walk(unwrap(schema).inner, '', true);
  return out;
}

// Objects kept as one field: free-form or owned by other areas (calendar overrides, SPBE scores, provenance).
const LEAF_OBJECTS: Readonly<Record<string, true>> = {
  calendar: true,
  provenance: true,
  'scores.spbe': true,
};

/** Keys of a collection's rows that hold other collections (e.g. `kpis` of an innovation). */
function nestedKeys(shape: CollectionShape): Set<string> {
  const keys = new Set<string>();
  for (const other of COLLECTION_SHAPES) {
    if (other === shape || other.path.length <= shape.path.length) continue;
    if (shape.path.every((segment, i) => other.path[i] === segment)) {
      keys.add(other.path[shape.path.length]!);
    }
  }
  return keys;
}

// ─── the registry ───────────────────────────────────────────────────────────────────────────────────────────────

/** Field metadata attached to the model's zod schemas (the schema instance of each field of each collection). */
const fieldRegistry = z.registry<FieldMeta>();

function buildCollections(): readonly CollectionInfo[] {
  return COLLECTION_SHAPES.map((shape) => {
    const table = FIELD_TABLES[shape.id];
    const fields = leafSlots(shape.schema, nestedKeys(shape)).map((slot): FieldInfo => {
      // A field without an entry fails the registry test; the key is shown rather than nothing.
      const meta = table[slot.key] ?? { label: { id: slot.key, en: slot.key }, kind: 'text' };
      if (!fieldRegistry.has(slot.schema)) fieldRegistry.add(slot.schema, meta);
      return { ...meta, key: slot.key, required: slot.required };
    });
    return { ...shape, fields };
  });
}

/**
 * Every collection of a workspace with its fields: the one list an exporter, importer, report or form walks
 * instead of hand-writing columns. Parents come before their nested collections.
 *
 * @example
 * ```ts
 * COLLECTIONS.map((c) => c.id); // ['workspace', 'municipality', 'regulations', 'agencies', …]
 * getCollection('budgetLines').fields.map((f) => f.key); // ['id', 'year', 'amount', 'source', 'note']
 * ```
 */
export const COLLECTIONS: readonly CollectionInfo[] = /* @__PURE__ */ buildCollections();

const BY_ID = new Map<string, CollectionInfo>(COLLECTIONS.map((c) => [c.id, c]));

/**
 * The collection with this id. Throws a `RangeError` on an id that is not a {@link CollectionId} (a programmer
 * error: the type allows only known ids).
 *
 * @example
 * ```ts
 * getCollection('innovations').entity.en; // 'Innovation'
 * getCollection('measurements').parent; // 'kpis'
 * ```
 */
export function getCollection(id: CollectionId): CollectionInfo {
  const found = BY_ID.get(id);
  if (found === undefined) throw new RangeError(`Unknown collection id: ${String(id)}`);
  return found;
}

/**
 * The metadata attached to a field's zod schema (as found in a row schema's shape, e.g.
 * `InnovationSchema.shape.status`), or `undefined` for a schema that is not a field of a collection.
 *
 * @example
 * ```ts
 * fieldMeta(InnovationSchema.shape.status)?.label.id; // 'Status'
 * fieldMeta(BudgetLineSchema.shape.amount)?.kind; // 'rupiah'
 * ```
 */
export function fieldMeta(schema: z.core.$ZodType): FieldMeta | undefined {
  return fieldRegistry.get(schema);
}
