import { type Evaluation, type SpbeResult, scoreSpbe } from '@smartcity/core';

/**
 * The SPBE result of an evaluation (self-assessed and verified side by side, each present when the data has
 * levels for it), or null when the evaluation has no SPBE scores.
 */
export function spbeOf(e: Evaluation): SpbeResult | null {
  return e.scores.spbe === undefined ? null : scoreSpbe(e.scores.spbe);
}
