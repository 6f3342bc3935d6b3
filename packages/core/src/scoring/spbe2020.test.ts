import { describe, expect, it } from 'vitest';
import type { HierarchyNode } from './framework.js';
import { validateFramework } from './framework.js';
import { findScoredNode } from './hierarchy.js';
import { SPBE_2020, scoreSpbe2020 } from './spbe2020.js';

const all = (value: number): Record<string, number> =>
  Object.fromEntries(Array.from({ length: 47 }, (_, i) => [String(i + 1), value]));

const hundredths = (nodes: readonly HierarchyNode[]): number =>
  nodes.reduce((sum, n) => sum + Math.round(n.weight * 100), 0);

const leaves = (nodes: readonly HierarchyNode[]): HierarchyNode[] =>
  nodes.flatMap((n) => (n.children ? leaves(n.children) : [n]));

describe('SPBE_2020 framework (PermenPANRB 59/2020)', () => {
  it('has 4 domains, 8 aspects and 47 indicators with the official ids and codes', () => {
    expect(validateFramework(SPBE_2020)).toEqual([]);
    expect(SPBE_2020.groups.map((d) => [d.id, d.code])).toEqual([
      ['spbe2020.d1', 'D1'],
      ['spbe2020.d2', 'D2'],
      ['spbe2020.d3', 'D3'],
      ['spbe2020.d4', 'D4'],
    ]);
    const aspects = SPBE_2020.groups.flatMap((d) => d.children ?? []);
    expect(aspects.map((a) => a.id)).toEqual(Array.from({ length: 8 }, (_, i) => `spbe2020.a${i + 1}`));
    expect(aspects.map((a) => a.children?.length)).toEqual([10, 4, 4, 2, 8, 3, 10, 6]);
    const indicators = leaves(SPBE_2020.groups);
    expect(indicators).toHaveLength(47);
    expect(indicators.map((i) => i.id)).toEqual(Array.from({ length: 47 }, (_, i) => `spbe2020.i${i + 1}`));
    expect(indicators[0]!.code).toBe('D1 A1 ID-1');
    expect(indicators[10]!.code).toBe('D2 A2 ID-11');
    expect(indicators[28]!.code).toBe('D3 A6 ID-29'); // not "D3 A5" as the 2024 guide misprints
    expect(indicators[46]!.code).toBe('D4 A8 ID-47');
  });

  it('uses the official weights (Tabel 7–9), summing to 100 and to the parent weight at each level', () => {
    expect(SPBE_2020.groups.map((d) => d.weight)).toEqual([13, 25, 16.5, 45.5]);
    expect(hundredths(SPBE_2020.groups)).toBe(10000);
    const aspects = SPBE_2020.groups.flatMap((d) => d.children ?? []);
    expect(aspects.map((a) => a.weight)).toEqual([13, 10, 10, 5, 12, 4.5, 27.5, 18]);
    for (const domain of SPBE_2020.groups)
      expect(hundredths(domain.children!)).toBe(Math.round(domain.weight * 100));
    for (const aspect of aspects) expect(hundredths(aspect.children!)).toBe(Math.round(aspect.weight * 100));
    expect(hundredths(leaves(SPBE_2020.groups))).toBe(10000);
    expect(aspects.map((a) => a.children![0]!.weight)).toEqual([1.3, 2.5, 2.5, 2.5, 1.5, 1.5, 2.75, 3]);
  });

  it('carries the official names, English translations and level names per domain type', () => {
    const indicators = leaves(SPBE_2020.groups);
    expect(indicators[0]!.label.id).toBe(
      'Tingkat Kematangan Kebijakan Internal Arsitektur SPBE Instansi Pusat/Pemerintah Daerah',
    );
    expect(indicators[0]!.shortLabel?.en).toBe(
      'Internal policy on the SPBE architecture (central agency/regional government)',
    );
    expect(indicators[43]!.shortLabel?.id).toBe('Jaringan Dokumentasi dan Informasi Hukum (JDIH)');
    for (const i of indicators) {
      expect(i.label.id.startsWith('Tingkat Kematangan ')).toBe(true);
      expect(i.label.en.length).toBeGreaterThan(0);
      expect(i.label.id).not.toContain('*');
      expect(i.label.en).not.toContain('*');
    }
    const levelNames = SPBE_2020.groups.map((d) => d.levels?.map((l) => l.label.id));
    expect(levelNames[0]).toEqual(['Rintisan', 'Terkelola', 'Terdefinisi', 'Terpadu dan Terukur', 'Optimum']);
    expect(levelNames[1]).toEqual(levelNames[0]);
    expect(levelNames[2]).toEqual(levelNames[0]);
    expect(levelNames[3]).toEqual(['Informasi', 'Interaksi', 'Transaksi', 'Kolaborasi', 'Optimum']);
    expect(SPBE_2020.predicates?.map((p) => [p.min, p.label.id, p.label.en])).toEqual([
      [1, 'Kurang', 'Poor'],
      [1.8, 'Cukup', 'Fair'],
      [2.6, 'Baik', 'Good'],
      [3.5, 'Sangat Baik', 'Very good'],
      [4.2, 'Memuaskan', 'Excellent'],
    ]);
  });

  it('is frozen, so no consumer can change the weights for everyone', () => {
    expect(Object.isFrozen(SPBE_2020)).toBe(true);
    expect(Object.isFrozen(SPBE_2020.groups[0]!.children![0])).toBe(true);
    expect(() => {
      (SPBE_2020.groups[0] as { weight: number }).weight = 99;
    }).toThrow(TypeError);
  });
});

