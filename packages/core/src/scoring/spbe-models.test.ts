import { describe, expect, it } from 'vitest';
import { findHierarchyNode, hierarchyLevelsFor } from './framework-core.js';
import { SPBE_ASSESSMENT_FIELDS, spbeLevelFieldMeta } from './spbe-fields.js';
import { getSpbeModel, SPBE_MODELS, spbeLevelNames } from './spbe-models.js';
import { SPBE_2020 } from './spbe2020.js';

const hundredths = (weights: readonly number[]): number =>
  weights.reduce((sum, w) => sum + Math.round(w * 100), 0);

describe('SPBE_MODELS["spbe-2020"] (PermenPANRB 59/2020)', () => {
  const model = SPBE_MODELS['spbe-2020'];

  it('is the same model as SPBE_2020: ids, weights, names, levels and bands', () => {
    expect(model.domains).toHaveLength(4);
    expect(model.aspects).toHaveLength(8);
    expect(model.indicators).toHaveLength(47);
    for (const indicator of model.indicators) {
      const node = findHierarchyNode(SPBE_2020, `spbe2020.i${indicator.id}`)!;
      expect(node.weight).toBe(indicator.weight);
      expect(node.shortLabel).toEqual(indicator.name);
      expect(node.code).toBe(`D${indicator.domainId} A${indicator.aspectId} ${indicator.code}`);
      expect(hierarchyLevelsFor(SPBE_2020, node.id)).toEqual(spbeLevelNames(model, indicator.id));
    }
    expect(model.domains.map((d) => d.weight)).toEqual(SPBE_2020.groups.map((g) => g.weight));
    expect(model.predicates.map((p) => [p.min, p.label])).toEqual(
      SPBE_2020.predicates!.map((p) => [p.min, p.label]),
    );
    expect(model.provisional).toBe(false);
    expect(model.predicatesProvisional).toBe(false);
    expect(model.levels).toMatchObject({ min: 1, max: 5 });
  });

  it('sums to 100 and to each parent weight', () => {
    expect(hundredths(model.domains.map((d) => d.weight))).toBe(10000);
    for (const domain of model.domains) {
      const aspects = model.aspects.filter((a) => a.domainId === domain.id);
      expect(hundredths(aspects.map((a) => a.weight))).toBe(Math.round(domain.weight * 100));
    }
    for (const aspect of model.aspects) {
      const rows = model.indicators.filter((i) => i.aspectId === aspect.id);
      expect(hundredths(rows.map((i) => i.weight))).toBe(Math.round(aspect.weight * 100));
    }
  });
});

