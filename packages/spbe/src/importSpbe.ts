import type { CollectionId, Evidence, Issue, LocalizedText, Workspace } from '@smartcity/core';
import { assessmentImporter } from './importers/assessment.js';
import { ckanImporter } from './importers/ckan.js';
import { inventoryImporter } from './importers/inventory.js';
import { type ImportReport, type MergeResult, mergeWorkspace } from './internal/core.js';
import { ReportBuilder } from './report.js';
import type { ImportContext, ImportSource, SpbeImportData, SpbeImporter } from './types.js';

/**
 * The importers of this package that work everywhere (browser and Node), in detection order. The database
 * importers live in `@smartcity/spbe/node` (`NODE_IMPORTERS`).
 *
 * @example
 * ```ts
 * SPBE_IMPORTERS.map((i) => i.id); // ['assessment', 'inventory', 'ckan']
 * ```
 */
export const SPBE_IMPORTERS: readonly SpbeImporter[] = [assessmentImporter, inventoryImporter, ckanImporter];

/** Below this confidence a source is not taken by an importer. */
const MIN_CONFIDENCE = 0.3;

/**
 * Picks the importer most confident about a source (ties go to the earlier importer); `undefined` when none
 * reaches 0.3.
 *
 * @example
 * ```ts
 * const found = await detectSource({ name: 'aplikasi.csv', bytes }, SPBE_IMPORTERS);
 * found?.importer.id; // 'inventory'
 * ```
 */
export async function detectSource(
  source: ImportSource,
  importers: readonly SpbeImporter[] = SPBE_IMPORTERS,
  context: Partial<ImportContext> = {},
): Promise<{ importer: SpbeImporter; confidence: number } | undefined> {
  let best: { importer: SpbeImporter; confidence: number } | undefined;
  for (const importer of importers) {
    let confidence = 0;
    try {
      confidence = await importer.detect(source, context);
    } catch {
      confidence = 0;
    }
    if (!(confidence >= MIN_CONFIDENCE)) continue;
    if (!best || confidence > best.confidence) best = { importer, confidence: Math.min(1, confidence) };
  }
  return best;
}

/**
 * Options of {@link importSpbe}: the workspace to import into, the importers to choose from, and the import
 * context (year, time zone, delimiter, model…).
 *
 * @example
 * ```ts
 * const options: ImportSpbeOptions = { into: workspace, year: 2023 };
 * ```
 */
export interface ImportSpbeOptions extends Omit<ImportContext, 'workspace'> {
  into: Workspace;
  importers?: readonly SpbeImporter[];
  /** Use this importer (by id) instead of detecting one. */
  importer?: string;
  /** Remove records of the imported collections that the sources no longer contain (default false). */
  removeMissing?: boolean;
}

/**
 * The outcome of {@link importSpbe}: the merge into the workspace (what was added, updated, unchanged) and one
 * report per source.
 *
 * @example
 * ```ts
 * const r: SpbeImportOutcome = await importSpbe([source], { into: workspace });
 * r.merge.added.length;
 * ```
 */
export interface SpbeImportOutcome {
  merge: MergeResult;
  reports: ImportReport[];
  /** Which importer read each source (`undefined` when none recognised it). */
  importers: (string | undefined)[];
  /** Whether any report holds an error. */
  ok: boolean;
  /**
   * Whether the workspace's `extensions` changed (open-data evidence for pillars, `spbe.pillarEvidence`, and
   * datasets attached to nothing, `spbe.datasets`); these are not records, so the merge does not list them.
   */
  extensionsChanged: boolean;
}

const NO_IMPORTER: LocalizedText = {
  id: 'Sumber tidak dikenali sebagai penilaian mandiri, inventaris aplikasi, CKAN, atau basis data SPBE',
  en: 'The source is not recognised as a self-assessment, application inventory, CKAN response or SPBE database',
};

function addEvidence(list: Evidence[], more: readonly Evidence[]): { list: Evidence[]; changed: boolean } {
  let changed = false;
  const out = [...list];
  for (const e of more) {
    const at = out.findIndex((x) => x.url === e.url);
    if (at < 0) {
      out.push(e);
      changed = true;
    } else if (JSON.stringify(out[at]) !== JSON.stringify(e)) {
      out[at] = e;
      changed = true;
    }
  }
  return { list: out, changed };
}

