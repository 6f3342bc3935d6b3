// Decimal rounding on the digits a number prints as (internal). `String(x)` is the shortest text that reads back
// as the same double, so rounding those digits half away from zero is what a person expects (1.005 → 1.01) and
// gives the same result as `roundHalfUp` in scoring/rounding.ts, without floating-point arithmetic.

/** The integer and fraction digits of a finite, non-negative number, without exponent. */
export function plainDigits(value: number): { int: string; frac: string } {
  const text = String(value);
  const e = text.indexOf('e');
  const mantissa = e === -1 ? text : text.slice(0, e);
  const exponent = e === -1 ? 0 : Number(text.slice(e + 1));
  const dot = mantissa.indexOf('.');
  const intPart = dot === -1 ? mantissa : mantissa.slice(0, dot);
  const fracPart = dot === -1 ? '' : mantissa.slice(dot + 1);
  const digits = intPart + fracPart;
  const point = intPart.length + exponent;
  let int: string;
  let frac: string;
  if (point <= 0) {
    int = '0';
    frac = '0'.repeat(-point) + digits;
  } else if (point >= digits.length) {
    int = digits + '0'.repeat(point - digits.length);
    frac = '';
  } else {
    int = digits.slice(0, point);
    frac = digits.slice(point);
  }
  int = int.replace(/^0+(?=\d)/, '');
  return { int, frac: frac.replace(/0+$/, '') };
}

function increment(digits: string): string {
  const chars = digits.split('');
  for (let i = chars.length - 1; i >= 0; i--) {
    if (chars[i] === '9') chars[i] = '0';
    else {
      chars[i] = String(Number(chars[i]) + 1);
      return chars.join('');
    }
  }
  return `1${chars.join('')}`;
}

/**
 * Rounds a finite, non-negative number half away from zero to `decimals` fraction digits and returns its digits:
 * `frac` has exactly `decimals` digits.
 */
export function roundedDigits(value: number, decimals: number): { int: string; frac: string } {
  const { int, frac } = plainDigits(value);
  return roundDigitParts(int, frac, decimals);
}

/** Rounds the decimal `int.frac` (digit strings) half away from zero to `decimals` fraction digits. */
export function roundDigitParts(int: string, frac: string, decimals: number): { int: string; frac: string } {
  if (frac.length <= decimals) return { int, frac: frac.padEnd(decimals, '0') };
  const kept = int + frac.slice(0, decimals);
  const up = frac.charCodeAt(decimals) >= 53; // '5'
  const all = up ? increment(kept) : kept;
  const intLength = all.length - decimals;
  return { int: all.slice(0, intLength).replace(/^0+(?=\d)/, '') || '0', frac: all.slice(intLength) };
}

/** Clamps a `decimals` option to an integer from 0 to 20 (anything else falls back to `fallback`). */
export function decimalsOption(decimals: number | undefined, fallback: number): number {
  if (typeof decimals !== 'number' || !Number.isFinite(decimals)) return fallback;
  return Math.min(20, Math.max(0, Math.trunc(decimals)));
}
