import { describe, expect, it } from 'vitest';
import {
  migrateSpbeScoresV1,
  SmartCityIndexScoresSchema,
  SPBE_2018_INDICATOR_KEY_PATTERN,
  SpbeScores2018Schema,
  SpbeScoresSchema,
  SpbeScoresV1Schema,
} from './evaluation.js';

describe('SpbeScoresSchema (version 2)', () => {
  it('holds self and verified levels with explanation, recommendation and evidence per indicator', () => {
    const parsed = SpbeScoresSchema.parse({
      model: 'spbe-2020',
      indicators: {
        '1': {
          self: 4,
          verified: 3,
          explanation: 'Perwal 12/2021',
          recommendation: 'Reviu tahunan',
          evidence: ['1.Perwal-12-2021.pdf'],
        },
        '2': {},
      },
      publishedIndex: 3.28,
    });
    expect(parsed.indicators['1']).toMatchObject({ self: 4, verified: 3 });
    expect(parsed.publishedIndex).toBe(3.28);
  });

  it('takes the levels and keys from the model: 2018 has 0–5 and rows 35-2, 35-3; 2020 has 1–5 and 1–47', () => {
    expect(
      SpbeScoresSchema.safeParse({ model: 'spbe-2018', indicators: { '35-3': { self: 0 } } }).success,
    ).toBe(true);
    expect(
      SpbeScoresSchema.safeParse({ model: 'spbe-2020', indicators: { '35-3': { self: 1 } } }).success,
    ).toBe(false);
    expect(SpbeScoresSchema.safeParse({ model: 'spbe-2020', indicators: { '1': { self: 0 } } }).success).toBe(
      false,
    );
    expect(
      SpbeScoresSchema.safeParse({ model: 'spbe-2018', indicators: { '36': { self: 1 } } }).success,
    ).toBe(false);
    expect(
      SpbeScoresSchema.safeParse({ model: 'spbe-2018', indicators: {}, domains: { '4': 3 } }).success,
    ).toBe(false);
    expect(
      SpbeScores2018Schema.safeParse({ model: 'spbe-2018', indicators: { '1': { self: 6 } } }).success,
    ).toBe(false);
    for (const key of ['1', '35', '35-2', '35-3'])
      expect(SPBE_2018_INDICATOR_KEY_PATTERN.test(key), key).toBe(true);
    for (const key of ['0', '36', '35-1', '35-4', '34-2', '01']) {
      expect(SPBE_2018_INDICATOR_KEY_PATTERN.test(key), key).toBe(false);
    }
  });

  it('rejects a bare level (the version 1 shape) and unknown fields such as a weight', () => {
    expect(SpbeScoresSchema.safeParse({ model: 'spbe-2020', indicators: { '1': 3 } }).success).toBe(false);
    expect(
      SpbeScoresSchema.safeParse({ model: 'spbe-2020', indicators: { '1': { self: 3, weight: 10 } } })
        .success,
    ).toBe(false);
  });

  it('smart city index scores carry an optional published total on the 0–5 scale', () => {
    expect(SmartCityIndexScoresSchema.safeParse({ dimensions: {}, publishedTotal: 3.46 }).success).toBe(true);
    expect(SmartCityIndexScoresSchema.safeParse({ dimensions: {}, publishedTotal: 7 }).success).toBe(false);
  });
});

describe('migrateSpbeScoresV1', () => {
  const v1 = { model: 'spbe-2020', indicators: { '1': 3, '47': 5 }, domains: { '1': 3.4 } };

  it('puts the level under verified for the ministry evaluation, under self otherwise, and keeps domains', () => {
    expect(SpbeScoresV1Schema.safeParse(v1).success).toBe(true);
    const external = migrateSpbeScoresV1(v1, 'external');
    expect(external).toEqual({
      model: 'spbe-2020',
      indicators: { '1': { verified: 3 }, '47': { verified: 5 } },
      domains: { '1': 3.4 },
    });
    expect(SpbeScoresSchema.safeParse(external).success).toBe(true);
    for (const kind of ['self-assessment', 'internal', undefined]) {
      expect(migrateSpbeScoresV1(v1, kind)).toEqual({
        model: 'spbe-2020',
        indicators: { '1': { self: 3 }, '47': { self: 5 } },
        domains: { '1': 3.4 },
      });
    }
    expect(v1.indicators['1']).toBe(3); // the input is not changed
  });

  it('never throws and loses nothing on unexpected input', () => {
    for (const input of [null, undefined, 3, 'x', [], { model: 'spbe-2020' }, { indicators: [1] }]) {
      expect(migrateSpbeScoresV1(input, 'external')).toBe(input);
    }
    const odd = migrateSpbeScoresV1(
      { model: 'spbe-2020', indicators: JSON.parse('{"__proto__": 3, "2": "x"}') },
      'x',
    );
    expect(Object.keys((odd as { indicators: object }).indicators)).toEqual(['2', '__proto__']);
    expect(({}.constructor as unknown as { polluted?: unknown }).polluted).toBeUndefined();
    const already = { model: 'spbe-2020', indicators: { '1': { self: 2 } } };
    expect(migrateSpbeScoresV1(already, 'external')).toEqual(already);
  });
});