describe('scoreSpbe2020: the worked examples of PermenPANRB 59/2020 Bab II.B.4', () => {
  it('aspect 2 with indicators 11–14 = 3, 4, 3, 2 gives 3,00 (Σ 30 / 10)', () => {
    const score = scoreSpbe2020({ indicators: { '11': 3, '12': 4, '13': 3, '14': 2 } });
    const a2 = findScoredNode(score, 'spbe2020.a2')!;
    expect(a2).toMatchObject({ index: 3, rounded: 3, source: 'computed', coverage: 1 });
    expect(a2.children.map((c) => c.contribution)).toEqual([0.75, 1, 0.75, 0.5]);
    expect(score.issues).toEqual([]);
  });

  it('domain 2 with aspects 3,00, 4,00, 3,00 gives 3,40 (85 / 25)', () => {
    const score = scoreSpbe2020({
      indicators: {
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
      },
    });
    const d2 = findScoredNode(score, 'spbe2020.d2')!;
    expect(d2.children.map((a) => a.rounded)).toEqual([3, 4, 3]);
    expect(d2).toMatchObject({ index: 3.4, rounded: 3.4, source: 'computed', coverage: 1 });
    expect(d2.children.map((a) => a.contribution)).toEqual([1.2, 1.6, 0.6]); // 30/25, 40/25, 15/25
    expect(score.coverage).toBe(0.25);
    expect(score.complete).toBe(false);
    expect(score.missing).toHaveLength(37);
  });

  it('the SPBE index from domain indices 3,70, 3,40, 3,00, 3,20 is 3,28 (328,20 / 100)', () => {
    const score = scoreSpbe2020({ indicators: {}, domains: { '1': 3.7, '2': 3.4, '3': 3, '4': 3.2 } });
    expect(score.total).toBe(3.282);
    expect(score.totalRounded).toBe(3.28);
    expect(score.predicate?.label).toEqual({ id: 'Baik', en: 'Good' });
    expect(score.groups.map((d) => [d.source, d.contribution])).toEqual([
      ['given', 0.481],
      ['given', 0.85],
      ['given', 0.495],
      ['given', 1.456],
    ]);
    expect(score.complete).toBe(true);
    expect(score.missing).toEqual([]);
    expect(score.model).toBe('spbe-2020');
    expect(
      scoreSpbe2020(
        { indicators: {}, domains: { '1': 3.7, '2': 3.4, '3': 3, '4': 3.2 } },
        { requireComplete: true },
      ).total,
    ).toBe(3.282);
  });
});

