// The sheet layout, derived from the core's collection and field registry: one sheet per collection, one column
// per leaf field (in the registry's order), plus the parent's id for nested rows and the list a finding belongs to.
// Nothing here names a field of the model.
import {
  COLLECTIONS,
  type CollectionId,
  type CollectionInfo,
  type FieldInfo,
  type FieldKind,
  type FieldOption,
  type Lang,
  type LocalizedText,
  localize,
} from '@smartcity/core';

/** What a column holds. `parent` is the id of the row that holds a nested row; `group` the list it is in. */
export type ColumnKind = FieldKind | 'parent' | 'group';

export interface SheetColumn {
  /** Dotted field key, or `@parent` / `@group`. */
  key: string;
  kind: ColumnKind;
  label: LocalizedText;
  field?: FieldInfo;
  options?: readonly FieldOption[];
  reference?: CollectionId;
  /** An empty cell means `null` (the field is nullable and required). */
  nullable: boolean;
  required: boolean;
  /** The stable id column: hidden in the workbook. */
  hidden: boolean;
}

export interface SheetPlan {
  collection: CollectionInfo;
  /** Sheet names in both languages (≤ 31 characters, no `[]:*?/\`). */
  name: LocalizedText;
  columns: SheetColumn[];
  /** Non-singleton ancestors, top-level first, ending with the parent (their ids identify a nested row). */
  ancestors: CollectionInfo[];
}

export const PARENT_KEY = '@parent';
/** Prefix of the columns holding the ids of higher ancestors (`@ancestor:innovations` on the measurements sheet). */
export const ANCESTOR_PREFIX = '@ancestor:';
export const GROUP_KEY = '@group';

interface Def {
  type: string;
  innerType?: unknown;
  shape?: Record<string, unknown>;
  element?: unknown;
  valueType?: unknown;
}
const defOf = (schema: unknown): Def => (schema as { _zod: { def: Def } })._zod.def;

function unwrap(schema: unknown): { inner: unknown; nullable: boolean } {
  let inner = schema;
  let nullable = false;
  for (let guard = 0; guard < 20; guard++) {
    const def = defOf(inner);
    if (def.type === 'nullable') nullable = true;
    else if (def.type !== 'optional' && def.type !== 'default' && def.type !== 'prefault')
      return { inner, nullable };
    inner = def.innerType;
  }
  return { inner, nullable };
}

/** The zod schema of a dotted key inside a row schema. */
export function fieldSchema(rowSchema: unknown, key: string): unknown {
  let schema: unknown = rowSchema;
  for (const part of key.split('.')) {
    const shape = defOf(unwrap(schema).inner).shape;
    if (!shape || !Object.hasOwn(shape, part)) return undefined;
    schema = shape[part];
  }
  return schema;
}

/** Whether a row may leave the (dotted) key out: optional, or with a default. */
export function isOptionalKey(rowSchema: unknown, key: string): boolean {
  const s = fieldSchema(rowSchema, key);
  if (s === undefined) return true;
  let inner: unknown = s;
  for (let guard = 0; guard < 20; guard++) {
    const def = defOf(inner);
    if (def.type === 'optional' || def.type === 'default' || def.type === 'prefault') return true;
    if (def.type !== 'nullable') return false;
    inner = def.innerType;
  }
  return false;
}

/** Dotted prefixes of the plan's columns that every row must have as objects (e.g. `readiness`). */
export function requiredObjectKeys(plan: {
  columns: readonly { key: string }[];
  collection: { schema: unknown };
}): string[] {
  const out = new Set<string>();
  for (const c of plan.columns) {
    const parts = c.key.split('.');
    for (let i = 1; i < parts.length; i++) {
      const prefix = parts.slice(0, i).join('.');
      if (isOptionalKey(plan.collection.schema, prefix)) break;
      out.add(prefix);
    }
  }
  return [...out];
}

function isNullable(rowSchema: unknown, key: string): boolean {
  const s = fieldSchema(rowSchema, key);
  return s === undefined ? false : unwrap(s).nullable;
}

// The names of the lists a nested row can sit in (today only an evaluation's findings); the keys come from the
// schema, these are only their labels.
const GROUP_LABELS: Readonly<Record<string, LocalizedText>> = {
  strengths: { id: 'Kekuatan', en: 'Strengths' },
  weaknesses: { id: 'Kelemahan', en: 'Weaknesses' },
  recommendations: { id: 'Rekomendasi', en: 'Recommendations' },
};

