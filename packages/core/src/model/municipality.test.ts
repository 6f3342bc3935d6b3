import { describe, expect, it } from 'vitest';
import { LANGS } from '../i18n/index.js';
import {
  INDONESIAN_TIME_ZONE_LABELS,
  INDONESIAN_TIME_ZONES,
  MUNICIPALITY_KIND_LABELS,
  MUNICIPALITY_KINDS,
  MunicipalitySchema,
  REGULATION_KIND_LABELS,
  REGULATION_KINDS,
  REGULATION_TOPIC_LABELS,
  REGULATION_TOPICS,
  RegulationSchema,
  regionCodeKind,
  suggestIndonesianTimeZones,
} from './municipality.js';

const base = {
  name: 'Pontianak',
  kind: 'kota',
  regionCode: '61.71',
  province: 'Kalimantan Barat',
  timeZone: 'Asia/Pontianak',
};

describe('labels', () => {
  it('every enum value has a non-empty label in both languages', () => {
    const tables: [readonly string[], Record<string, { id: string; en: string }>][] = [
      [MUNICIPALITY_KINDS, MUNICIPALITY_KIND_LABELS],
      [INDONESIAN_TIME_ZONES, INDONESIAN_TIME_ZONE_LABELS],
      [REGULATION_KINDS, REGULATION_KIND_LABELS],
      [REGULATION_TOPICS, REGULATION_TOPIC_LABELS],
    ];
    for (const [values, labels] of tables) {
      expect(Object.keys(labels).sort()).toEqual([...values].sort());
      for (const v of values) for (const lang of LANGS) expect(labels[v]![lang].length).toBeGreaterThan(0);
    }
    expect(REGULATION_KIND_LABELS.perbup.id).toContain('Perbup');
  });
});

describe('MunicipalitySchema', () => {
  it('parses a municipality and defaults regulations to []', () => {
    const m = MunicipalitySchema.parse(base);
    expect(m.regulations).toEqual([]);
  });
  it('accepts kota with KK 71–99 and kabupaten with KK 01–69', () => {
    expect(MunicipalitySchema.safeParse({ ...base, regionCode: '61.99' }).success).toBe(true);
    expect(MunicipalitySchema.safeParse({ ...base, kind: 'kabupaten', regionCode: '35.01' }).success).toBe(
      true,
    );
    expect(MunicipalitySchema.safeParse({ ...base, kind: 'kabupaten', regionCode: '35.69' }).success).toBe(
      true,
    );
  });
  it('reports a KK range that contradicts the kind at municipality.regionCode', () => {
    for (const [kind, regionCode] of [
      ['kota', '61.05'],
      ['kabupaten', '61.71'],
      ['kota', '61.70'],
      ['kabupaten', '61.00'],
    ]) {
      const r = MunicipalitySchema.safeParse({ ...base, kind, regionCode });
      expect(r.success, `${kind} ${regionCode}`).toBe(false);
      expect(r.error?.issues[0]?.path).toEqual(['regionCode']);
      expect(r.error?.issues[0]?.code).toBe('custom');
    }
  });
  it('rejects province codes whose first digit is no island group, and other formats', () => {
    for (const regionCode of ['01.71', '41.71', '6171', '61.7', '61-71', '61.71.01']) {
      expect(MunicipalitySchema.safeParse({ ...base, regionCode }).success, regionCode).toBe(false);
    }
  });
  it('keeps the BPS code separate and only checks its shape', () => {
    expect(MunicipalitySchema.safeParse({ ...base, bpsCode: '6171' }).success).toBe(true);
    expect(MunicipalitySchema.safeParse({ ...base, bpsCode: '9999' }).success).toBe(true);
    expect(MunicipalitySchema.safeParse({ ...base, bpsCode: '61.71' }).success).toBe(false);
  });
  it('accepts only the four IANA zones', () => {
    for (const tz of INDONESIAN_TIME_ZONES)
      expect(MunicipalitySchema.safeParse({ ...base, timeZone: tz }).success).toBe(true);
    for (const tz of ['WIB', 'UTC+7', 'Asia/Ujung_Pandang', 'asia/jakarta', 'Asia/Bangkok']) {
      expect(MunicipalitySchema.safeParse({ ...base, timeZone: tz }).success, tz).toBe(false);
    }
  });
  it('requires a cohort year from the programme start (2017)', () => {
    expect(MunicipalitySchema.safeParse({ ...base, cohortYear: 2017 }).success).toBe(true);
    expect(MunicipalitySchema.safeParse({ ...base, cohortYear: 2016 }).success).toBe(false);
  });
});

describe('regionCodeKind', () => {
  it('derives the kind from the KK part', () => {
    expect(regionCodeKind('61.71')).toBe('kota');
    expect(regionCodeKind('33.26')).toBe('kabupaten');
    expect(regionCodeKind('33.70')).toBeUndefined();
    expect(regionCodeKind('33.00')).toBeUndefined();
    expect(regionCodeKind('3326')).toBeUndefined();
  });
});

describe('suggestIndonesianTimeZones', () => {
  it.each([
    ['WIB', ['Asia/Jakarta', 'Asia/Pontianak']],
    ['wita', ['Asia/Makassar']],
    ['WIT', ['Asia/Jayapura']],
    ['UTC+7', ['Asia/Jakarta', 'Asia/Pontianak']],
    ['GMT+7', ['Asia/Jakarta', 'Asia/Pontianak']],
    ['UTC+07:00', ['Asia/Jakarta', 'Asia/Pontianak']],
    ['+08:00', ['Asia/Makassar']],
    ['GMT+9', ['Asia/Jayapura']],
    ['Etc/GMT-7', ['Asia/Jakarta', 'Asia/Pontianak']],
    ['Asia/Ujung_Pandang', ['Asia/Makassar']],
    ['asia/jakarta', ['Asia/Jakarta']],
    [' Asia/Jayapura ', ['Asia/Jayapura']],
  ])('%s → %j', (name, expected) => {
    expect(suggestIndonesianTimeZones(name)).toEqual(expected);
  });
  it('suggests nothing for unrelated names, other offsets and non-strings', () => {
    expect(suggestIndonesianTimeZones('Europe/Paris')).toEqual([]);
    expect(suggestIndonesianTimeZones('UTC-7')).toEqual([]);
    expect(suggestIndonesianTimeZones('Etc/GMT+7')).toEqual([]);
    expect(suggestIndonesianTimeZones(7)).toEqual([]);
  });
});

describe('RegulationSchema', () => {
  it('parses a regulation and rejects unknown kinds', () => {
    const r = {
      id: 'perbup-13-2020',
      kind: 'perbup',
      number: '13',
      year: 2020,
      title: 'Masterplan Smart City',
    };
    expect(RegulationSchema.parse(r)).toEqual(r);
    expect(RegulationSchema.safeParse({ ...r, kind: 'pergub' }).success).toBe(false);
    expect(RegulationSchema.safeParse({ ...r, url: 'file:///etc/passwd' }).success).toBe(false);
  });
});
