/**
 * `@smartcity/report`: evaluation reports, innovation catalogues and multi-city comparisons of @smartcity
 * workspaces as one self-contained HTML file, Markdown or (from `@smartcity/report/pdf`) PDF, with deterministic
 * SVG charts. The report renders what `@smartcity/core` computes and never recomputes it. This entry point works
 * in browsers and in Node (no `node:` imports).
 *
 * @packageDocumentation
 */
import {
  type Issue,
  issue,
  type Lang,
  parseCivilDate,
  parseWorkspace,
  prefixIssues,
  type Result,
  type Workspace,
} from '@smartcity/core';
import { buildCatalogue } from './build/catalogue.js';
import { buildComparison } from './build/comparison.js';
import { type BuildContext, buildEvaluation } from './build/evaluation.js';
import type { ReportDocument } from './document.js';
import { renderHtml } from './render/html.js';
import { renderMarkdown } from './render/markdown.js';
import { type ReportTheme, validateTheme } from './theme.js';

export {
  type BarChartInput,
  barChart,
  type RadarChartInput,
  type RiskHeatmapInput,
  radarChart,
  riskHeatmap,
  type StatusBarsInput,
  statusBars,
  type TrendChartInput,
  trendChart,
} from './charts/index.js';
export type {
  Block,
  Cell,
  Chart,
  ChartBlock,
  FiguresBlock,
  Inline,
  ListBlock,
  NoteBlock,
  ParagraphBlock,
  ReportDocument,
  Section,
  TableBlock,
  TableColumn,
} from './document.js';
export { escapeHtml, escapeMarkdown, jsonForScript, safeUrl } from './escape.js';
export { DEFAULT_COLORS, type ReportColors, type ReportTheme, validateTheme } from './theme.js';

/**
 * The kinds of report: one city's evaluation for one cycle, its innovation catalogue, or a comparison of cities.
 *
 * @example
 * ```ts
 * REPORT_KINDS; // ['evaluation', 'catalogue', 'comparison']
 * ```
 */
export const REPORT_KINDS = ['evaluation', 'catalogue', 'comparison'] as const;

/**
 * A kind of report.
 *
 * @example
 * ```ts
 * const kind: ReportKind = 'comparison';
 * ```
 */
export type ReportKind = (typeof REPORT_KINDS)[number];

/**
 * Options of {@link buildReport} (and, with `format`, of {@link renderReport}).
 *
 * @example
 * ```ts
 * const options: ReportOptions = { kind: 'evaluation', lang: 'en', cycle: '2023-II', asOf: '2023-12-31',
 *   theme: { cityName: 'Pemerintah Kota Pontianak', colors: { primary: '#0b5394' } } };
 * ```
 */
export interface ReportOptions {
  kind: ReportKind;
  /** Language of every label and message (default `id`). */
  lang?: Lang;
  /**
   * The evaluation cycle, '2025-II', '2025-I' or '2025'. Evaluation report: default the latest scored one up to
   * `asOf`. Comparison: default the cycle most cities were evaluated in (the latest on a tie).
   */
  cycle?: string;
  /** The day the report is about (YYYY-MM-DD): progress, overdue items and the calendar are as of that day. */
  asOf: string;
  theme?: ReportTheme;
}

/**
 * Options of {@link renderReport}.
 *
 * @example
 * ```ts
 * const options: RenderReportOptions = { kind: 'catalogue', format: 'md', asOf: '2023-12-31' };
 * ```
 */
export interface RenderReportOptions extends ReportOptions {
  format: 'html' | 'md';
}

function fail(path: (string | number)[], code: string, id: string, en: string): Result<never> {
  return { success: false, issues: [issue(path, code, { id, en })] };
}

function isWorkspaceLike(value: unknown): value is Workspace {
  const v = value as Workspace | null;
  return (
    typeof v === 'object' &&
    v !== null &&
    typeof v.municipality === 'object' &&
    v.municipality !== null &&
    typeof v.municipality.name === 'string' &&
    Array.isArray(v.innovations) &&
    Array.isArray(v.evaluations) &&
    Array.isArray(v.risks) &&
    Array.isArray(v.agencies)
  );
}

/**
 * Builds a report as data (sections of localised blocks and charts) without choosing a format; what
 * {@link renderReport} and `renderReportPdf` lay out. Workspaces must be valid (parse them with the core first);
 * anything else is reported as an issue, never thrown.
 *
 * @example
 * ```ts
 * import { SAMPLE_WORKSPACES } from '@smartcity/core/samples';
 * const result = buildReport(SAMPLE_WORKSPACES['pontianak-2023'], { kind: 'evaluation', asOf: '2023-12-31' });
 * if (result.success) result.data.sections.map((s) => s.id); // ['ringkasan', 'indeks', …, 'kesenjangan-data']
 * ```
 */
