/**
 * Escaping for every output format. User text (city names, innovation names, findings, URLs…) only ever reaches a
 * report through these functions, so a payload in any field stays text.
 */

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
  '`': '&#96;',
};

/**
 * Escapes text for HTML and SVG element content and quoted attribute values. Control characters other than tab
 * and newline are dropped (they are not allowed in XML, so an SVG carrying them would not parse).
 *
 * @example
 * ```ts
 * escapeHtml('<b>"Kota" & co</b>'); // '&lt;b&gt;&quot;Kota&quot; &amp; co&lt;/b&gt;'
 * ```
 */
export function escapeHtml(text: unknown): string {
  return stripControl(String(text ?? '')).replace(/[&<>"'`]/g, (c) => HTML_ESCAPES[c]!);
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: dropping control characters is the point.
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ufffe\uffff]/g;

function stripControl(text: string): string {
  return text.replace(CONTROL, '');
}

const SAFE_SCHEMES = ['http:', 'https:', 'mailto:'];

/**
 * Returns a URL fit for a link (`http:`, `https:` or `mailto:` only, absolute, no whitespace tricks), or `null`
 * when it is anything else (`javascript:`, `data:`, relative paths, obfuscated schemes). The result still has to
 * be escaped for its context.
 *
 * @example
 * ```ts
 * safeUrl('https://pontianak.go.id/sc'); // 'https://pontianak.go.id/sc'
 * safeUrl(' JaVaScRiPt:alert(1)'); // null
 * ```
 */
export function safeUrl(url: unknown): string | null {
  if (typeof url !== 'string') return null;
  const trimmed = url.trim();
  // Browsers ignore tabs and newlines inside schemes ("java\tscript:"); refuse any whitespace or control char.
  // biome-ignore lint/suspicious/noControlCharactersInRegex: see above.
  if (trimmed.length === 0 || trimmed.length > 2048 || /[\s\u0000-\u001f\u007f]/.test(trimmed)) return null;
  const match = /^([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(trimmed);
  if (!match) return null;
  const scheme = `${match[1]!.toLowerCase()}:`;
  if (!SAFE_SCHEMES.includes(scheme)) return null;
  if (scheme !== 'mailto:' && !/^https?:\/\/[^/?#]+/i.test(trimmed)) return null;
  return trimmed;
}

/**
 * Serialises a value as JSON that is safe inside an HTML `<script type="application/json">` element: `<`, `>`,
 * `&`, U+2028 and U+2029 are written as `\u` escapes, so `</script>` or `<!--` in a field cannot end the element
 * and the text stays valid JavaScript too.
 *
 * @example
 * ```ts
 * jsonForScript({ name: '</script><script>alert(1)</script>' }); // '{"name":"\\u003c/script\\u003e…"}'
 * ```
 */
export function jsonForScript(value: unknown): string {
  return (JSON.stringify(value) ?? 'null').replace(
    /[<>&\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/**
 * Escapes text for Markdown inline content: characters with an inline Markdown meaning are backslash-escaped, HTML
 * is neutralised (`<` becomes `&lt;`), line breaks become spaces and a leading block marker (`#`, `-`, `+`, `1.`)
 * is escaped, so a field cannot start a heading, a list, a link, an image or raw HTML, nor break a table row.
 *
 * @example
 * ```ts
 * escapeMarkdown('# [x](javascript:alert(1)) | <b>'); // '\\# \\[x\\](javascript:alert(1)) \\| &lt;b&gt;'
 * ```
 */
export function escapeMarkdown(text: unknown): string {
  return stripControl(String(text ?? ''))
    .replace(/[\r\n\u2028\u2029]+/g, ' ')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[\\`*_[\]|~#]/g, (c) => `\\${c}`)
    .replace(/^(\s*)(\d+)([.)])(?=\s|$)/, '$1$2\\$3')
    .replace(/^(\s*)([-+=])(?=\s|$|[-=]*\s*$)/, '$1\\$2');
}
