import {
  type CollectionId,
  createImportReport,
  deriveStableId,
  getFieldValue,
  type ImportReport,
  type ImportRowInput,
  type Issue,
  isError,
  type Lang,
  type LocalizedText,
  type MergeResult,
  mergeWorkspace,
  parseEntity,
  parseWorkspace,
  type SourceLocation,
  validateWorkspace,
  type Workspace,
} from '@smartcity/core';
import { parse as parseCsvText } from 'csv-parse/browser/esm/sync';
import { columnLetters } from './cells.js';
import { decodeCell } from './codec.js';
import {
  ANCESTOR_PREFIX,
  fieldSchema,
  GROUP_KEY,
  isOptionalKey,
  PARENT_KEY,
  requiredObjectKeys,
  type SheetColumn,
  type SheetPlan,
  sheetPlans,
} from './columns.js';
import { restoreFormula } from './injection.js';
import { workbookIssue } from './issues.js';
import { INFO_SHEETS } from './layout.js';
import type { WorkbookLimits } from './limits.js';
import { type CellValue, readWorkbookResult, type WorkbookRow } from './reader.js';
import { type PlanRow, rowsOf } from './rows.js';

/**
 * Options of {@link importWorkbook} and {@link importCsv}.
 *
 * @example
 * ```ts
 * const options: ImportWorkbookOptions = { fileName: 'inovasi.xlsx', removeMissing: false };
 * ```
 */
export interface ImportWorkbookOptions {
  /** How numbers and dates typed as text are read (`id`: decimal comma, day first). Default `id`. */
  lang?: Lang;
  /** Shown in every issue's location. */
  fileName?: string;
  /** Drop records that are missing from the workbook (default: keep them and list them as `missing`). */
  removeMissing?: boolean;
  /** Overrides of the reader's limits. */
  limits?: Partial<WorkbookLimits>;
}

/**
 * What an import did: the core's merge result (the new workspace; records added, updated with before/after,
 * unchanged, missing, removed), the import report (rows read, mapped, rejected; every issue located by file,
 * sheet, row, column, header and value, in `id` and `en`) and `ok` (no errors at all).
 *
 * @example
 * ```ts
 * const { merge, report, ok } = await importWorkbook(base, bytes);
 * if (!ok) for (const i of report.issues) console.log(formatIssue(i, 'en'));
 * ```
 */
export interface WorkbookImportResult {
  merge: MergeResult;
  report: ImportReport;
  ok: boolean;
}

/** A sheet or CSV file as rows of cells, the first row being the header. */
interface Table {
  file?: string;
  sheet?: string;
  /** Name used to find the collection: the sheet name, or the CSV file name without extension. */
  name: string;
  rows: WorkbookRow[];
  date1904: boolean;
  lang: Lang;
}

/**
 * Imports an edited workbook (as written by {@link exportWorkbook}) into a workspace through the core's
 * `mergeWorkspace`, matched by stable id: changed cells update their record, new rows are added (their id derived
 * from the name when blank), rows deleted in the workbook are reported as `missing` and kept unless
 * `removeMissing`. Every cell that breaks a rule is reported once, located (sheet, row, column, header, value),
 * and left out: an existing record keeps its old value for that cell, a new record missing a required value is
 * not added; everything valid is kept. Hostile files are read by `readWorkbook` under its limits.
 *
 * @example
 * ```ts
 * import { SAMPLE_WORKSPACES } from '@smartcity/core/samples';
 * const base = SAMPLE_WORKSPACES['pontianak-2023'];
 * const bytes = await exportWorkbook(base, { exportedAt: '2025-08-17T09:00:00Z' });
 * const result = await importWorkbook(base, bytes, { fileName: 'pontianak.xlsx' });
 * result.ok; // true
 * result.merge.updated.length; // 0: nothing was edited
 * ```
 */
