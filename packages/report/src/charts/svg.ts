/** Shared SVG helpers of the charts. Internal. */
import { escapeHtml } from '../escape.js';

/** Chart font stack: Roboto is the font embedded in the PDF; browsers fall back to their sans-serif. */
export const FONT = 'Roboto, Arial, Helvetica, sans-serif';

/** A coordinate with at most two decimals, so the markup is the same on every machine. */
export function c(n: number): string {
  const r = Math.round(n * 100) / 100;
  return Object.is(r, -0) ? '0' : String(r);
}

/** Shortens a label to `max` characters with an ellipsis (the full text is in the data table). */
export function clip(label: string, max: number): string {
  const chars = [...label];
  return chars.length <= max
    ? label
    : `${chars
        .slice(0, max - 1)
        .join('')
        .trimEnd()}…`;
}

/** Rough width of a label in px at a font size (charts must not measure text: deterministic, no canvas). */
export function textWidth(label: string, size: number): number {
  return [...label].length * size * 0.56;
}

/** An `id` made safe for an XML id attribute. */
export function safeId(id: string): string {
  const cleaned = id.replace(/[^A-Za-z0-9_-]/g, '-');
  return /^[A-Za-z]/.test(cleaned) ? cleaned : `c-${cleaned}`;
}

/** Opens an accessible SVG: role img, labelled by its title and description. */
export function open(id: string, width: number, height: number, title: string, description: string): string {
  const sid = safeId(id);
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" ` +
    `role="img" aria-labelledby="${sid}-t ${sid}-d" font-family="${FONT}" font-size="12">` +
    `<title id="${sid}-t">${escapeHtml(title)}</title><desc id="${sid}-d">${escapeHtml(description)}</desc>` +
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`
  );
}

/** A text element. */
export function text(
  x: number,
  y: number,
  content: string,
  attrs: { anchor?: 'start' | 'middle' | 'end'; size?: number; fill?: string; weight?: 'bold' } = {},
): string {
  const extra = [
    attrs.anchor && attrs.anchor !== 'start' ? ` text-anchor="${attrs.anchor}"` : '',
    attrs.size ? ` font-size="${attrs.size}"` : '',
    ` fill="${attrs.fill ?? '#1f2933'}"`,
    attrs.weight ? ` font-weight="${attrs.weight}"` : '',
  ].join('');
  return `<text x="${c(x)}" y="${c(y)}"${extra}>${escapeHtml(content)}</text>`;
}
