import { describe, expect, it } from 'vitest';
import { INDONESIAN_TIME_ZONES } from '../model/index.js';
import { PROVINCES, provinceOfRegionCode } from './index.js';

describe('provinces', () => {
  it('lists the 38 provinces with unique codes whose first digit is an island group', () => {
    expect(PROVINCES).toHaveLength(38);
    expect(new Set(PROVINCES.map((p) => p.code)).size).toBe(38);
    for (const p of PROVINCES) {
      expect(p.code).toMatch(/^[1235-9]\d$/);
      expect(INDONESIAN_TIME_ZONES).toContain(p.timeZone);
    }
  });

  it('finds the province and zone of a region code', () => {
    expect(provinceOfRegionCode('61.71')).toEqual({
      code: '61',
      name: 'Kalimantan Barat',
      timeZone: 'Asia/Pontianak',
    });
    expect(provinceOfRegionCode('33.75')?.name).toBe('Jawa Tengah');
    expect(provinceOfRegionCode('73.71')?.timeZone).toBe('Asia/Makassar');
    expect(provinceOfRegionCode('91.71.01.1001')?.timeZone).toBe('Asia/Jayapura');
    expect(provinceOfRegionCode('13')?.name).toBe('Sumatera Barat');
  });

  it('returns undefined for codes that name no province', () => {
    expect(provinceOfRegionCode('40.01')).toBeUndefined();
    expect(provinceOfRegionCode('6171')).toBeUndefined();
    expect(provinceOfRegionCode('')).toBeUndefined();
    expect(provinceOfRegionCode(42 as unknown as string)).toBeUndefined();
  });
});
