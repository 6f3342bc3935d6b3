import { displayWidth, type Style } from './style.js';

/** How a column's cells line up. */
export type Align = 'left' | 'right';

/** Options of {@link renderTable}. */
export interface TableOptions {
  style: Style;
  align?: readonly Align[];
  indent?: number;
  /**
   * The terminal's width: when given, the last column wraps at word boundaries to fit (continuation lines start
   * under that column). Leave it out for pipes and files, which keep one row per line.
   */
  width?: number | undefined;
}

function pad(text: string, width: number, align: Align): string {
  const gap = Math.max(0, width - displayWidth(text));
  return align === 'right' ? ' '.repeat(gap) + text : text + ' '.repeat(gap);
}

/** Splits text into lines of at most `width` cells, at spaces where possible. */
export function wrapText(text: string, width: number): string[] {
  if (width <= 0 || displayWidth(text) <= width) return [text];
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    const candidate = line === '' ? word : `${line} ${word}`;
    if (displayWidth(candidate) <= width) {
      line = candidate;
      continue;
    }
    if (line !== '') lines.push(line);
    line = word;
    // A single word longer than the line is cut, not left to overflow.
    while (displayWidth(line) > width) {
      lines.push(line.slice(0, width));
      line = line.slice(width);
    }
  }
  if (line !== '') lines.push(line);
  return lines;
}

const MIN_WRAP = 24;
const LAST_RULE = 60;

/**
 * Renders rows as aligned columns under a bold header and a rule, two spaces apart. Trailing spaces are trimmed so
 * the output diffs cleanly.
 */
export function renderTable(
  headers: readonly string[],
  rows: readonly (readonly string[])[],
  options: TableOptions,
): string {
  const indentWidth = options.indent ?? 0;
  const indent = ' '.repeat(indentWidth);
  const last = headers.length - 1;
  const widths = headers.map((h, i) =>
    Math.max(displayWidth(h), ...rows.map((r) => displayWidth(r[i] ?? ''))),
  );
  const before = indentWidth + widths.slice(0, last).reduce((sum, w) => sum + w + 2, 0);
  const room = options.width === undefined ? undefined : Math.max(MIN_WRAP, options.width - before - 1);
  if (room !== undefined && (widths[last] ?? 0) > room) widths[last] = room;
  const line = (cells: readonly string[], decorate: (s: string) => string = (s) => s) =>
    indent +
    cells
      .map((cell, i) => decorate(pad(cell, widths[i] ?? 0, options.align?.[i] ?? 'left')))
      .join('  ')
      .trimEnd();
  const out = [
    line(headers, options.style.bold),
    // A long last column (messages) gets a short rule instead of one as wide as its longest cell.
    indent +
      options.style.dim(widths.map((w, i) => '─'.repeat(i === last ? Math.min(w, LAST_RULE) : w)).join('  ')),
  ];
  for (const row of rows) {
    const cell = row[last] ?? '';
    const parts = room === undefined ? [cell] : wrapText(cell, room);
    out.push(line([...row.slice(0, last), parts[0] ?? '']));
    for (const more of parts.slice(1)) out.push(`${' '.repeat(before)}${more}`);
  }
  return out.join('\n');
}

/** Renders `label  value` pairs with the labels padded to one width. */
export function renderPairs(
  pairs: readonly (readonly [string, string])[],
  options: { style: Style; indent?: number },
) {
  const indent = ' '.repeat(options.indent ?? 0);
  const width = Math.max(0, ...pairs.map(([label]) => displayWidth(label)));
  return pairs
    .map(([label, value]) => `${indent}${options.style.dim(pad(label, width, 'left'))}  ${value}`)
    .join('\n');
}
