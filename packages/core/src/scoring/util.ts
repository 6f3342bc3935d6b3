/** Small internal helpers for scoring (not exported from the package). */

/** True for a non-null, non-array object, i.e. something whose own keys can be read as a map. */
export function isPlainRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Freezes catalogue data (frameworks) all the way down, so that one consumer changing a weight cannot silently
 * change every other consumer's scores.
 */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}

/** Throws on a `decimals` option that is not an integer from 0 to 20 (a programming error, never user data). */
export function checkDecimals(decimals: number): void {
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > 20) {
    throw new RangeError(`decimals must be an integer from 0 to 20, got ${decimals}`);
  }
}
