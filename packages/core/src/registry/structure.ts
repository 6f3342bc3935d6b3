import type * as z from 'zod/mini';
import type { LocalizedText } from '../i18n/index.js';
import { AgencySchema } from '../model/agency.js';
import { ApplicationSchema } from '../model/application.js';
import { BodyMemberSchema, BodySchema } from '../model/body.js';
import { EvaluationSchema, FindingSchema } from '../model/evaluation.js';
import { BudgetLineSchema, InnovationSchema, KpiSchema, MeasurementSchema } from '../model/innovation.js';
import { MasterplanSchema, ProgrammeSchema } from '../model/masterplan.js';
import { MunicipalitySchema, RegulationSchema } from '../model/municipality.js';
import { RiskSchema } from '../model/risk.js';
import { StakeholderSchema } from '../model/stakeholder.js';
import { WorkspaceSchema } from '../model/workspace.js';
import type { CollectionId } from './meta.js';

// The shape of the workspace as data: where each collection lives, its id and display fields, its names and its
// references. No field labels here (they are in fields.ts), so the cross-record checks can use this module without
// pulling every label into a bundle that only parses.

/**
 * A reference from a field of a collection to the ids of another collection.
 *
 * @example
 * ```ts
 * const r: CollectionReference = { field: 'agencyId', collection: 'agencies' };
 * ```
 */
export interface CollectionReference {
  /** Dotted key of the field inside the row; a list field references each of its items. */
  readonly field: string;
  readonly collection: CollectionId;
}

/** Everything about a collection except its field list. */
export interface CollectionShape {
  readonly id: CollectionId;
  readonly path: readonly string[];
  readonly parent?: CollectionId;
  readonly singleton?: boolean;
  readonly idField: string;
  readonly displayField: string;
  readonly entity: LocalizedText;
  readonly entityPlural: LocalizedText;
  readonly references: readonly CollectionReference[];
  readonly schema: z.core.$ZodType;
}

const t = (id: string, en: string): LocalizedText => ({ id, en });

