// A deliberately small XML tokenizer for the SpreadsheetML parts. It never expands a DTD or an entity: a
// `<!DOCTYPE` (or any other `<!` declaration) is refused outright, and only the five predefined entities and
// numeric character references are decoded. Element names lose their namespace prefix.
import { abort } from './issues.js';

export interface XmlHandler {
  open(name: string, attrs: string, selfClosing: boolean): void;
  close(name: string): void;
  text(raw: string): void;
}

const ENTITY = /&(#x[0-9A-Fa-f]+|#[0-9]+|amp|lt|gt|quot|apos);/g;

/** Decodes the predefined entities and character references; anything else stays literal. */
export function decodeXml(raw: string): string {
  if (raw.indexOf('&') < 0) return raw;
  return raw.replace(ENTITY, (m, e: string) => {
    switch (e) {
      case 'amp':
        return '&';
      case 'lt':
        return '<';
      case 'gt':
        return '>';
      case 'quot':
        return '"';
      case 'apos':
        return "'";
      default: {
        const code = e[1] === 'x' ? Number.parseInt(e.slice(2), 16) : Number.parseInt(e.slice(1), 10);
        return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff)
          ? String.fromCodePoint(code)
          : m;
      }
    }
  });
}

const XSTRING = /_x([0-9A-Fa-f]{4})_/g;

/** Decodes OOXML `ST_Xstring` escapes (`_x000D_` for a carriage return, `_x005F_` for a literal underscore). */
export function decodeXString(s: string): string {
  if (s.indexOf('_x') < 0) return s;
  return s.replace(XSTRING, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
}

const ATTR = /([A-Za-z_][\w.:-]*)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

/** Attribute value by local name (namespace prefix ignored), decoded; `undefined` when absent. */
export function attr(attrs: string, name: string): string | undefined {
  if (attrs.indexOf(name) < 0) return undefined;
  ATTR.lastIndex = 0;
  for (let m = ATTR.exec(attrs); m; m = ATTR.exec(attrs)) {
    const key = m[1]!;
    const local = key.indexOf(':') >= 0 ? key.slice(key.indexOf(':') + 1) : key;
    if (local === name && !key.startsWith('xmlns')) return decodeXml(m[2] ?? m[3] ?? '');
  }
  return undefined;
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
    // attribute values may contain '>' inside quotes: extend to the real end of the tag
    let end = gt;
    let body = text.slice(i + 1, end);
    while (hasOpenQuote(body)) {
      const next = text.indexOf('>', end + 1);
      if (next < 0) return final ? malformed(where) : i;
      end = next;
      body = text.slice(i + 1, end);
    }
    const selfClosing = body.charCodeAt(body.length - 1) === 47;
    if (selfClosing) body = body.slice(0, -1);
    let sp = 0;
    while (sp < body.length && !isSpace(body.charCodeAt(sp))) sp++;
    handler.open(localName(body.slice(0, sp)), body.slice(sp), selfClosing);
    i = end + 1;
  }
  return i;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13;
}

function hasOpenQuote(s: string): boolean {
  if (s.indexOf('"') < 0 && s.indexOf("'") < 0) return false;
  let q = 0;
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k);
    if (q === 0 && (c === 34 || c === 39)) q = c;
    else if (c === q) q = 0;
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
