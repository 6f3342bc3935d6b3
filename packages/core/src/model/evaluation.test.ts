import { describe, expect, it } from 'vitest';
import {
  EVALUATION_KIND_LABELS,
  EVALUATION_KINDS,
  EVALUATION_STAGE_LABELS,
  EvaluationSchema,
  SmartCityIndexScoresSchema,
  SPBE_INDICATOR_KEY_PATTERN,
  SpbeScoresSchema,
} from './evaluation.js';

describe('EvaluationSchema', () => {
  it('defaults scores, findings and lists', () => {
    const e = EvaluationSchema.parse({ id: 'monev-2023', kind: 'internal', cycle: { year: 2023 } });
    expect(e.scores).toEqual({});
    expect(e.findings).toEqual({ strengths: [], weaknesses: [], recommendations: [] });
    expect(e.assessors).toEqual([]);
    expect(e.innovationIds).toEqual([]);
  });
  it('gives each parse its own default findings', () => {
    const a = EvaluationSchema.parse({ id: 'a', kind: 'internal', cycle: { year: 2023 } });
    const b = EvaluationSchema.parse({ id: 'b', kind: 'internal', cycle: { year: 2023 } });
    a.findings.strengths.push({ id: 'x', text: 'x' });
    expect(b.findings.strengths).toEqual([]);
  });
  it('accepts only tahap I and II as stages', () => {
    expect(
      EvaluationSchema.safeParse({ id: 'e', kind: 'external', cycle: { year: 2024, stage: 'II' } }).success,
    ).toBe(true);
    expect(
      EvaluationSchema.safeParse({ id: 'e', kind: 'external', cycle: { year: 2024, stage: 'III' } }).success,
    ).toBe(false);
    expect(EVALUATION_STAGE_LABELS.II.id).toBe('Tahap II');
  });
  it('labels the kinds', () => {
    expect(Object.keys(EVALUATION_KIND_LABELS)).toEqual([...EVALUATION_KINDS]);
    expect(EVALUATION_KIND_LABELS['self-assessment'].id).toBe('Penilaian mandiri');
  });
});

describe('SmartCityIndexScoresSchema', () => {
  it('accepts values on the 0–5 scale for dimensions and known pillars', () => {
    expect(
      SmartCityIndexScoresSchema.safeParse({ dimensions: { output: 3.84 }, pillars: { living: 2.75 } })
        .success,
    ).toBe(true);
    expect(SmartCityIndexScoresSchema.safeParse({ dimensions: { output: 5.5 } }).success).toBe(false);
    expect(SmartCityIndexScoresSchema.safeParse({ dimensions: {}, pillars: { transport: 3 } }).success).toBe(
      false,
    );
    expect(SmartCityIndexScoresSchema.safeParse({ dimensions: { quickwin: 3 } }).success).toBe(false);
  });
});

describe('SpbeScoresSchema', () => {
  // Version 2 per-indicator rows, migration and the 2018 model: evaluation-spbe.test.ts.
  it('accepts indicators "1".."47" with self and verified levels 1–5', () => {
    const indicators = Object.fromEntries(
      Array.from({ length: 47 }, (_, i) => [
        String(i + 1),
        { self: ((i % 5) + 1) as 1, verified: 1 as const },
      ]),
    );
    expect(SpbeScoresSchema.safeParse({ model: 'spbe-2020', indicators }).success).toBe(true);
  });
  it('rejects indicator numbers outside 1–47, levels outside 1–5 and domains outside 1–4', () => {
    for (const key of ['0', '48', '01', '1a', 'x', '35-2']) {
      expect(SPBE_INDICATOR_KEY_PATTERN.test(key), key).toBe(false);
      expect(
        SpbeScoresSchema.safeParse({ model: 'spbe-2020', indicators: { [key]: { self: 3 } } }).success,
        key,
      ).toBe(false);
    }
    expect(SpbeScoresSchema.safeParse({ model: 'spbe-2020', indicators: { '1': { self: 6 } } }).success).toBe(
      false,
    );
    expect(
      SpbeScoresSchema.safeParse({ model: 'spbe-2020', indicators: { '1': { verified: 2.5 } } }).success,
    ).toBe(false);
    expect(
      SpbeScoresSchema.safeParse({ model: 'spbe-2020', indicators: {}, domains: { '5': 3 } }).success,
    ).toBe(false);
    expect(SpbeScoresSchema.safeParse({ model: 'spbe-2019', indicators: {} }).success).toBe(false);
  });
});
