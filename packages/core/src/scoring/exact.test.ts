import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { add, compare, div, fromNumber, mul, roundRatio, sub, toNumber } from './exact.js';

describe('exact decimal arithmetic', () => {
  it('reads a number as the decimal it prints as', () => {
    expect(fromNumber(0.1)).toEqual({ n: 1n, d: 10n });
    expect(fromNumber(1.3)).toEqual({ n: 13n, d: 10n });
    expect(fromNumber(16.5)).toEqual({ n: 33n, d: 2n });
    expect(fromNumber(-2.75)).toEqual({ n: -11n, d: 4n });
    expect(fromNumber(1e-7)).toEqual({ n: 1n, d: 10_000_000n });
    expect(fromNumber(1.5e21)).toEqual({ n: 1_500_000_000_000_000_000_000n, d: 1n });
    expect(fromNumber(-0)).toEqual({ n: 0n, d: 1n });
    expect(() => fromNumber(Number.NaN)).toThrow(RangeError);
  });

  it('adds decimals without binary drift', () => {
    expect(toNumber(add(fromNumber(0.1), fromNumber(0.2)))).toBe(0.3);
    expect(0.1 + 0.2).not.toBe(0.3);
    expect(toNumber(sub(fromNumber(3.8), fromNumber(3.46)))).toBe(0.34);
    expect(toNumber(mul(fromNumber(1.3), fromNumber(10)))).toBe(13);
    expect(toNumber(div(fromNumber(85), fromNumber(25)))).toBe(3.4);
    expect(compare(fromNumber(0.3), add(fromNumber(0.1), fromNumber(0.2)))).toBe(0);
    expect(() => div(fromNumber(1), fromNumber(0))).toThrow(RangeError);
  });

  it('rounds half away from zero on the exact value', () => {
    expect(toNumber(roundRatio(fromNumber(3.285), 2))).toBe(3.29);
    expect(toNumber(roundRatio(fromNumber(-3.285), 2))).toBe(-3.29);
    expect(toNumber(roundRatio(fromNumber(3.2849), 2))).toBe(3.28);
    expect(toNumber(roundRatio({ n: 1n, d: 3n }, 2))).toBe(0.33);
    expect(toNumber(roundRatio({ n: 2n, d: 3n }, 0))).toBe(1);
  });

  it('converts large fractions back to the nearest number', () => {
    const big = { n: 10n ** 40n + 1n, d: 3n * 10n ** 39n };
    expect(toNumber(big)).toBeCloseTo(10 / 3, 14);
    expect(toNumber({ n: -(10n ** 30n), d: 7n })).toBeCloseTo(-1e30 / 7, -16);
  });

  it('reads exactly the decimal a number prints as, on the fast path too', () => {
    // Reference: parse the shortest round-trip string.
    const reference = (x: number): string => {
      const [mantissa = '0', exponent] = String(Math.abs(x)).split('e');
      const [whole = '0', fraction = ''] = mantissa.split('.');
      const scale = (exponent === undefined ? 0 : Number(exponent)) - fraction.length;
      const digits = BigInt(whole + fraction) * (x < 0 ? -1n : 1n);
      return scale >= 0 ? `${digits * 10n ** BigInt(scale)}/1` : `${digits}/${10n ** BigInt(-scale)}`;
    };
    const asText = (x: number): string => {
      const r = fromNumber(x);
      const [n, d] = reference(x).split('/').map(BigInt) as [bigint, bigint];
      return n * r.d === r.n * d ? 'same' : `${r.n}/${r.d} vs ${n}/${d}`;
    };
    const decimals = fc.oneof(
      fc.double({ noNaN: true, noDefaultInfinity: true }),
      fc.integer({ min: -(2 ** 53), max: 2 ** 53 }).map((k) => k / 100),
      fc.integer({ min: -(2 ** 53), max: 2 ** 53 }).map((k) => k / 10_000),
      fc.integer({ min: -1_000_000, max: 1_000_000 }).map((k) => k / 1000),
    );
    fc.assert(
      fc.property(decimals, (x) => {
        expect(asText(x)).toBe('same');
      }),
      { numRuns: 2000 },
    );
    for (const x of [1.005, 2.675, 1.15, 0.1, 16.5, 45.5, 2 ** 53, 2 ** 60 / 100, 1e-7, 123456789.12345]) {
      expect(asText(x)).toBe('same');
    }
  });

  it('round-trips every finite number', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (x) => {
        expect(toNumber(fromNumber(x))).toBe(x === 0 ? 0 : x);
      }),
    );
  });
});