export async function importWorkbook(
  base: Workspace,
  bytes: Uint8Array,
  options: ImportWorkbookOptions = {},
): Promise<WorkbookImportResult> {
  // Information sheets (the lists of the dropdowns can be as long as the data) and unknown sheets are not read:
  // their cells are never imported.
  const read = readWorkbookResult(bytes, { fileName: options.fileName, limits: options.limits }, (name) => {
    const plan = findPlan(name);
    return plan === 'info' || plan === undefined;
  });
  const source = { file: options.fileName, kind: 'workspace', format: 'xlsx' };
  if (!read.success) return failed(base, source, read.issues);
  const lang: Lang = options.lang === 'en' ? 'en' : 'id';
  const tables: Table[] = read.data.sheets.map((s) => ({
    file: options.fileName,
    sheet: s.name,
    name: s.name,
    rows: s.rows,
    date1904: read.data.date1904,
    lang,
  }));
  return importTables(base, tables, options, source, read.data.issues);
}

/**
 * Imports CSV files (as written by {@link exportCsvFiles}, keyed by file name: `innovations.csv`, …) into a
 * workspace, with the same rules as {@link importWorkbook}. The delimiter (`;` or `,`) is detected per file and
 * sets how numbers are read (`;` → decimal comma).
 *
 * @example
 * ```ts
 * import { SAMPLE_WORKSPACES } from '@smartcity/core/samples';
 * const base = SAMPLE_WORKSPACES['pontianak-2023'];
 * const result = importCsv(base, exportCsvFiles(base, { lang: 'id' }));
 * result.merge.unchanged.length > 0; // true
 * ```
 */
export function importCsv(
  base: Workspace,
  files: Readonly<Record<string, string>>,
  options: ImportWorkbookOptions = {},
): WorkbookImportResult {
  const tables: Table[] = [];
  const fileIssues: Issue[] = [];
  for (const [file, text] of Object.entries(files)) {
    const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    const firstLine = body.slice(0, body.search(/\r?\n|$/));
    const delimiter = count(firstLine, ';') > count(firstLine, ',') ? ';' : ',';
    let records: string[][];
    try {
      records = parseCsvText(body, { delimiter, relax_column_count: true, relax_quotes: true }) as string[][];
    } catch (e) {
      fileIssues.push(
        workbookIssue(
          'invalid_csv',
          {
            id: `Berkas CSV tidak dapat dibaca (${(e as Error).message})`,
            en: `The CSV file cannot be read (${(e as Error).message})`,
          },
          { file },
        ),
      );
      continue;
    }
    const rows: WorkbookRow[] = [];
    records.forEach((record, i) => {
      if (record.some((f) => f !== ''))
        rows.push({ row: i + 1, cells: record.map((f) => (f === '' ? undefined : f)) });
    });
    tables.push({
      file,
      name: file.replace(/^.*[\\/]/, '').replace(/\.csv$/i, ''),
      rows,
      date1904: false,
      lang: delimiter === ';' ? 'id' : 'en',
    });
  }
  return importTables(
    base,
    tables,
    options,
    { file: options.fileName ?? Object.keys(files).join(', '), kind: 'workspace', format: 'csv' },
    fileIssues,
  );
}

function count(text: string, ch: string): number {
  let n = 0;
  for (const c of text) if (c === ch) n++;
  return n;
}

function failed(
  base: Workspace,
  source: { file?: string; kind: string; format: string },
  issues: Issue[],
): WorkbookImportResult {
  const merge = mergeWorkspace(base, {}, { collections: [] });
  return { merge, report: createImportReport(source, { issues }), ok: false };
}

// ─── matching sheets and headers ────────────────────────────────────────────────────────────────────────────────

const norm = (s: string) => s.trim().toLowerCase().replace(/\s+/g, ' ');

function findPlan(name: string): SheetPlan | 'info' | undefined {
  const n = norm(name);
  for (const info of Object.values(INFO_SHEETS))
    if (norm(info.id) === n || norm(info.en) === n) return 'info';
  return sheetPlans().find(
    (p) => norm(p.name.id) === n || norm(p.name.en) === n || norm(p.collection.id) === n,
  );
}