function groupOptions(collection: CollectionInfo): readonly FieldOption[] | undefined {
  const parent =
    collection.parent === undefined ? undefined : COLLECTIONS.find((c) => c.id === collection.parent);
  if (!parent || parent.singleton) return undefined;
  const rest = collection.path.slice(parent.path.length);
  // e.g. ['findings', '*', '*']: the first '*' is the list name
  if (rest.length < 3 || rest[rest.length - 2] !== '*') return undefined;
  const container = fieldSchema(parent.schema, rest.slice(0, rest.length - 2).join('.'));
  const shape = container === undefined ? undefined : defOf(unwrap(container).inner).shape;
  if (!shape) return undefined;
  return Object.keys(shape).map((value) => ({
    value,
    label: GROUP_LABELS[value] ?? { id: value, en: value },
  }));
}

const FORBIDDEN_SHEET_CHARS = /[[\]:*?/\\]/g;

function sheetName(text: string): string {
  return text.replace(FORBIDDEN_SHEET_CHARS, ' ').slice(0, 31).trim();
}

/** Collections that get a sheet: every one but the workspace root (its fields go on the summary sheet). */
export function exportedCollections(): readonly CollectionInfo[] {
  return COLLECTIONS.filter((c) => c.id !== 'workspace');
}

let cachedPlans: SheetPlan[] | undefined;

/** The layout of every data sheet (cached: the registry is static). */
export function sheetPlans(): readonly SheetPlan[] {
  if (cachedPlans) return cachedPlans;
  const plans: SheetPlan[] = [];
  for (const collection of [...exportedCollections(), COLLECTIONS.find((c) => c.id === 'workspace')!]) {
    const columns: SheetColumn[] = [];
    const ancestors: CollectionInfo[] = [];
    for (
      let a =
        collection.parent === undefined ? undefined : COLLECTIONS.find((c) => c.id === collection.parent);
      a !== undefined && !a.singleton;
      a = a.parent === undefined ? undefined : COLLECTIONS.find((c) => c.id === a!.parent)
    ) {
      ancestors.unshift(a);
    }
    for (const ancestor of ancestors.slice(0, -1)) {
      columns.push({
        key: ANCESTOR_PREFIX + ancestor.id,
        kind: 'parent',
        label: { id: `${ancestor.entity.id} (id)`, en: `${ancestor.entity.en} (id)` },
        reference: ancestor.id,
        nullable: false,
        required: true,
        hidden: false,
      });
    }
    const parent = ancestors[ancestors.length - 1];
    if (parent) {
      columns.push({
        key: PARENT_KEY,
        kind: 'parent',
        label: {
          id: `${parent.entity.id} (id)`,
          en: `${parent.entity.en} (id)`,
        },
        reference: parent.id,
        nullable: false,
        required: true,
        hidden: false,
      });
    }
    const groups = groupOptions(collection);
    if (groups) {
      columns.push({
        key: GROUP_KEY,
        kind: 'group',
        label: { id: 'Daftar', en: 'List' },
        options: groups,
        nullable: false,
        required: true,
        hidden: false,
      });
    }
    for (const field of collection.fields) {
      if (collection.id === 'workspace' && field.key === 'schemaVersion') continue;
      const column: SheetColumn = {
        key: field.key,
        kind: field.kind,
        label: field.label,
        field,
        nullable: isNullable(collection.schema, field.key),
        required: field.required,
        hidden: field.kind === 'id' && field.key === collection.idField,
      };
      if (field.options) column.options = field.options;
      if (field.reference) column.reference = field.reference;
      columns.push(column);
    }
    dedupeLabels(columns);
    plans.push({
      collection,
      name: {
        id: sheetName(collection.entityPlural.id),
        en: sheetName(collection.entityPlural.en),
      },
      columns,
      ancestors,
    });
  }
  dedupeSheetNames(plans);
  cachedPlans = plans;
  return plans;
}

function dedupeLabels(columns: SheetColumn[]): void {
  for (const lang of ['id', 'en'] as const) {
    const seen = new Map<string, number>();
    for (const c of columns) {
      const k = c.label[lang].toLowerCase();
      const n = (seen.get(k) ?? 0) + 1;
      seen.set(k, n);
      if (n > 1) c.label = { ...c.label, [lang]: `${c.label[lang]} (${c.key})` };
    }
  }
}

function dedupeSheetNames(plans: SheetPlan[]): void {
  for (const lang of ['id', 'en'] as const) {
    const seen = new Set<string>();
    for (const p of plans) {
      let name = p.name[lang];
      for (let n = 2; seen.has(name.toLowerCase()); n++) name = `${p.name[lang].slice(0, 27)} (${n})`;
      seen.add(name.toLowerCase());
      p.name = { ...p.name, [lang]: name };
    }
  }
}

/** The header text of a column in a language. */
export function headerOf(column: SheetColumn, lang: Lang): string {
  return localize(column.label, lang);
}
