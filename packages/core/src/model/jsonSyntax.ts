import type { LocalizedText } from '../i18n/index.js';

// JSON.parse's error messages differ between engines and often carry no position (V8: "Unexpected token '}', …
// is not valid JSON"). When it fails, this small strict scanner (RFC 8259) finds where and why, so that the user
// gets the same line, column and bilingual reason everywhere. It runs only on failure; it is iterative (a
// container stack, no recursion), so deeply nested input cannot overflow the call stack.

/** Where and why a JSON text is invalid. */
export interface JsonSyntaxError {
  /** Offset in UTF-16 code units. */
  offset: number;
  /** 1-based line. */
  line: number;
  /** 1-based column in UTF-16 code units. */
  column: number;
  reason: LocalizedText;
}

const REASONS = {
  empty: { id: 'teks kosong, tidak ada data JSON', en: 'the text is empty, there is no JSON data' },
  end: { id: 'teks berakhir sebelum JSON selesai', en: 'the text ends before the JSON is complete' },
  value: {
    id: 'diharapkan sebuah nilai (objek, daftar, teks, angka, true, false atau null)',
    en: 'expected a value (object, list, string, number, true, false or null)',
  },
  key: {
    id: 'diharapkan nama properti dalam tanda kutip ganda',
    en: 'expected a property name in double quotes',
  },
  trailingComma: {
    id: 'koma di akhir objek atau daftar tidak diizinkan',
    en: 'a trailing comma is not allowed',
  },
  colon: { id: 'diharapkan ":" setelah nama properti', en: 'expected ":" after the property name' },
  objectNext: {
    id: 'diharapkan "," atau "}" setelah nilai properti',
    en: 'expected "," or "}" after a property value',
  },
  arrayNext: {
    id: 'diharapkan "," atau "]" setelah butir daftar',
    en: 'expected "," or "]" after a list item',
  },
  after: {
    id: 'ada karakter lain setelah akhir data JSON',
    en: 'unexpected characters after the end of the JSON data',
  },
  singleQuote: {
    id: 'teks dan nama properti harus memakai tanda kutip ganda ("), bukan tunggal',
    en: 'strings and property names need double quotes ("), not single quotes (\')',
  },
  comment: { id: 'komentar tidak diizinkan dalam JSON', en: 'comments are not allowed in JSON' },
  unterminated: {
    id: 'teks tidak ditutup dengan tanda kutip ganda',
    en: 'a string is not closed with a double quote',
  },
  control: {
    id: 'karakter kendali (mis. ganti baris atau tab) di dalam teks; tulis sebagai \\n atau \\t',
    en: 'a control character (e.g. a line break or tab) inside a string; write it as \\n or \\t',
  },
  escape: { id: 'urutan escape tidak valid di dalam teks', en: 'invalid escape sequence in a string' },
  number: {
    id: 'angka tidak valid (JSON tidak mengenal nol di depan, "+", NaN atau Infinity)',
    en: 'invalid number (JSON has no leading zeros, "+", NaN or Infinity)',
  },
  literal: {
    id: 'kata tidak dikenal; yang diizinkan hanya true, false dan null',
    en: 'unknown word; only true, false and null are allowed',
  },
  unknown: { id: 'sintaks tidak valid', en: 'invalid syntax' },
} as const satisfies Record<string, LocalizedText>;

