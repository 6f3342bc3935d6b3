import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scoreSpbe, spbeLevelGains, spbePredicateFor } from './spbe.js';
import { SPBE_MODELS } from './spbe-models.js';
import { scoreSpbe2020 } from './spbe2020.js';

type Row = { self?: number; verified?: number };
const ids2020 = SPBE_MODELS['spbe-2020'].indicators.map((i) => i.id);
const ids2018 = SPBE_MODELS['spbe-2018'].indicators.filter((i) => i.repeatOf === undefined).map((i) => i.id);
const every = (ids: readonly string[], row: Row): Record<string, Row> =>
  Object.fromEntries(ids.map((id) => [id, { ...row }]));

describe('scoreSpbe: SPBE 2020', () => {
  it("reproduces the regulation's worked example (aspect 2 = 3.00, domain 2 = 3.40, index 3.28) for both bases", () => {
    // PermenPANRB 59/2020 Bab II.B.4: aspect 2 levels 3, 4, 3, 2 × 2.5 = 30, / 10 = 3.00. Domain 2 from aspects
    // 3.00 × 10 + 4.00 × 10 + 3.00 × 5 = 85, / 25 = 3.40 (aspect 3 all 4, aspect 4 all 3). Index
    // (3.70 × 13 + 3.40 × 25 + 3.00 × 16.5 + 3.20 × 45.5) / 100 = 328.2 / 100 = 3.282 → 3.28, with domains 1, 3, 4
    // given as the example gives them.
    const levels = {
      '11': 3,
      '12': 4,
      '13': 3,
      '14': 2,
      '15': 4,
      '16': 4,
      '17': 4,
      '18': 4,
      '19': 3,
      '20': 3,
    };
    const indicators = Object.fromEntries(
      Object.entries(levels).map(([k, v]) => [k, { self: v, verified: v }]),
    );
    const result = scoreSpbe(
      { model: 'spbe-2020', indicators, domains: { '1': 3.7, '3': 3, '4': 3.2 } },
      { domainsBasis: 'self' },
    );
    expect(result.model).toBe('spbe-2020');
    expect(result.provisional).toBe(false);
    const self = result.self!;
    expect(self.aspects.find((a) => a.id === '2')?.rounded).toBe(3);
    expect(self.domains.find((d) => d.id === '2')?.rounded).toBe(3.4);
    expect(self.total).toBeCloseTo(3.282, 12);
    expect(self.totalRounded).toBe(3.28);
    expect(self.complete).toBe(true);
    expect(self.predicate?.label.id).toBe('Baik');
    // Domains 1, 3 and 4 were given for the self basis only, so the verified index covers domain 2 alone.
    expect(result.verified?.complete).toBe(false);
    expect(result.verified?.totalRounded).toBe(3.4);
    expect(result.verified?.predicate).toBeNull();
    expect(result.complete).toBe(false);
  });

  it('scores self and verified side by side', () => {
    // All 47 at 3 except indicator 42 (weight 3): self 5 → 3 + 2 × 3 / 100 = 3.06; verified 4 → 3.03.
    const indicators = every(ids2020, { self: 3, verified: 3 });
    indicators['42'] = { self: 5, verified: 4 };
    const result = scoreSpbe({ model: 'spbe-2020', indicators });
    expect(result.self?.totalRounded).toBe(3.06);
    expect(result.verified?.totalRounded).toBe(3.03);
    expect(result.complete).toBe(true);
    expect(result.issues).toEqual([]);
    expect(result.self?.indicators.find((i) => i.id === '42')).toMatchObject({ index: 5, source: 'given' });
    expect(result.self?.indicators).toHaveLength(47);
    expect(result.self?.aspects).toHaveLength(8);
  });

  it('gives the same numbers as scoreSpbe2020 for any levels (property)', () => {
    const levels = fc.dictionary(fc.constantFrom(...ids2020), fc.integer({ min: 1, max: 5 }));
    fc.assert(
      fc.property(levels, (map) => {
        const v2 = Object.fromEntries(Object.entries(map).map(([k, v]) => [k, { verified: v }]));
        const a = scoreSpbe({ model: 'spbe-2020', indicators: v2 }).verified;
        const b = scoreSpbe2020({ indicators: map });
        if (Object.keys(map).length === 0) return a === undefined;
        expect(a?.total).toBe(b.total);
        expect(a?.totalRounded).toBe(b.totalRounded);
        expect(a?.coverage).toBe(b.coverage);
        expect(a?.missing).toEqual(b.missing.map((id) => id.replace('spbe2020.i', '')));
        expect(a?.predicate?.label ?? null).toEqual(b.complete ? (b.predicate?.label ?? null) : null);
        return true;
      }),
      { numRuns: 200 },
    );
  });

  it('marks an incomplete set: mean of what is there, coverage, an incomplete warning, no predicate', () => {
    // Indicators 42–47 (aspect 8, weight 18 of 100) at 5: index 5 over coverage 0.18, no predicate.
    const indicators = Object.fromEntries(['42', '43', '44', '45', '46', '47'].map((k) => [k, { self: 5 }]));
    const result = scoreSpbe({ model: 'spbe-2020', indicators });
    expect(result.self?.totalRounded).toBe(5);
    expect(result.self?.coverage).toBeCloseTo(0.18, 12);
    expect(result.self?.predicate).toBeNull();
    expect(result.self?.missing).toHaveLength(41);
    expect(result.complete).toBe(false);
    const warning = result.issues.find((i) => i.code === 'incomplete');
    expect(warning?.severity).toBe('warning');
    expect(warning?.message.en).toContain('41 of 47');
    expect(warning?.message.id).toContain('41 dari 47');
  });

  it('reports unknown indicators, version 1 rows, levels outside 1–5 and an unknown model, never throwing', () => {
    const result = scoreSpbe({
      model: 'spbe-2020',
      indicators: { '48': { self: 3 }, '1': 3, '2': { self: 0 }, '3': { verified: 2.5 }, '4': { self: '4' } },
    });
    expect(result.issues.map((i) => [i.code, i.path])).toEqual(
      expect.arrayContaining([
        ['unknown_indicator', ['indicators', '48']],
        ['invalid_type', ['indicators', '1']],
        ['out_of_range', ['indicators', '2', 'self']],
        ['out_of_range', ['indicators', '3', 'verified']],
        ['out_of_range', ['indicators', '4', 'self']],
      ]),
    );
    expect(result.self).toBeUndefined();
    expect(scoreSpbe({ model: 'spbe-2030', indicators: {} })).toMatchObject({
      model: null,
      complete: false,
      issues: [{ code: 'invalid_value', path: ['model'] }],
    });
    for (const hostile of [null, undefined, 42, 'spbe', [], { model: 'spbe-2020', indicators: [] }]) {
      expect(() => scoreSpbe(hostile)).not.toThrow();
      expect(scoreSpbe(hostile).complete).toBe(false);
    }
    const proto = scoreSpbe({ model: 'spbe-2020', indicators: JSON.parse('{"__proto__": {"self": 5}}') });
    expect(proto.issues[0]?.code).toBe('unknown_indicator');
  });

  it('never uses weights found in the data', () => {
    const indicators = every(ids2020, { self: 3 });
    indicators['47'] = { self: 5, weight: 90 } as Row;
    const plain = scoreSpbe({ model: 'spbe-2020', indicators: { ...indicators, '47': { self: 5 } } });
    const withWeights = scoreSpbe({ model: 'spbe-2020', indicators, weights: { '47': 90 }, bobot: 1 });
    expect(withWeights.self?.total).toBe(plain.self?.total);
    expect(plain.self?.totalRounded).toBe(3.06); // 3 + 2 × 3 / 100
  });

  it('applies domain indices to the basis the data has levels for, or to the one asked for', () => {
    const domains = { '1': 3, '2': 3, '3': 3, '4': 3 };
    expect(scoreSpbe({ model: 'spbe-2020', indicators: {}, domains }).self?.totalRounded).toBe(3);
    const verifiedOnly = scoreSpbe({ model: 'spbe-2020', indicators: { '1': { verified: 5 } }, domains });
    expect(verifiedOnly.self).toBeUndefined();
    expect(verifiedOnly.verified?.complete).toBe(true);
    expect(
      scoreSpbe({ model: 'spbe-2020', indicators: {}, domains }, { domainsBasis: 'verified' }).self,
    ).toBeUndefined();
    const bad = scoreSpbe({ model: 'spbe-2020', indicators: {}, domains: { '5': 3, '1': 9 } });
    expect(bad.issues.map((i) => i.code)).toEqual(
      expect.arrayContaining(['unknown_indicator', 'out_of_range']),
    );
  });

  it('passes the published index through', () => {
    expect(scoreSpbe({ model: 'spbe-2020', indicators: {}, publishedIndex: 2.64 }).publishedIndex).toBe(2.64);
    expect(
      scoreSpbe({ model: 'spbe-2020', indicators: {}, publishedIndex: 'x' }).publishedIndex,
    ).toBeUndefined();
  });
});

