// A deliberately small XML tokenizer for the SpreadsheetML parts. It never expands a DTD or an entity: a
// `<!DOCTYPE` (or any other `<!` declaration) is refused outright, and only the five predefined entities and
// numeric character references are decoded. Element names lose their namespace prefix.
import { abort } from './issues.js';

export interface XmlHandler {
  open(name: string, attrs: string, selfClosing: boolean): void;
  close(name: string): void;
  text(raw: string): void;
}

const NAMED_ENTITIES: readonly (readonly [string, string])[] = [
  ['amp;', '&'],
  ['lt;', '<'],
  ['gt;', '>'],
  ['quot;', '"'],
  ['apos;', "'"],
];

/**
 * Decodes the predefined entities and character references; anything else stays literal. A hand-written scan
 * (one pass, no regular expression or callback per entity): sheet text such as JSON is full of `&quot;`.
 */
export function decodeXml(raw: string): string {
  let amp = raw.indexOf('&');
  if (amp < 0) return raw;
  if (raw.indexOf('&#', amp) < 0) {
    // Only named entities: the engine's own replaceAll is fastest. `&amp;` goes last, so that what it leaves
    // (`&amp;lt;` → `&lt;`) is never decoded twice; the others cannot make or break a reference.
    return raw
      .replaceAll('&quot;', '"')
      .replaceAll('&lt;', '<')
      .replaceAll('&gt;', '>')
      .replaceAll('&apos;', "'")
      .replaceAll('&amp;', '&');
  }
  let out = '';
  let last = 0;
  while (amp >= 0) {
    let end = -1; // index after the ';' of a well-formed reference at `amp`
    let decoded: string | undefined;
    if (raw.charCodeAt(amp + 1) === 35 /* # */) {
      const hex = raw.charCodeAt(amp + 2) === 120; /* x */
      let k = amp + (hex ? 3 : 2);
      const from = k;
      while (k < raw.length && (hex ? isHexDigit(raw.charCodeAt(k)) : isDigit(raw.charCodeAt(k)))) k++;
      if (k > from && raw.charCodeAt(k) === 59 /* ; */) {
        end = k + 1;
        const code = Number.parseInt(raw.slice(from, k), hex ? 16 : 10);
        if (code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff))
          decoded = String.fromCodePoint(code);
      }
    } else {
      for (const [name, ch] of NAMED_ENTITIES) {
        if (raw.startsWith(name, amp + 1)) {
          end = amp + 1 + name.length;
          decoded = ch;
          break;
        }
      }
    }
    if (decoded !== undefined) {
      out += raw.slice(last, amp) + decoded;
      last = end;
    }
    // a well-formed reference that is not decoded (an invalid code point) stays as it is, and so does a lone '&'
    amp = raw.indexOf('&', end > 0 ? end : amp + 1);
  }
  return out + raw.slice(last);
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isHexDigit(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102);
}

const XSTRING = /_x([0-9A-Fa-f]{4})_/g;