function headerText(cell: CellValue | undefined): string {
  if (cell === undefined) return '';
  if (typeof cell === 'string') return restoreFormula(cell);
  if (typeof cell === 'object') return 'date' in cell ? cell.date : cell.error;
  return String(cell);
}

interface MappedColumn {
  index: number;
  column: SheetColumn;
  header: string;
  /** The column's letter in the sheet (`'B'`). */
  letter: string;
}

// ─── the import ─────────────────────────────────────────────────────────────────────────────────────────────────

interface SourceRow {
  plan: SheetPlan;
  table: Table;
  rowNumber: number;
  /** The row's cells as read and the sheet's columns by key: an issue's location is looked up only when needed. */
  cells: readonly (CellValue | undefined)[];
  columns: ReadonlyMap<string, MappedColumn>;
  ancestorIds: string[];
  group?: string;
  id: string;
  row: Record<string, unknown>;
  base?: PlanRow;
  issues: Issue[];
  rejected: boolean;
  /** Keys whose value was refused (kept from the base, or left out); made on the first refusal. */
  refused?: Set<string>;
}

const keyParts = new Map<string, readonly string[]>();

/** A dotted key's parts, split once (the importer sets every cell of every row by its key). */
function partsOf(key: string): readonly string[] {
  let parts = keyParts.get(key);
  if (!parts) {
    parts = key.split('.');
    keyParts.set(key, parts);
  }
  return parts;
}

function setDotted(target: Record<string, unknown>, key: string, value: unknown): void {
  const parts = partsOf(key);
  let o = target;
  for (let i = 0; i < parts.length - 1; i++) {
    const p = parts[i]!;
    const next = o[p];
    if (typeof next !== 'object' || next === null || Array.isArray(next)) o[p] = {};
    o = o[p] as Record<string, unknown>;
  }
  o[parts[parts.length - 1]!] = value;
}

function deleteDotted(target: Record<string, unknown>, key: string): void {
  const parts = key.split('.');
  const chain: Record<string, unknown>[] = [target];
  let o: unknown = target;
  for (let i = 0; i < parts.length - 1; i++) {
    o = (o as Record<string, unknown>)[parts[i]!];
    if (typeof o !== 'object' || o === null) return;
    chain.push(o as Record<string, unknown>);
  }
  delete (o as Record<string, unknown>)[parts[parts.length - 1]!];
  // drop objects left empty
  for (let i = chain.length - 1; i > 0; i--) {
    if (Object.keys(chain[i]!).length === 0) delete chain[i - 1]![parts[i - 1]!];
    else break;
  }
}

function rowKey(ancestorIds: readonly string[], id: string): string {
  return `${ancestorIds.join('\u0000')}\u0001${id}`;
}

function nestedKeysOf(plan: SheetPlan, scope: ReadonlySet<string>): string[] {
  const keys: string[] = [];
  for (const other of sheetPlans()) {
    if (other.collection.parent === plan.collection.id && scope.has(other.collection.id)) {
      keys.push(other.collection.path[plan.collection.path.length]!);
    }
  }
  return keys;
}

function locate(src: SourceRow, key: string | undefined): SourceLocation {
  const loc: SourceLocation = { file: src.table.file, sheet: src.table.sheet, row: src.rowNumber };
  const mapped = key === undefined ? undefined : src.columns.get(key);
  if (mapped) {
    const raw = src.cells[mapped.index];
    loc.column = mapped.letter;
    loc.header = mapped.header;
    loc.value = raw === undefined ? '' : raw;
  }
  return loc;
}

function cellIssue(
  src: SourceRow,
  key: string | undefined,
  code: string,
  message: LocalizedText,
  severity?: 'warning',
): Issue {
  const path: (string | number)[] = [src.plan.collection.id];
  if (src.id) path.push(src.id);
  if (key && !key.startsWith('@')) path.push(...key.split('.'));
  return workbookIssue(code, message, locate(src, key), severity ?? 'error', path);
}