/** The collections in display order: parents before their nested rows. */
export const COLLECTION_SHAPES: readonly CollectionShape[] = [
  {
    id: 'workspace',
    path: [],
    singleton: true,
    idField: '',
    displayField: '',
    entity: t('Workspace', 'Workspace'),
    entityPlural: t('Workspace', 'Workspaces'),
    references: [],
    schema: WorkspaceSchema,
  },
  {
    id: 'municipality',
    path: ['municipality'],
    parent: 'workspace',
    singleton: true,
    idField: 'regionCode',
    displayField: 'name',
    entity: t('Daerah', 'Municipality'),
    entityPlural: t('Daerah', 'Municipalities'),
    references: [],
    schema: MunicipalitySchema,
  },
  {
    id: 'regulations',
    path: ['municipality', 'regulations', '*'],
    parent: 'municipality',
    idField: 'id',
    displayField: 'title',
    entity: t('Regulasi', 'Regulation'),
    entityPlural: t('Regulasi', 'Regulations'),
    references: [],
    schema: RegulationSchema,
  },
  {
    id: 'agencies',
    path: ['agencies', '*'],
    idField: 'id',
    displayField: 'name',
    entity: t('Perangkat daerah', 'Agency'),
    entityPlural: t('Perangkat daerah', 'Agencies'),
    references: [],
    schema: AgencySchema,
  },
  {
    id: 'stakeholders',
    path: ['stakeholders', '*'],
    idField: 'id',
    displayField: 'name',
    entity: t('Pemangku kepentingan', 'Stakeholder'),
    entityPlural: t('Pemangku kepentingan', 'Stakeholders'),
    references: [{ field: 'agencyId', collection: 'agencies' }],
    schema: StakeholderSchema,
  },
  {
    id: 'bodies',
    path: ['bodies', '*'],
    idField: 'id',
    displayField: 'name',
    entity: t('Lembaga', 'Body'),
    entityPlural: t('Lembaga', 'Bodies'),
    references: [{ field: 'regulationId', collection: 'regulations' }],
    schema: BodySchema,
  },
  {
    id: 'bodyMembers',
    path: ['bodies', '*', 'members', '*'],
    parent: 'bodies',
    idField: 'id',
    displayField: 'memberId',
    entity: t('Anggota lembaga', 'Body member'),
    entityPlural: t('Anggota lembaga', 'Body members'),
    // A member is an agency or a stakeholder: both are listed, and the check accepts either.
    references: [
      { field: 'memberId', collection: 'agencies' },
      { field: 'memberId', collection: 'stakeholders' },
    ],
    schema: BodyMemberSchema,
  },
  {
    id: 'masterplan',
    path: ['masterplan'],
    parent: 'workspace',
    singleton: true,
    idField: '',
    displayField: 'vision',
    entity: t('Masterplan', 'Masterplan'),
    entityPlural: t('Masterplan', 'Masterplans'),
    references: [{ field: 'regulationId', collection: 'regulations' }],
    schema: MasterplanSchema,
  },
  {
    id: 'programmes',
    path: ['masterplan', 'programmes', '*'],
    parent: 'masterplan',
    idField: 'id',
    displayField: 'name',
    entity: t('Program', 'Programme'),
    entityPlural: t('Program', 'Programmes'),
    references: [
      { field: 'agencyId', collection: 'agencies' },
      { field: 'innovationIds', collection: 'innovations' },
    ],
    schema: ProgrammeSchema,
  },
  {
    id: 'innovations',
    path: ['innovations', '*'],
    idField: 'id',
    displayField: 'name',
    entity: t('Inovasi', 'Innovation'),
    entityPlural: t('Inovasi', 'Innovations'),
    references: [
      { field: 'agencyId', collection: 'agencies' },
      { field: 'partnerIds', collection: 'stakeholders' },
      { field: 'programmeId', collection: 'programmes' },
      { field: 'applicationIds', collection: 'applications' },
    ],
    schema: InnovationSchema,
  },
  {
    id: 'budgetLines',
    path: ['innovations', '*', 'budget', '*'],
    parent: 'innovations',
    idField: 'id',
    displayField: 'id',
    entity: t('Baris anggaran', 'Budget line'),
    entityPlural: t('Anggaran', 'Budget lines'),
    references: [],
    schema: BudgetLineSchema,
  },
  {
    id: 'kpis',
    path: ['innovations', '*', 'kpis', '*'],
    parent: 'innovations',
    idField: 'id',
    displayField: 'name',
    entity: t('Indikator kinerja (KPI)', 'KPI'),
    entityPlural: t('Indikator kinerja (KPI)', 'KPIs'),
    references: [],
    schema: KpiSchema,
  },
  {
    id: 'measurements',
    path: ['innovations', '*', 'kpis', '*', 'measurements', '*'],
    parent: 'kpis',
    idField: 'id',
    displayField: 'date',
    entity: t('Pengukuran', 'Measurement'),
    entityPlural: t('Pengukuran', 'Measurements'),
    references: [],
    schema: MeasurementSchema,
  },
  {
    id: 'applications',
    path: ['applications', '*'],
    idField: 'id',
    displayField: 'name',
    entity: t('Aplikasi', 'Application'),
    entityPlural: t('Aplikasi', 'Applications'),
    references: [{ field: 'agencyId', collection: 'agencies' }],
    schema: ApplicationSchema,
  },
  {
    id: 'evaluations',
    path: ['evaluations', '*'],
    idField: 'id',
    displayField: 'title',
    entity: t('Evaluasi', 'Evaluation'),
    entityPlural: t('Evaluasi', 'Evaluations'),
    references: [{ field: 'innovationIds', collection: 'innovations' }],
    schema: EvaluationSchema,
  },
  {
    // Three lists (strengths, weaknesses, recommendations): the list of a row is the second-last step of its path.
    id: 'findings',
    path: ['evaluations', '*', 'findings', '*', '*'],
    parent: 'evaluations',
    idField: 'id',
    displayField: 'text',
    entity: t('Temuan', 'Finding'),
    entityPlural: t('Temuan', 'Findings'),
    references: [],
    schema: FindingSchema,
  },
  {
    id: 'risks',
    path: ['risks', '*'],
    idField: 'id',
    displayField: 'title',
    entity: t('Risiko', 'Risk'),
    entityPlural: t('Risiko', 'Risks'),
    references: [
      { field: 'innovationId', collection: 'innovations' },
      { field: 'programmeId', collection: 'programmes' },
      { field: 'ownerAgencyId', collection: 'agencies' },
    ],
    schema: RiskSchema,
  },
];

const SHAPES_BY_ID = new Map<string, CollectionShape>(COLLECTION_SHAPES.map((c) => [c.id, c]));

/** The shape of a collection (internal; the public lookup is `getCollection`). */
export function collectionShape(id: CollectionId): CollectionShape | undefined {
  return SHAPES_BY_ID.get(id);
}

/**
 * A row of a collection as found in a workspace: the row, its path from the workspace root and, for nested rows,
 * the id of the row that holds it.
 *
 * @example
 * ```ts
 * const found: CollectionRow = { row: { id: 'apbd-2024' }, path: ['innovations', 0, 'budget', 0], parentId: 'sipedas' };
 * ```
 */