/** Puts pillar evidence and unattached datasets into the workspace's extensions; returns whether anything changed. */
function applyEvidence(ws: Workspace, data: SpbeImportData): { workspace: Workspace; changed: boolean } {
  if (!data.pillarEvidence && !data.datasets) return { workspace: ws, changed: false };
  const ext = { ...((ws.extensions as Record<string, unknown> | undefined) ?? {}) };
  let changed = false;
  if (data.pillarEvidence) {
    const current = { ...((ext['spbe.pillarEvidence'] as Record<string, Evidence[]> | undefined) ?? {}) };
    for (const p of data.pillarEvidence) {
      const r = addEvidence(current[p.pillarId] ?? [], p.evidence);
      if (r.changed) {
        current[p.pillarId] = r.list;
        changed = true;
      }
    }
    ext['spbe.pillarEvidence'] = current;
  }
  if (data.datasets) {
    const r = addEvidence((ext['spbe.datasets'] as Evidence[] | undefined) ?? [], data.datasets);
    if (r.changed) {
      ext['spbe.datasets'] = r.list;
      changed = true;
    }
  }
  return changed ? { workspace: { ...ws, extensions: ext }, changed } : { workspace: ws, changed };
}

/**
 * Imports legacy SPBE sources into a workspace: detects each source's importer (or uses `options.importer`),
 * imports it, and merges the records with the core's `mergeWorkspace` by their stable ids, so importing the same
 * source twice changes nothing. Never throws on bad data: problems are in the reports.
 *
 * @example
 * ```ts
 * const bytes = new TextEncoder().encode('Nama Aplikasi;Perangkat Daerah;Status\nSIPEDAS;Diskominfo;Aktif\n');
 * const { merge, reports } = await importSpbe([{ name: 'aplikasi.csv', bytes }], { into: workspace });
 * merge.workspace.applications.length; // 1
 * reports[0]?.counts.mapped; // 1
 * ```
 */
export async function importSpbe(
  sources: readonly ImportSource[],
  options: ImportSpbeOptions,
): Promise<SpbeImportOutcome> {
  const { into, importers = SPBE_IMPORTERS, importer: forced, removeMissing, ...rest } = options;
  let workspace = into;
  const reports: ImportReport[] = [];
  const used: (string | undefined)[] = [];
  const total: MergeResult = {
    workspace,
    added: [],
    updated: [],
    unchanged: [],
    missing: [],
    removed: [],
    issues: [],
  };
  let extensionsChanged = false;
  for (const source of sources) {
    const context: ImportContext = { ...rest, workspace };
    const chosen = forced
      ? importers.find((i) => i.id === forced)
      : (await detectSource(source, importers, context))?.importer;
    used.push(chosen?.id);
    if (!chosen) {
      const report = new ReportBuilder({ file: source.name });
      report.add('unknown_source', NO_IMPORTER, { file: source.name }, 'error');
      reports.push(report.build());
      continue;
    }
    let result: Awaited<ReturnType<SpbeImporter['import']>>;
    try {
      result = await chosen.import(source, context);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      const report = new ReportBuilder({ file: source.name, kind: chosen.id });
      report.add(
        'import_failed',
        { id: `Impor gagal: ${reason}`, en: `Import failed: ${reason}` },
        { file: source.name },
        'error',
      );
      reports.push(report.build());
      continue;
    }
    reports.push(result.report);
    const incoming: Partial<Record<CollectionId, readonly unknown[]>> = {};
    for (const key of ['agencies', 'applications', 'evaluations', 'innovations'] as const) {
      const rows = result.data[key];
      if (rows && rows.length > 0) incoming[key] = rows;
    }
    if (Object.keys(incoming).length > 0) {
      const merged = mergeWorkspace(workspace, incoming, {
        collections: Object.keys(incoming) as CollectionId[],
        removeMissing: removeMissing ?? false,
      });
      workspace = merged.workspace;
      total.added.push(...merged.added);
      total.updated.push(...merged.updated);
      total.unchanged.push(...merged.unchanged);
      total.missing.push(...merged.missing);
      total.removed.push(...merged.removed);
      total.issues.push(...merged.issues);
    }
    const applied = applyEvidence(workspace, result.data);
    if (applied.changed) {
      workspace = applied.workspace;
      extensionsChanged = true;
    }
  }
  total.workspace = workspace;
  const ok =
    reports.every((r) => !r.issues.some((i: Issue & { severity?: string }) => i.severity === 'error')) &&
    !total.issues.some((i: Issue & { severity?: string }) => i.severity !== 'warning');
  return { merge: total, reports, importers: used, ok, extensionsChanged };
}