describe('scoreSpbe: SPBE 2018 (provisional weights)', () => {
  /**
   * Hand-worked (weights provisional: domains 17/28/55, aspects 7/10/8/8/12/35/20):
   * - A1 (1–7) all 2 → 2; A2 (8–17) all 3 → 3; D1 = (2 × 7 + 3 × 10) / 17 = 44 / 17.
   * - A3 (18, 19) = 4, 2 → 3; A4 (20, 21) = 3, 3 → 3; A5 (22–24) = 0, 3, 3 → 2 (level 0 counts as 0);
   *   D2 = (3 × 8 + 3 × 8 + 2 × 12) / 28 = 72 / 28.
   * - A6 (25–31) all 4 → 4; A7 rows 32, 33, 34, 35 = 3 and 35-2 = 5 → mean 17 / 5 = 3.4 (35-3 absent, not missing);
   *   D3 = (4 × 35 + 3.4 × 20) / 55 = 208 / 55.
   * - Index = (44 + 72 + 208) / 100 = 3.24 → "Baik" (provisional band). The legacy 3,3-per-row weighting would give
   *   A7 a weight of 16.5 for five rows instead of 20.
   */
  const indicators: Record<string, Row> = {};
  for (let n = 1; n <= 7; n++) indicators[String(n)] = { verified: 2 };
  for (let n = 8; n <= 17; n++) indicators[String(n)] = { verified: 3 };
  Object.assign(indicators, {
    '18': { verified: 4 },
    '19': { verified: 2 },
    '20': { verified: 3 },
    '21': { verified: 3 },
  });
  Object.assign(indicators, { '22': { verified: 0 }, '23': { verified: 3 }, '24': { verified: 3 } });
  for (let n = 25; n <= 31; n++) indicators[String(n)] = { verified: 4 };
  for (const k of ['32', '33', '34', '35']) indicators[k] = { verified: 3 };
  indicators['35-2'] = { verified: 5 };

  it('scores aspect 7 as the mean of the rows present times 20, and marks the result provisional', () => {
    const result = scoreSpbe({ model: 'spbe-2018', indicators });
    const v = result.verified!;
    expect(result.provisional).toBe(true);
    expect(v.aspects.find((a) => a.id === '7')?.index).toBeCloseTo(3.4, 12);
    expect(v.aspects.find((a) => a.id === '5')?.index).toBe(2);
    expect(v.domains.map((d) => d.index)).toEqual(
      [44 / 17, 72 / 28, 208 / 55].map((x) => expect.closeTo(x, 12)),
    );
    expect(v.total).toBeCloseTo(3.24, 12);
    expect(v.totalRounded).toBe(3.24);
    expect(v.complete).toBe(true);
    expect(v.missing).toEqual([]);
    expect(v.predicate).toMatchObject({ id: 'baik', provisional: true });
    expect(result.issues).toEqual([]);
  });

  it('counts 35-3 when present and reports a missing official row as incomplete', () => {
    // Adding 35-3 = 1: A7 = (3 + 3 + 3 + 3 + 5 + 1) / 6 = 3 → index (44 + 72 + (140 + 60)) / 100 = 3.16.
    const withThird = scoreSpbe({
      model: 'spbe-2018',
      indicators: { ...indicators, '35-3': { verified: 1 } },
    });
    expect(withThird.verified?.totalRounded).toBe(3.16);
    const { '34': _dropped, ...without34 } = indicators;
    const partial = scoreSpbe({ model: 'spbe-2018', indicators: without34 });
    expect(partial.verified?.missing).toEqual(['34']);
    expect(partial.verified?.predicate).toBeNull();
    expect(partial.issues.some((i) => i.code === 'incomplete' && i.message.en.includes('1 of 35'))).toBe(
      true,
    );
  });

  it('accepts level 0 and rejects 6 and unknown rows', () => {
    const result = scoreSpbe({
      model: 'spbe-2018',
      indicators: { '1': { self: 0 }, '2': { self: 6 }, '35-4': { self: 1 } },
    });
    expect(result.self?.indicators.find((i) => i.id === '1')?.index).toBe(0);
    expect(result.issues.map((i) => i.code)).toEqual(
      expect.arrayContaining(['out_of_range', 'unknown_indicator']),
    );
  });
});

