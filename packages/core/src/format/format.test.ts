import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { roundHalfUp } from '../scoring/rounding.js';
import {
  formatDateRange,
  formatDelta,
  formatMunicipalityLabel,
  formatNumber,
  formatPercent,
  formatRupiah,
  formatScore,
} from './index.js';

describe('formatNumber', () => {
  it.each([
    [0, {}, '0', '0'],
    [-0, {}, '0', '0'],
    [1234567.5, {}, '1.234.567,5', '1,234,567.5'],
    [1234, {}, '1.234', '1,234'],
    [999, {}, '999', '999'],
    [-1234.5678, {}, '-1.234,568', '-1,234.568'],
    [3.4, { decimals: 2 }, '3,40', '3.40'],
    [1.005, { decimals: 2 }, '1,01', '1.01'],
    [2.675, { decimals: 2 }, '2,68', '2.68'],
    [-0.001, { decimals: 2 }, '0,00', '0.00'],
    [-0, { decimals: 1 }, '0,0', '0.0'],
    [0.5, { decimals: 0 }, '1', '1'],
    [-0.5, { decimals: 0 }, '-1', '-1'],
    [999.9996, {}, '1.000', '1,000'],
    [1e21, {}, '1.000.000.000.000.000.000.000', '1,000,000,000,000,000,000,000'],
    [1.5e-7, { decimals: 8 }, '0,00000015', '0.00000015'],
    [1234.5, { grouping: false, decimals: 1 }, '1234,5', '1234.5'],
    [12, { decimals: 2.7 }, '12,00', '12.00'],
    [12, { decimals: -3 }, '12', '12'],
    [12, { decimals: 99 }, `12,${'0'.repeat(20)}`, `12.${'0'.repeat(20)}`],
    [Number.POSITIVE_INFINITY, {}, '∞', '∞'],
    [Number.NEGATIVE_INFINITY, {}, '-∞', '-∞'],
  ] as const)('%s %o → %s / %s', (value, options, id, en) => {
    expect(formatNumber(value, { ...options, lang: 'id' })).toBe(id);
    expect(formatNumber(value, { ...options, lang: 'en' })).toBe(en);
  });

  it('writes — for no number', () => {
    expect(formatNumber(Number.NaN)).toBe('—');
    expect(formatNumber(null)).toBe('—');
    expect(formatNumber(undefined, { lang: 'en' })).toBe('—');
    expect(formatNumber('12' as never)).toBe('—');
  });

  it('defaults to Bahasa Indonesia', () => {
    expect(formatNumber(1234.5)).toBe('1.234,5');
  });

  it('agrees with Intl.NumberFormat where Intl rounds the same way', () => {
    // Intl rounds the binary value; integers and quarter values are exact in binary, so both agree there.
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), fc.integer({ min: 0, max: 3 }), (n, q) => {
        const value = n + q / 4;
        for (const [lang, locale] of [
          ['id', 'id-ID'],
          ['en', 'en-US'],
        ] as const) {
          const intl = new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
          expect(formatNumber(value, { lang, decimals: 2 })).toBe(intl.format(value).replace('−', '-'));
        }
      }),
    );
  });

  it('rounds like the scoring policy', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e9, max: 1e9, noNaN: true }), fc.integer({ min: 0, max: 6 }), (v, d) => {
        const expected = roundHalfUp(v, d);
        const text = formatNumber(v, { lang: 'en', decimals: d, grouping: false });
        expect(Number(text)).toBe(expected === 0 ? 0 : expected);
      }),
    );
  });
});

describe('formatPercent', () => {
  it.each([
    [12.5, {}, '12,5%', '12.5%'],
    [12.54, {}, '12,5%', '12.5%'],
    [80, {}, '80%', '80%'],
    [80, { decimals: 1 }, '80,0%', '80.0%'],
    [-0.04, {}, '0%', '0%'],
    [1234.5, {}, '1.234,5%', '1,234.5%'],
  ] as const)('%s → %s / %s', (value, options, id, en) => {
    expect(formatPercent(value, { ...options, lang: 'id' })).toBe(id);
    expect(formatPercent(value, { ...options, lang: 'en' })).toBe(en);
  });

  it('writes — for no number', () => {
    expect(formatPercent(Number.NaN)).toBe('—');
  });
});

