/**
 * `@smartcity/report/pdf`: the same reports as PDF, made with pdfmake, with Roboto embedded (it covers
 * Indonesian text) and the same SVG charts. Works in Node and in browsers (load it on demand: it carries the
 * fonts). pdfmake may neither fetch URLs nor read local files: both access policies deny everything.
 *
 * @packageDocumentation
 */
/// <reference path="./types/pdfmake.d.ts" />
import type { Lang, Result, Workspace } from '@smartcity/core';
import { issue } from '@smartcity/core';
import pdfMake from 'pdfmake';
import vfs from 'pdfmake/build/vfs_fonts.js';
import type { Block, Cell, Inline, ReportDocument, Section, TableBlock } from './document.js';
import { safeUrl } from './escape.js';
import { buildReport, type ReportOptions } from './index.js';
import { type ResolvedTheme, validateTheme } from './theme.js';

/**
 * Options of {@link renderReportPdf}: those of `renderReport` without `format`.
 *
 * @example
 * ```ts
 * const options: PdfReportOptions = { kind: 'evaluation', lang: 'id', asOf: '2023-12-31' };
 * ```
 */
export type PdfReportOptions = ReportOptions;

type Node = Record<string, unknown> | string;

// Virtual file names equal to the fonts' PostScript names: pdfkit, which sets the text of SVG charts itself, then
// finds the fonts pdfmake already loaded under those names instead of trying to open them as files.
const FONT_NAMES = {
  normal: 'Roboto-Regular',
  bold: 'Roboto-Medium',
  italics: 'Roboto-Italic',
  bolditalics: 'Roboto-MediumItalic',
} as const;
const CONTENT_WIDTH = 515; // A4 (595 pt) minus 40 pt margins.
let fontsReady = false;

function prepare(): void {
  if (!fontsReady) {
    for (const name of Object.values(FONT_NAMES)) {
      const data = vfs[`${name}.ttf`];
      if (typeof data !== 'string') throw new Error(`pdfmake font ${name}.ttf is missing from vfs_fonts.js`);
      pdfMake.virtualfs.writeFileSync(name, data, 'base64');
    }
    fontsReady = true;
  }
  pdfMake.setFonts({ Roboto: { ...FONT_NAMES } });
  // Deny every URL and every local file: a report never needs either (images are data URLs, fonts are embedded).
  pdfMake.setUrlAccessPolicy(() => false);
  pdfMake.setLocalAccessPolicy?.(() => false);
}

function inlineNode(part: Inline): Node {
  if (typeof part === 'string') return { text: part };
  const href = part.href === undefined ? null : safeUrl(part.href);
  return {
    text: part.text,
    ...(part.strong ? { bold: true } : {}),
    ...(href ? { link: href, color: '#0b4f8a', decoration: 'underline' } : {}),
  };
}

function inlines(parts: readonly Inline[]): Node[] {
  return parts.map(inlineNode);
}

function cellNode(cell: Cell, align: string | undefined, header = false): Node {
  const node = inlineNode(cell) as Record<string, unknown>;
  return {
    ...node,
    ...(align && align !== 'left' ? { alignment: align } : {}),
    ...(header ? { style: 'th' } : {}),
  };
}

function tableNode(block: TableBlock, theme: ResolvedTheme): Node[] {
  const n = block.columns.length;
  const fontSize = n >= 10 ? 6.5 : n >= 7 ? 7.5 : 8.5;
  const out: Node[] = [
    { text: block.caption, style: 'caption' },
    {
      table: {
        headerRows: 1,
        widths: block.columns.map((_, i) => (i === 0 ? '*' : 'auto')),
        body: [
          block.columns.map((c) => ({
            text: c.label,
            bold: true,
            color: '#ffffff',
            fillColor: theme.colors.primary,
            ...(c.align && c.align !== 'left' ? { alignment: c.align } : {}),
          })),
          ...block.rows.map((row) => block.columns.map((c, i) => cellNode(row[i] ?? '', c.align))),
        ],
      },
      layout: 'lightHorizontalLines',
      fontSize,
      margin: [0, 2, 0, 8],
    },
  ];
  if (block.note) out.push({ text: block.note, style: 'small', margin: [0, -4, 0, 8] });
  return out;
}