describe('spbeLevelGains', () => {
  it('ranks SPBE 2020 indicators by the gain of one more level (weight / 100), then by lower level', () => {
    // Verified levels: all 5 except 1 = 2 (A1, 1.3 %), 11 = 3 (A2, 2.5 %), 32 = 4 (A7, 2.75 %), 42 = 2 and
    // 47 = 4 (A8, 3 %). One more level adds weight / 100 to Σ(level × weight) / 100:
    // 42 and 47 → 0.03 (42 first: lower level), 32 → 0.0275, 11 → 0.025, 1 → 0.013. Level-5 indicators are left out.
    const indicators = every(ids2020, { verified: 5, self: 1 });
    Object.assign(indicators, {
      '1': { verified: 2 },
      '11': { verified: 3 },
      '32': { verified: 4 },
      '42': { verified: 2 },
      '47': { verified: 4 },
    });
    const gains = spbeLevelGains({ model: 'spbe-2020', indicators }, 'verified');
    expect(gains.map((g) => [g.indicatorId, g.level, g.nextLevel, g.gain])).toEqual([
      ['42', 2, 3, 0.03],
      ['47', 4, 5, 0.03],
      ['32', 4, 5, 0.0275],
      ['11', 3, 4, 0.025],
      ['1', 2, 3, 0.013],
    ]);
    expect(gains[0]).toMatchObject({ aspectId: '8', domainId: '4' });
    expect(gains[0]?.provisional).toBeUndefined();
    // Each gain is the real change of the complete index.
    const before = scoreSpbe({ model: 'spbe-2020', indicators }).verified!.total!;
    for (const g of gains) {
      const raised = { ...indicators, [g.indicatorId]: { verified: g.nextLevel } };
      const after = scoreSpbe({ model: 'spbe-2020', indicators: raised }).verified!.total!;
      expect(after - before).toBeCloseTo(g.gain, 12);
    }
  });

  it('uses the other basis independently and leaves out indicators without a level', () => {
    // Self: only 43 = 1 (3 %) and 21 = 4 (A5, 1.5 %) have levels: 0.03 then 0.015.
    const gains = spbeLevelGains(
      { model: 'spbe-2020', indicators: { '43': { self: 1 }, '21': { self: 4, verified: 5 } } },
      'self',
    );
    expect(gains.map((g) => [g.indicatorId, g.gain])).toEqual([
      ['43', 0.03],
      ['21', 0.015],
    ]);
  });

  it('SPBE 2018: aspect 7 rows share 20 among the rows present; every gain is provisional', () => {
    // All 35 official rows at 3 plus 35-2 = 3: aspect 7 has 5 rows → 20 / 5 / 100 = 0.04 per row.
    // A6 (25–31): 5 / 100 = 0.05; A3–A5: 4 / 100 = 0.04; A1, A2: 1 / 100 = 0.01.
    const indicators = every(ids2018, { verified: 3 });
    indicators['35-2'] = { verified: 3 };
    const gains = spbeLevelGains({ model: 'spbe-2018', indicators }, 'verified');
    expect(gains).toHaveLength(36);
    expect(gains.slice(0, 7).map((g) => [g.indicatorId, g.gain])).toEqual(
      ['25', '26', '27', '28', '29', '30', '31'].map((id) => [id, 0.05]),
    );
    expect(gains.find((g) => g.indicatorId === '35-2')?.gain).toBe(0.04);
    expect(gains.find((g) => g.indicatorId === '32')?.gain).toBe(0.04);
    expect(gains.at(-1)?.gain).toBe(0.01);
    expect(gains.every((g) => g.provisional === true)).toBe(true);
    // Without the repeat row aspect 7 has 4 rows: 20 / 4 / 100 = 0.05.
    const { '35-2': _r, ...official } = indicators;
    expect(
      spbeLevelGains({ model: 'spbe-2018', indicators: official }, 'verified').find(
        (g) => g.indicatorId === '32',
      )?.gain,
    ).toBe(0.05);
    const before = scoreSpbe({ model: 'spbe-2018', indicators }).verified!.total!;
    const after = scoreSpbe({ model: 'spbe-2018', indicators: { ...indicators, '33': { verified: 4 } } })
      .verified!.total!;
    expect(after - before).toBeCloseTo(0.04, 12);
  });

  it('is empty for unusable input and never throws', () => {
    for (const input of [
      null,
      3,
      {},
      { model: 'x', indicators: {} },
      { model: 'spbe-2020', indicators: 'x' },
    ]) {
      expect(spbeLevelGains(input, 'self')).toEqual([]);
    }
    expect(
      spbeLevelGains({ model: 'spbe-2020', indicators: { '1': { self: 1 } } }, 'other' as 'self'),
    ).toEqual([]);
  });
});