/** The column of a (dotted) issue path inside a row: the longest column key that is a prefix of it. */
function columnOfPath(plan: SheetPlan, path: readonly (string | number)[]): string | undefined {
  let best: string | undefined;
  for (const c of plan.columns) {
    if (c.key.startsWith('@')) continue;
    const parts = c.key.split('.');
    if (parts.length > path.length) continue;
    if (parts.every((p, i) => String(path[i]) === p) && (!best || parts.length > best.split('.').length))
      best = c.key;
  }
  return best;
}

function refuse(src: SourceRow, key: string): void {
  src.refused ??= new Set();
  src.refused.add(key);
}

function revert(src: SourceRow, key: string): void {
  refuse(src, key);
  const before = src.base ? getFieldValue(src.base.row, key) : undefined;
  if (before === undefined) deleteDotted(src.row, key);
  else setDotted(src.row, key, structuredClone(before));
}

/** Validates a row with the collection's schema, refusing cell by cell; returns the parsed row or undefined. */
function validateRow(src: SourceRow): Record<string, unknown> | undefined {
  const plan = src.plan;
  const isRoot = plan.collection.path.length === 0;
  for (let round = 0; round < 6; round++) {
    let issues: Issue[];
    let data: unknown;
    if (isRoot) {
      // The workspace root's own fields, checked one by one (its schema is the whole workspace).
      issues = [];
      for (const c of plan.columns) {
        const v = getFieldValue(src.row, c.key);
        if (v === undefined) continue;
        const r = parseEntity(fieldSchema(plan.collection.schema, c.key) as never, v);
        if (!r.success)
          issues.push(...r.issues.map((i) => ({ ...i, path: [...c.key.split('.'), ...i.path] })));
      }
      data = src.row;
    } else {
      const r = parseEntity(plan.collection.schema as never, src.row);
      issues = r.success ? [] : r.issues;
      data = r.success ? r.data : undefined;
    }
    if (issues.length === 0) return data as Record<string, unknown>;
    let progress = false;
    for (const i of issues) {
      const key = columnOfPath(plan, i.path);
      if (key === undefined || src.refused?.has(key)) {
        if (!src.issues.some((x) => x.code === i.code && x.message.en === i.message.en)) {
          src.issues.push(cellIssue(src, undefined, i.code, i.message));
        }
        continue;
      }
      src.issues.push(cellIssue(src, key, i.code, i.message));
      revert(src, key);
      progress = true;
    }
    if (!progress) return undefined;
  }
  return undefined;
}

