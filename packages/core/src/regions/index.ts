import type { IndonesianTimeZone } from '../model/municipality.js';

/**
 * The 38 provinces of Indonesia with their Kemendagri codes and the IANA time zone that covers each.
 *
 * Sources: codes from Kepmendagri 300.2.2-2138/2025 (and its predecessor 100.1.1-6117/2022, which added the four
 * new Papuan provinces 93–96); see `shared/reference/domain.md` §5. Time zones from Keppres 41/1987 on Indonesia's
 * three time zones: WIB covers Sumatra, Java, West and Central Kalimantan; WITA Bali, Nusa Tenggara, South, East and
 * North Kalimantan and Sulawesi; WIT Maluku and Papua. West and Central Kalimantan use the IANA zone
 * `Asia/Pontianak` (same offset as `Asia/Jakarta` today, different history).
 *
 * @example
 * ```ts
 * PROVINCE_CATALOGUE.find((p) => p.code === '73')?.timeZone; // 'Asia/Makassar'
 * ```
 */
export const PROVINCE_CATALOGUE = [
  { code: '11', name: 'Aceh', timeZone: 'Asia/Jakarta' },
  { code: '12', name: 'Sumatera Utara', timeZone: 'Asia/Jakarta' },
  { code: '13', name: 'Sumatera Barat', timeZone: 'Asia/Jakarta' },
  { code: '14', name: 'Riau', timeZone: 'Asia/Jakarta' },
  { code: '15', name: 'Jambi', timeZone: 'Asia/Jakarta' },
  { code: '16', name: 'Sumatera Selatan', timeZone: 'Asia/Jakarta' },
  { code: '17', name: 'Bengkulu', timeZone: 'Asia/Jakarta' },
  { code: '18', name: 'Lampung', timeZone: 'Asia/Jakarta' },
  { code: '19', name: 'Kepulauan Bangka Belitung', timeZone: 'Asia/Jakarta' },
  { code: '21', name: 'Kepulauan Riau', timeZone: 'Asia/Jakarta' },
  { code: '31', name: 'DKI Jakarta', timeZone: 'Asia/Jakarta' },
  { code: '32', name: 'Jawa Barat', timeZone: 'Asia/Jakarta' },
  { code: '33', name: 'Jawa Tengah', timeZone: 'Asia/Jakarta' },
  { code: '34', name: 'DI Yogyakarta', timeZone: 'Asia/Jakarta' },
  { code: '35', name: 'Jawa Timur', timeZone: 'Asia/Jakarta' },
  { code: '36', name: 'Banten', timeZone: 'Asia/Jakarta' },
  { code: '51', name: 'Bali', timeZone: 'Asia/Makassar' },
  { code: '52', name: 'Nusa Tenggara Barat', timeZone: 'Asia/Makassar' },
  { code: '53', name: 'Nusa Tenggara Timur', timeZone: 'Asia/Makassar' },
  { code: '61', name: 'Kalimantan Barat', timeZone: 'Asia/Pontianak' },
  { code: '62', name: 'Kalimantan Tengah', timeZone: 'Asia/Pontianak' },
  { code: '63', name: 'Kalimantan Selatan', timeZone: 'Asia/Makassar' },
  { code: '64', name: 'Kalimantan Timur', timeZone: 'Asia/Makassar' },
  { code: '65', name: 'Kalimantan Utara', timeZone: 'Asia/Makassar' },
  { code: '71', name: 'Sulawesi Utara', timeZone: 'Asia/Makassar' },
  { code: '72', name: 'Sulawesi Tengah', timeZone: 'Asia/Makassar' },
  { code: '73', name: 'Sulawesi Selatan', timeZone: 'Asia/Makassar' },
  { code: '74', name: 'Sulawesi Tenggara', timeZone: 'Asia/Makassar' },
  { code: '75', name: 'Gorontalo', timeZone: 'Asia/Makassar' },
  { code: '76', name: 'Sulawesi Barat', timeZone: 'Asia/Makassar' },
  { code: '81', name: 'Maluku', timeZone: 'Asia/Jayapura' },
  { code: '82', name: 'Maluku Utara', timeZone: 'Asia/Jayapura' },
  { code: '91', name: 'Papua', timeZone: 'Asia/Jayapura' },
  { code: '92', name: 'Papua Barat', timeZone: 'Asia/Jayapura' },
  { code: '93', name: 'Papua Selatan', timeZone: 'Asia/Jayapura' },
  { code: '94', name: 'Papua Tengah', timeZone: 'Asia/Jayapura' },
  { code: '95', name: 'Papua Pegunungan', timeZone: 'Asia/Jayapura' },
  { code: '96', name: 'Papua Barat Daya', timeZone: 'Asia/Jayapura' },
] as const satisfies readonly { code: string; name: string; timeZone: IndonesianTimeZone }[];

/**
 * A province: its two-digit Kemendagri code, its name and the IANA zone it lies in.
 *
 * @example
 * ```ts
 * const p: Province = { code: '61', name: 'Kalimantan Barat', timeZone: 'Asia/Pontianak' };
 * ```
 */
export interface Province {
  code: string;
  name: string;
  timeZone: IndonesianTimeZone;
}

/**
 * The 38 provinces in code order.
 *
 * @example
 * ```ts
 * PROVINCES.length; // 38
 * ```
 */
export const PROVINCES: readonly Province[] = PROVINCE_CATALOGUE;

const byCode = new Map<string, Province>(PROVINCES.map((p) => [p.code, p]));

/**
 * The province of a Kemendagri region code (`PP`, `PP.KK` or longer), or `undefined` when the code names none.
 *
 * @example
 * ```ts
 * provinceOfRegionCode('61.71')?.name; // 'Kalimantan Barat'
 * provinceOfRegionCode('61.71')?.timeZone; // 'Asia/Pontianak'
 * provinceOfRegionCode('40.01'); // undefined
 * ```
 */
export function provinceOfRegionCode(code: string): Province | undefined {
  if (typeof code !== 'string') return undefined;
  const match = /^(\d{2})(?:\.|$)/.exec(code.trim());
  return match ? byCode.get(match[1]!) : undefined;
}
