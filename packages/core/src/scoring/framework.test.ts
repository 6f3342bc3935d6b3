import { describe, expect, it } from 'vitest';
import type { HierarchyFramework } from './framework.js';
import {
  findHierarchyNode,
  HierarchyFrameworkSchema,
  hierarchyLevelsFor,
  predicateFor,
  validateFramework,
} from './framework.js';
import { SMART_CITY_INDEX } from './smart-city-index.js';
import { SPBE_2020 } from './spbe2020.js';

const label = (text: string) => ({ id: text, en: text });

function demo(overrides: Partial<HierarchyFramework> = {}): HierarchyFramework {
  return {
    id: 'demo',
    label: label('Demo'),
    scale: { min: 1, max: 5, levels: [{ value: 1, label: label('Low') }] },
    groups: [
      {
        id: 'g1',
        label: label('G1'),
        weight: 60,
        children: [
          { id: 'i1', label: label('I1'), weight: 1 },
          { id: 'i2', label: label('I2'), weight: 2 },
        ],
      },
      { id: 'g2', label: label('G2'), weight: 40, levels: [{ value: 2, label: label('Two') }] },
    ],
    predicates: [
      { min: 1, label: label('Low') },
      { min: 3, label: label('High') },
    ],
    source: 'Illustrative',
    ...overrides,
  };
}

describe('validateFramework', () => {
  it('accepts the built-in frameworks and a small valid one', () => {
    expect(validateFramework(SPBE_2020)).toEqual([]);
    expect(validateFramework(SMART_CITY_INDEX)).toEqual([]);
    expect(validateFramework(demo())).toEqual([]);
  });

  it('reports duplicate ids with their path', () => {
    const fw = demo();
    fw.groups[1]!.id = 'i2';
    const issues = validateFramework(fw);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ code: 'duplicate_id', path: ['groups', 1, 'id'] });
    expect(issues[0]!.message.en).toContain('"i2"');
  });

  it('reports weights that are not above 0, and sibling groups whose weights are all 0', () => {
    const fw = demo();
    fw.groups[0]!.children![0]!.weight = 0;
    fw.groups[0]!.children![1]!.weight = 0;
    fw.groups[1]!.weight = -5;
    const issues = validateFramework(fw);
    expect(issues.map((i) => [i.code, i.path])).toEqual([
      ['invalid_weights', ['groups', 0, 'children', 0, 'weight']],
      ['invalid_weights', ['groups', 0, 'children', 1, 'weight']],
      ['invalid_weights', ['groups', 0, 'children']],
      ['invalid_weights', ['groups', 1, 'weight']],
    ]);
    expect(issues[2]!.message.id).toContain('Semua bobot di bawah "g1"');
  });

  it('reports a reversed scale, levels outside it and predicate bands out of order', () => {
    expect(validateFramework(demo({ scale: { min: 5, max: 1 } }))[0]?.code).toBe('invalid_value');
    const outside = demo({ scale: { min: 1, max: 5, levels: [{ value: 9, label: label('Nine') }] } });
    expect(validateFramework(outside).map((i) => i.code)).toEqual(['out_of_range']);
    const unsorted = demo({
      predicates: [
        { min: 3, label: label('High') },
        { min: 1, label: label('Low') },
      ],
    });
    expect(validateFramework(unsorted).map((i) => i.path)).toEqual([['predicates', 1, 'min']]);
  });

  it('reports shape errors as issues instead of throwing', () => {
    expect(validateFramework(null).length).toBeGreaterThan(0);
    const issues = validateFramework({ ...demo(), groups: [{ id: 'x', weight: '3' }] });
    expect(issues.map((i) => i.path)).toContainEqual(['groups', 0, 'weight']);
    expect(issues.map((i) => i.path)).toContainEqual(['groups', 0, 'label']);
    expect(issues.every((i) => i.message.id.length > 0 && i.message.en.length > 0)).toBe(true);
    expect(validateFramework({ ...demo(), extra: 1 })[0]?.code).toBe('unrecognized_keys');
  });
});

describe('HierarchyFrameworkSchema', () => {
  it('loads a framework from JSON, with the same checks', () => {
    const parsed = HierarchyFrameworkSchema.parse(JSON.parse(JSON.stringify(SPBE_2020)));
    expect(parsed).toEqual(SPBE_2020);
    const fw = demo();
    fw.groups[1]!.id = 'g1';
    const result = HierarchyFrameworkSchema.safeParse(JSON.parse(JSON.stringify(fw)));
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['groups', 1, 'id']);
  });
});

describe('framework lookups', () => {
  it('finds nodes at any depth', () => {
    expect(findHierarchyNode(SPBE_2020, 'spbe2020.i11')?.code).toBe('D2 A2 ID-11');
    expect(findHierarchyNode(SPBE_2020, 'spbe2020.a8')?.weight).toBe(18);
    expect(findHierarchyNode(SPBE_2020, 'nope')).toBeUndefined();
  });

  it('gives the levels of the nearest ancestor, else the scale', () => {
    expect(hierarchyLevelsFor(SPBE_2020, 'spbe2020.i42').map((l) => l.label.id)).toEqual([
      'Informasi',
      'Interaksi',
      'Transaksi',
      'Kolaborasi',
      'Optimum',
    ]);
    expect(hierarchyLevelsFor(SPBE_2020, 'spbe2020.i1')[3]?.label.id).toBe('Terpadu dan Terukur');
    expect(hierarchyLevelsFor(demo(), 'i1').map((l) => l.value)).toEqual([1]);
    expect(hierarchyLevelsFor(demo(), 'g2').map((l) => l.value)).toEqual([2]);
    expect(hierarchyLevelsFor(demo(), 'nope')).toEqual([]);
  });
});

describe('predicateFor', () => {
  it('takes the band with the greatest lower bound not above the value', () => {
    expect(predicateFor(SPBE_2020, 4.2)?.label.id).toBe('Memuaskan');
    expect(predicateFor(SPBE_2020, 4.19)?.label.id).toBe('Sangat Baik');
    expect(predicateFor(SPBE_2020, 3.5)?.label.id).toBe('Sangat Baik');
    expect(predicateFor(SPBE_2020, 3.49)?.label.id).toBe('Baik');
    expect(predicateFor(SPBE_2020, 2.6)?.label.en).toBe('Good');
    expect(predicateFor(SPBE_2020, 2.59)?.label.id).toBe('Cukup');
    expect(predicateFor(SPBE_2020, 1.8)?.label.id).toBe('Cukup');
    expect(predicateFor(SPBE_2020, 1.79)?.label.id).toBe('Kurang');
    expect(predicateFor(SPBE_2020, 5)?.label.id).toBe('Memuaskan');
  });

  it('accepts a list of bands in any order and returns null when nothing applies', () => {
    const bands = [
      { min: 3, label: label('High') },
      { min: 1, label: label('Low') },
    ];
    expect(predicateFor(bands, 2)?.label.en).toBe('Low');
    expect(predicateFor(bands, 0.5)).toBeNull();
    expect(predicateFor(SPBE_2020, null)).toBeNull();
    expect(predicateFor(SPBE_2020, Number.NaN)).toBeNull();
    expect(predicateFor(SMART_CITY_INDEX, 3.5)).toBeNull();
    expect(predicateFor(undefined, 3.5)).toBeNull();
  });
});