describe('formatDelta', () => {
  it.each([
    [0.12, {}, '+0,12', '+0.12'],
    [-0.2, {}, '−0,20', '−0.20'],
    [0, {}, '±0,00', '±0.00'],
    [-0, {}, '±0,00', '±0.00'],
    [-0.004, {}, '±0,00', '±0.00'],
    [0.005, {}, '+0,01', '+0.01'],
    [1500, { decimals: 0 }, '+1.500', '+1,500'],
    [-1.25, { decimals: 1 }, '−1,3', '−1.3'],
  ] as const)('%s → %s / %s', (value, options, id, en) => {
    expect(formatDelta(value, { ...options, lang: 'id' })).toBe(id);
    expect(formatDelta(value, { ...options, lang: 'en' })).toBe(en);
  });

  it('uses U+2212 for the minus', () => {
    expect(formatDelta(-1).codePointAt(0)).toBe(0x2212);
    expect(formatDelta(Number.NaN)).toBe('—');
  });
});

describe('formatScore', () => {
  it.each([
    [3.285, '3,29', '3.29'],
    [2.445, '2,45', '2.45'],
    [1.005, '1,01', '1.01'],
    [3.28, '3,28', '3.28'],
    [4, '4,00', '4.00'],
    [-1.005, '-1,01', '-1.01'],
    [-0, '0,00', '0.00'],
  ])('%s → %s / %s', (value, id, en) => {
    expect(formatScore(value, 'id')).toBe(id);
    expect(formatScore(value, 'en')).toBe(en);
  });

  it('writes — when there is no score', () => {
    expect(formatScore(null)).toBe('—');
    expect(formatScore(undefined, 'en')).toBe('—');
    expect(formatScore(Number.NaN, 'en')).toBe('—');
  });

  it('shows exactly roundHalfUp(value, 2)', () => {
    fc.assert(
      fc.property(fc.double({ min: -100, max: 100, noNaN: true }), (v) => {
        const rounded = roundHalfUp(v, 2);
        expect(formatScore(v, 'en')).toBe((rounded === 0 ? 0 : rounded).toFixed(2));
      }),
    );
  });
});

describe('formatRupiah', () => {
  it.each([
    [1_500_000, {}, 'Rp 1.500.000', 'Rp 1,500,000'],
    [0, {}, 'Rp 0', 'Rp 0'],
    [-0, {}, 'Rp 0', 'Rp 0'],
    [-2_500, {}, '-Rp 2.500', '-Rp 2,500'],
    [1_500_000.5, {}, 'Rp 1.500.001', 'Rp 1,500,001'],
    [1_500_000.49, {}, 'Rp 1.500.000', 'Rp 1,500,000'],
    [-0.4, {}, 'Rp 0', 'Rp 0'],
    [999, { compact: true }, 'Rp 999', 'Rp 999'],
    [750_000, { compact: true }, 'Rp 750 ribu', 'Rp 750 thousand'],
    [1_250_000_000, { compact: true }, 'Rp 1,25 miliar', 'Rp 1.25 billion'],
    [350_000_000, { compact: true }, 'Rp 350 juta', 'Rp 350 million'],
    [1_500_000, { compact: true }, 'Rp 1,5 juta', 'Rp 1.5 million'],
    [999_999_999, { compact: true }, 'Rp 1 miliar', 'Rp 1 billion'],
    [999_995, { compact: true }, 'Rp 1 juta', 'Rp 1 million'],
    [2_300_000_000_000, { compact: true }, 'Rp 2,3 triliun', 'Rp 2.3 trillion'],
    [5_000_000_000_000_000, { compact: true }, 'Rp 5.000 triliun', 'Rp 5,000 trillion'],
    [-1_250_000_000, { compact: true }, '-Rp 1,25 miliar', '-Rp 1.25 billion'],
    [1_234_567, { compact: true }, 'Rp 1,23 juta', 'Rp 1.23 million'],
  ] as const)('%s %o → %s / %s', (value, options, id, en) => {
    expect(formatRupiah(value, { ...options, lang: 'id' })).toBe(id);
    expect(formatRupiah(value, { ...options, lang: 'en' })).toBe(en);
  });

  it('writes — for no amount', () => {
    expect(formatRupiah(Number.NaN)).toBe('—');
    expect(formatRupiah(null, { compact: true })).toBe('—');
  });
});

