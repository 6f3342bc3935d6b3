import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { KpiProgressInput, ProgressItem } from './progress.js';
import { innovationProgress, kpiProgress, programmeProgress, rollUpProgress } from './progress.js';

const kpi = (baseline: number | null, target: number, ...values: [string, number][]): KpiProgressInput => ({
  baseline,
  target: { value: target },
  measurements: values.map(([date, value]) => ({ date, value })),
});

describe('kpiProgress', () => {
  it('measures (latest − baseline) / (target − baseline) × 100', () => {
    expect(kpiProgress(kpi(10, 40, ['2024-03-31', 20]))).toEqual({
      progress: 100 / 3,
      raw: 100 / 3,
      latest: { date: '2024-03-31', value: 20 },
      issues: [],
    });
    expect(kpiProgress(kpi(0.7, 0.9, ['2024-03-31', 0.8])).progress).toBe(50); // exact, not 50.00000000000002
  });

  it('works for a KPI that should go down (waiting time 30 → 10 minutes)', () => {
    expect(kpiProgress(kpi(30, 10, ['2024-06-30', 20])).progress).toBe(50);
    expect(kpiProgress(kpi(30, 10, ['2024-06-30', 35]))).toMatchObject({ progress: 0, raw: -25 });
    expect(kpiProgress(kpi(30, 10, ['2024-06-30', 5]))).toMatchObject({ progress: 100, raw: 125 });
  });

  it('clamps progress to 0–100 and keeps the unclamped value in raw', () => {
    expect(kpiProgress(kpi(0, 100, ['2024-06-30', 120]))).toMatchObject({ progress: 100, raw: 120 });
    expect(kpiProgress(kpi(50, 100, ['2024-06-30', 40]))).toMatchObject({ progress: 0, raw: -20 });
  });

  it('uses the measurement with the greatest date on or before asOf', () => {
    const k = kpi(0, 100, ['2024-12-31', 90], ['2024-01-31', 40], ['2024-06-30', 60]);
    expect(kpiProgress(k).latest).toEqual({ date: '2024-12-31', value: 90 });
    expect(kpiProgress(k, { asOf: '2024-06-30' }).latest).toEqual({ date: '2024-06-30', value: 60 });
    expect(kpiProgress(k, { asOf: '2024-06-29' }).progress).toBe(40);
    expect(kpiProgress(k, { asOf: '2023-12-31' })).toEqual({
      progress: null,
      raw: null,
      reason: 'no-measurement',
      issues: [],
    });
    // two measurements on one date: the later entry wins (a correction)
    expect(kpiProgress(kpi(0, 100, ['2024-06-30', 60], ['2024-06-30', 65])).progress).toBe(65);
  });

  it('says why progress cannot be computed', () => {
    expect(kpiProgress(kpi(0, 100))).toMatchObject({ progress: null, raw: null, reason: 'no-measurement' });
    expect(kpiProgress(kpi(null, 100, ['2024-06-30', 60]))).toEqual({
      progress: null,
      raw: null,
      latest: { date: '2024-06-30', value: 60 },
      reason: 'no-baseline',
      issues: [],
    });
    expect(kpiProgress(kpi(100, 100, ['2024-06-30', 60]))).toMatchObject({
      progress: null,
      reason: 'target-equals-baseline',
    });
  });

  it('skips unusable measurements with an issue and never throws', () => {
    const result = kpiProgress({
      baseline: 0,
      target: { value: 10 },
      measurements: [
        { date: '2024-02-30', value: 9 },
        { date: '2024-06-30', value: Number.NaN },
        { date: '30/06/2024', value: 9 },
        { date: '2024-03-31', value: 5 },
      ],
    });
    expect(result.progress).toBe(50);
    expect(result.issues.map((i) => [i.code, i.path])).toEqual([
      ['invalid_format', ['measurements', 0, 'date']],
      ['invalid_value', ['measurements', 1, 'value']],
      ['invalid_format', ['measurements', 2, 'date']],
    ]);
    expect(kpiProgress(kpi(0, 10, ['2024-03-31', 5]), { asOf: '2024-13-01' })).toMatchObject({
      progress: null,
      reason: 'invalid-input',
    });
    expect(kpiProgress({ baseline: 0, target: { value: Number.NaN }, measurements: [] }).reason).toBe(
      'invalid-input',
    );
    expect(kpiProgress({ baseline: '0', target: { value: 1 }, measurements: [] } as never).reason).toBe(
      'invalid-input',
    );
    expect(kpiProgress(null as never).reason).toBe('invalid-input');
    expect(
      kpiProgress({ baseline: 0, target: null, measurements: 'x' } as never).issues.map((i) => i.path),
    ).toEqual([['measurements'], ['target', 'value']]);
    expect(kpiProgress(kpi(0, 10, ['2024-02-29', 5])).progress).toBe(50); // leap day is a real date
  });
});

