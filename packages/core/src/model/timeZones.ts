import type { LocalizedText } from '../i18n/index.js';

// The Indonesian time zones and the names people write instead of them. No zod here: the issue conversion uses
// the suggestions, and it must stay light for entry points that parse only a date or a calendar.

/**
 * The four IANA time zones of Indonesia: WIB (UTC+7) is `Asia/Jakarta` (Sumatra, Java) and `Asia/Pontianak`
 * (West and Central Kalimantan), WITA (UTC+8) is `Asia/Makassar`, WIT (UTC+9) is `Asia/Jayapura`
 * (reliability-and-anchors.md §B.8). Abbreviations and offsets are rejected because runtimes silently read
 * `TZ=WIB` or `UTC+07:00` as UTC.
 *
 * @example
 * ```ts
 * INDONESIAN_TIME_ZONES.includes('Asia/Makassar'); // true
 * ```
 */
export const INDONESIAN_TIME_ZONES = [
  'Asia/Jakarta',
  'Asia/Pontianak',
  'Asia/Makassar',
  'Asia/Jayapura',
] as const;

/**
 * One of the four Indonesian IANA time zones.
 *
 * @example
 * ```ts
 * const tz: IndonesianTimeZone = 'Asia/Pontianak';
 * ```
 */
export type IndonesianTimeZone = (typeof INDONESIAN_TIME_ZONES)[number];

/**
 * Labels of the Indonesian time zones, with the abbreviation people use.
 *
 * @example
 * ```ts
 * INDONESIAN_TIME_ZONE_LABELS['Asia/Makassar'].id; // 'WITA (Waktu Indonesia Tengah, UTC+8)'
 * ```
 */
export const INDONESIAN_TIME_ZONE_LABELS: Readonly<Record<IndonesianTimeZone, LocalizedText>> = {
  'Asia/Jakarta': {
    id: 'WIB (Waktu Indonesia Barat, UTC+7) — Jakarta',
    en: 'WIB (Western Indonesia Time, UTC+7) — Jakarta',
  },
  'Asia/Pontianak': {
    id: 'WIB (Waktu Indonesia Barat, UTC+7) — Pontianak',
    en: 'WIB (Western Indonesia Time, UTC+7) — Pontianak',
  },
  'Asia/Makassar': { id: 'WITA (Waktu Indonesia Tengah, UTC+8)', en: 'WITA (Central Indonesia Time, UTC+8)' },
  'Asia/Jayapura': { id: 'WIT (Waktu Indonesia Timur, UTC+9)', en: 'WIT (Eastern Indonesia Time, UTC+9)' },
};

const ZONES_BY_OFFSET: Readonly<Record<number, readonly IndonesianTimeZone[]>> = {
  7: ['Asia/Jakarta', 'Asia/Pontianak'],
  8: ['Asia/Makassar'],
  9: ['Asia/Jayapura'],
};

// Names people write instead of the IANA zone (reliability-and-anchors.md §B.8): abbreviations, the legacy alias
// Asia/Ujung_Pandang (and the misspelling Makasar), Asia/Denpasar (not an IANA zone), and the POSIX "Etc/GMT-7" (which means UTC+7; the sign is inverted).
const ZONE_ALIASES: ReadonlyMap<string, readonly IndonesianTimeZone[]> = new Map([
  ['WIB', ZONES_BY_OFFSET[7]!],
  ['WITA', ZONES_BY_OFFSET[8]!],
  ['WIT', ZONES_BY_OFFSET[9]!],
  ['ASIA/UJUNG_PANDANG', ZONES_BY_OFFSET[8]!],
  ['ASIA/MAKASAR', ZONES_BY_OFFSET[8]!],
  ['ASIA/DENPASAR', ZONES_BY_OFFSET[8]!],
  ['ETC/GMT-7', ZONES_BY_OFFSET[7]!],
  ['ETC/GMT-8', ZONES_BY_OFFSET[8]!],
  ['ETC/GMT-9', ZONES_BY_OFFSET[9]!],
]);

const OFFSET_PATTERN = /^(?:UTC|GMT)?([+-])0?(\d{1,2})(?::?00)?$/;

/**
 * The Indonesian IANA zone(s) someone most likely meant by a non-IANA time zone name: `WIB` → Jakarta or
 * Pontianak, `WITA`/`UTC+8`/`Asia/Ujung_Pandang` → Makassar, `WIT`/`GMT+9` → Jayapura, a valid zone in the
 * wrong case → that zone. Empty when nothing fits.
 *
 * @example
 * ```ts
 * suggestIndonesianTimeZones('WIB'); // ['Asia/Jakarta', 'Asia/Pontianak']
 * suggestIndonesianTimeZones('Asia/Ujung_Pandang'); // ['Asia/Makassar']
 * suggestIndonesianTimeZones('UTC+07:00'); // ['Asia/Jakarta', 'Asia/Pontianak']
 * ```
 */
export function suggestIndonesianTimeZones(name: unknown): IndonesianTimeZone[] {
  if (typeof name !== 'string') return [];
  const key = name.trim().replace(/\s+/g, '').toUpperCase();
  const exact = INDONESIAN_TIME_ZONES.find((z) => z.toUpperCase() === key);
  if (exact) return [exact];
  const alias = ZONE_ALIASES.get(key);
  if (alias) return [...alias];
  const offset = OFFSET_PATTERN.exec(key);
  if (offset && offset[1] === '+') return [...(ZONES_BY_OFFSET[Number(offset[2])] ?? [])];
  return [];
}