describe('formatDateRange', () => {
  it.each([
    ['2025-08-02', '2025-08-17', '2–17 Agustus 2025', '2–17 August 2025'],
    ['2025-07-28', '2025-08-02', '28 Juli – 2 Agustus 2025', '28 July – 2 August 2025'],
    ['2024-12-30', '2025-01-02', '30 Desember 2024 – 2 Januari 2025', '30 December 2024 – 2 January 2025'],
    ['2025-08-17', '2025-08-17', '17 Agustus 2025', '17 August 2025'],
    ['2025-08-17', '2025-08-02', '17 Agustus 2025 – 2 Agustus 2025', '17 August 2025 – 2 August 2025'],
    ['2025-02-30', '2025-03-02', '2025-02-30 – 2 Maret 2025', '2025-02-30 – 2 March 2025'],
    ['2025-08-02', undefined, 'sejak 2 Agustus 2025', 'from 2 August 2025'],
    [null, '2025-08-02', 'sampai 2 Agustus 2025', 'until 2 August 2025'],
    [undefined, undefined, '—', '—'],
  ] as const)('%s – %s', (start, end, id, en) => {
    expect(formatDateRange(start, end, { lang: 'id' })).toBe(id);
    expect(formatDateRange(start, end, { lang: 'en' })).toBe(en);
  });
});

describe('formatMunicipalityLabel', () => {
  it.each([
    [{ name: 'Pontianak', kind: 'kota' }, 'Kota Pontianak', 'Pontianak City'],
    [{ name: 'Sleman', kind: 'kabupaten' }, 'Kabupaten Sleman', 'Sleman Regency'],
    [{ name: 'Kabupaten Jayapura', kind: 'kabupaten' }, 'Kabupaten Jayapura', 'Jayapura Regency'],
    [{ name: 'kabupaten  Jayapura', kind: 'kabupaten' }, 'Kabupaten Jayapura', 'Jayapura Regency'],
    [{ name: 'Kab. Sleman', kind: 'kabupaten' }, 'Kabupaten Sleman', 'Sleman Regency'],
    [{ name: 'Kota Jayapura', kind: 'kota' }, 'Kota Jayapura', 'Jayapura City'],
    [
      { name: 'Kotawaringin Barat', kind: 'kabupaten' },
      'Kabupaten Kotawaringin Barat',
      'Kotawaringin Barat Regency',
    ],
    [{ name: 'Kotamobagu', kind: 'kota' }, 'Kota Kotamobagu', 'Kotamobagu City'],
    [{ name: 'Bandung City', kind: 'kota' }, 'Kota Bandung', 'Bandung City'],
    [{ name: '', kind: 'kota' }, '', ''],
  ] as const)('%o', (m, id, en) => {
    expect(formatMunicipalityLabel(m, 'id')).toBe(id);
    expect(formatMunicipalityLabel(m, 'en')).toBe(en);
  });

  it('never doubles the kind', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('kota', 'kabupaten'),
        fc.stringMatching(/^[A-Z][a-z]{2,10}$/),
        (kind, name) => {
          const once = formatMunicipalityLabel({ name, kind }, 'id');
          expect(formatMunicipalityLabel({ name: once, kind }, 'id')).toBe(once);
          const en = formatMunicipalityLabel({ name, kind }, 'en');
          expect(formatMunicipalityLabel({ name: en, kind }, 'en')).toBe(en);
        },
      ),
    );
  });

  it('never throws on hostile input', () => {
    expect(formatMunicipalityLabel(null as never, 'id')).toBe('');
    expect(formatMunicipalityLabel({ name: 7, kind: 'x' } as never, 'en')).toBe('');
  });
});