function importTables(
  base: Workspace,
  tables: readonly Table[],
  options: ImportWorkbookOptions,
  source: { file?: string; kind: string; format: string },
  readIssues: readonly Issue[],
): WorkbookImportResult {
  const fileIssues: Issue[] = [...readIssues];
  const sources: SourceRow[] = [];
  const byPlan = new Map<SheetPlan, SourceRow[]>();
  // rows of the base and of the workbook, per plan, by ancestors + id
  const baseIndex = new Map<SheetPlan, Map<string, PlanRow>>();
  const seen = new Map<SheetPlan, Map<string, SourceRow>>();
  const orderedTables: { table: Table; plan: SheetPlan }[] = [];

  for (const table of tables) {
    const plan = findPlan(table.name);
    if (plan === 'info') continue;
    if (!plan) {
      fileIssues.push(
        workbookIssue(
          'unknown_sheet',
          {
            id: `Lembar "${table.name}" tidak dikenal dan dilewati (nama lembar harus sama dengan hasil ekspor)`,
            en: `Sheet "${table.name}" is not known and was skipped (sheet names must be as exported)`,
          },
          { file: table.file, sheet: table.sheet },
          'warning',
        ),
      );
      continue;
    }
    if (orderedTables.some((t) => t.plan === plan)) {
      fileIssues.push(
        workbookIssue(
          'duplicate_sheet',
          {
            id: `Lembar "${table.name}" memuat koleksi yang sudah dibaca dari lembar lain; dilewati`,
            en: `Sheet "${table.name}" holds a collection already read from another sheet; skipped`,
          },
          { file: table.file, sheet: table.sheet },
          'warning',
        ),
      );
      continue;
    }
    orderedTables.push({ table, plan });
  }
  const plans = sheetPlans();
  const requiredObjects = new Map(plans.map((p) => [p, requiredObjectKeys(p)]));
  orderedTables.sort((a, b) => plans.indexOf(a.plan) - plans.indexOf(b.plan));

  for (const { table, plan } of orderedTables) {
    const index = new Map<string, PlanRow>();
    for (const r of rowsOf(base, plan)) {
      const id = plan.collection.idField ? getFieldValue(r.row, plan.collection.idField) : '';
      index.set(rowKey(r.ancestorIds, typeof id === 'string' ? id : ''), r);
    }
    baseIndex.set(plan, index);
    const sheetSeen = new Map<string, SourceRow>();
    seen.set(plan, sheetSeen);
    const list: SourceRow[] = [];
    byPlan.set(plan, list);

    const [headerRow, ...dataRows] = table.rows;
    // The workspace root and the municipality always exist: a sheet whose one row is all empty means "no values".
    const rootSchema = plans.find((p) => p.collection.path.length === 0)?.collection.schema;
    const alwaysThere =
      plan.collection.path.length === 0 ||
      (rootSchema !== undefined && !isOptionalKey(rootSchema, plan.collection.path.join('.')));
    if (dataRows.length === 0 && plan.collection.singleton && alwaysThere) {
      dataRows.push({ row: (headerRow?.row ?? 1) + 1, cells: [] });
    }
    const mapped: MappedColumn[] = [];
    const unknownHeaders: string[] = [];
    headerRow?.cells.forEach((cell, index) => {
      const header = headerText(cell);
      if (header.trim() === '') return;
      const n = norm(header);
      const column = plan.columns.find(
        (c) => norm(c.label.id) === n || norm(c.label.en) === n || norm(c.key) === n,
      );
      if (!column) unknownHeaders.push(header);
      else if (!mapped.some((m) => m.column === column))
        mapped.push({ index, column, header, letter: columnLetters(index + 1) });
    });
    for (const header of unknownHeaders) {
      fileIssues.push(
        workbookIssue(
          'unknown_column',
          {
            id: `Kolom "${header}" tidak dikenal dan diabaikan`,
            en: `Column "${header}" is not known and was ignored`,
          },
          { file: table.file, sheet: table.sheet, row: headerRow?.row, header },
          'warning',
        ),
      );
    }
    const mappedKeys = new Set(mapped.map((m) => m.column.key));
    const mappedByKey = new Map(mapped.map((m) => [m.column.key, m]));
    const unshown = plan.collection.fields.filter((f) => !plan.columns.some((c) => c.key === f.key));
    const placement = plan.columns.filter((c) => c.kind === 'parent' || c.kind === 'group').map((c) => c.key);
    const hasGroup = placement.includes(GROUP_KEY);
    const idField = plan.collection.idField;
    const singleton = plan.collection.singleton === true;

    for (const wr of dataRows) {
      const src: SourceRow = {
        plan,
        table,
        rowNumber: wr.row,
        cells: wr.cells,
        columns: mappedByKey,
        ancestorIds: [],
        id: '',
        row: {},
        issues: [],
        rejected: false,
      };
      const values = new Map<string, unknown>();
      let bad: Set<string> | undefined; // made on the first refused cell
      for (const m of mapped) {
        const raw = wr.cells[m.index];
        const d = decodeCell(m.column, raw, table.lang, table.date1904);
        if (!d.ok) {
          bad ??= new Set();
          bad.add(m.column.key);
          src.issues.push(cellIssue(src, m.column.key, d.code, d.message));
        } else if (d.value !== undefined) values.set(m.column.key, d.value);
      }
      // ancestors and list
      src.ancestorIds = plan.ancestors.map((a, i) => {
        const key = i === plan.ancestors.length - 1 ? PARENT_KEY : ANCESTOR_PREFIX + a.id;
        const v = values.get(key);
        return typeof v === 'string' ? v : '';
      });
      const group = values.get(GROUP_KEY);
      if (typeof group === 'string') src.group = group;
      if (!singleton && idField) {
        const v = values.get(idField);
        src.id = typeof v === 'string' ? v : '';
      }
      src.base = singleton
        ? [...index.values()][0]
        : src.id
          ? index.get(rowKey(src.ancestorIds, src.id))
          : undefined;

      // the row: sheet values, base values for columns the sheet lacks or refused
      for (const c of plan.columns) {
        if (c.key.startsWith('@')) continue;
        if (mappedKeys.has(c.key) && !bad?.has(c.key)) {
          if (values.has(c.key)) setDotted(src.row, c.key, values.get(c.key));
          continue;
        }
        if (bad?.has(c.key)) refuse(src, c.key);
        const before = src.base ? getFieldValue(src.base.row, c.key) : undefined;
        if (before !== undefined) setDotted(src.row, c.key, structuredClone(before));
      }
      // fields the sheet never shows (the workspace's format version) stay as they are
      for (const f of unshown) {
        const before = src.base ? getFieldValue(src.base.row, f.key) : undefined;
        if (before !== undefined) setDotted(src.row, f.key, structuredClone(before));
      }
      // objects every row must have, even when all their cells are empty
      for (const key of requiredObjects.get(plan)!) {
        if (getFieldValue(src.row, key) === undefined) setDotted(src.row, key, {});
      }
      // required placement columns
      for (let i = 0; i < plan.ancestors.length; i++) {
        const key = i === plan.ancestors.length - 1 ? PARENT_KEY : ANCESTOR_PREFIX + plan.ancestors[i]!.id;
        if (src.ancestorIds[i] === '' && !bad?.has(key)) {
          src.issues.push(
            cellIssue(src, key, 'required', {
              id: `Isi id ${plan.ancestors[i]!.entity.id.toLowerCase()} pemilik baris ini`,
              en: `Fill in the id of the ${plan.ancestors[i]!.entity.en.toLowerCase()} this row belongs to`,
            }),
          );
        }
      }
      if (hasGroup && src.group === undefined && !bad?.has(GROUP_KEY)) {
        src.issues.push(
          cellIssue(src, GROUP_KEY, 'required', {
            id: 'Pilih daftar baris ini dari dropdown',
            en: 'Pick the list of this row from the dropdown',
          }),
        );
      }
      // a row that cannot be placed (no parent, no list) is not used
      if (
        placement.some((k) => bad?.has(k)) ||
        src.ancestorIds.includes('') ||
        (hasGroup && src.group === undefined)
      ) {
        src.rejected = true;
      }

      // a parent that exists
      if (!src.rejected && plan.ancestors.length > 0) {
        const parentPlan = plans.find(
          (p) => p.collection.id === plan.ancestors[plan.ancestors.length - 1]!.id,
        )!;
        const parentKey = rowKey(src.ancestorIds.slice(0, -1), src.ancestorIds[src.ancestorIds.length - 1]!);
        const known =
          baseIndexOf(base, parentPlan, baseIndex).has(parentKey) || seen.get(parentPlan)?.has(parentKey);
        if (!known) {
          src.issues.push(
            cellIssue(src, PARENT_KEY, 'unknown_parent', {
              id: `Tidak ada ${parentPlan.collection.entity.id.toLowerCase()} dengan id "${src.ancestorIds.at(-1)}"`,
              en: `There is no ${parentPlan.collection.entity.en.toLowerCase()} with id "${src.ancestorIds.at(-1)}"`,
            }),
          );
          src.rejected = true;
        }
      }

      // a blank id: derive one from the row's name
      if (!src.rejected && !singleton && idField && src.id === '' && !bad?.has(idField)) {
        const display = plan.collection.displayField;
        const parts: (string | number)[] = [];
        const shown = display && display !== idField ? getFieldValue(src.row, display) : undefined;
        if (typeof shown === 'string' || typeof shown === 'number') parts.push(shown);
        else {
          for (const c of plan.columns) {
            if (c.key.startsWith('@') || c.key === idField || !c.required) continue;
            const v = getFieldValue(src.row, c.key);
            if (typeof v === 'string' || typeof v === 'number') parts.push(v);
          }
        }
        if (parts.length > 0) {
          const taken = new Set<string>();
          const prefix = src.ancestorIds.join('\u0000');
          for (const k of [...index.keys(), ...sheetSeen.keys()]) {
            const [p, id] = k.split('\u0001') as [string, string];
            if (p === prefix) taken.add(id);
          }
          src.id = deriveStableId(parts, { taken });
          setDotted(src.row, idField, src.id);
          src.issues.push(
            cellIssue(
              src,
              idField,
              'derived_id',
              {
                id: `Baris baru tanpa id: id "${src.id}" dibuat dari isinya`,
                en: `New row without an id: id "${src.id}" was derived from its content`,
              },
              'warning',
            ),
          );
        }
      }
      if (!src.rejected && !singleton && idField) {
        const key = rowKey(src.ancestorIds, src.id);
        if (src.id !== '' && sheetSeen.has(key)) {
          src.issues.push(
            cellIssue(src, idField, 'duplicate_id', {
              id: `Id "${src.id}" sudah dipakai baris ${sheetSeen.get(key)!.rowNumber}; baris ini dilewati`,
              en: `Id "${src.id}" is already used by row ${sheetSeen.get(key)!.rowNumber}; this row was skipped`,
            }),
          );
          src.rejected = true;
        } else if (src.id !== '') sheetSeen.set(key, src);
      }
      if (!src.rejected) {
        const parsed = validateRow(src);
        if (parsed === undefined) src.rejected = true;
        else src.row = parsed;
      }
      sources.push(src);
      list.push(src);
    }
  }

  let merge = mergeRows(base, byPlan, new Map([...baseIndex].map(([p, m]) => [p, m.size])), options);

  // Cross-record rules (references to rows that do not exist…): refuse the cells that broke them, merge again.
  const crossIssues = validateWorkspace(merge.workspace).filter(isError);
  if (crossIssues.length > 0) {
    let refusedAny = false;
    const lookup = sourceLookup(byPlan);
    for (const i of crossIssues) {
      const hit = findSource(merge.workspace, i.path, lookup);
      if (!hit) continue;
      const { src, key } = hit;
      if (src.rejected || key === undefined) continue;
      const before = src.base ? getFieldValue(src.base.row, key) : undefined;
      if (src.base && JSON.stringify(before) === JSON.stringify(getFieldValue(src.row, key))) continue;
      src.issues.push(cellIssue(src, key, i.code, i.message));
      const column = src.plan.columns.find((c) => c.key === key);
      if (!src.base && column?.required) src.rejected = true;
      else revert(src, key);
      refusedAny = true;
    }
    if (refusedAny)
      merge = mergeRows(base, byPlan, new Map([...baseIndex].map(([p, m]) => [p, m.size])), options);
  }

  // Added records get the defaults of their schema (empty nested lists) like every parsed record.
  if (merge.added.length > 0) {
    const parsed = parseWorkspace(merge.workspace);
    if (parsed.success) merge = { ...merge, workspace: parsed.data };
  }

  const rows: ImportRowInput[] = sources.map((src) => ({
    source: { file: src.table.file, sheet: src.table.sheet, row: src.rowNumber },
    status: src.rejected ? 'rejected' : 'mapped',
    issues: src.issues,
  }));
  let report = createImportReport(source, { rows, issues: fileIssues });
  if (merge.issues.length > 0) {
    report = { ...report, issues: [...report.issues, ...merge.issues] };
  }
  const ok = !report.issues.some(isError);
  return { merge, report, ok };
}

