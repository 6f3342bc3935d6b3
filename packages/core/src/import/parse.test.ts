import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatCivilDate } from '../calendar/format.js';
import { formatNumber, formatPercent, formatRupiah } from '../format/index.js';
import { parseIndonesianDate, parseIndonesianNumber } from './index.js';

function codeOf(result: { success: boolean; issues?: { code: string }[] }): string | undefined {
  return result.success ? undefined : result.issues?.[0]?.code;
}

describe('parseIndonesianNumber', () => {
  it.each([
    ['1.234,56', 'auto', 1234.56],
    ['1.234.567', 'auto', 1234567],
    ['12,5', 'auto', 12.5],
    ['-3', 'auto', -3],
    ['−3', 'auto', -3],
    ['+4', 'auto', 4],
    ['12,5%', 'auto', 12.5],
    ['12,5 %', 'auto', 12.5],
    ['Rp 1.500.000', 'auto', 1500000],
    ['Rp1.500.000,-', 'auto', 1500000],
    ['Rp. 1.500.000,00', 'auto', 1500000],
    ['IDR 2.000.000', 'auto', 2000000],
    ['-Rp 2.500.000', 'auto', -2500000],
    ['Rp -2.500.000', 'auto', -2500000],
    ['(1.500.000)', 'auto', -1500000],
    ['1,234.56', 'en', 1234.56],
    ['1,234.56', 'auto', 1234.56],
    ['1,234,567', 'auto', 1234567],
    ['1.234', 'id', 1234],
    ['1.234', 'en', 1.234],
    ['1,234', 'id', 1.234],
    ['1,234', 'en', 1234],
    ['0,123', 'auto', 0.123],
    ['0.123', 'auto', 0.123],
    ['12.5', 'auto', 12.5],
    [',5', 'id', 0.5],
    ['  2\u00a0024 '.replace('\u00a0', ''), 'auto', 2024],
    ['0', 'auto', 0],
    ['-0', 'auto', 0],
    ['007', 'auto', 7],
  ] as const)('%s (%s) → %s', (text, locale, expected) => {
    const result = parseIndonesianNumber(text, { locale });
    expect(result).toEqual({ success: true, data: expected });
    if (result.success) expect(Object.is(result.data, -0)).toBe(false);
  });

  it.each([
    ['1.234', 'auto', 'ambiguous_value'],
    ['1,234', 'auto', 'ambiguous_value'],
    ['-1.500', 'auto', 'ambiguous_value'],
    ['', 'auto', 'required'],
    ['   ', 'auto', 'required'],
    ['abc', 'auto', 'invalid_format'],
    ['1.2.3', 'auto', 'invalid_format'],
    ['1,234.56', 'id', 'invalid_format'],
    ['1.234,56', 'en', 'invalid_format'],
    ['12.5', 'id', 'invalid_format'],
    ['1e5', 'auto', 'invalid_format'],
    ['12,5,6', 'auto', 'invalid_format'],
    ['--3', 'auto', 'invalid_format'],
    ['Rp', 'auto', 'invalid_format'],
    ['%', 'auto', 'invalid_format'],
    ['1'.repeat(65), 'auto', 'invalid_format'],
    [`${'9'.repeat(60)}`, 'auto', undefined],
  ] as const)('%s (%s) → %s', (text, locale, code) => {
    expect(codeOf(parseIndonesianNumber(text, { locale }))).toBe(code);
  });

  it('names both readings of an ambiguous number, in both languages', () => {
    const result = parseIndonesianNumber('1.234');
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.issues[0]!.path).toEqual([]);
    expect(result.issues[0]!.message.id).toContain('1234');
    expect(result.issues[0]!.message.id).toContain('1.234');
    expect(result.issues[0]!.message.en).toContain('1234');
    expect(result.issues[0]!.message.en).toContain("locale 'id' or 'en'");
  });

  it('accepts numbers and rejects other types without throwing', () => {
    expect(parseIndonesianNumber(12.5)).toEqual({ success: true, data: 12.5 });
    expect(codeOf(parseIndonesianNumber(Number.NaN))).toBe('invalid_value');
    expect(codeOf(parseIndonesianNumber(null))).toBe('invalid_type');
    expect(codeOf(parseIndonesianNumber({ toString: () => '1' }))).toBe('invalid_type');
  });

  it('never throws, on any text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), fc.constantFrom('id', 'en', 'auto', 'xx'), (text, locale) => {
        const result = parseIndonesianNumber(text, { locale: locale as 'id' });
        if (result.success) expect(Number.isFinite(result.data)).toBe(true);
        else expect(result.issues[0]!.message.id.length).toBeGreaterThan(0);
      }),
    );
    fc.assert(
      fc.property(fc.stringMatching(/^[-−+(Rp ]{0,3}[\d.,]{0,12}[%)-]{0,2}$/), (text) => {
        expect(() => parseIndonesianNumber(text)).not.toThrow();
      }),
    );
  });

  it('reads back what formatNumber, formatPercent and formatRupiah write', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1e12, max: 1e12, noNaN: true }),
        fc.integer({ min: 0, max: 4 }),
        fc.constantFrom('id', 'en'),
        (value, decimals, lang) => {
          const text = formatNumber(value, { lang, decimals });
          const back = parseIndonesianNumber(text, { locale: lang });
          expect(back.success).toBe(true);
          if (back.success)
            expect(back.data).toBe(Number(formatNumber(value, { lang: 'en', decimals, grouping: false })));
          const percent = parseIndonesianNumber(formatPercent(value, { lang, decimals }), { locale: lang });
          expect(percent).toEqual(back);
          const rupiah = parseIndonesianNumber(formatRupiah(Math.round(value), { lang }), { locale: lang });
          expect(rupiah).toEqual({ success: true, data: Math.round(value) === 0 ? 0 : Math.round(value) });
        },
      ),
    );
  });
});