describe('scoreSpbe2020', () => {
  it('all 5 gives 5,00 Memuaskan and all 1 gives 1,00 Kurang', () => {
    const top = scoreSpbe2020({ indicators: all(5) });
    expect(top.totalRounded).toBe(5);
    expect(top.predicate?.label.id).toBe('Memuaskan');
    expect(top.complete).toBe(true);
    expect(top.coverage).toBe(1);
    expect(top.groups.map((d) => d.rounded)).toEqual([5, 5, 5, 5]);
    const bottom = scoreSpbe2020({ indicators: all(1) });
    expect(bottom.totalRounded).toBe(1);
    expect(bottom.predicate?.label.id).toBe('Kurang');
  });

  it('takes the predicate from the rounded index, at the band edges', () => {
    const domains = (v: number) => ({ '1': v, '2': v, '3': v, '4': v });
    expect(scoreSpbe2020({ indicators: {}, domains: domains(4.2) }).predicate?.label.id).toBe('Memuaskan');
    expect(scoreSpbe2020({ indicators: {}, domains: domains(4.19) }).predicate?.label.id).toBe('Sangat Baik');
    const edge = scoreSpbe2020({ indicators: {}, domains: domains(4.195) });
    expect(edge.total).toBe(4.195);
    expect(edge.totalRounded).toBe(4.2); // published as 4,20, so …
    expect(edge.predicate?.label.id).toBe('Memuaskan'); // … it reads Memuaskan
    expect(scoreSpbe2020({ indicators: {}, domains: domains(4.1949) }).predicate?.label.id).toBe(
      'Sangat Baik',
    );
  });

  it('computes exactly: a total of exactly 2,445 is published as 2,45', () => {
    const levels = [
      1, 3, 3, 5, 2, 3, 4, 1, 2, 1, 2, 3, 1, 4, 3, 4, 1, 4, 1, 1, 1, 1, 2, 1, 2, 5, 1, 5, 3, 4, 2, 1, 4, 3, 1,
      1, 2, 3, 3, 1, 3, 4, 2, 4, 5, 1, 1,
    ];
    const indicators = Object.fromEntries(levels.map((v, i) => [String(i + 1), v]));
    const score = scoreSpbe2020({ indicators });
    // Σ level × weight in hundredths = 24450, so the index is 2,445 exactly …
    const exactHundredths = leaves(SPBE_2020.groups).reduce(
      (s, n, i) => s + levels[i]! * Math.round(n.weight * 100),
      0,
    );
    expect(exactHundredths).toBe(24450);
    expect(score.total).toBe(2.445);
    expect(score.totalRounded).toBe(2.45);
    // … while the usual floating-point route through aspects and domains publishes 2,44.
    const naive = score.groups.reduce((s, d) => s + d.index! * d.weight, 0) / 100;
    expect(Math.round(naive * 100) / 100).toBe(2.44);
  });

  it('reports unknown numbers, bad values and bad shapes as issues pointing into the input', () => {
    const score = scoreSpbe2020({
      indicators: { '0': 3, '48': 3, '01': 3, abc: 3, '5': 6, '6': 2.5, '7': 3 },
      domains: { '5': 3, '2': 9 },
    });
    expect(score.issues.map((i) => [i.code, i.path])).toEqual([
      ['unknown_indicator', ['indicators', '0']],
      ['unknown_indicator', ['indicators', '48']],
      ['unknown_indicator', ['indicators', '01']],
      ['unknown_indicator', ['indicators', 'abc']],
      ['unknown_indicator', ['domains', '5']],
      ['out_of_range', ['indicators', '5']],
      ['invalid_value', ['indicators', '6']],
      ['out_of_range', ['domains', '2']],
    ]);
    expect(score.issues[1]!.message).toEqual({
      id: 'Indikator "48" tidak dikenal: SPBE 2020 memakai nomor indikator "1" sampai "47"; nilainya diabaikan',
      en: 'Unknown indicator "48": SPBE 2020 numbers its indicators "1" to "47"; the value is ignored',
    });
    expect(score.issues[5]!.message.en).toBe(
      'Value 6 for "spbe2020.i5" (D1 A1 ID-5) is outside the scale 1–5; it is not counted',
    );
    expect(score.total).toBe(3);
    expect(score.missing).toContain('spbe2020.i5');

    expect(scoreSpbe2020(null as never).issues[0]?.code).toBe('invalid_type');
    expect(scoreSpbe2020({ indicators: [3, 4] as never }).issues[0]?.path).toEqual(['indicators']);
  });

  it('names the level of each indicator value', () => {
    const score = scoreSpbe2020({ indicators: { '1': 3, '42': 3 } });
    expect(findScoredNode(score, 'spbe2020.i1')?.level?.label.id).toBe('Terdefinisi');
    expect(findScoredNode(score, 'spbe2020.i42')?.level?.label.id).toBe('Transaksi');
  });
});