function baseIndexOf(
  base: Workspace,
  plan: SheetPlan,
  cache: Map<SheetPlan, Map<string, PlanRow>>,
): Map<string, PlanRow> {
  let index = cache.get(plan);
  if (!index) {
    index = new Map();
    for (const r of rowsOf(base, plan)) {
      const id = plan.collection.idField ? getFieldValue(r.row, plan.collection.idField) : '';
      index.set(rowKey(r.ancestorIds, typeof id === 'string' ? id : ''), r);
    }
    cache.set(plan, index);
  }
  return index;
}

function mergeRows(
  base: Workspace,
  byPlan: Map<SheetPlan, SourceRow[]>,
  baseSizes: ReadonlyMap<SheetPlan, number>,
  options: ImportWorkbookOptions,
): MergeResult {
  const incoming: Partial<Record<CollectionId, unknown[]>> = {};
  // an empty sheet for a collection the base does not have either: nothing to merge (and no empty parent to create)
  const inScope = [...byPlan].filter(([plan, list]) => list.length > 0 || (baseSizes.get(plan) ?? 0) > 0);
  const scope = new Set<string>(inScope.map(([plan]) => plan.collection.id));
  for (const [plan, list] of inScope) {
    // nested lists merged from their own sheets are left to the merge; the others keep the row's (default) value
    const nested = nestedKeysOf(plan, scope);
    const out: unknown[] = [];
    for (const src of list) {
      if (src.rejected) continue;
      // the core's merge builds new rows and never changes these, so a row is copied only to drop nested lists
      let row = src.row;
      if (nested.length > 0) {
        row = { ...src.row };
        for (const k of nested) delete row[k];
      }
      if (plan.ancestors.length === 0) out.push(row);
      else {
        const item: { row: unknown; parentId: string | string[]; list?: string } = {
          row,
          parentId: src.ancestorIds.length === 1 ? src.ancestorIds[0]! : src.ancestorIds,
        };
        if (src.group !== undefined) item.list = src.group;
        out.push(item);
      }
    }
    incoming[plan.collection.id] = out;
  }
  return mergeWorkspace(base, incoming, {
    collections: Object.keys(incoming) as CollectionId[],
    removeMissing: options.removeMissing === true,
  });
}

