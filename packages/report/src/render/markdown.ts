/** The Markdown renderer (GitHub-flavoured tables; charts become their data tables). Internal. */
import type { Lang } from '@smartcity/core';
import type { Block, Inline, ReportDocument, Section, TableBlock } from '../document.js';
import { escapeMarkdown, safeUrl } from '../escape.js';

const UI = {
  chart: { id: 'Grafik', en: 'Chart' },
  warning: { id: 'Perhatian', en: 'Note' },
} as const;

function inlineOne(part: Inline): string {
  if (typeof part === 'string') return escapeMarkdown(part);
  const body = escapeMarkdown(part.text);
  const strong = part.strong && body !== '' ? `**${body}**` : body;
  const href = part.href === undefined ? null : safeUrl(part.href);
  if (href === null) return strong;
  const encoded = href.replace(
    /[()<>"'\\[\]]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`,
  );
  return `[${strong}](${encoded})`;
}

function inline(parts: readonly Inline[]): string {
  return parts.map(inlineOne).join('');
}

function table(block: TableBlock): string {
  const head = `| ${block.columns.map((c) => escapeMarkdown(c.label)).join(' | ')} |`;
  const rule = `|${block.columns.map((c) => (c.align === 'right' ? ' ---: ' : c.align === 'center' ? ' :---: ' : ' --- ')).join('|')}|`;
  const rows = block.rows.map((row) => `| ${row.map((cell) => inlineOne(cell) || ' ').join(' | ')} |`);
  const out = [`**${escapeMarkdown(block.caption)}**`, '', head, rule, ...rows];
  if (block.note) out.push('', `_${escapeMarkdown(block.note)}_`);
  return out.join('\n');
}

function blockMd(block: Block, lang: Lang): string {
  switch (block.type) {
    case 'paragraph':
      return inline(block.content);
    case 'list':
      return block.items.map((item, i) => `${block.ordered ? `${i + 1}.` : '-'} ${inline(item)}`).join('\n');
    case 'note':
      return `> ${block.tone === 'warning' ? `**${UI.warning[lang]}:** ` : ''}${inline(block.content)}`;
    case 'figures':
      return block.items
        .map(
          (f) =>
            `- **${escapeMarkdown(f.label)}:** ${escapeMarkdown(f.value)}${f.detail ? ` ${escapeMarkdown(f.detail)}` : ''}`,
        )
        .join('\n');
    case 'table':
      return table(block);
    case 'chart':
      return `_${UI.chart[lang]}: ${escapeMarkdown(block.chart.title)} — ${escapeMarkdown(block.chart.description)}_\n\n${table(block.table)}`;
  }
}

function sectionMd(section: Section, level: number, lang: Lang): string {
  const parts = [`${'#'.repeat(level)} ${escapeMarkdown(section.title)}`];
  for (const b of section.blocks) parts.push(blockMd(b, lang));
  for (const s of section.sections ?? []) parts.push(sectionMd(s, level + 1, lang));
  return parts.join('\n\n');
}

/** Renders a report document as Markdown. Internal. */
export function renderMarkdown(doc: ReportDocument): string {
  const head = [`# ${escapeMarkdown(doc.title)}`, '', `_${escapeMarkdown(doc.subtitle)}_`];
  if (doc.cityName) head.unshift(`**${escapeMarkdown(doc.cityName)}**`, '');
  return `${[head.join('\n'), ...doc.sections.map((s) => sectionMd(s, 2, doc.lang)), `---\n\n_${escapeMarkdown(doc.colophon)}_`].join('\n\n')}\n`;
}
