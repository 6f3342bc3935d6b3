import { describe, expect, it } from 'vitest';
import { PILLARS } from '../pillars/index.js';
import { validateFramework } from './framework.js';
import { findScoredNode } from './hierarchy.js';
import {
  SMART_CITY_DIMENSION_IDS,
  SMART_CITY_INDEX,
  SMART_CITY_INDEX_WEIGHTS_SLEMAN,
  scoreSmartCityIndex,
} from './smart-city-index.js';

const STAGE_I = { baseline: 3.1, output: 3.4, outcome: 3.25, impact: 3.0, quickWin: 3.5 };
const STAGE_II = { baseline: 3.3, output: 3.5, outcome: 3.4, impact: 3.2, quickWin: 3.6 };

describe('SMART_CITY_INDEX framework', () => {
  it('has the five evaluation dimensions with default weights 10/20/30/20/20, scale 0–5, no predicate bands', () => {
    expect(validateFramework(SMART_CITY_INDEX)).toEqual([]);
    expect(SMART_CITY_INDEX.groups.map((g) => [g.id, g.weight])).toEqual([
      ['baseline', 10],
      ['output', 20],
      ['outcome', 30],
      ['impact', 20],
      ['quickWin', 20],
    ]);
    expect(SMART_CITY_INDEX.groups.map((g) => g.id)).toEqual([...SMART_CITY_DIMENSION_IDS]);
    expect(SMART_CITY_INDEX.scale).toEqual({ min: 0, max: 5 });
    expect(SMART_CITY_INDEX.predicates).toBeUndefined();
    for (const g of SMART_CITY_INDEX.groups) {
      expect(g.description?.id.length).toBeGreaterThan(0);
      expect(g.description?.en.length).toBeGreaterThan(0);
    }
    expect(SMART_CITY_INDEX.groups[4]!.label).toEqual({ id: 'Quick Win', en: 'Quick Win' });
  });
});

