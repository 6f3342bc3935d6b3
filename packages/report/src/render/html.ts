/** The HTML renderer: one self-contained file, strict CSP, print stylesheet, accessible charts. Internal. */
import type { Lang } from '@smartcity/core';
import type { Block, Cell, Inline, ReportDocument, Section, TableBlock } from '../document.js';
import { escapeHtml, jsonForScript, safeUrl } from '../escape.js';
import { sha256Base64 } from '../sha256.js';
import type { ResolvedTheme } from '../theme.js';

const UI = {
  contents: { id: 'Daftar isi', en: 'Contents' },
  chartData: { id: 'Data grafik', en: 'Chart data' },
  warning: { id: 'Perhatian', en: 'Note' },
  logo: { id: 'Logo', en: 'Logo' },
} as const;

function inline(parts: readonly Inline[]): string {
  return parts.map(inlineOne).join('');
}

function inlineOne(part: Inline): string {
  if (typeof part === 'string') return escapeHtml(part);
  const body = escapeHtml(part.text);
  const strong = part.strong ? `<strong>${body}</strong>` : body;
  const href = part.href === undefined ? null : safeUrl(part.href);
  return href === null
    ? strong
    : `<a href="${escapeHtml(href)}" rel="noopener noreferrer nofollow">${strong}</a>`;
}

function cell(value: Cell): string {
  return inlineOne(value);
}

function table(block: TableBlock, extraClass = '', caption = block.caption): string {
  const align = (i: number) => {
    const a = block.columns[i]?.align;
    return a && a !== 'left' ? ` class="${a}"` : '';
  };
  const head = block.columns
    .map((col, i) => `<th scope="col"${align(i)}>${escapeHtml(col.label)}</th>`)
    .join('');
  const body = block.rows
    .map(
      (row) =>
        `<tr>${row
          .map((value, i) =>
            i === 0 ? `<th scope="row">${cell(value)}</th>` : `<td${align(i)}>${cell(value)}</td>`,
          )
          .join('')}</tr>`,
    )
    .join('\n');
  const note = block.note ? `<p class="table-note">${escapeHtml(block.note)}</p>` : '';
  return `<table class="data${extraClass}"><caption>${escapeHtml(caption)}</caption><thead><tr>${head}</tr></thead><tbody>\n${body}\n</tbody></table>${note}`;
}

function blockHtml(block: Block, lang: Lang, chartIndex: { n: number }): string {
  switch (block.type) {
    case 'paragraph':
      return `<p>${inline(block.content)}</p>`;
    case 'list': {
      const tag = block.ordered ? 'ol' : 'ul';
      return `<${tag}>${block.items.map((item) => `<li>${inline(item)}</li>`).join('')}</${tag}>`;
    }
    case 'note':
      return `<div class="note ${block.tone}" role="note"><p>${block.tone === 'warning' ? `<strong>${escapeHtml(UI.warning[lang])}:</strong> ` : ''}${inline(block.content)}</p></div>`;
    case 'figures':
      return `<dl class="figures">${block.items
        .map(
          (f) =>
            `<div><dt>${escapeHtml(f.label)}</dt><dd><span class="value">${escapeHtml(f.value)}</span>${f.detail ? ` <span class="detail">${escapeHtml(f.detail)}</span>` : ''}</dd></div>`,
        )
        .join('')}</dl>`;
    case 'table':
      return table(block);
    case 'chart': {
      chartIndex.n += 1;
      // The SVG is our own markup (every text in it escaped by the chart functions); ids are made unique here.
      const svg = block.chart.svg
        .replace(/ id="([^"]+)"/g, ` id="f${chartIndex.n}-$1"`)
        .replace(
          / aria-labelledby="([^"]+) ([^"]+)"/,
          ` aria-labelledby="f${chartIndex.n}-$1 f${chartIndex.n}-$2"`,
        );
      return `<figure class="chart"><div class="chart-svg">${svg}</div><figcaption>${escapeHtml(block.chart.title)}</figcaption>${table(block.table, ' chart-data', `${UI.chartData[lang]}: ${block.table.caption}`)}</figure>`;
    }
  }
}

function sectionHtml(section: Section, level: 2 | 3, lang: Lang, chartIndex: { n: number }): string {
  const id = `s-${section.id}`;
  const blocks = section.blocks.map((b) => blockHtml(b, lang, chartIndex)).join('\n');
  const subs = (section.sections ?? []).map((s) => sectionHtml(s, 3, lang, chartIndex)).join('\n');
  return `<section aria-labelledby="${escapeHtml(id)}"><h${level} id="${escapeHtml(id)}">${escapeHtml(section.title)}</h${level}>\n${blocks}\n${subs}</section>`;
}