function blockNodes(block: Block, lang: Lang, theme: ResolvedTheme): Node[] {
  switch (block.type) {
    case 'paragraph':
      return [{ text: inlines(block.content), margin: [0, 0, 0, 6] }];
    case 'list':
      return [
        {
          [block.ordered ? 'ol' : 'ul']: block.items.map((item) => ({ text: inlines(item) })),
          margin: [0, 0, 0, 6],
        },
      ];
    case 'note':
      return [
        {
          table: {
            widths: ['*'],
            body: [
              [
                {
                  text: [
                    ...(block.tone === 'warning'
                      ? [{ text: `${lang === 'id' ? 'Perhatian' : 'Note'}: `, bold: true }]
                      : []),
                    ...inlines(block.content),
                  ],
                  fillColor: block.tone === 'warning' ? '#fdf6e7' : '#eef4fa',
                  margin: [6, 4, 6, 4],
                },
              ],
            ],
          },
          layout: 'noBorders',
          margin: [0, 2, 0, 8],
        },
      ];
    case 'figures': {
      const cells = block.items.map((f) => ({
        stack: [
          { text: f.label, style: 'small' },
          { text: f.value, fontSize: 16, bold: true, color: theme.colors.primary },
          ...(f.detail ? [{ text: f.detail, style: 'small' }] : []),
        ],
        margin: [4, 4, 4, 4],
      }));
      const rows: Node[][] = [];
      for (let i = 0; i < cells.length; i += 3) {
        const row: Node[] = cells.slice(i, i + 3);
        while (row.length < 3) row.push({ text: '' });
        rows.push(row);
      }
      return [
        {
          table: { widths: ['*', '*', '*'], body: rows },
          layout: 'lightHorizontalLines',
          margin: [0, 2, 0, 8],
        },
      ];
    }
    case 'table':
      return tableNode(block, theme);
    case 'chart': {
      const width = Math.min(CONTENT_WIDTH, block.chart.width * 0.8);
      return [
        { text: block.chart.title, style: 'caption', headlineLevel: 4 },
        { svg: block.chart.svg, width, margin: [0, 2, 0, 4] },
        ...tableNode(
          {
            ...block.table,
            caption: `${lang === 'id' ? 'Data grafik' : 'Chart data'}: ${block.table.caption}`,
          },
          theme,
        ),
      ];
    }
  }
}

function sectionNodes(section: Section, level: 2 | 3, lang: Lang, theme: ResolvedTheme): Node[] {
  return [
    { text: section.title, style: level === 2 ? 'h2' : 'h3', tocItem: level === 2, headlineLevel: level },
    ...section.blocks.flatMap((b) => blockNodes(b, lang, theme)),
    ...(section.sections ?? []).flatMap((s) => sectionNodes(s, 3, lang, theme)),
  ];
}

