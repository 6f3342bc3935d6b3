import type { CivilDate, Issue, Lang, Result, Workspace, WorkspaceSummary } from '@smartcity/core';
import { summarizeWorkspace, validateWorkspace } from '@smartcity/core';

/** Innovation filters; empty string = any. */
export interface Filters {
  pillar: string;
  element: string;
  agency: string;
  status: string;
  horizon: string;
  text: string;
}

export const EMPTY_FILTERS: Filters = {
  pillar: '',
  element: '',
  agency: '',
  status: '',
  horizon: '',
  text: '',
};

/** A file that could not be loaded: its issues, and the raw value (when it was JSON) to show what they concern. */
export interface FailedLoad {
  name: string;
  issues: Issue[];
  raw: unknown;
}

/** Everything the page shows is derived from this. */
export interface State {
  lang: Lang;
  asOf: CivilDate | null;
  workspace: Workspace | null;
  sourceName: string;
  /** Issues of the workspace shown (cross-record checks after edits; warnings from the loader). */
  issues: Issue[];
  failed: FailedLoad | null;
  filters: Filters;
  /** How many filtered rows are rendered (the rest behind "show more"). */
  limit: number;
  editingId: string | null;
  dirty: boolean;
  /** The announcement in the status line, in the current language (re-made when the language changes). */
  status: () => string;
}

/** The data a render needs, computed once per change. */
export interface Derived {
  summary: WorkspaceSummary;
  progressById: Map<string, number | null>;
  issuesByInnovation: Map<number, Issue[]>;
}

export const PAGE_SIZE = 50;

/** Summary and indexes for the current workspace (issues when the summary cannot be made, e.g. a bad date). */
export function derive(ws: Workspace, asOf: CivilDate, issues: readonly Issue[]): Result<Derived> {
  const result = summarizeWorkspace(ws, { asOf });
  performance.mark('load:summarized');
  if (!result.success) return result;
  const summary = result.data;
  const progressById = new Map(summary.progress.innovations.map((p) => [p.id, p.progress]));
  const issuesByInnovation = new Map<number, Issue[]>();
  for (const item of issues) {
    if (item.path[0] === 'innovations' && typeof item.path[1] === 'number') {
      const list = issuesByInnovation.get(item.path[1]) ?? [];
      list.push(item);
      issuesByInnovation.set(item.path[1], list);
    }
  }
  return { success: true, data: { summary, progressById, issuesByInnovation } };
}

/** Cross-record checks of a workspace after an edit (the parse already ran them on load). */
export function revalidate(ws: Workspace): Issue[] {
  return validateWorkspace(ws);
}