describe('SPBE_MODELS["spbe-2018"] (PermenPANRB 5/2018)', () => {
  const model = SPBE_MODELS['spbe-2018'];
  const official = model.indicators.filter((i) => i.repeatOf === undefined);

  it('has 3 domains, 7 aspects, 35 indicators (7/10/2/2/3/7/4) plus the repeat rows 35-2 and 35-3', () => {
    expect(model.domains.map((d) => d.name.id)).toEqual([
      'Kebijakan Internal SPBE',
      'Tata Kelola SPBE',
      'Layanan SPBE',
    ]);
    expect(model.aspects.map((a) => a.name.id)).toEqual([
      'Kebijakan Internal Tata Kelola SPBE',
      'Kebijakan Internal Layanan SPBE',
      'Kelembagaan',
      'Strategi dan Perencanaan',
      'Teknologi Informasi dan Komunikasi',
      'Layanan Administrasi Pemerintahan Berbasis Elektronik',
      'Layanan Publik Berbasis Elektronik',
    ]);
    expect(official.map((i) => i.id)).toEqual(Array.from({ length: 35 }, (_, i) => String(i + 1)));
    expect(model.aspects.map((a) => official.filter((i) => i.aspectId === a.id).length)).toEqual([
      7, 10, 2, 2, 3, 7, 4,
    ]);
    expect(model.indicators.filter((i) => i.repeatOf === '35').map((i) => i.id)).toEqual(['35-2', '35-3']);
    expect(model.indicators.find((i) => i.id === '1')?.name.id).toBe(
      'Kebijakan Internal Tim Pengarah SPBE Instansi Pemerintah',
    );
    expect(model.indicators.find((i) => i.id === '8')?.name.id).toBe(
      'Kebijakan Internal Layanan Naskah Dinas',
    );
    for (const i of model.indicators) expect(i.name.en.length).toBeGreaterThan(0);
  });

  it('carries the provisional legacy weights (17/28/55; 7/10/8/8/12/35/20; 1, 4, 5) and marks every one provisional', () => {
    expect(model.domains.map((d) => d.weight)).toEqual([17, 28, 55]);
    expect(model.aspects.map((a) => a.weight)).toEqual([7, 10, 8, 8, 12, 35, 20]);
    expect(hundredths(model.domains.map((d) => d.weight))).toBe(10000);
    const weightOf = (id: string) => model.indicators.find((i) => i.id === id)!.weight;
    expect([
      weightOf('1'),
      weightOf('17'),
      weightOf('18'),
      weightOf('24'),
      weightOf('25'),
      weightOf('31'),
    ]).toEqual([1, 1, 4, 4, 5, 5]);
    expect(model.aspects[6]!.scoring).toBe('mean-of-rows');
    expect(model.aspects.slice(0, 6).every((a) => a.scoring === 'weighted')).toBe(true);
    expect(model.provisional).toBe(true);
    expect(model.predicatesProvisional).toBe(true);
    for (const part of [...model.domains, ...model.aspects, ...model.indicators, ...model.predicates])
      expect(part.provisional).toBe(true);
    for (const domain of model.domains) {
      const aspects = model.aspects.filter((a) => a.domainId === domain.id);
      expect(hundredths(aspects.map((a) => a.weight))).toBe(Math.round(domain.weight * 100));
    }
  });

  it('has levels 0–5, level 0 named for every indicator, and the 2020 bands (provisional) from 0', () => {
    expect(model.levels).toMatchObject({ min: 0, max: 5 });
    expect(spbeLevelNames(model, '1')[0]?.label.id).toBe('Tidak ada');
    expect(spbeLevelNames(model, '32').map((l) => l.value)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(model.predicates.map((p) => [p.id, p.min])).toEqual([
      ['kurang', 0],
      ['cukup', 1.8],
      ['baik', 2.6],
      ['sangat-baik', 3.5],
      ['memuaskan', 4.2],
    ]);
  });
});

describe('getSpbeModel', () => {
  it('returns the model for a known id and undefined for anything else', () => {
    expect(getSpbeModel('spbe-2018')).toBe(SPBE_MODELS['spbe-2018']);
    expect(getSpbeModel('spbe-2030')).toBeUndefined();
    expect(getSpbeModel({ toString: () => 'spbe-2020' })).toBeUndefined();
  });

  it('is frozen', () => {
    expect(Object.isFrozen(SPBE_MODELS['spbe-2018'].indicators[0])).toBe(true);
    expect(spbeLevelNames(SPBE_MODELS['spbe-2020'], 'nope')).toEqual([]);
  });
});

describe('SPBE assessment field metadata', () => {
  it('labels every assessment field in both languages and lists each model level with its name', () => {
    for (const meta of Object.values(SPBE_ASSESSMENT_FIELDS)) {
      expect(meta.label.id.length).toBeGreaterThan(0);
      expect(meta.label.en.length).toBeGreaterThan(0);
    }
    const service = spbeLevelFieldMeta(SPBE_MODELS['spbe-2020'], '42', 'verified');
    expect(service.kind).toBe('enum');
    expect(service.label.en).toBe('ID-42 Verified level');
    expect(service.options?.map((o) => o.label.id)).toEqual([
      '1 Informasi',
      '2 Interaksi',
      '3 Transaksi',
      '4 Kolaborasi',
      '5 Optimum',
    ]);
    const policy2018 = spbeLevelFieldMeta(SPBE_MODELS['spbe-2018'], '1', 'self');
    expect(policy2018.options?.map((o) => o.value)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(policy2018.options?.[0]?.label.en).toBe('0 None');
    expect(policy2018.options?.[3]?.label.en).toBe('3'); // no official name known for 2018 process levels
  });
});
