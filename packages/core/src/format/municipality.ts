import type { Lang } from '../i18n/index.js';

/**
 * What {@link formatMunicipalityLabel} needs of a municipality.
 *
 * @example
 * ```ts
 * const m: MunicipalityLabelInput = { name: 'Pontianak', kind: 'kota' };
 * ```
 */
export interface MunicipalityLabelInput {
  /** Name, with or without its kind (`Pontianak`, `Kabupaten Jayapura`). */
  name: string;
  /** `kota` (city) or `kabupaten` (regency). */
  kind: 'kota' | 'kabupaten';
}

// Prefixes a name may already carry, per kind (Indonesian and English forms, the usual abbreviation).
const PREFIXES = {
  kota: /^(?:kota|city\s+of)\s+/i,
  kabupaten: /^(?:kabupaten|kab\.?|regency\s+of)\s+/i,
} as const;
const SUFFIXES = {
  kota: /\s+city$/i,
  kabupaten: /\s+regency$/i,
} as const;

/**
 * A municipality's display name: `Kota Pontianak`, `Kabupaten Sleman` in Bahasa Indonesia, `Pontianak City`,
 * `Sleman Regency` in English (the kind matters: Kota Jayapura and Kabupaten Jayapura are different places).
 * A name that already carries its kind is never prefixed again: `Kabupaten Jayapura` stays `Kabupaten Jayapura`
 * (never `Kabupaten Kabupaten Jayapura`) and becomes `Jayapura Regency` in English; `Kab. Sleman` becomes
 * `Kabupaten Sleman`. Only whole words count: `Kotawaringin Barat` is not a kota.
 *
 * @example
 * ```ts
 * formatMunicipalityLabel({ name: 'Pontianak', kind: 'kota' }, 'id'); // 'Kota Pontianak'
 * formatMunicipalityLabel({ name: 'Kabupaten Jayapura', kind: 'kabupaten' }, 'id'); // 'Kabupaten Jayapura'
 * formatMunicipalityLabel({ name: 'Kabupaten Jayapura', kind: 'kabupaten' }, 'en'); // 'Jayapura Regency'
 * ```
 */
export function formatMunicipalityLabel(municipality: MunicipalityLabelInput, lang: Lang = 'id'): string {
  const kind = municipality?.kind === 'kabupaten' ? 'kabupaten' : 'kota';
  const raw = typeof municipality?.name === 'string' ? municipality.name.trim().replace(/\s+/g, ' ') : '';
  const bare = raw.replace(PREFIXES[kind], '').replace(SUFFIXES[kind], '').trim() || raw;
  if (bare === '') return '';
  if (lang === 'en') return `${bare} ${kind === 'kota' ? 'City' : 'Regency'}`;
  return `${kind === 'kota' ? 'Kota' : 'Kabupaten'} ${bare}`;
}
