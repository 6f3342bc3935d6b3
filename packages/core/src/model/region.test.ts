import { describe, expect, it } from 'vitest';
import { formatIssue, isError } from '../issues/index.js';
import { minimalInput } from './fixtures.testutil.js';
import { parseWorkspace } from './parse.js';

// Issue 9, defect 4: region code, province and time zone are cross-checked against the province catalogue.
function municipalityIssues(municipality: Record<string, unknown>) {
  const r = parseWorkspace({
    ...minimalInput(),
    municipality: { ...minimalInput().municipality, ...municipality },
  });
  return r.success ? (r.warnings ?? []) : r.issues;
}

describe('region code ↔ province ↔ time zone', () => {
  it('refuses `init --code 99.99 --province Narnia`: the code names no province', () => {
    const issues = municipalityIssues({ regionCode: '99.99', province: 'Narnia', kind: 'kota' });
    expect(issues.map((i) => [i.code, i.path, isError(i)])).toEqual([
      ['unknown_region', ['municipality', 'regionCode'], true],
    ]);
    expect(formatIssue(issues[0]!, 'en')).toContain('province code "99" is unknown');
    expect(issues[0]!.message.id).toContain('kode provinsi "99" tidak dikenal');
  });

  it('refuses Kota Kediri (35.71) in Asia/Jayapura: an error, the offset differs', () => {
    const issues = municipalityIssues({
      regionCode: '35.71',
      province: 'Jawa Timur',
      timeZone: 'Asia/Jayapura',
    });
    expect(issues.map((i) => [i.code, i.path, isError(i)])).toEqual([
      ['time_zone_mismatch', ['municipality', 'timeZone'], true],
    ]);
    expect(issues[0]!.message.en).toBe(
      'Time zone "Asia/Jayapura" does not match region code 35.71 (Jawa Timur); use "Asia/Jakarta".',
    );
  });

  it('refuses a province that is not the code’s, naming both', () => {
    const issues = municipalityIssues({ regionCode: '35.71', province: 'Narnia', timeZone: 'Asia/Jakarta' });
    expect(issues.map((i) => [i.code, i.path])).toEqual([['region_mismatch', ['municipality', 'province']]]);
    expect(issues[0]!.message.en).toBe(
      'Province "Narnia" does not match region code 35.71, which is in Jawa Timur.',
    );
    const other = municipalityIssues({
      regionCode: '35.71',
      province: 'Jawa Barat',
      timeZone: 'Asia/Jakarta',
    });
    expect(other[0]!.message.en).toContain('(that is Jawa Barat)');
  });

  it('accepts the usual ways of writing a province', () => {
    for (const province of ['Kalimantan Barat', 'Provinsi Kalimantan Barat', 'KALBAR', 'kalimantan  barat']) {
      expect(municipalityIssues({ province }), province).toEqual([]);
    }
    expect(
      municipalityIssues({
        name: 'Yogyakarta',
        regionCode: '34.71',
        province: 'DIY',
        timeZone: 'Asia/Jakarta',
      }),
    ).toEqual([]);
  });

  it('warns (parse still succeeds) when the zone has the province’s offset but is another IANA zone', () => {
    const r = parseWorkspace({
      ...minimalInput(),
      municipality: { ...minimalInput().municipality, timeZone: 'Asia/Jakarta' },
    });
    expect(r.success).toBe(true);
    const warnings = r.success ? (r.warnings ?? []) : [];
    expect(warnings.map((i) => [i.code, i.severity])).toEqual([['time_zone_mismatch', 'warning']]);
    expect(warnings[0]!.message.en).toContain('use "Asia/Pontianak"');
  });

  it('reports warnings beside errors when the parse fails', () => {
    const r = parseWorkspace({
      ...minimalInput(),
      municipality: { ...minimalInput().municipality, timeZone: 'Asia/Jakarta', province: 'Bali' },
    });
    expect(r.success).toBe(false);
    expect(!r.success && r.issues.map((i) => [i.code, isError(i)])).toEqual([
      ['region_mismatch', true],
      ['time_zone_mismatch', false],
    ]);
  });
});