describe('scoreSmartCityIndex', () => {
  it('is the weighted mean of the dimensions, with every dimension explained', () => {
    const score = scoreSmartCityIndex({ dimensions: STAGE_II });
    // 3.3 × 10 + 3.5 × 20 + 3.4 × 30 + 3.2 × 20 + 3.6 × 20 = 341
    expect(score.total).toBe(3.41);
    expect(score.totalRounded).toBe(3.41);
    expect(score.groups.map((g) => [g.id, g.rounded, g.contribution])).toEqual([
      ['baseline', 3.3, 0.33],
      ['output', 3.5, 0.7],
      ['outcome', 3.4, 1.02],
      ['impact', 3.2, 0.64],
      ['quickWin', 3.6, 0.72],
    ]);
    expect(score.weights).toEqual({ baseline: 10, output: 20, outcome: 30, impact: 20, quickWin: 20 });
    expect(score.complete).toBe(true);
    expect(score.issues).toEqual([]);
    expect(score.improvement).toBeUndefined();
  });

  it('has no predicate: no official bands exist and none are invented', () => {
    const score = scoreSmartCityIndex({ dimensions: STAGE_II });
    expect('predicate' in score).toBe(false);
  });

  it('rounds the published index half away from zero', () => {
    const score = scoreSmartCityIndex({ dimensions: STAGE_I });
    expect(score.total).toBe(3.265);
    expect(score.totalRounded).toBe(3.27);
  });

  it('accepts other weights, e.g. the Sleman variant 10/20/30/30/10, or a partial override', () => {
    const sleman = scoreSmartCityIndex(
      { dimensions: STAGE_II },
      { weights: SMART_CITY_INDEX_WEIGHTS_SLEMAN },
    );
    // 33 + 70 + 102 + 96 + 36 = 337
    expect(sleman.total).toBe(3.37);
    expect(sleman.weights).toEqual(SMART_CITY_INDEX_WEIGHTS_SLEMAN);
    const partial = scoreSmartCityIndex({ dimensions: STAGE_II }, { weights: { impact: 30, quickWin: 10 } });
    expect(partial.total).toBe(3.37);
    expect(partial.issues).toEqual([]);
    const zero = scoreSmartCityIndex({ dimensions: STAGE_II }, { weights: { baseline: 0 } });
    expect(zero.total).toBeCloseTo(3.4222222222, 9); // 308 / 90
    expect(zero.groups[0]!.contribution).toBe(0);
  });

  it('reports invalid weights as issues, keeps the default for them, and never throws', () => {
    const score = scoreSmartCityIndex(
      { dimensions: STAGE_II },
      { weights: { impact: -30, quickWin: Number.NaN, quickwin: 10 } as Record<string, number> },
    );
    expect(score.issues.map((i) => [i.code, i.path])).toEqual([
      ['invalid_weights', ['weights', 'impact']],
      ['invalid_weights', ['weights', 'quickWin']],
      ['unrecognized_key', ['weights', 'quickwin']],
    ]);
    expect(score.issues[0]!.message.en).toContain('the default 20 is used');
    expect(score.weights).toEqual({ baseline: 10, output: 20, outcome: 30, impact: 20, quickWin: 20 });
    expect(score.total).toBe(3.41);
  });

  it('gives no index when all weights are 0', () => {
    const score = scoreSmartCityIndex(
      { dimensions: STAGE_II },
      { weights: { baseline: 0, output: 0, outcome: 0, impact: 0, quickWin: 0 } },
    );
    expect(score.total).toBeNull();
    expect(score.totalRounded).toBeNull();
    expect(score.issues.map((i) => i.code)).toEqual(['invalid_weights']);
    expect(score.groups[0]).toMatchObject({ index: 3.3, contribution: null });
  });

  it('never counts a missing dimension as 0', () => {
    const score = scoreSmartCityIndex({ dimensions: { output: 3, outcome: 4 } });
    expect(score.total).toBe(3.6); // (3 × 20 + 4 × 30) / 50
    expect(score.coverage).toBe(0.5);
    expect(score.missing).toEqual(['baseline', 'impact', 'quickWin']);
    expect(score.complete).toBe(false);
    expect(findScoredNode(score, 'impact')?.source).toBe('missing');
    expect(
      scoreSmartCityIndex({ dimensions: { output: 3, outcome: 4 } }, { requireComplete: true }).total,
    ).toBeNull();
  });

  it('reports pillar indices beside the index, in pillar order, with missing ones as null', () => {
    const score = scoreSmartCityIndex({
      dimensions: STAGE_II,
      pillars: { environment: 3.25, governance: 3.667 },
    });
    expect(score.pillars.map((p) => p.pillarId)).toEqual(PILLARS.map((p) => p.id));
    expect(score.pillars[0]).toEqual({
      pillarId: 'governance',
      label: { id: 'Smart Governance', en: 'Smart Governance' },
      value: 3.667,
      rounded: 3.67,
    });
    expect(score.pillars[5]).toMatchObject({ pillarId: 'environment', value: 3.25, rounded: 3.25 });
    expect(score.pillars[1]).toMatchObject({ pillarId: 'branding', value: null, rounded: null });
    expect(score.missingPillars).toEqual(['branding', 'economy', 'living', 'society']);
    expect(score.total).toBe(3.41); // pillars are not weighted into the index
  });

  it('reports invalid dimension and pillar values as issues pointing into the input', () => {
    const score = scoreSmartCityIndex({
      dimensions: { baseline: 6, output: -1, outcome: 3, smartness: 4 } as Record<string, number>,
      pillars: { living: Number.NaN, mobility: 3, economy: '3' } as unknown as Record<string, number>,
    });
    expect(score.issues.map((i) => [i.code, i.path])).toEqual([
      ['unknown_indicator', ['dimensions', 'smartness']],
      ['out_of_range', ['dimensions', 'baseline']],
      ['out_of_range', ['dimensions', 'output']],
      ['out_of_range', ['pillars', 'living']],
      ['unknown_indicator', ['pillars', 'mobility']],
      ['invalid_type', ['pillars', 'economy']],
    ]);
    expect(score.total).toBe(3);
    expect(scoreSmartCityIndex(undefined as never).issues[0]?.code).toBe('invalid_type');
    expect(scoreSmartCityIndex({ dimensions: 3 } as never).issues[0]?.path).toEqual(['dimensions']);
  });

  it('reports the improvement against the previous evaluation, for the index, dimensions and pillars', () => {
    const score = scoreSmartCityIndex(
      { dimensions: STAGE_II, pillars: { governance: 3.67, branding: 3.25 } },
      { previous: { dimensions: { ...STAGE_I, impact: null }, pillars: { governance: 3.5, branding: 0 } } },
    );
    // previous without impact: (31 + 68 + 97.5 + 70) / 80 = 3.33125 → 3.33
    expect(score.improvement).toMatchObject({ previous: 3.33125, delta: 0.07875, deltaRounded: 0.08 });
    expect(score.improvement?.relative).toBeCloseTo(0.07875 / 3.33125, 15);
    expect(score.groups[0]!.improvement).toMatchObject({ previous: 3.1, delta: 0.2, deltaRounded: 0.2 });
    expect(score.groups[0]!.improvement?.relative).toBeCloseTo(0.2 / 3.1, 15);
    expect(score.groups[3]!.improvement).toEqual({
      previous: null,
      delta: null,
      deltaRounded: null,
      relative: null,
    });
    expect(score.pillars[0]!.improvement).toMatchObject({ previous: 3.5, delta: 0.17, deltaRounded: 0.17 });
    expect(score.pillars[1]!.improvement).toEqual({
      previous: 0,
      delta: 3.25,
      deltaRounded: 3.25,
      relative: null,
    });
    expect(score.pillars[2]!.improvement).toEqual({
      previous: null,
      delta: null,
      deltaRounded: null,
      relative: null,
    });
  });

  it('takes deltaRounded from the published (rounded) values', () => {
    const previous = scoreSmartCityIndex({ dimensions: STAGE_I }); // 3.265, published 3.27
    const score = scoreSmartCityIndex({ dimensions: STAGE_II }, { previous });
    expect(score.improvement?.previous).toBe(3.265);
    expect(score.improvement?.delta).toBe(0.145); // would round to 0.15 …
    expect(score.improvement?.deltaRounded).toBe(0.14); // … but 3.41 − 3.27 = 0.14 is what readers see
  });

  it('reports the issues of a previous input under "previous"', () => {
    const score = scoreSmartCityIndex(
      { dimensions: STAGE_II },
      { previous: { dimensions: { baseline: 9 } } },
    );
    expect(score.issues.map((i) => i.path)).toEqual([['previous', 'dimensions', 'baseline']]);
    expect(score.improvement?.previous).toBeNull();
  });
});
