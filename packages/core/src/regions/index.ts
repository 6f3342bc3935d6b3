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

// Names people write for provinces besides the catalogue's: abbreviations in common use, the older Dutch-era
// spelling "Sumatra", "Daerah Istimewa" spelled out, and the short forms used by BPS and news articles.
const PROVINCE_ALIASES: Readonly<Record<string, readonly string[]>> = {
  '11': ['nad', 'nanggroe aceh darussalam'],
  '12': ['sumut', 'sumatra utara'],
  '13': ['sumbar', 'sumatra barat'],
  '16': ['sumsel', 'sumatra selatan'],
  '19': ['babel', 'bangka belitung'],
  '21': ['kepri'],
  '31': ['jakarta', 'dki', 'daerah khusus ibukota jakarta', 'daerah khusus jakarta'],
  '32': ['jabar'],
  '33': ['jateng'],
  '34': ['diy', 'yogyakarta', 'daerah istimewa yogyakarta', 'jogja'],
  '35': ['jatim'],
  '52': ['ntb'],
  '53': ['ntt'],
  '61': ['kalbar'],
  '62': ['kalteng'],
  '63': ['kalsel'],
  '64': ['kaltim'],
  '65': ['kaltara'],
  '71': ['sulut'],
  '72': ['sulteng'],
  '73': ['sulsel'],
  '74': ['sultra'],
  '76': ['sulbar'],
  '82': ['malut'],
  '92': ['pabar'],
  '93': ['papsel'],
  '94': ['papteng'],
  '95': ['pappeg'],
  '96': ['pbd'],
};

/** Lower case, ASCII letters and single spaces, without a leading "Provinsi"/"Prov." or "Province of". */
function normaliseProvinceName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .replace(/^(?:provinsi|prov|propinsi|province of|province)\s+/, '')
    .replace(/\s+province$/, '');
}

const byName = new Map<string, Province>();
for (const p of PROVINCES) {
  byName.set(normaliseProvinceName(p.name), p);
  for (const alias of PROVINCE_ALIASES[p.code] ?? []) byName.set(alias, p);
}

/**
 * The province a name refers to, tolerant of case, punctuation, a leading "Provinsi", the spelling "Sumatra" and
 * the usual short forms (`Jatim`, `DIY`, `Kalbar`, `NTT`…); `undefined` when nothing matches.
 *
 * @example
 * ```ts
 * findProvince('Provinsi Jawa Timur')?.code; // '35'
 * findProvince('DIY')?.name; // 'DI Yogyakarta'
 * findProvince('Narnia'); // undefined
 * ```
 */
export function findProvince(name: string): Province | undefined {
  if (typeof name !== 'string') return undefined;
  return byName.get(normaliseProvinceName(name));
}

const ZONE_OFFSETS: Readonly<Record<IndonesianTimeZone, number>> = {
  'Asia/Jakarta': 7,
  'Asia/Pontianak': 7,
  'Asia/Makassar': 8,
  'Asia/Jayapura': 9,
};

/**
 * How a municipality's region code, province and time zone fit together, by the province catalogue:
 * - `unknown-province`: the code's two first digits name no province (e.g. `99.99`);
 * - `province-mismatch`: the province name is not the code's province (`found` is the province the name names,
 *   if any);
 * - `zone-mismatch`: the zone is not the province's; `sameOffset` is true when it has the same UTC offset
 *   (`Asia/Jakarta` for West Kalimantan, whose zone is `Asia/Pontianak`: the clocks agree today, the zone's
 *   history differs), which the workspace validation reports as a warning rather than an error.
 *
 * @example
 * ```ts
 * checkRegionConsistency({ regionCode: '35.71', province: 'Jawa Timur', timeZone: 'Asia/Jayapura' });
 * // [{ kind: 'zone-mismatch', province: { code: '35', name: 'Jawa Timur', timeZone: 'Asia/Jakarta' }, sameOffset: false }]
 * checkRegionConsistency({ regionCode: '61.71', province: 'Kalbar', timeZone: 'Asia/Pontianak' }); // []
 * ```
 */
export function checkRegionConsistency(municipality: {
  regionCode: string;
  province: string;
  timeZone: IndonesianTimeZone;
}): RegionInconsistency[] {
  const province = provinceOfRegionCode(municipality.regionCode);
  if (province === undefined) {
    return [{ kind: 'unknown-province', code: municipality.regionCode.slice(0, 2) }];
  }
  const out: RegionInconsistency[] = [];
  const named = findProvince(municipality.province);
  if (named !== province) out.push({ kind: 'province-mismatch', province, found: named });
  if (municipality.timeZone !== province.timeZone) {
    const sameOffset = ZONE_OFFSETS[municipality.timeZone] === ZONE_OFFSETS[province.timeZone];
    out.push({ kind: 'zone-mismatch', province, sameOffset });
  }
  return out;
}

/**
 * One inconsistency found by {@link checkRegionConsistency}.
 *
 * @example
 * ```ts
 * const r: RegionInconsistency = { kind: 'unknown-province', code: '99' };
 * ```
 */
export type RegionInconsistency =
  | { kind: 'unknown-province'; code: string }
  | { kind: 'province-mismatch'; province: Province; found: Province | undefined }
  | { kind: 'zone-mismatch'; province: Province; sameOffset: boolean };