export interface CollectionRow {
  readonly row: unknown;
  readonly path: (string | number)[];
  readonly parentId?: string;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/**
 * One step of {@link eachRow}: a row and what lies on its way from the workspace. The same object is updated at
 * every step (so a collection of any length is walked in constant memory): read it before the next step and copy
 * what you keep.
 *
 * @example
 * ```ts
 * import { SAMPLE_WORKSPACES } from '@smartcity/core/samples';
 * for (const { row, values, keys } of eachRow(SAMPLE_WORKSPACES['pontianak-2023'], 'budgetLines')) {
 *   console.log(keys, (values[2] as { id: string }).id, row); // ['innovations', 0, 'budget', 0] 'pontianak-kreatif' { id: 'apbd-2023', … }
 *   break;
 * }
 * ```
 */
export interface RowCursor {
  /** The row. */
  readonly row: unknown;
  /** The value at each depth of the collection's path: `values[0]` is the workspace, the last is the row. */
  readonly values: readonly unknown[];
  /** The key taken at each depth: a property name, an array index or a record key. */
  readonly keys: readonly (string | number)[];
}

/**
 * Every row of a collection in a workspace, in document order, one at a time: the lazy form of {@link listRows}
 * (same rows, same order, same tolerance of partial data), for walking a large collection without building a
 * list, e.g. to write one spreadsheet row per step. The cursor it yields is reused, see {@link RowCursor}.
 *
 * @example
 * ```ts
 * import { SAMPLE_WORKSPACES } from '@smartcity/core/samples';
 * let n = 0;
 * for (const _ of eachRow(SAMPLE_WORKSPACES['pontianak-2023'], 'budgetLines')) n++;
 * n === listRows(SAMPLE_WORKSPACES['pontianak-2023'], 'budgetLines').length; // true
 * ```
 */
export function* eachRow(ws: unknown, id: CollectionId): Generator<RowCursor, void, undefined> {
  const shape = SHAPES_BY_ID.get(id);
  if (shape === undefined) return;
  const path = shape.path;
  const cursor = {
    row: undefined as unknown,
    values: new Array<unknown>(path.length + 1),
    keys: new Array<string | number>(path.length),
  };
  function* step(value: unknown, depth: number): Generator<RowCursor, void, undefined> {
    cursor.values[depth] = value;
    if (depth === path.length) {
      if (value !== undefined) {
        cursor.row = value;
        yield cursor;
      }
      return;
    }
    const segment = path[depth]!;
    if (segment === '*') {
      if (Array.isArray(value)) {
        for (let i = 0; i < value.length; i++) {
          cursor.keys[depth] = i;
          yield* step(value[i], depth + 1);
        }
      } else if (isRecord(value)) {
        for (const key of Object.keys(value)) {
          cursor.keys[depth] = key;
          yield* step(value[key], depth + 1);
        }
      }
      return;
    }
    if (isRecord(value) && !Array.isArray(value) && Object.hasOwn(value, segment)) {
      cursor.keys[depth] = segment;
      yield* step(value[segment], depth + 1);
    }
  }
  yield* step(ws, 0);
}

/**
 * Every row of a collection in a workspace, in document order, with its path and the id of its parent row (for
 * nested collections: the innovation of a budget line, the KPI of a measurement, the evaluation of a finding).
 * Singletons (`workspace`, `municipality`, `masterplan`) give one row, or none when absent. Tolerant of partial
 * data: a missing or malformed list gives no rows, never an exception. {@link eachRow} walks the same rows
 * without building the list.
 *
 * @example
 * ```ts
 * import { SAMPLE_WORKSPACES } from '@smartcity/core/samples';
 * listRows(SAMPLE_WORKSPACES['pontianak-2023'], 'budgetLines')[0];
 * // { row: { id: 'apbd-2023', year: 2023, … }, path: ['innovations', 0, 'budget', 0], parentId: 'pontianak-kreatif' }
 * ```
 */
export function listRows(ws: unknown, id: CollectionId): CollectionRow[] {
  const shape = SHAPES_BY_ID.get(id);
  const out: CollectionRow[] = [];
  if (shape === undefined) return out;
  const parentDepth = parentRowDepth(shape);
  for (const { row, values, keys } of eachRow(ws, id)) {
    const parent = parentDepth < 0 ? undefined : values[parentDepth];
    const parentId = isRecord(parent) && typeof parent.id === 'string' ? parent.id : undefined;
    const path = keys.slice();
    out.push(parentId === undefined ? { row, path } : { row, path, parentId });
  }
  return out;
}

/** The path length of a row of the parent collection (whose `id` becomes `parentId`), or -1. */
function parentRowDepth(shape: CollectionShape): number {
  const parent = shape.parent === undefined ? undefined : SHAPES_BY_ID.get(shape.parent);
  if (parent === undefined || parent.singleton) return -1;
  return parent.path.length;
}

/**
 * The value of a field of a row by its dotted key (`'cycle.year'`, `'target.value'`), or `undefined` when any step
 * is missing. Only own properties are read, so `'__proto__'` or `'constructor'` never reach a prototype.
 *
 * @example
 * ```ts
 * getFieldValue({ id: 'e1', cycle: { year: 2024, stage: 'II' } }, 'cycle.year'); // 2024
 * getFieldValue({ id: 'e1' }, 'cycle.stage'); // undefined
 * ```
 */
export function getFieldValue(row: unknown, key: string): unknown {
  let value: unknown = row;
  for (const part of key.split('.')) {
    if (!isRecord(value) || Array.isArray(value) || !Object.hasOwn(value, part)) return undefined;
    value = value[part];
  }
  return value;
}
