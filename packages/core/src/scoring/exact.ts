/**
 * Exact decimal arithmetic for scoring (internal, not exported from the package).
 *
 * Every number a person types (an indicator level, a weight such as 1,30 or 16,5, a KPI value) is a short decimal.
 * Binary floating point cannot hold most of them exactly, so sums such as 3.70 × 13 + … drift by 1e-15 and a total
 * that is exactly 3,285 may come out as 3.2849999999999997 and be published as 3,28 instead of 3,29. To avoid that
 * class of error entirely, scoring reads each number as the decimal it prints as (its shortest round-trip form) and
 * computes with exact fractions of BigInts. Results are turned back into numbers only at the end.
 */

/** An exact fraction `n / d` with `d > 0`, always reduced. */
export interface Ratio {
  readonly n: bigint;
  readonly d: bigint;
}

export const ZERO: Ratio = { n: 0n, d: 1n };

function abs(x: bigint): bigint {
  return x < 0n ? -x : x;
}

function gcd(a: bigint, b: bigint): bigint {
  a = abs(a);
  b = abs(b);
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
}

function reduce(n: bigint, d: bigint): Ratio {
  if (d < 0n) {
    n = -n;
    d = -d;
  }
  if (n === 0n) return ZERO;
  const g = gcd(n, d);
  return g === 1n ? { n, d } : { n: n / g, d: d / g };
}

/** |k| ≤ 2^50 keeps the ulp of k / scale below a quarter of 1 / scale (see the fast path below). */
const FAST_LIMIT = 2 ** 50;
const FAST_SCALES = [1, 100, 10_000] as const;

/** Reads a finite number as the decimal it prints as (`0.1` → 1/10, `1.3` → 13/10, `1e-7` → 1/10⁷). */
export function fromNumber(value: number): Ratio {
  if (!Number.isFinite(value)) throw new RangeError(`Not a finite number: ${value}`);
  // Fast path for levels, weights and percentages with few decimals. When k / scale === value and |k| ≤ 2^50,
  // k / scale is the only decimal with that many places within half an ulp of value, so it is exactly the decimal
  // the number prints as (the slow path below gives the same result, only slower).
  for (const scale of FAST_SCALES) {
    const k = Math.round(value * scale);
    if (Math.abs(k) <= FAST_LIMIT && k / scale === value) return reduce(BigInt(k), BigInt(scale));
  }
  const negative = value < 0;
  const [mantissa = '0', exponent] = String(Math.abs(value)).split('e');
  const [whole = '0', fraction = ''] = mantissa.split('.');
  const scale = (exponent === undefined ? 0 : Number(exponent)) - fraction.length;
  let n = BigInt(whole + fraction);
  let d = 1n;
  if (scale >= 0) n *= 10n ** BigInt(scale);
  else d = 10n ** BigInt(-scale);
  return reduce(negative ? -n : n, d);
}

export function add(a: Ratio, b: Ratio): Ratio {
  return reduce(a.n * b.d + b.n * a.d, a.d * b.d);
}

export function sub(a: Ratio, b: Ratio): Ratio {
  return reduce(a.n * b.d - b.n * a.d, a.d * b.d);
}

export function mul(a: Ratio, b: Ratio): Ratio {
  return reduce(a.n * b.n, a.d * b.d);
}

/** `a / b`; the caller makes sure `b` is not zero. */
export function div(a: Ratio, b: Ratio): Ratio {
  if (b.n === 0n) throw new RangeError('Division by zero');
  return reduce(a.n * b.d, a.d * b.n);
}

export function isZero(a: Ratio): boolean {
  return a.n === 0n;
}

export function compare(a: Ratio, b: Ratio): number {
  const left = a.n * b.d;
  const right = b.n * a.d;
  return left < right ? -1 : left > right ? 1 : 0;
}

const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);
/** Significant digits kept when a fraction is too large for an exact double division. */
const DIGITS = 25;

/** The nearest number to the fraction (exact division when both parts fit in a double). */
export function toNumber(a: Ratio): number {
  if (abs(a.n) <= MAX_SAFE && a.d <= MAX_SAFE) return Number(a.n) / Number(a.d);
  const negative = a.n < 0n;
  const n = abs(a.n);
  // Scale so the integer quotient has about DIGITS significant digits, whatever the magnitude.
  const shift = a.d.toString().length - n.toString().length + DIGITS;
  const q = shift >= 0 ? (n * 10n ** BigInt(shift)) / a.d : n / (a.d * 10n ** BigInt(-shift));
  const value = Number(`${q}e${-shift}`);
  return negative ? -value : value;
}

/** Rounds to `decimals` places, half away from zero (…,5 goes up for positive values, down for negative ones). */
export function roundRatio(a: Ratio, decimals: number): Ratio {
  const scale = 10n ** BigInt(decimals);
  const scaled = abs(a.n) * scale;
  let q = scaled / a.d;
  if (2n * (scaled % a.d) >= a.d) q += 1n;
  return reduce(a.n < 0n ? -q : q, scale);
}