function css(theme: ResolvedTheme): string {
  const k = theme.colors;
  return `:root{--primary:${k.primary};--accent:${k.accent};--text:${k.text};--bg:${k.background};--muted:#52606d;--line:#d5dbe1}
*{box-sizing:border-box}
html{background:var(--bg);color:var(--text)}
body{margin:0 auto;max-width:60rem;padding:1.5rem;font:15px/1.5 Roboto,"Segoe UI",Arial,Helvetica,sans-serif}
header.report{display:flex;gap:1rem;align-items:center;border-bottom:4px solid var(--primary);padding-bottom:1rem;margin-bottom:1rem}
header.report img{max-height:72px;max-width:160px}
header.report .city{margin:0;font-weight:bold;color:var(--primary);text-transform:uppercase;letter-spacing:.04em}
h1{margin:.1rem 0;font-size:1.7rem;line-height:1.25}
.subtitle{margin:0;color:var(--muted)}
h2{color:var(--primary);border-bottom:1px solid var(--line);padding-bottom:.2rem;margin-top:2rem;font-size:1.35rem}
h3{font-size:1.1rem;margin-top:1.4rem}
nav.toc ol{columns:2;margin:0;padding-left:1.4rem}
nav.toc h2{margin-top:0;border:0;font-size:1.1rem}
a{color:var(--primary)}
table.data{border-collapse:collapse;width:100%;margin:.6rem 0 1rem;font-size:.9rem}
table.data caption{text-align:left;font-weight:bold;padding:.3rem 0}
table.data th,table.data td{border-bottom:1px solid var(--line);padding:.3rem .45rem;text-align:left;vertical-align:top;overflow-wrap:break-word}
table.data thead th{hyphens:auto;vertical-align:bottom}
table.data thead th{background:var(--primary);color:#fff}
table.data tbody th{font-weight:normal}
table.data .right{text-align:right;font-variant-numeric:tabular-nums}
table.data .center{text-align:center}
.table-note{color:var(--muted);font-size:.85rem;margin-top:-.6rem}
figure.chart{margin:1rem 0 1.5rem;break-inside:avoid}
.chart-svg svg{max-width:100%;height:auto}
figure.chart figcaption{font-weight:bold;margin:.2rem 0}
table.chart-data{font-size:.82rem}
table.chart-data caption{font-weight:normal;color:var(--muted)}
dl.figures{display:grid;grid-template-columns:repeat(auto-fill,minmax(11rem,1fr));gap:.6rem;margin:.8rem 0}
dl.figures div{border:1px solid var(--line);border-top:4px solid var(--primary);padding:.5rem .7rem;border-radius:4px}
dl.figures dt{font-size:.85rem;color:var(--muted)}
dl.figures dd{margin:0}
dl.figures .value{font-size:1.45rem;font-weight:bold}
dl.figures .detail{color:var(--muted);font-size:.85rem}
.note{border-left:4px solid var(--primary);background:#eef4fa;padding:.4rem .8rem;margin:.8rem 0}
.note.warning{border-left-color:#92400e;background:#fdf6e7}
.note p{margin:.2rem 0}
footer{margin-top:2rem;border-top:1px solid var(--line);color:var(--muted);font-size:.85rem}
@media print{
@page{size:A4;margin:16mm 14mm}
body{max-width:none;padding:0;font-size:10.5pt}
nav.toc{display:none}
h2,h3{break-after:avoid}
table.data thead{display:table-header-group}
tr,figure.chart,dl.figures div,.note{break-inside:avoid}
a[href^="http"]::after{content:" (" attr(href) ")";font-size:.8em;color:var(--muted);overflow-wrap:anywhere}
}`;
}

/** Renders a report document as one self-contained HTML file. Internal. */
export function renderHtml(doc: ReportDocument, theme: ResolvedTheme): string {
  const lang = doc.lang;
  const style = css(theme);
  const csp = `default-src 'none'; style-src 'sha256-${sha256Base64(style)}'; img-src data:; font-src 'none'; base-uri 'none'; form-action 'none'`;
  const chartIndex = { n: 0 };
  const toc = doc.sections
    .map((s) => `<li><a href="#s-${escapeHtml(s.id)}">${escapeHtml(s.title)}</a></li>`)
    .join('');
  const logo = doc.logoDataUrl
    ? `<img src="${escapeHtml(doc.logoDataUrl)}" alt="${escapeHtml(`${UI.logo[lang]} ${doc.cityName ?? ''}`.trim())}">`
    : '';
  return `<!DOCTYPE html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="@smartcity/report">
<title>${escapeHtml(doc.title)}</title>
<style>${style}</style>
</head>
<body>
<header class="report">${logo}<div>${doc.cityName ? `<p class="city">${escapeHtml(doc.cityName)}</p>` : ''}<h1>${escapeHtml(doc.title)}</h1><p class="subtitle">${escapeHtml(doc.subtitle)}</p></div></header>
<nav class="toc" aria-labelledby="toc-title"><h2 id="toc-title">${escapeHtml(UI.contents[lang])}</h2><ol>${toc}</ol></nav>
<main>
${doc.sections.map((s) => sectionHtml(s, 2, lang, chartIndex)).join('\n')}
</main>
<footer><p>${escapeHtml(doc.colophon)}</p></footer>
<script type="application/json" id="report-data">${jsonForScript(doc.data)}</script>
</body>
</html>
`;
}