type Lookup = Map<SheetPlan, Map<string, SourceRow>>;

function sourceLookup(byPlan: Map<SheetPlan, SourceRow[]>): Lookup {
  const out: Lookup = new Map();
  for (const [plan, list] of byPlan) {
    const m = new Map<string, SourceRow>();
    for (const src of list) m.set(rowKey(src.ancestorIds, src.plan.collection.singleton ? '' : src.id), src);
    out.set(plan, m);
  }
  return out;
}

/** The imported row and column a validation issue's path points at. */
function findSource(
  ws: Workspace,
  path: readonly (string | number)[],
  lookup: Lookup,
): { src: SourceRow; key: string | undefined } | undefined {
  let best: { plan: SheetPlan; length: number } | undefined;
  for (const plan of lookup.keys()) {
    const pattern = plan.collection.path;
    if (pattern.length > path.length) continue;
    if (!pattern.every((seg, i) => seg === '*' || seg === String(path[i]))) continue;
    if (!best || pattern.length > best.length) best = { plan, length: pattern.length };
  }
  if (!best) return undefined;
  const { plan, length } = best;
  let node: unknown = ws;
  const ancestorIds: string[] = [];
  for (let i = 0; i < length; i++) {
    node = (node as Record<string | number, unknown> | undefined)?.[path[i] as string];
    const a = plan.ancestors.find((x) => x.path.length === i + 1);
    if (a) {
      const id = getFieldValue(node, a.idField);
      ancestorIds.push(typeof id === 'string' ? id : '');
    }
  }
  const idValue =
    plan.collection.idField && !plan.collection.singleton ? getFieldValue(node, plan.collection.idField) : '';
  const src = lookup.get(plan)?.get(rowKey(ancestorIds, typeof idValue === 'string' ? idValue : ''));
  if (!src) return undefined;
  return { src, key: columnOfPath(plan, path.slice(length)) };
}
