import { displayWidth, type Style } from './style.js';

/** How a column's cells line up. */
export type Align = 'left' | 'right';

function pad(text: string, width: number, align: Align): string {
  const gap = Math.max(0, width - displayWidth(text));
  return align === 'right' ? ' '.repeat(gap) + text : text + ' '.repeat(gap);
}

/**
 * Renders rows as aligned columns under a bold header and a rule, two spaces apart. Trailing spaces are trimmed so
 * the output diffs cleanly.
 */
export function renderTable(
  headers: readonly string[],
  rows: readonly (readonly string[])[],
  options: { style: Style; align?: readonly Align[]; indent?: number },
): string {
  const indent = ' '.repeat(options.indent ?? 0);
  const widths = headers.map((h, i) =>
    Math.max(displayWidth(h), ...rows.map((r) => displayWidth(r[i] ?? ''))),
  );
  const line = (cells: readonly string[], decorate: (s: string) => string = (s) => s) =>
    indent +
    cells
      .map((cell, i) => decorate(pad(cell, widths[i] ?? 0, options.align?.[i] ?? 'left')))
      .join('  ')
      .trimEnd();
  const out = [
    line(headers, options.style.bold),
    indent + options.style.dim(widths.map((w) => '─'.repeat(w)).join('  ')),
  ];
  for (const row of rows) out.push(line(row));
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
