import type { LocalizedText } from '@smartcity/core';
import iconv from 'iconv-lite';

/**
 * The text encodings the importers recognise in legacy exports.
 *
 * @example
 * ```ts
 * const encoding: TextEncodingName = 'windows-1252';
 * ```
 */
export type TextEncodingName = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'windows-1252';

/** A note about how bytes were decoded, turned into report warnings by the importers. */
export interface DecodeNote {
  code: 'encoding_fallback' | 'mojibake_repaired';
  message: LocalizedText;
}

/**
 * The outcome of {@link decodeText}: the text (without BOM), the encoding used, and notes worth a warning.
 *
 * @example
 * ```ts
 * const decoded: DecodedText = { text: 'a;b', encoding: 'utf-8', notes: [] };
 * ```
 */
export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
  notes: DecodeNote[];
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Decodes the bytes of a legacy text export: UTF-8 with or without BOM, UTF-16 LE/BE with BOM (Excel's "Unicode
 * text"), and Windows-1252 as the fallback for bytes that are not UTF-8 (decoded with iconv-lite, because Node 20's
 * `TextDecoder('windows-1252')` is wrong for 0x80–0x9F); the fallback is noted so the report can warn.
 *
 * @example
 * ```ts
 * decodeText(new Uint8Array([0x43, 0x61, 0x66, 0xe9])).text; // 'Café' (Windows-1252, with a note)
 * ```
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return fromUtf8(bytes.subarray(3), 'utf-8-bom');
  }
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: iconv.decode(toBuffer(bytes.subarray(2)), 'utf-16le'), encoding: 'utf-16le', notes: [] };
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: iconv.decode(toBuffer(bytes.subarray(2)), 'utf-16be'), encoding: 'utf-16be', notes: [] };
  }
  return fromUtf8(bytes, 'utf-8');
}

function toBuffer(bytes: Uint8Array): Buffer {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

function fromUtf8(bytes: Uint8Array, encoding: 'utf-8' | 'utf-8-bom'): DecodedText {
  try {
    return { text: utf8.decode(bytes), encoding, notes: [] };
  } catch {
    return {
      text: iconv.decode(toBuffer(bytes), 'win1252'),
      encoding: 'windows-1252',
      notes: [
        {
          code: 'encoding_fallback',
          message: {
            id: 'Berkas bukan UTF-8; dibaca sebagai Windows-1252. Periksa huruf beraksen, lalu simpan ulang sebagai UTF-8.',
            en: 'The file is not UTF-8; it was read as Windows-1252. Check accented letters, then save it again as UTF-8.',
          },
        },
      ],
    };
  }
}

// A UTF-8 lead byte read as Windows-1252 (Â, Ã, Ä… or â for three-byte sequences) followed by a continuation byte
// read the same way: the fingerprint of UTF-8 text decoded once too often ("Xeon®" stored as "XeonÂ®").
const MOJIBAKE =
  /[\u00c2-\u00f4][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]/;

/**
 * Repairs text that was UTF-8 but got decoded as Latin-1/Windows-1252 once too often (`"XeonÂ®"` → `"Xeon®"`).
 * Returns `undefined` when the text shows no such damage or cannot be repaired without loss.
 *
 * @example
 * ```ts
 * repairMojibake('Intel XeonÂ® E5'); // 'Intel Xeon® E5'
 * repairMojibake('Kota Pontianak'); // undefined
 * ```
 */
export function repairMojibake(text: string): string | undefined {
  if (!MOJIBAKE.test(text)) return undefined;
  const bytes = iconv.encode(text, 'win1252');
  // Characters outside Windows-1252 cannot come from a double decoding: leave such text alone.
  if (iconv.decode(bytes, 'win1252') !== text) return undefined;
  try {
    const repaired = utf8.decode(bytes);
    return repaired === text ? undefined : repaired;
  } catch {
    return undefined;
  }
}