/** Decodes OOXML `ST_Xstring` escapes (`_x000D_` for a carriage return, `_x005F_` for a literal underscore). */
export function decodeXString(s: string): string {
  if (s.indexOf('_x') < 0) return s;
  return s.replace(XSTRING, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
}

/**
 * Calls `visit` with each attribute of a tag body (`r="A1" t="s"`) in order: its local name (namespace prefix
 * dropped; `xmlns` declarations skipped) and its raw value. Matches `name = "value"` or `name='value'` the way
 * the regular expression `([A-Za-z_][\w.:-]*)\s*=\s*(?:"([^"]*)"|'([^']*)')` scanning the text would, in one pass;
 * `visit` returns `true` to stop.
 */
export function eachAttr(attrs: string, visit: (local: string, raw: string) => boolean | undefined): void {
  const n = attrs.length;
  let p = 0;
  while (p < n) {
    if (!isNameStart(attrs.charCodeAt(p))) {
      p++;
      continue;
    }
    let q = p + 1;
    while (q < n && isNameChar(attrs.charCodeAt(q))) q++;
    let k = q;
    while (k < n && isRegexSpace(attrs.charCodeAt(k))) k++;
    // no '=' after the name: no attribute starts anywhere inside it either
    if (attrs.charCodeAt(k) !== 61 /* = */) {
      p = q;
      continue;
    }
    k++;
    while (k < n && isRegexSpace(attrs.charCodeAt(k))) k++;
    const quote = attrs.charCodeAt(k);
    const close = quote === 34 || quote === 39 ? attrs.indexOf(quote === 34 ? '"' : "'", k + 1) : -1;
    if (close < 0) {
      p = q;
      continue;
    }
    const colon = attrs.indexOf(':', p);
    const key = attrs.slice(p, q);
    if (!key.startsWith('xmlns')) {
      const local = colon >= 0 && colon < q ? attrs.slice(colon + 1, q) : key;
      if (visit(local, attrs.slice(k + 1, close))) return;
    }
    p = close + 1;
  }
}

/** Attribute value by local name (namespace prefix ignored), decoded; `undefined` when absent. */
export function attr(attrs: string, name: string): string | undefined {
  if (attrs.indexOf(name) < 0) return undefined;
  let found: string | undefined;
  eachAttr(attrs, (local, raw) => {
    if (local !== name) return false;
    found = decodeXml(raw);
    return true;
  });
  return found;
}

function isNameStart(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
}

function isNameChar(c: number): boolean {
  return isNameStart(c) || (c >= 48 && c <= 57) || c === 46 || c === 58 || c === 45;
}

/** What `\s` matches in a JavaScript regular expression. */
function isRegexSpace(c: number): boolean {
  return (
    c === 32 ||
    (c >= 9 && c <= 13) ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

function localName(tag: string): string {
  const c = tag.indexOf(':');
  return c >= 0 ? tag.slice(c + 1) : tag;
}

/**
 * Scans complete tokens of `text` and returns the index up to which it consumed; an incomplete trailing token
 * (or trailing text when `final` is false) is left for the next call.
 */
export function scanXml(
  text: string,
  handler: XmlHandler,
  final: boolean,
  where: { file?: string; part: string },
): number {
  let i = 0;
  const n = text.length;
  while (i < n) {
    const lt = text.indexOf('<', i);
    if (lt < 0) {
      if (!final) return i;
      if (i < n) handler.text(text.slice(i));
      return n;
    }
    if (lt > i) handler.text(text.slice(i, lt));
    i = lt;
    const c1 = text.charCodeAt(i + 1);
    if (c1 === 33 /* ! */) {
      if (text.startsWith('<!--', i)) {
        const end = text.indexOf('-->', i + 4);
        if (end < 0) return final ? malformed(where) : i;
        i = end + 3;
        continue;
      }
      if (text.startsWith('<![CDATA[', i)) {
        const end = text.indexOf(']]>', i + 9);
        if (end < 0) return final ? malformed(where) : i;
        handler.text(escapeForText(text.slice(i + 9, end)));
        i = end + 3;
        continue;
      }
      if (i + 9 > n && !final) return i;
      abort(
        'dtd_refused',
        {
          id: `Bagian "${where.part}" memuat deklarasi DTD/entitas (<!DOCTYPE …>); demi keamanan berkas ditolak`,
          en: `Part "${where.part}" contains a DTD or entity declaration (<!DOCTYPE …>); the file is refused for safety`,
        },
        { file: where.file },
      );
    }
    const gt = text.indexOf('>', i + 1);
    if (gt < 0) return final ? malformed(where) : i;
    if (c1 === 63 /* ? */) {
      i = gt + 1;
      continue;
    }
    if (c1 === 47 /* / */) {
      handler.close(localName(text.slice(i + 2, gt).trim()));
      i = gt + 1;
      continue;
    }
    // attribute values may contain '>' inside quotes: the tag ends at the first '>' outside quotes
    let end = gt;
    if (hasOpenQuote(text, i + 1, gt)) {
      end = -1;
      let quote = 0;
      for (let k = i + 1; k < n; k++) {
        const c = text.charCodeAt(k);
        if (quote !== 0) {
          if (c === quote) quote = 0;
        } else if (c === 34 || c === 39) quote = c;
        else if (c === 62 /* > */) {
          end = k;
          break;
        }
      }
      if (end < 0) return final ? malformed(where) : i;
    }
    const selfClosing = text.charCodeAt(end - 1) === 47 && end - 1 > i;
    const bodyEnd = selfClosing ? end - 1 : end;
    let sp = i + 1;
    while (sp < bodyEnd && !isSpace(text.charCodeAt(sp))) sp++;
    handler.open(localName(text.slice(i + 1, sp)), text.slice(sp, bodyEnd), selfClosing);
    i = end + 1;
  }
  return i;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13;
}

/** Whether `text[from, to)` leaves a quote open (so the '>' at `to` is inside an attribute value). */
function hasOpenQuote(text: string, from: number, to: number): boolean {
  let q = 0;
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (q === 0) {
      if (c === 34 || c === 39) q = c;
    } else if (c === q) q = 0;
  }
  return q !== 0;
}

// CDATA content is literal; re-escape '&' so the caller's entity decoding leaves it unchanged.
function escapeForText(s: string): string {
  return s.replace(/&/g, '&amp;');
}

function malformed(where: { file?: string; part: string }): never {
  return abort(
    'malformed_xml',
    {
      id: `Bagian "${where.part}" berisi XML yang terpotong atau rusak`,
      en: `Part "${where.part}" contains truncated or malformed XML`,
    },
    { file: where.file },
  );
}