/** Converts an offset into a 1-based line and column (a line ends at \n, \r\n or a lone \r). */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(offset, text.length);
  for (let i = 0; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

function isWs(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isHex(c: number): boolean {
  return isDigit(c) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102);
}

type Fail = { offset: number; reason: LocalizedText };

/**
 * Finds the first syntax error of a JSON text, or `undefined` when the text is valid JSON.
 */
export function findJsonSyntaxError(text: string): JsonSyntaxError | undefined {
  const fail = scan(text);
  if (fail === undefined) return undefined;
  return { ...fail, ...lineColumn(text, fail.offset) };
}

function scan(text: string): Fail | undefined {
  const n = text.length;
  const stack: number[] = []; // 123 '{' or 91 '['
  let i = 0;
  const skip = (): void => {
    while (i < n && isWs(text.charCodeAt(i))) i++;
  };
  const scanString = (): Fail | undefined => {
    i++; // opening quote
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 34) {
        i++;
        return undefined;
      }
      if (c < 32) return { offset: i, reason: REASONS.control };
      if (c === 92) {
        const e = text.charCodeAt(i + 1);
        if (e === 117) {
          for (let k = 2; k < 6; k++)
            if (!isHex(text.charCodeAt(i + k))) return { offset: i, reason: REASONS.escape };
          i += 6;
          continue;
        }
        // " \ / b f n r t
        if (
          e === 34 ||
          e === 92 ||
          e === 47 ||
          e === 98 ||
          e === 102 ||
          e === 110 ||
          e === 114 ||
          e === 116
        ) {
          i += 2;
          continue;
        }
        return { offset: i, reason: REASONS.escape };
      }
      i++;
    }
    return { offset: n, reason: REASONS.unterminated };
  };
  const scanNumber = (): Fail | undefined => {
    const start = i;
    if (text.charCodeAt(i) === 45) i++;
    if (text.charCodeAt(i) === 48) {
      i++;
      if (isDigit(text.charCodeAt(i))) return { offset: start, reason: REASONS.number };
    } else if (isDigit(text.charCodeAt(i))) {
      while (isDigit(text.charCodeAt(i))) i++;
    } else return { offset: start, reason: REASONS.number };
    if (text.charCodeAt(i) === 46) {
      i++;
      if (!isDigit(text.charCodeAt(i))) return { offset: i, reason: REASONS.number };
      while (isDigit(text.charCodeAt(i))) i++;
    }
    const e = text.charCodeAt(i);
    if (e === 101 || e === 69) {
      i++;
      const s = text.charCodeAt(i);
      if (s === 43 || s === 45) i++;
      if (!isDigit(text.charCodeAt(i))) return { offset: i, reason: REASONS.number };
      while (isDigit(text.charCodeAt(i))) i++;
    }
    return undefined;
  };
  const unexpected = (expected: LocalizedText): Fail => {
    const c = text.charCodeAt(i);
    if (c === 39) return { offset: i, reason: REASONS.singleQuote };
    if (c === 47) return { offset: i, reason: REASONS.comment };
    return { offset: i, reason: expected };
  };

  skip();
  if (i >= n) return { offset: n, reason: REASONS.empty };
  // 0 = expecting a value, 1 = expecting a key, 2 = after a value
  let state = 0;
  let afterComma = false;
  for (;;) {
    skip();
    if (state === 0) {
      if (i >= n) return { offset: n, reason: REASONS.end };
      const wasComma = afterComma;
      afterComma = false;
      const c = text.charCodeAt(i);
      if (c === 123 || c === 91) {
        i++;
        skip();
        const close = c === 123 ? 125 : 93;
        if (text.charCodeAt(i) === close) {
          i++;
          state = 2;
        } else {
          stack.push(c);
          state = c === 123 ? 1 : 0;
        }
      } else if (c === 34) {
        const f = scanString();
        if (f) return f;
        state = 2;
      } else if (c === 45 || isDigit(c)) {
        const f = scanNumber();
        if (f) return f;
        state = 2;
      } else if (text.startsWith('true', i) || text.startsWith('null', i)) {
        i += 4;
        state = 2;
      } else if (text.startsWith('false', i)) {
        i += 5;
        state = 2;
      } else if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 43 || c === 46) {
        return {
          offset: i,
          reason: c === 43 || c === 46 || c === 78 || c === 73 ? REASONS.number : REASONS.literal,
        };
      } else if (c === 93 && wasComma) {
        return { offset: i, reason: REASONS.trailingComma };
      } else {
        return unexpected(REASONS.value);
      }
    } else if (state === 1) {
      if (i >= n) return { offset: n, reason: REASONS.end };
      const c = text.charCodeAt(i);
      if (c === 125) return { offset: i, reason: REASONS.trailingComma };
      if (c !== 34) return unexpected(REASONS.key);
      const f = scanString();
      if (f) return f;
      skip();
      if (i >= n) return { offset: n, reason: REASONS.end };
      if (text.charCodeAt(i) !== 58) return unexpected(REASONS.colon);
      i++;
      afterComma = false;
      state = 0;
    } else {
      const top = stack.at(-1);
      if (top === undefined) return i < n ? { offset: i, reason: REASONS.after } : undefined;
      if (i >= n) return { offset: n, reason: REASONS.end };
      const c = text.charCodeAt(i);
      if (c === 44) {
        i++;
        afterComma = true;
        state = top === 123 ? 1 : 0;
      } else if ((top === 123 && c === 125) || (top === 91 && c === 93)) {
        i++;
        stack.pop();
      } else {
        return unexpected(top === 123 ? REASONS.objectNext : REASONS.arrayNext);
      }
    }
  }
}

/** The reason used when the scanner finds no error although the engine's JSON.parse did (should not happen). */
export const UNKNOWN_JSON_REASON: LocalizedText = REASONS.unknown;
