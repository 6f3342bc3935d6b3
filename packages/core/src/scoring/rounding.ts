/**
 * Rounding policy for every score the toolkit publishes (SPBE index, smart city index, progress).
 *
 * Decision: compute in full precision, round only what is reported, to 2 decimals, half away from zero, and take
 * the predicate (predikat) from the rounded number.
 *
 * - Full precision, exactly. PermenPANRB 59/2020 Bab II.B.4 gives the index as a linear weighted mean and prints its
 *   worked examples with 2 decimals, but states no rounding rule (spbe.md §1.4). Rounding aspect or domain indices
 *   before aggregating them would make the total depend on the route taken (47 indicators at once, or aspects →
 *   domains → total, or domain values given directly) and could move it by a hundredth. So intermediate values are
 *   never rounded before they are used. They are also computed without floating-point drift: each input (level,
 *   weight such as 1,30 or 16,5) is read as the decimal it prints as and the arithmetic is done on exact fractions
 *   (`exact.ts`). This is stronger than storing weights as integer hundredths (1,30 → 130): it stays exact for
 *   renormalised weights and for the smart city weights. It matters: in `spbe2020.test.ts` 47 real-looking
 *   levels give an index of exactly 2,445; the usual floating-point route through aspects and domains, rounded with
 *   `Math.round(x * 100) / 100`, publishes 2,44 instead of 2,45.
 * - Two decimals, because that is how the regulation's examples and every published SPBE and smart city index are
 *   written (3,28; 3,40; Madiun 3,46 → 3,80).
 * - Half away from zero, because it is what evaluators' spreadsheets do (Excel's ROUND) and what people learn at school
 *   (5 and above rounds up). Banker's rounding (half to even) would publish 3,28 for 3,285 and disagree with those
 *   spreadsheets; `Number.prototype.toFixed` and `Math.round(x * 100) / 100` round the binary value, so
 *   `(1.005).toFixed(2)` is "1.00". {@link roundHalfUp} rounds the decimal the number prints as instead.
 * - Predicate from the rounded value, because the rounded value is the published one: a city shown 4,20 must read
 *   "Memuaskan", not "Sangat Baik" because its unrounded index was 4,1996. Otherwise the number and the word
 *   disagree on the same page, the "conflicting totals" complaint of mySociety CAPS #362
 *   (reliability-and-anchors.md §A.6).
 * - Full-precision values stay available next to the rounded ones (`index` beside `rounded`, `total` beside
 *   `totalRounded`), so a report can show the rounded numbers while a chart or a further computation uses the exact
 *   ones. Rounded parts need not add up to a rounded whole; reports should say so where they show a breakdown.
 */
import { fromNumber, roundRatio, toNumber } from './exact.js';
import { checkDecimals } from './util.js';

/**
 * Rounds half away from zero to `decimals` places (0–20), working on the decimal a number prints as, so that
 * `1.005` (stored in binary as 1.00499999999999989…) rounds to `1.01` as a person expects. Non-finite values are
 * returned unchanged. This is the rounding used for every published score; see the policy at the top of
 * `rounding.ts`.
 *
 * @throws RangeError when `decimals` is not an integer from 0 to 20 (a programming error, never user data).
 *
 * @example
 * ```ts
 * roundHalfUp(1.005, 2); // 1.01 (Math.round(1.005 * 100) / 100 gives 1)
 * roundHalfUp(2.675, 2); // 2.68
 * roundHalfUp(-1.005, 2); // -1.01
 * roundHalfUp(3.282, 2); // 3.28
 * ```
 */
export function roundHalfUp(value: number, decimals = 2): number {
  checkDecimals(decimals);
  if (!Number.isFinite(value)) return value;
  return toNumber(roundRatio(fromNumber(value), decimals));
}
