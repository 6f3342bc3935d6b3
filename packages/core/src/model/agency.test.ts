import { describe, expect, it } from 'vitest';
import { LANGS } from '../i18n/index.js';
import {
  AGENCY_KIND_LABELS,
  AGENCY_KINDS,
  AgencySchema,
  COMMON_AGENCIES,
  findCommonAgency,
} from './agency.js';
import { ID_PATTERN } from './primitives.js';

describe('AgencySchema', () => {
  it('parses an agency; kind is optional', () => {
    const a = { id: 'dinkes', name: 'Dinas Kesehatan', abbreviation: 'Dinkes' };
    expect(AgencySchema.parse(a)).toEqual(a);
    expect(AgencySchema.safeParse({ ...a, kind: 'kementerian' }).success).toBe(false);
    expect(AgencySchema.safeParse({ ...a, abbreviation: '' }).success).toBe(false);
  });
  it('labels every kind in both languages', () => {
    expect(Object.keys(AGENCY_KIND_LABELS).sort()).toEqual([...AGENCY_KINDS].sort());
    for (const k of AGENCY_KINDS) for (const l of LANGS) expect(AGENCY_KIND_LABELS[k][l]).not.toBe('');
  });
});

describe('COMMON_AGENCIES', () => {
  it('has the agencies named in the brief, with valid unique ids and bilingual names', () => {
    const abbreviations = COMMON_AGENCIES.map((a) => a.abbreviation);
    for (const name of [
      'Diskominfo',
      'Bappeda',
      'Disdukcapil',
      'Dinkes',
      'DPMPTSP',
      'DLH',
      'Dishub',
      'Disdik',
      'Dinsos',
      'Setda',
      'Inspektorat',
      'BPBD',
    ]) {
      expect(abbreviations).toContain(name);
    }
    const ids = COMMON_AGENCIES.map((a) => a.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const a of COMMON_AGENCIES) {
      expect(ID_PATTERN.test(a.id), a.id).toBe(true);
      expect(AGENCY_KINDS).toContain(a.kind);
      expect(a.name.id).not.toBe('');
      expect(a.name.en).not.toBe('');
      // a row is a valid Agency once its id and names are used
      expect(
        AgencySchema.safeParse({ id: a.id, name: a.name.id, abbreviation: a.abbreviation, kind: a.kind })
          .success,
      ).toBe(true);
    }
  });
  it('finds agencies by abbreviation or alias regardless of case and punctuation', () => {
    expect(findCommonAgency('diskominfo')?.id).toBe('diskominfo');
    expect(findCommonAgency('DPM-PTSP')?.id).toBe('dpmptsp');
    expect(findCommonAgency('Bapelitbang')?.abbreviation).toBe('Bappeda');
    expect(findCommonAgency('B P B D')?.id).toBe('bpbd');
    expect(findCommonAgency('Kemenkeu')).toBeUndefined();
  });
});