describe('hostile input', () => {
  it('scoreSpbe and spbeLevelGains never throw and keep every index within the model scale (property)', () => {
    const row = fc.record(
      { self: fc.oneof(fc.integer({ min: -2, max: 7 }), fc.anything()), verified: fc.anything() },
      { requiredKeys: [] },
    );
    const data = fc.record(
      {
        model: fc.constantFrom('spbe-2018', 'spbe-2020', 'x', 3),
        indicators: fc.oneof(
          fc.dictionary(fc.constantFrom('1', '35', '35-2', '47', '99', '__proto__'), row),
          fc.anything(),
        ),
        domains: fc.oneof(fc.dictionary(fc.constantFrom('1', '4', '9'), fc.anything()), fc.anything()),
        publishedIndex: fc.anything(),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(fc.oneof(data, fc.anything()), (input) => {
        const result = scoreSpbe(input);
        for (const basis of [result.self, result.verified]) {
          if (basis?.total != null) {
            expect(basis.total).toBeGreaterThanOrEqual(0);
            expect(basis.total).toBeLessThanOrEqual(5);
          }
        }
        expect(Array.isArray(spbeLevelGains(input, 'self'))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

describe('spbePredicateFor', () => {
  it('takes the band of the rounded value', () => {
    expect(spbePredicateFor(SPBE_MODELS['spbe-2020'], 4.2)?.id).toBe('memuaskan');
    expect(spbePredicateFor(SPBE_MODELS['spbe-2020'], 4.19)?.id).toBe('sangat-baik');
    expect(spbePredicateFor(SPBE_MODELS['spbe-2018'], 0)?.id).toBe('kurang');
    expect(spbePredicateFor(SPBE_MODELS['spbe-2020'], null)).toBeNull();
  });
});