describe('rollUpProgress', () => {
  const two = (weights: [number | null | undefined, number | null | undefined]): ProgressItem[] => [
    { id: 'a', progress: 40, weight: weights[0] },
    { id: 'b', progress: 80, weight: weights[1] },
  ];

  it('gives the same mean, within 0–100, whatever the unit of equal weights (B.10 item 20)', () => {
    for (const weights of [
      [0.5, 0.5],
      [1, 1],
      [null, null],
      [undefined, undefined],
      [0.7, 0.7],
    ] as const) {
      const result = rollUpProgress(two([...weights]));
      expect(result.progress).toBe(60);
      expect(result.weights).toEqual({ a: 0.5, b: 0.5 });
      expect(result.issues).toEqual([]);
    }
  });

  it('gives no progress, with a clear issue, when all weights are 0 (B.10 item 20)', () => {
    const result = rollUpProgress(two([0, 0]));
    expect(result.progress).toBeNull();
    expect(result.weights).toEqual({});
    expect(result.counted).toEqual(['a', 'b']);
    expect(result.issues).toHaveLength(1);
    expect(result.issues[0]!.code).toBe('invalid_weights');
    expect(result.issues[0]!.message.id).toContain('Semua bobot');
    expect(result.issues[0]!.message.en).toContain('All weights of the counted items are 0');
  });

  it('weights by normalised weights', () => {
    const result = rollUpProgress(two([3, 1]));
    expect(result.progress).toBe(50);
    expect(result.weights).toEqual({ a: 0.75, b: 0.25 });
    expect(rollUpProgress(two([1, 0])).progress).toBe(40);
  });

  it('rejects progress outside 0–100 or not finite, instead of clamping it (B.10 item 19)', () => {
    const items: ProgressItem[] = [
      { id: 'minus', progress: -33 },
      { id: 'zero', progress: 0 },
      { id: 'full', progress: 100 },
      { id: 'over', progress: 100.0001 },
      { id: 'huge', progress: 999 },
      { id: 'nan', progress: Number.NaN },
      { id: 'inf', progress: Number.POSITIVE_INFINITY },
      { id: 'text', progress: '50' as never },
    ];
    const result = rollUpProgress(items);
    expect(result.progress).toBe(50);
    expect(result.counted).toEqual(['zero', 'full']);
    expect(result.rejected).toEqual(['minus', 'over', 'huge', 'nan', 'inf', 'text']);
    expect(result.issues.map((i) => [i.code, i.path])).toEqual([
      ['out_of_range', [0, 'progress']],
      ['out_of_range', [3, 'progress']],
      ['out_of_range', [4, 'progress']],
      ['out_of_range', [5, 'progress']],
      ['out_of_range', [6, 'progress']],
      ['out_of_range', [7, 'progress']],
    ]);
    expect(result.issues[0]!.message.en).toBe(
      'The progress of "minus" must be a number from 0 to 100, got -33; this item is not counted',
    );
  });

  it('lists missing progress and never counts it as 0', () => {
    const result = rollUpProgress([
      { id: 'a', progress: 80 },
      { id: 'b', progress: null },
      { id: 'c', progress: undefined },
    ]);
    expect(result.progress).toBe(80);
    expect(result.missing).toEqual(['b', 'c']);
    expect(result.counted).toEqual(['a']);
    expect(rollUpProgress([{ id: 'a', progress: null }])).toMatchObject({
      progress: null,
      missing: ['a'],
      issues: [],
    });
    expect(rollUpProgress([])).toMatchObject({ progress: null, counted: [], issues: [] });
  });

  it('requires weights for all items or none, and falls back to equal weights', () => {
    const result = rollUpProgress([
      { id: 'a', progress: 40, weight: 3 },
      { id: 'b', progress: 80 },
    ]);
    expect(result.progress).toBe(60);
    expect(result.issues.map((i) => i.code)).toEqual(['invalid_weights']);
    expect(result.issues[0]!.message.en).toBe(
      'Weights must be given for all items or for none; equal weights are used',
    );
  });

  it('rejects an item with a negative or non-finite weight, and duplicate ids', () => {
    const result = rollUpProgress([
      { id: 'a', progress: 40, weight: -1 },
      { id: 'b', progress: 80, weight: 1 },
      { id: 'c', progress: 20, weight: Number.NaN },
      { id: 'b', progress: 0, weight: 1 },
    ]);
    expect(result.progress).toBe(80);
    expect(result.rejected).toEqual(['a', 'c', 'b']);
    expect(result.issues.map((i) => [i.code, i.path])).toEqual([
      ['invalid_weights', [0, 'weight']],
      ['invalid_weights', [2, 'weight']],
      ['duplicate_id', [3, 'id']],
    ]);
  });

  it('is safe with prototype-like ids and garbage input', () => {
    const result = rollUpProgress([
      { id: '__proto__', progress: 50 },
      { id: 'constructor', progress: 70 },
    ]);
    expect(result.progress).toBe(60);
    expect(Object.keys(result.weights)).toEqual(['__proto__', 'constructor']);
    expect(Object.getPrototypeOf(result.weights)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).progress).toBeUndefined();
    expect(rollUpProgress('x' as never).issues[0]?.code).toBe('invalid_type');
    expect(rollUpProgress([null, { id: 3, progress: 10 }] as never).rejected).toEqual(['[0]', '3']);
  });

  it('always gives a progress within 0–100 (or null) and weights that sum to 1', () => {
    const item = fc.record({
      id: fc.constantFrom('a', 'b', 'c', 'd', 'e'),
      progress: fc.oneof(fc.double(), fc.double({ min: 0, max: 100, noNaN: true }), fc.constant(null)),
      weight: fc.oneof(fc.double(), fc.double({ min: 0, max: 10, noNaN: true }), fc.constant(null)),
    });
    fc.assert(
      fc.property(fc.array(item, { maxLength: 8 }), (items) => {
        const result = rollUpProgress(items);
        if (result.progress !== null) {
          expect(result.progress).toBeGreaterThanOrEqual(0);
          expect(result.progress).toBeLessThanOrEqual(100);
          const sum = Object.values(result.weights).reduce((s, w) => s + w, 0);
          expect(sum).toBeCloseTo(1, 12);
        }
        expect(result.counted.length + result.missing.length + result.rejected.length).toBe(items.length);
      }),
    );
  });
});