describe('parseIndonesianDate', () => {
  it.each([
    ['2 September 2020', {}, '2020-09-02'],
    ['2 Sept 2020', {}, '2020-09-02'],
    ['2 Sep. 2020', {}, '2020-09-02'],
    ['9 Juli 2024', {}, '2024-07-09'],
    ['Senin, 12 Juni 2023', {}, '2023-06-12'],
    ["Jum'at, 17 Agustus 2025", {}, '2025-08-17'],
    ['Selasa 17 Agustus 2025', {}, '2025-08-17'],
    ['17 Agt 2025', {}, '2025-08-17'],
    ['17 Ags 2025', {}, '2025-08-17'],
    ['17 August 2025', {}, '2025-08-17'],
    ['August 17, 2025', {}, '2025-08-17'],
    ['Sunday, August 17th, 2025', {}, '2025-08-17'],
    ['17-Aug-2025', {}, '2025-08-17'],
    ['1 Pebruari 2024', {}, '2024-02-01'],
    ['10 Nopember 2024', {}, '2024-11-10'],
    ['29 Februari 2024', {}, '2024-02-29'],
    ['tanggal 5 Mei 2025', {}, '2025-05-05'],
    ['5 MAY 2025', {}, '2025-05-05'],
    ['17/8/2025', {}, '2025-08-17'],
    ['17-08-2025', {}, '2025-08-17'],
    ['17.08.2025', {}, '2025-08-17'],
    ['12/31/2015', {}, '2015-12-31'],
    ['05/05/2025', {}, '2025-05-05'],
    ['05/06/2025', { order: 'dmy' }, '2025-06-05'],
    ['05/06/2025', { order: 'mdy' }, '2025-05-06'],
    ['2025-08-17', {}, '2025-08-17'],
    ['2025-8-7', {}, '2025-08-07'],
    ['2025/08/17', {}, '2025-08-17'],
    ['2025-08-17 10:00:00', {}, '2025-08-17'],
    ['2025-08-17T10:00', {}, '2025-08-17'],
    ['  2025-08-17  ', {}, '2025-08-17'],
  ] as const)('%s %o → %s', (text, options, expected) => {
    expect(parseIndonesianDate(text, options)).toEqual({ success: true, data: expected });
  });

  it.each([
    ['05/06/2025', 'ambiguous_value'],
    ['1/2/2025', 'ambiguous_value'],
    ['17/8/25', 'ambiguous_value'],
    ['30 Februari 2025', 'invalid_value'],
    ['29 Februari 2023', 'invalid_value'],
    ['2025-02-30', 'invalid_value'],
    ['31/04/2025', 'invalid_value'],
    ['2025-13-01', 'invalid_value'],
    ['13/13/2025', 'invalid_value'],
    ['0000-01-01', 'out_of_range'],
    ['', 'required'],
    ['besok', 'invalid_format'],
    ['September 2020', 'invalid_format'],
    ['2 Septembre 2020', 'invalid_format'],
    ['2 September Oktober 2020', 'invalid_format'],
    ['2 September 20', 'invalid_format'],
    ['2025-08-17T10:00:00Z', 'invalid_format'],
    ['2025-08-17T10:00:00+07:00', 'invalid_format'],
    ['17/08-2025', 'invalid_format'],
    ['x'.repeat(100), 'invalid_format'],
  ])('%s → %s', (text, code) => {
    expect(codeOf(parseIndonesianDate(text))).toBe(code);
  });

  it('explains impossible and ambiguous dates in both languages', () => {
    const feb = parseIndonesianDate('30 Februari 2025');
    expect(feb.success ? undefined : feb.issues[0]!.message).toEqual({
      id: '"30 Februari 2025": tanggal 30 Februari 2025 tidak ada (Februari 2025 punya 28 hari)',
      en: '"30 Februari 2025": there is no 30 February 2025 (February 2025 has 28 days)',
    });
    const ambiguous = parseIndonesianDate('05/06/2025');
    expect(ambiguous.success ? undefined : ambiguous.issues[0]!.message.en).toBe(
      "\"05/06/2025\" reads as 5 June 2025 (day/month) or 6 May 2025 (month/day); say which order it uses (order 'dmy' or 'mdy')",
    );
  });

  it('rejects other types without throwing', () => {
    expect(codeOf(parseIndonesianDate(20250817))).toBe('invalid_type');
    expect(codeOf(parseIndonesianDate(undefined))).toBe('invalid_type');
  });

  it('never throws, on any text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), (text) => {
        const result = parseIndonesianDate(text);
        if (!result.success) expect(result.issues[0]!.message.en.length).toBeGreaterThan(0);
      }),
    );
  });

  it('reads back what formatCivilDate writes, in every style and language', () => {
    const day = fc
      .record({
        y: fc.integer({ min: 1900, max: 2100 }),
        m: fc.integer({ min: 1, max: 12 }),
        d: fc.integer({ min: 1, max: 28 }),
      })
      .map(({ y, m, d }) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);
    fc.assert(
      fc.property(
        day,
        fc.constantFrom('id', 'en'),
        fc.constantFrom('long', 'medium', 'weekday'),
        (date, lang, style) => {
          expect(parseIndonesianDate(formatCivilDate(date, lang, style))).toEqual({
            success: true,
            data: date,
          });
        },
      ),
    );
  });
});