export function buildReport(
  input: Workspace | readonly Workspace[],
  options: ReportOptions,
): Result<ReportDocument> {
  try {
    return buildUnsafe(input, options);
  } catch (error) {
    // Most likely a workspace that was never validated: say what is wrong with it, in the core's words.
    const list = Array.isArray(input) ? (input as readonly unknown[]) : [input];
    for (const [i, ws] of list.entries()) {
      const parsed = parseWorkspace(ws);
      if (!parsed.success) {
        return {
          success: false,
          issues: Array.isArray(input) ? prefixIssues([i], parsed.issues) : parsed.issues,
        };
      }
    }
    // Otherwise a bug, not user data: an issue rather than a crash of a caller rendering many reports.
    const message = error instanceof Error ? error.message : String(error);
    return fail([], 'custom', `Laporan gagal dibuat: ${message}`, `The report could not be made: ${message}`);
  }
}

function buildUnsafe(
  input: Workspace | readonly Workspace[],
  options: ReportOptions,
): Result<ReportDocument> {
  if (typeof options !== 'object' || options === null) {
    return fail(
      ['options'],
      'invalid_type',
      'Opsi laporan harus berupa objek',
      'Report options must be an object',
    );
  }
  const lang: Lang = options.lang === 'en' ? 'en' : 'id';
  if (options.lang !== undefined && options.lang !== 'id' && options.lang !== 'en') {
    return fail(
      ['lang'],
      'invalid_value',
      'Bahasa harus "id" atau "en"',
      'The language must be "id" or "en"',
    );
  }
  if (!(REPORT_KINDS as readonly unknown[]).includes(options.kind)) {
    return fail(
      ['kind'],
      'invalid_value',
      'Jenis laporan harus evaluation, catalogue atau comparison',
      'The report kind must be evaluation, catalogue or comparison',
    );
  }
  if (typeof options.asOf !== 'string' || !parseCivilDate(options.asOf).success) {
    return fail(
      ['asOf'],
      'invalid_value',
      `Tanggal laporan "${String(options.asOf)}" tidak valid; tulis YYYY-MM-DD`,
      `Invalid report date "${String(options.asOf)}"; write YYYY-MM-DD`,
    );
  }
  if (options.cycle !== undefined && typeof options.cycle !== 'string') {
    return fail(
      ['cycle'],
      'invalid_type',
      'Siklus harus berupa teks seperti 2025-II',
      'The cycle must be text like 2025-II',
    );
  }
  const theme = validateTheme(options.theme);
  if (!theme.success) return theme;
  const list = Array.isArray(input) ? (input as readonly unknown[]) : [input];
  const issues: Issue[] = [];
  list.forEach((ws, i) => {
    if (!isWorkspaceLike(ws)) {
      issues.push(
        issue(Array.isArray(input) ? [i] : [], 'invalid_type', {
          id: 'Bukan workspace yang valid; jalankan parseWorkspace dari @smartcity/core terlebih dahulu',
          en: 'Not a valid workspace; run parseWorkspace from @smartcity/core first',
        }),
      );
    }
  });
  if (issues.length > 0) return { success: false, issues };
  if (list.length === 0)
    return fail(
      [],
      'too_small',
      'Tidak ada workspace untuk dilaporkan',
      'There is no workspace to report on',
    );
  const ctx: BuildContext = {
    lang,
    asOf: options.asOf,
    theme: theme.data,
    ...(options.cycle === undefined ? {} : { cycle: options.cycle }),
  };
  const workspaces = list as Workspace[];
  if (options.kind === 'comparison') return buildComparison(workspaces, ctx);
  if (workspaces.length !== 1) {
    return fail(
      [],
      'too_big',
      `Laporan ${options.kind} dibuat untuk satu workspace, bukan ${workspaces.length}; pakai kind "comparison" untuk beberapa kota`,
      `A ${options.kind} report is made for one workspace, not ${workspaces.length}; use kind "comparison" for several cities`,
    );
  }
  return options.kind === 'evaluation'
    ? buildEvaluation(workspaces[0]!, ctx)
    : buildCatalogue(workspaces[0]!, ctx);
}

/**
 * Renders a report as one self-contained HTML file (inline CSS with a print stylesheet, a strict
 * Content-Security-Policy, inline SVG charts each with a data table, no external requests) or as Markdown.
 * Every user field is escaped; only http(s) and mailto links are kept. Never throws on user data.
 *
 * @example
 * ```ts
 * import { SAMPLE_WORKSPACES } from '@smartcity/core/samples';
 * const html = renderReport(SAMPLE_WORKSPACES['pontianak-2023'], { kind: 'evaluation', format: 'html', lang: 'en', asOf: '2023-12-31' });
 * if (html.success) html.data.startsWith('<!DOCTYPE html>'); // true
 * ```
 */
export function renderReport(
  input: Workspace | readonly Workspace[],
  options: RenderReportOptions,
): Result<string> {
  if (
    typeof options !== 'object' ||
    options === null ||
    (options.format !== 'html' && options.format !== 'md')
  ) {
    return fail(
      ['format'],
      'invalid_value',
      'Format harus "html" atau "md" (PDF: renderReportPdf dari @smartcity/report/pdf)',
      'The format must be "html" or "md" (PDF: renderReportPdf from @smartcity/report/pdf)',
    );
  }
  const built = buildReport(input, options);
  if (!built.success) return built;
  const theme = validateTheme(options.theme);
  if (!theme.success) return theme;
  return {
    success: true,
    data: options.format === 'html' ? renderHtml(built.data, theme.data) : renderMarkdown(built.data),
  };
}
