import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { roundHalfUp } from './rounding.js';

describe('roundHalfUp', () => {
  it('rounds the decimal a number prints as, half away from zero', () => {
    expect(roundHalfUp(1.005, 2)).toBe(1.01);
    expect(Math.round(1.005 * 100) / 100).toBe(1); // the binary trap it avoids
    expect(roundHalfUp(2.675, 2)).toBe(2.68);
    expect((2.675).toFixed(2)).toBe('2.67');
    expect(roundHalfUp(-1.005, 2)).toBe(-1.01);
    expect(roundHalfUp(3.285, 2)).toBe(3.29);
    expect(roundHalfUp(2.445, 2)).toBe(2.45);
    expect(roundHalfUp(0.125, 2)).toBe(0.13);
    expect(roundHalfUp(3.282, 2)).toBe(3.28);
    expect(roundHalfUp(-0.004, 2)).toBe(0);
    expect(Object.is(roundHalfUp(-0.004, 2), 0)).toBe(true);
  });

  it('supports other decimal places and defaults to 2', () => {
    expect(roundHalfUp(2.5, 0)).toBe(3);
    expect(roundHalfUp(-2.5, 0)).toBe(-3);
    expect(roundHalfUp(1.23456, 3)).toBe(1.235);
    expect(roundHalfUp(7.4449)).toBe(7.44);
    expect(roundHalfUp(1e-7, 2)).toBe(0);
    expect(roundHalfUp(1.5e21, 2)).toBe(1.5e21);
  });

  it('returns non-finite values unchanged and rejects invalid decimals', () => {
    expect(roundHalfUp(Number.NaN, 2)).toBeNaN();
    expect(roundHalfUp(Number.POSITIVE_INFINITY, 2)).toBe(Number.POSITIVE_INFINITY);
    expect(() => roundHalfUp(1, 2.5)).toThrow(RangeError);
    expect(() => roundHalfUp(1, -1)).toThrow(RangeError);
    expect(() => roundHalfUp(1, 21)).toThrow(RangeError);
  });

  it('stays within half a unit, is idempotent and symmetric', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e6, max: 1e6, noNaN: true }), (x) => {
        const r = roundHalfUp(x, 2);
        expect(Math.abs(r - x)).toBeLessThanOrEqual(0.005 + 1e-9);
        expect(roundHalfUp(r, 2)).toBe(r);
        expect(roundHalfUp(-x, 2)).toBe(r === 0 ? 0 : -r);
        expect(Number.isInteger(Math.round(r * 100))).toBe(true);
      }),
    );
  });
});
