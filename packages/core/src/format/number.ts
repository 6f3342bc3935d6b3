import type { Lang } from '../i18n/index.js';
import { decimalsOption, roundDigitParts, roundedDigits } from './digits.js';

// Numbers are written by hand rather than with Intl.NumberFormat: ICU versions differ between Node and browsers
// (grouping of 4-digit numbers, the space in "Rp 1.000", the minus sign, "-0"), and Intl rounds the binary value
// (1.005 → "1,00") where the toolkit's published scores round the decimal a person reads (1.005 → "1,01").

/** The text shown for a value that is not a number (`NaN`, `null`, `undefined`). */
const NOT_A_NUMBER = '—';

/**
 * Options of {@link formatNumber}.
 *
 * @example
 * ```ts
 * const options: NumberFormatOptions = { lang: 'en', decimals: 2, grouping: false };
 * ```
 */
export interface NumberFormatOptions {
  /** Language: `id` writes `1.234,5`, `en` writes `1,234.5`. Default `id`. */
  lang?: Lang;
  /**
   * Exactly this many fraction digits (0–20), rounded half away from zero. When absent, up to 3 digits are shown
   * and trailing zeros are dropped (`formatPercent`: up to 1).
   */
  decimals?: number;
  /** Thousands separators (default `true`). */
  grouping?: boolean;
}

const MARKS = {
  id: { group: '.', decimal: ',' },
  en: { group: ',', decimal: '.' },
} as const;

function marksOf(lang: Lang | undefined) {
  return MARKS[lang === 'en' ? 'en' : 'id'];
}

function group(int: string, separator: string): string {
  if (int.length <= 3) return int;
  let out = '';
  for (let end = int.length; end > 0; end -= 3) {
    const start = Math.max(0, end - 3);
    out = out === '' ? int.slice(start, end) : `${int.slice(start, end)}${separator}${out}`;
  }
  return out;
}

/** The unsigned text of |value| and whether the shown value is non-zero and negative. */
function magnitude(
  value: number,
  decimals: number,
  trim: boolean,
  lang: Lang | undefined,
  grouping: boolean,
): { text: string; negative: boolean; zero: boolean } {
  const marks = marksOf(lang);
  if (!Number.isFinite(value)) return { text: '∞', negative: value < 0, zero: false };
  const digits = roundedDigits(Math.abs(value), decimals);
  const frac = trim ? digits.frac.replace(/0+$/, '') : digits.frac;
  const zero = /^0*$/.test(digits.int) && /^0*$/.test(frac);
  const int = grouping ? group(digits.int, marks.group) : digits.int;
  return { text: frac === '' ? int : `${int}${marks.decimal}${frac}`, negative: value < 0 && !zero, zero };
}

function formatWith(
  value: number | null | undefined,
  options: NumberFormatOptions,
  defaultMax: number,
): string {
  if (typeof value !== 'number' || Number.isNaN(value)) return NOT_A_NUMBER;
  const fixed = typeof options.decimals === 'number' && Number.isFinite(options.decimals);
  const decimals = decimalsOption(options.decimals, defaultMax);
  const m = magnitude(value, decimals, !fixed, options.lang, options.grouping !== false);
  return m.negative ? `-${m.text}` : m.text;
}

/**
 * Writes a number for people: decimal comma and dot thousands in Bahasa Indonesia (`1.234.567,5`), the reverse
 * in English (`1,234,567.5`). Rounds half away from zero on the decimal the number prints as. Negative numbers
 * start with `-` (a value that rounds to zero, and `-0`, show no sign); infinities are `∞`/`-∞`; `NaN`, `null` and
 * `undefined` give `—`. The same on every runtime.
 *
 * @example
 * ```ts
 * formatNumber(1234567.5, { lang: 'id' }); // '1.234.567,5'
 * formatNumber(1234567.5, { lang: 'en' }); // '1,234,567.5'
 * formatNumber(3.4, { lang: 'id', decimals: 2 }); // '3,40'
 * formatNumber(-0.001, { decimals: 2 }); // '0,00'
 * formatNumber(Number.NaN); // '—'
 * ```
 */
export function formatNumber(value: number | null | undefined, options: NumberFormatOptions = {}): string {
  return formatWith(value, options, 3);
}

/**
 * Writes a percentage given on the 0–100 scale (`12.5` → `12,5%`, no space, as both languages write it), with
 * {@link formatNumber}'s rules; without `decimals`, up to one fraction digit is shown.
 *
 * @example
 * ```ts
 * formatPercent(12.5, { lang: 'id' }); // '12,5%'
 * formatPercent(12.5, { lang: 'en' }); // '12.5%'
 * formatPercent(80, { lang: 'id', decimals: 1 }); // '80,0%'
 * ```
 */
export function formatPercent(value: number | null | undefined, options: NumberFormatOptions = {}): string {
  const text = formatWith(value, options, 1);
  return text === NOT_A_NUMBER ? text : `${text}%`;
}

