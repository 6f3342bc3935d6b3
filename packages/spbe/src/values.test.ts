import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  cellText,
  excelSerialToDate,
  findUsDates,
  isMissing,
  normalizeLabel,
  parseBoolean,
  parseDateCell,
  parseIndicatorRef,
  parseLevel,
  parseNumberCell,
  parseYear,
} from './values.js';

describe('parseIndicatorRef', () => {
  it.each([
    [1, '1'],
    ['1', '1'],
    ['ID-1', '1'],
    ['D1 A1 ID-1', '1'],
    ['D4 A8 ID-47', '47'],
    ['Indikator 1', '1'],
    ['Indikator ke-12', '12'],
    ['No. 12', '12'],
    ['12.', '12'],
    ['35-2', '35-2'],
    ['35-3', '35-3'],
    ['35-1', '35'],
    ['12. Layanan Perencanaan', '12'],
  ])('%j → %s', (input, key) => {
    expect(parseIndicatorRef(input)?.key).toBe(key);
  });
  it.each([['-'], [''], ['Domain 1'], [1.5], ['abc'], [0], [100]])('%j is no indicator', (input) => {
    expect(parseIndicatorRef(input as string)).toBeUndefined();
  });
});

describe('parseLevel', () => {
  it.each([
    [3, 3],
    ['3', 3],
    ['3,0', 3],
    ['Level 3', 3],
    ['Tingkat 4', 4],
    ['level 0', 0],
    ['Penilaian mandiri level : 3', 3],
    ['Nilai kematangan pusat level : 2', 2],
    ['Terdefinisi', 3],
    ['Terpadu dan Terukur', 4],
    ['Transaksi', 3],
    ['Optimum', 5],
    ['Rintisan', 1],
    ['3 - Terdefinisi', 3],
  ])('%j → %d', (input, level) => {
    expect(parseLevel(input)).toBe(level);
  });
  it.each([['-'], [''], ['tinggi'], [3.5], [null]])('%j is no level', (input) => {
    expect(parseLevel(input as string)).toBeUndefined();
  });
});

/** A fast path must agree with the reading it shortcuts: on chosen edge cases and on fuzzed text. */
function sameAsReference<T>(
  fast: (text: string) => T,
  reference: (text: string) => T,
  edges: readonly string[],
  shaped: fc.Arbitrary<string>,
): void {
  for (const v of edges) expect(fast(v)).toBe(reference(v));
  const text = fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), shaped);
  fc.assert(
    fc.property(text, (v) => fast(v) === reference(v)),
    { numRuns: 2000 },
  );
}

describe('booleans and missing values', () => {
  it.each([
    ['Aktif', true],
    ['Tidak Aktif', false],
    ['aktif', true],
    ['naktif', false],
    ['Ya', true],
    ['Tidak', false],
    ['sudah', true],
    ['belum', false],
    ['ada', true],
    ['noada', false],
    [1, true],
    [0, false],
  ])('%j → %s', (input, value) => {
    expect(parseBoolean(input)).toBe(value);
  });
  it('treats "-" and blanks as missing, keeps zero', () => {
    expect(isMissing('-')).toBe(true);
    expect(isMissing('  ')).toBe(true);
    expect(isMissing(null)).toBe(true);
    expect(isMissing('0')).toBe(false);
    expect(parseBoolean('-')).toBeUndefined();
    expect(cellText('SIPEDAS\t\t\r\n')).toBe('SIPEDAS');
  });
  it('normalizeLabel takes its fast path only where the full normalisation gives the same label', () => {
    const reference = (text: string) =>
      text
        .normalize('NFKD')
        .replace(/[\u0300-\u036f]/g, '')
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, ' ')
        .trim();
    const edges = [
      '',
      ' ',
      'a',
      'A',
      'Aplikasi 12',
      ' Aplikasi',
      'Aplikasi ',
      'a  b',
      'Kafé',
      'a_b',
      'İ',
      'ß',
      'K',
    ];
    sameAsReference(normalizeLabel, reference, edges, fc.stringMatching(/^[A-Za-z0-9 ]{0,12}$/));
  });
  it('cellText takes its fast path only where the full reading gives the same text', () => {
    // The reading before the fast path: missing markers first, then trimmed text.
    const reference = (v: string) => (isMissing(v) ? undefined : v.trim());
    const edges = [
      '-',
      'n/a',
      'N/A',
      'null',
      'NULL',
      '\\N',
      '\\n',
      ' x',
      'x ',
      '\u00a0x',
      'x\u00a0',
      '–',
      'na',
      'nama',
    ];
    const framed = fc
      .tuple(fc.constantFrom(...edges, '', ' ', '\t'), fc.string(), fc.constantFrom('', ' ', '-', '\r\n'))
      .map(([a, b, c]) => a + b + c);
    sameAsReference(cellText, reference, edges, framed);
  });
});

describe('dates and numbers', () => {
  it('converts Excel serials in 1900 and 1904 workbooks', () => {
    expect(excelSerialToDate(45461, false)).toBe('2024-06-18');
    expect(excelSerialToDate(43999, true)).toBe('2024-06-18');
    expect(excelSerialToDate(1, false)).toBe('1900-01-01');
    expect(excelSerialToDate(61, false)).toBe('1900-03-01');
    expect(excelSerialToDate(-3, false)).toBeUndefined();
  });
  it('reads Indonesian dates and reports US-style ones', () => {
    expect(parseDateCell('9 Juli 2024', false).value).toBe('2024-07-09');
    expect(parseDateCell('2019-10-12 07:20:50', false).value).toBe('2019-10-12');
    expect(parseDateCell({ date: '2024-01-02' }, false).value).toBe('2024-01-02');
    const us = parseDateCell('12/31/2015', false);
    expect(us.value).toBeUndefined();
    expect(us.problem?.code).toBe('us_date');
    expect(findUsDates('kontrak 12/31/2015, adendum 1/15/2016, 17/08/2015')).toEqual([
      '12/31/2015',
      '1/15/2016',
    ]);
  });
  it('reads Indonesian numbers and years', () => {
    expect(parseNumberCell('2,75').value).toBe(2.75);
    expect(parseNumberCell('1.234.567').value).toBe(1234567);
    expect(parseYear('2017')).toBe(2017);
    expect(parseYear('-')).toBeUndefined();
    expect(normalizeLabel('Tahun_Pembuatan ')).toBe('tahun pembuatan');
  });
});
