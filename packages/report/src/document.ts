/**
 * The report as data: sections of blocks, already localised, that the HTML, Markdown and PDF renderers each turn
 * into their format. Building it is where the core is called; rendering it only lays it out.
 */
import type { Lang } from '@smartcity/core';

/**
 * A piece of inline content: plain text, emphasised text, or a link (only http(s) and mailto links are kept by
 * the renderers; any other `href` is written as plain text).
 *
 * @example
 * ```ts
 * const parts: Inline[] = ['See ', { text: 'the masterplan', href: 'https://pontianak.go.id/sc' }, '.'];
 * ```
 */
export type Inline = string | { text: string; href?: string; strong?: boolean };

/**
 * A table cell: inline content, optionally right-aligned by its column.
 *
 * @example
 * ```ts
 * const cell: Cell = { text: '3,42', strong: true };
 * ```
 */
export type Cell = Inline;

/**
 * A table column.
 *
 * @example
 * ```ts
 * const column: TableColumn = { label: 'Skor', align: 'right' };
 * ```
 */
export interface TableColumn {
  label: string;
  align?: 'left' | 'right' | 'center';
}

/**
 * A data table with a caption. The first column labels the row (rendered as a row header).
 *
 * @example
 * ```ts
 * const table: TableBlock = { type: 'table', caption: 'Dimensi', columns: [{ label: 'Dimensi' }, { label: 'Skor', align: 'right' }], rows: [['Output', '3,40']] };
 * ```
 */
export interface TableBlock {
  type: 'table';
  caption: string;
  columns: TableColumn[];
  rows: Cell[][];
  /** Rows left out (e.g. of a 514-city comparison chart), said under the table. */
  note?: string;
}

/**
 * An SVG chart with its accessible title and description and the same data as a table.
 *
 * @example
 * ```ts
 * const chart: Chart = barChart({ title: 'Dimensi', description: '…', bars: [{ label: 'Output', value: 3.4, display: '3,40' }], max: 5 });
 * chart.svg.startsWith('<svg'); // true
 * ```
 */
export interface Chart {
  kind: 'radar' | 'bars' | 'trend' | 'status' | 'heatmap';
  /** Standalone SVG markup (with `xmlns`, `<title>` and `<desc>`), deterministic for the same input. */
  svg: string;
  width: number;
  height: number;
  title: string;
  description: string;
}

/**
 * A chart block: the chart and its data-table alternative.
 *
 * @example
 * ```ts
 * const block: ChartBlock = { type: 'chart', chart, table };
 * ```
 */
export interface ChartBlock {
  type: 'chart';
  chart: Chart;
  table: TableBlock;
}

/**
 * A paragraph.
 *
 * @example
 * ```ts
 * const p: ParagraphBlock = { type: 'paragraph', content: ['Indeks naik ', { text: '+0,34', strong: true }] };
 * ```
 */
export interface ParagraphBlock {
  type: 'paragraph';
  content: Inline[];
}

/**
 * A bulleted (or numbered) list.
 *
 * @example
 * ```ts
 * const list: ListBlock = { type: 'list', items: [['Perwal masterplan ditetapkan']] };
 * ```
 */
export interface ListBlock {
  type: 'list';
  ordered?: boolean;
  items: Inline[][];
}

/**
 * A callout: `warning` for data gaps that change how a figure reads, `info` for context.
 *
 * @example
 * ```ts
 * const note: NoteBlock = { type: 'note', tone: 'warning', content: ['Indikator SPBE 24–31 belum dinilai.'] };
 * ```
 */
export interface NoteBlock {
  type: 'note';
  tone: 'info' | 'warning';
  content: Inline[];
}

/**
 * Key figures shown side by side (label, value, optional detail).
 *
 * @example
 * ```ts
 * const f: FiguresBlock = { type: 'figures', items: [{ label: 'Indeks smart city', value: '3,42', detail: '/ 5' }] };
 * ```
 */
export interface FiguresBlock {
  type: 'figures';
  items: { label: string; value: string; detail?: string }[];
}

/**
 * One block of a section.
 *
 * @example
 * ```ts
 * const blocks: Block[] = [{ type: 'paragraph', content: ['…'] }];
 * ```
 */
export type Block = TableBlock | ChartBlock | ParagraphBlock | ListBlock | NoteBlock | FiguresBlock;

/**
 * A section (rendered as a level-2 heading) with optional subsections (level 3).
 *
 * @example
 * ```ts
 * const s: Section = { id: 'ringkasan', title: 'Ringkasan', blocks: [] };
 * ```
 */
export interface Section {
  id: string;
  title: string;
  blocks: Block[];
  sections?: Section[];
}

/**
 * A whole report, localised, ready to render.
 *
 * @example
 * ```ts
 * const result = buildReport(SAMPLE_WORKSPACES['pontianak-2023'], { kind: 'evaluation', asOf: '2023-12-31' });
 * if (result.success) result.data.sections.map((s) => s.title);
 * ```
 */
export interface ReportDocument {
  kind: 'evaluation' | 'catalogue' | 'comparison';
  lang: Lang;
  title: string;
  subtitle: string;
  /** Shown in the header (theme city name, else the municipality label). */
  cityName?: string;
  /** A validated data URL (PNG, JPEG or SVG image). */
  logoDataUrl?: string;
  /** A short line about how and when the report was made. */
  colophon: string;
  sections: Section[];
  /** Machine-readable key figures, embedded in the HTML as inline JSON. */
  data: Record<string, unknown>;
}