/**
 * Writes a signed change: `+0,12`, `−0,12` (with the typographic minus U+2212, so that a column of deltas lines
 * up) and `±0,00` when the rounded change is zero. `decimals` defaults to 2, fixed, as scores are published.
 *
 * @example
 * ```ts
 * formatDelta(0.12, { lang: 'id' }); // '+0,12'
 * formatDelta(-0.2, { lang: 'en' }); // '−0.20'
 * formatDelta(0.001, { lang: 'en' }); // '±0.00'
 * ```
 */
export function formatDelta(value: number | null | undefined, options: NumberFormatOptions = {}): string {
  if (typeof value !== 'number' || Number.isNaN(value)) return NOT_A_NUMBER;
  const m = magnitude(
    value,
    decimalsOption(options.decimals, 2),
    false,
    options.lang,
    options.grouping !== false,
  );
  return `${m.zero ? '±' : m.negative ? '−' : '+'}${m.text}`;
}

/**
 * Writes a score (SPBE index, smart city index, pillar index) as it is published: two decimals, rounded half away
 * from zero on the decimal it prints as, exactly as `roundHalfUp` in the scoring policy (`3.285` → `3,29`, never
 * `3,28`). `null`/`undefined`/`NaN` (no score) give `—`.
 *
 * @example
 * ```ts
 * formatScore(3.285, 'id'); // '3,29'
 * formatScore(2.445, 'en'); // '2.45'
 * formatScore(null, 'id'); // '—'
 * ```
 */
export function formatScore(value: number | null | undefined, lang: Lang = 'id'): string {
  return formatWith(value, { lang, decimals: 2, grouping: false }, 2);
}

/**
 * Options of {@link formatRupiah}.
 *
 * @example
 * ```ts
 * const options: RupiahFormatOptions = { lang: 'id', compact: true };
 * ```
 */
export interface RupiahFormatOptions {
  /** Language (default `id`). */
  lang?: Lang;
  /** Short form with a word for the magnitude: `Rp 1,5 miliar` / `Rp 1.5 billion`. */
  compact?: boolean;
}

// Indonesian magnitude words; the English short scale matches them (miliar = billion = 10^9).
const RUPIAH_UNITS: readonly { exponent: number; id: string; en: string }[] = [
  { exponent: 12, id: 'triliun', en: 'trillion' },
  { exponent: 9, id: 'miliar', en: 'billion' },
  { exponent: 6, id: 'juta', en: 'million' },
  { exponent: 3, id: 'ribu', en: 'thousand' },
];

/** Whole-rupiah digits divided by 10^exponent, rounded to two decimals. */
function scaleDigits(whole: string, exponent: number): { int: string; frac: string } {
  const padded = whole.padStart(exponent + 1, '0');
  const cut = padded.length - exponent;
  return roundDigitParts(padded.slice(0, cut), padded.slice(cut), 2);
}

/**
 * Writes an amount of rupiah: `Rp 1.500.000` (id) / `Rp 1,500,000` (en), negative amounts as `-Rp 1.500.000`.
 *
 * **Non-integer amounts are rounded to whole rupiah, half away from zero** (`1500000.5` → `Rp 1.500.001`): the
 * rupiah has no coin or accounting unit below Rp 1 in practice, budgets (APBD, DPA) are written in whole rupiah,
 * and the model stores integer rupiah. `compact` writes `Rp 1,5 miliar` / `Rp 1.5 billion` (ribu, juta, miliar,
 * triliun; up to two decimals, trailing zeros dropped). `NaN`, `null` and `undefined` give `—`.
 *
 * @example
 * ```ts
 * formatRupiah(1_500_000, { lang: 'id' }); // 'Rp 1.500.000'
 * formatRupiah(1_500_000, { lang: 'en' }); // 'Rp 1,500,000'
 * formatRupiah(1_250_000_000, { lang: 'id', compact: true }); // 'Rp 1,25 miliar'
 * formatRupiah(-2_500, { lang: 'id' }); // '-Rp 2.500'
 * ```
 */
export function formatRupiah(value: number | null | undefined, options: RupiahFormatOptions = {}): string {
  if (typeof value !== 'number' || Number.isNaN(value)) return NOT_A_NUMBER;
  const lang = options.lang === 'en' ? 'en' : 'id';
  if (options.compact && Number.isFinite(value)) {
    const whole = roundedDigits(Math.abs(value), 0).int;
    for (let u = RUPIAH_UNITS.length - 1; u >= 0; u--) {
      const unit = RUPIAH_UNITS[u]!;
      const next = RUPIAH_UNITS[u - 1];
      if (whole.length <= unit.exponent) break;
      if (next && whole.length > next.exponent) continue;
      let shown = scaleDigits(whole, unit.exponent);
      let word = unit[lang];
      // 999.999 juta rounds to 1.000 juta: say 1 miliar instead.
      if (next && shown.int.length > 3) {
        shown = scaleDigits(whole, next.exponent);
        word = next[lang];
      }
      const frac = shown.frac.replace(/0+$/, '');
      const marks = marksOf(lang);
      const int = group(shown.int, marks.group);
      const text = frac === '' ? int : `${int}${marks.decimal}${frac}`;
      return `${value < 0 ? '-' : ''}Rp ${text} ${word}`;
    }
  }
  const m = magnitude(value, 0, true, lang, true);
  return `${m.negative ? '-' : ''}Rp ${m.text}`;
}
