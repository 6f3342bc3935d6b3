import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deriveStableId } from './ids.js';

/** The rule as first written (regular expressions over NFKD text): the reference for the one-pass ASCII slug. */
function referenceSlug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9._]+/g, '-')
    .replace(/[-.]{2,}/g, (run) => (run.includes('-') ? '-' : '.'))
    .replace(/^[^a-z0-9]+|[^a-z0-9]+$/g, '');
}

function referenceId(parts: readonly (string | number)[], prefix?: string): string {
  const source = parts.map((p) => String(p)).join(' ');
  let slug = referenceSlug(source);
  if (slug === '') {
    let h = 0x811c9dc5;
    for (let i = 0; i < source.length; i++) {
      h ^= source.charCodeAt(i);
      h = Math.imul(h, 0x01000193) >>> 0;
    }
    slug = `id-${h.toString(36).padStart(7, '0')}`;
  }
  const p = prefix === undefined ? '' : referenceSlug(prefix);
  if (p !== '') slug = `${p}-${slug}`;
  if (slug.length <= 64) return slug;
  let out = slug.slice(0, 64);
  const dash = out.lastIndexOf('-');
  if (dash >= 64 - 16 && dash > 0) out = out.slice(0, dash);
  return out.replace(/[^a-z0-9]+$/, '');
}

/** Text rich in what the slug rule treats specially: separators, dots, `_`, upper case, accents. */
const tricky = fc
  .array(
    fc.constantFrom(
      'a',
      'Z',
      '0',
      '9',
      '.',
      '-',
      '_',
      ' ',
      '&',
      '/',
      '..',
      '.-.',
      'É',
      'é',
      'ß',
      'İ',
      '\u00a0',
      '😀',
    ),
    { maxLength: 30 },
  )
  .map((xs) => xs.join(''));

describe('deriveStableId', () => {
  it('gives the documented ids', () => {
    expect(deriveStableId(['APBD', 2024])).toBe('apbd-2024');
    expect(deriveStableId(['APBD', 2024], { taken: new Set(['apbd-2024']) })).toBe('apbd-2024-2');
    expect(deriveStableId(['Belum ada Perbup masterplan'], { prefix: 'w' })).toBe(
      'w-belum-ada-perbup-masterplan',
    );
    expect(deriveStableId(['Dinas Pariwisata & Olahraga'])).toBe('dinas-pariwisata-olahraga');
    expect(deriveStableId(['Peraturan No. 5..2018'])).toBe('peraturan-no-5.2018');
    expect(deriveStableId(['_a_b_'])).toBe('a_b');
    expect(deriveStableId(['???'])).toMatch(/^id-[0-9a-z]{7}$/);
  });

  it('is the reference rule on any text, ASCII (one pass) or not (NFKD), with and without a prefix', () => {
    const text = fc.oneof(
      tricky,
      fc.string({ maxLength: 40 }),
      fc.string({ unit: 'grapheme', maxLength: 20 }),
    );
    fc.assert(
      fc.property(
        fc.array(fc.oneof(text, fc.integer()), { minLength: 1, maxLength: 3 }),
        fc.option(fc.oneof(tricky, fc.constantFrom('kpi', 'app', 'Aplikasi SPBE')), { nil: undefined }),
        (parts, prefix) => {
          const options = prefix === undefined ? {} : { prefix };
          expect(deriveStableId(parts, options)).toBe(referenceId(parts, prefix));
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('slugifies a changing prefix each time (the one-entry cache never leaks a previous prefix)', () => {
    expect(deriveStableId(['x'], { prefix: 'Aa' })).toBe('aa-x');
    expect(deriveStableId(['x'], { prefix: 'Bb' })).toBe('bb-x');
    expect(deriveStableId(['x'], { prefix: 'Aa' })).toBe('aa-x');
  });
});
