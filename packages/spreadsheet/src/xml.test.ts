// The reader's hand-written scanners against the regular expressions they replaced, on random and tricky input.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCellRef } from './cells.js';
import { attr, decodeXml } from './xml.js';

const ENTITY = /&(#x[0-9A-Fa-f]+|#[0-9]+|amp|lt|gt|quot|apos);/g;
function decodeXmlByRegex(raw: string): string {
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

const ATTR = /([A-Za-z_][\w.:-]*)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
function attrByRegex(attrs: string, name: string): string | undefined {
  ATTR.lastIndex = 0;
  for (let m = ATTR.exec(attrs); m; m = ATTR.exec(attrs)) {
    const key = m[1]!;
    const local = key.indexOf(':') >= 0 ? key.slice(key.indexOf(':') + 1) : key;
    if (local === name && !key.startsWith('xmlns')) return decodeXmlByRegex(m[2] ?? m[3] ?? '');
  }
  return undefined;
}

function parseCellRefByRegex(ref: string): { column: number; row: number } | undefined {
  const m = /^\$?([A-Za-z]{1,7})\$?([0-9]{1,10})$/.exec(ref);
  if (!m) return undefined;
  let column = 0;
  for (const ch of m[1]!.toUpperCase()) column = column * 26 + (ch.charCodeAt(0) - 64);
  return { column, row: Number(m[2]) };
}

// Strings made of the pieces that matter, so that entities, attributes and references actually occur.
const piece = (pieces: string[]) =>
  fc
    .array(fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 3 })), { maxLength: 12 })
    .map((a) => a.join(''));

describe('hand-written scanners', () => {
  it('decodeXml decodes like the entity regular expression', () => {
    const text = piece([
      '&',
      ';',
      '#',
      'x',
      'amp',
      'lt',
      'gt',
      'quot',
      'apos',
      '&amp;',
      '&#65;',
      '&#x1F600;',
      '&#0;',
      '&#xD800;',
      '&#1114112;',
      '&#x41',
      'A',
      '9',
    ]);
    fc.assert(
      fc.property(text, (s) => decodeXml(s) === decodeXmlByRegex(s)),
      { numRuns: 3000 },
    );
    expect(decodeXml('&amp;quot; &amp;#65; &#65;&quot;')).toBe('&quot; &#65; A"');
  });

  it('attr finds attributes like the attribute regular expression', () => {
    const attrs = piece([
      ' ',
      '=',
      '"',
      "'",
      'r',
      't',
      's',
      'x:r',
      'xmlns:r',
      'xmlns',
      ':',
      '-',
      '.',
      '_',
      'A1',
      '&amp;',
      '\u00a0',
      '\t',
    ]);
    fc.assert(
      fc.property(
        attrs,
        fc.constantFrom('r', 't', 's', 'xmlns', 'A1'),
        (a, name) => attr(a, name) === attrByRegex(a, name),
      ),
      { numRuns: 3000 },
    );
    expect(attr(' x:r="B2" t = \'s\' xmlns:r="n"', 'r')).toBe('B2');
  });

  it('parseCellRef reads references like the reference regular expression', () => {
    const ref = piece([
      '$',
      'A',
      'z',
      'XFD',
      'AAAAAAAA',
      '1',
      '0',
      '1048576',
      '12345678901',
      ' ',
      '@',
      '[',
      '`',
      '{',
    ]);
    fc.assert(
      fc.property(ref, (r) => {
        expect(parseCellRef(r)).toEqual(parseCellRefByRegex(r));
      }),
      { numRuns: 3000 },
    );
  });
});