describe('innovationProgress and programmeProgress', () => {
  const waiting = { id: 'waktu-tunggu', ...kpi(30, 10, ['2024-06-30', 20]) };
  const users = { id: 'pengguna', ...kpi(0, 1000, ['2024-06-30', 900], ['2024-12-31', 1000]) };

  it('rolls an innovation up from its KPIs', () => {
    const result = innovationProgress({ kpis: [waiting, users] }, { asOf: '2024-06-30' });
    expect(result.progress).toBe(70);
    expect(result.kpis.map((k) => [k.id, k.progress])).toEqual([
      ['waktu-tunggu', 50],
      ['pengguna', 90],
    ]);
    expect(innovationProgress({ kpis: [waiting, users] }).progress).toBe(75);
    const weighted = innovationProgress(
      {
        kpis: [
          { ...waiting, weight: 3 },
          { ...users, weight: 1 },
        ],
      },
      { asOf: '2024-06-30' },
    );
    expect(weighted.progress).toBe(60);
  });

  it('lists KPIs without progress as missing and prefixes issue paths', () => {
    const noBaseline = { id: 'tanpa-baseline', ...kpi(null, 10, ['2024-06-30', 5]) };
    const broken = { id: 'rusak', ...kpi(0, 10, ['2024-06-31', 5]) };
    const result = innovationProgress({ kpis: [waiting, noBaseline, broken] });
    expect(result.progress).toBe(50);
    expect(result.missing).toEqual(['tanpa-baseline', 'rusak']);
    expect(result.issues.map((i) => i.path)).toEqual([['kpis', 2, 'measurements', 0, 'date']]);
    const mixed = innovationProgress({ kpis: [{ ...waiting, weight: 1 }, users] });
    expect(mixed.issues.map((i) => [i.code, i.path])).toEqual([['invalid_weights', ['kpis']]]);
    expect(innovationProgress({ kpis: null } as never).issues[0]?.path).toEqual(['kpis']);
  });

  it('rolls a programme up from its innovations, equal weights unless given', () => {
    const result = programmeProgress(
      [
        { id: 'komanda', kpis: [waiting] },
        { id: 'pionirs', kpis: [users] },
        { id: 'psc-119', kpis: [] },
      ],
      { asOf: '2024-06-30' },
    );
    expect(result.progress).toBe(70);
    expect(result.missing).toEqual(['psc-119']);
    expect(result.innovations.map((i) => [i.id, i.progress])).toEqual([
      ['komanda', 50],
      ['pionirs', 90],
      ['psc-119', null],
    ]);
    const weighted = programmeProgress(
      [
        { id: 'komanda', kpis: [waiting], weight: 1 },
        { id: 'pionirs', kpis: [users], weight: 3 },
      ],
      { asOf: '2024-06-30' },
    );
    expect(weighted.progress).toBe(80);
    const issues = programmeProgress([{ id: 'x', kpis: [{ id: 'k', ...kpi(0, 10, ['bad', 1]) }] }]).issues;
    expect(issues.map((i) => i.path)).toEqual([[0, 'kpis', 0, 'measurements', 0, 'date']]);
    expect(programmeProgress('x' as never).issues[0]?.code).toBe('invalid_type');
  });
});
