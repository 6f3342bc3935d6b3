import type { LocalizedText } from '../i18n/index.js';
import { issue, type Result } from '../issues/index.js';

/**
 * Options of {@link parseIndonesianNumber}.
 *
 * @example
 * ```ts
 * const options: ParseNumberOptions = { locale: 'id' };
 * ```
 */
export interface ParseNumberOptions {
  /**
   * How the text is written: `id` (`1.234,56`: dot thousands, decimal comma), `en` (`1,234.56`), or `auto`
   * (default): decided from the text, and an `ambiguous_value` issue when both readings are possible
   * (`1.234`, `1,234`).
   */
  locale?: 'id' | 'en' | 'auto';
}

const MAX_LENGTH = 64;

function fail(code: string, message: LocalizedText): Result<number> {
  return { success: false, issues: [issue([], code, message)] };
}

function show(text: string): string {
  return JSON.stringify(text.length > 40 ? `${text.slice(0, 39)}…` : text);
}

function invalid(text: string): Result<number> {
  return fail('invalid_format', {
    id: `${show(text)} bukan angka; tulis misalnya 1.234,56 atau 12,5% atau Rp 1.500.000`,
    en: `${show(text)} is not a number; write e.g. 1.234,56 or 12,5% or Rp 1.500.000`,
  });
}

/** `d{1,3}(sep d{3})+`: a valid grouping with at least one separator. */
function isGrouped(text: string, separator: '.' | ','): boolean {
  const parts = text.split(separator);
  if (parts.length < 2) return false;
  if (!/^[1-9]\d{0,2}$/.test(parts[0]!)) return false;
  return parts.slice(1).every((p) => /^\d{3}$/.test(p));
}

/** Reads digits with `group` as thousands separator and `decimal` as decimal mark; undefined when not valid. */
function read(body: string, group: '.' | ',', decimal: '.' | ','): string | undefined {
  const at = body.indexOf(decimal);
  const intPart = at === -1 ? body : body.slice(0, at);
  const fracPart = at === -1 ? '' : body.slice(at + 1);
  if (at !== -1 && !/^\d+$/.test(fracPart)) return undefined;
  if (intPart === '' && at === -1) return undefined;
  let digits: string;
  if (intPart === '') digits = '0';
  else if (/^\d+$/.test(intPart)) digits = intPart;
  else if (isGrouped(intPart, group)) digits = intPart.split(group).join('');
  else return undefined;
  return fracPart === '' ? digits : `${digits}.${fracPart}`;
}

const NOTATION = {
  id: { id: 'penulisan Indonesia (1.234,56)', en: 'Indonesian notation (1.234,56)' },
  en: { id: 'penulisan Inggris (1,234.56)', en: 'English notation (1,234.56)' },
} as const;

/**
 * Reads a number as Indonesian data writes it: `1.234,56`, `1.234.567`, `12,5`, `-3`, `−3`, `(1.500)` (negative,
 * as in accounts), `12,5%` (the number on the 0–100 scale: 12.5), `Rp 1.500.000`, `Rp1.500.000,-`, `IDR 2.000`;
 * with `locale: 'en'`, `1,234.56`. Never guesses: with `locale: 'auto'` (the default) a text that reads as two
 * different numbers (`1.234`: 1234 in Indonesian, 1.234 in English) is an `ambiguous_value` issue naming both
 * readings; anything else that is not a number is an `invalid_format` issue, empty text a `required` one, and a
 * number too large for a double `out_of_range`. Issues have an empty path: attach yours with `prefixIssues` and the
 * cell with `locateIssues`. Never throws.
 *
 * @example
 * ```ts
 * parseIndonesianNumber('1.234,56'); // { success: true, data: 1234.56 }
 * parseIndonesianNumber('Rp 1.500.000'); // { success: true, data: 1500000 }
 * parseIndonesianNumber('12,5%'); // { success: true, data: 12.5 }
 * parseIndonesianNumber('1,234.56', { locale: 'en' }); // { success: true, data: 1234.56 }
 * parseIndonesianNumber('1.234'); // { success: false, issues: [{ code: 'ambiguous_value', … }] }
 * parseIndonesianNumber('1.234', { locale: 'id' }); // { success: true, data: 1234 }
 * ```
 */
export function parseIndonesianNumber(text: unknown, options: ParseNumberOptions = {}): Result<number> {
  if (typeof text === 'number') {
    return Number.isFinite(text)
      ? { success: true, data: text }
      : fail('invalid_value', {
          id: `${String(text)} bukan angka terhingga`,
          en: `${String(text)} is not a finite number`,
        });
  }
  if (typeof text !== 'string') {
    return fail('invalid_type', { id: 'Harus berupa teks angka', en: 'Must be a number written as text' });
  }
  const locale = options.locale === 'id' || options.locale === 'en' ? options.locale : 'auto';
  let s = text.replace(/[\s\u00a0\u202f\u2007]+/g, ' ').trim();
  if (s === '') return fail('required', { id: 'Angka wajib diisi', en: 'A number is required' });
  if (s.length > MAX_LENGTH) return invalid(text);

  let negative = false;
  if (/^\(.*\)$/.test(s)) {
    negative = true;
    s = s.slice(1, -1).trim();
  }
  const sign = /^[-−+]/.exec(s);
  if (sign) {
    if (sign[0] !== '+') negative = !negative;
    s = s.slice(1).trim();
  }
  s = s.replace(/^(?:rp\.?|idr)\s*/i, '');
  if (!sign) {
    const after = /^[-−]/.exec(s);
    if (after) {
      negative = !negative;
      s = s.slice(1).trim();
    }
  }
  s = s.replace(/(?:,-|\.-)$/, '');
  s = s.replace(/\s*%$/, '');
  if (!/^[\d.,]+$/.test(s) || !/\d/.test(s)) return invalid(text);

  let value: string | undefined;
  if (locale === 'id') value = read(s, '.', ',');
  else if (locale === 'en') value = read(s, ',', '.');
  else {
    const asId = read(s, '.', ',');
    const asEn = read(s, ',', '.');
    if (asId !== undefined && asEn !== undefined && Number(asId) !== Number(asEn)) {
      return fail('ambiguous_value', {
        id: `${show(text)} bisa dibaca ${Number(asId)} (${NOTATION.id.id}) atau ${Number(asEn)} (${NOTATION.en.id}); tentukan penulisannya (locale 'id' atau 'en')`,
        en: `${show(text)} reads as ${Number(asId)} in ${NOTATION.id.en} or ${Number(asEn)} in ${NOTATION.en.en}; say which notation it uses (locale 'id' or 'en')`,
      });
    }
    value = asId ?? asEn;
  }
  if (value === undefined) {
    if (locale === 'auto') return invalid(text);
    return fail('invalid_format', {
      id: `${show(text)} bukan angka dalam ${NOTATION[locale].id}`,
      en: `${show(text)} is not a number in ${NOTATION[locale].en}`,
    });
  }
  const number = Number(value);
  if (!Number.isFinite(number)) {
    return fail('out_of_range', { id: `${show(text)} terlalu besar`, en: `${show(text)} is too large` });
  }
  return { success: true, data: negative && number !== 0 ? -number : number };
}