/** A logo node from a validated data URL; SVG logos that refer to anything outside themselves are left out. */
function logoNode(dataUrl: string | undefined): Node | null {
  if (!dataUrl) return null;
  if (dataUrl.startsWith('data:image/svg+xml;base64,')) {
    let svg: string;
    try {
      svg = new TextDecoder().decode(Uint8Array.from(atob(dataUrl.slice(26)), (c) => c.charCodeAt(0)));
    } catch {
      return null;
    }
    if (/<image|href|url\(|<script|<foreignObject|<!ENTITY/i.test(svg)) return null;
    return { svg, fit: [64, 64] };
  }
  return { image: dataUrl, fit: [64, 64] };
}

/**
 * The pdfmake document definition of a built report: for callers who run pdfmake themselves (e.g. to add pages).
 * {@link renderReportPdf} is the usual way.
 *
 * @example
 * ```ts
 * const built = buildReport(ws, { kind: 'catalogue', asOf: '2023-12-31' });
 * const theme = validateTheme(undefined);
 * if (built.success && theme.success) pdfDefinition(built.data, theme.data).pageSize; // 'A4'
 * ```
 */
export function pdfDefinition(doc: ReportDocument, theme: ResolvedTheme): Record<string, unknown> {
  const logo = logoNode(doc.logoDataUrl);
  const heading: Node[] = [
    ...(doc.cityName
      ? [{ text: doc.cityName.toUpperCase(), bold: true, color: theme.colors.primary, fontSize: 9 }]
      : []),
    { text: doc.title, style: 'h1' },
    { text: doc.subtitle, color: '#52606d' },
  ];
  return {
    pageSize: 'A4',
    pageMargins: [40, 48, 40, 48],
    language: doc.lang === 'id' ? 'id-ID' : 'en-GB',
    info: {
      title: doc.title,
      author: doc.cityName ?? '@smartcity/report',
      subject: doc.subtitle,
      keywords: ['smart city', doc.kind, doc.lang].join(', '),
      creator: '@smartcity/report',
      producer: '@smartcity/report (pdfmake)',
    },
    defaultStyle: { font: 'Roboto', fontSize: 9.5, lineHeight: 1.2, color: theme.colors.text },
    styles: {
      h1: { fontSize: 18, bold: true, margin: [0, 2, 0, 2] },
      h2: { fontSize: 13.5, bold: true, color: theme.colors.primary, margin: [0, 14, 0, 6] },
      h3: { fontSize: 11, bold: true, margin: [0, 10, 0, 4] },
      caption: { bold: true, fontSize: 9, margin: [0, 4, 0, 2] },
      small: { fontSize: 8, color: '#52606d' },
    },
    // Headings and captions never end a page: they move to the next one with what they introduce.
    pageBreakBefore: (node: { headlineLevel?: number }, following: unknown[]) =>
      node.headlineLevel !== undefined && following.length === 0,
    footer: (page: number, pages: number) => ({
      text: `${doc.title} · ${page}/${pages}`,
      alignment: 'center',
      fontSize: 7.5,
      color: '#52606d',
      margin: [40, 16, 40, 0],
    }),
    content: [
      logo
        ? {
            columns: [
              { ...(logo as object), width: 70 },
              { stack: heading, width: '*' },
            ],
            columnGap: 10,
          }
        : { stack: heading },
      {
        canvas: [
          {
            type: 'line',
            x1: 0,
            y1: 4,
            x2: CONTENT_WIDTH,
            y2: 4,
            lineWidth: 2.5,
            lineColor: theme.colors.primary,
          },
        ],
        margin: [0, 2, 0, 6],
      },
      ...doc.sections.flatMap((s) => sectionNodes(s, 2, doc.lang, theme)),
      { text: doc.colophon, style: 'small', margin: [0, 16, 0, 0] },
    ],
  };
}

/**
 * Renders a report as PDF (A4, Roboto embedded, document title, author, subject and language set, the same SVG
 * charts and data tables as the HTML). Same inputs and checks as `renderReport`; never throws on user data.
 *
 * @example
 * ```ts
 * import { renderReportPdf } from '@smartcity/report/pdf';
 * import { SAMPLE_WORKSPACES } from '@smartcity/core/samples';
 * const pdf = await renderReportPdf(SAMPLE_WORKSPACES['pontianak-2023'], { kind: 'evaluation', asOf: '2023-12-31' });
 * if (pdf.success) pdf.data.byteLength > 0; // true — write it to a file or offer it as a download
 * ```
 */
export async function renderReportPdf(
  input: Workspace | readonly Workspace[],
  options: PdfReportOptions,
): Promise<Result<Uint8Array>> {
  const built = buildReport(input, options);
  if (!built.success) return built;
  const theme = validateTheme(options.theme);
  if (!theme.success) return theme;
  try {
    prepare();
    const buffer = await pdfMake.createPdf(pdfDefinition(built.data, theme.data)).getBuffer();
    return { success: true, data: new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength) };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return {
      success: false,
      issues: [
        issue([], 'custom', {
          id: `PDF gagal dibuat: ${message}`,
          en: `The PDF could not be made: ${message}`,
        }),
      ],
    };
  }
}
