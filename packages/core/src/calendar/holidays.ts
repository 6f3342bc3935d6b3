// The national days off as decreed, as typed data (no zod: validating a user's own list is holidaySchema.ts).
import { type CivilDate, compareCivilDates } from './civilDate.js';
import type { Holiday } from './holidaySchema.js';

/**
 * One year of national days off as decreed, with the decree and the pages the list was checked against.
 *
 * @example
 * ```ts
 * const year: NationalHolidayYear = NATIONAL_HOLIDAYS[2025]!;
 * year.decree; // 'SKB Menteri Agama, Menteri Ketenagakerjaan dan Menteri PANRB No. 1017/2024, 2/2024, 2/2024 …'
 * ```
 */
export interface NationalHolidayYear {
  year: number;
  /** The decree(s) that set the list, amendments included. */
  decree: string;
  /** Public pages the list was checked against. */
  sources: readonly string[];
  /** The days, sorted by date. */
  holidays: readonly Holiday[];
}

type Entry = readonly [date: CivilDate, id: string, en: string];

function year(
  yearNumber: number,
  decree: string,
  sources: readonly string[],
  liburNasional: readonly Entry[],
  cutiBersama: readonly Entry[],
  extra: readonly Holiday[] = [],
): NationalHolidayYear {
  const holidays: Holiday[] = [
    ...liburNasional.map(([date, id, en]): Holiday => ({ date, name: { id, en }, kind: 'libur-nasional' })),
    ...cutiBersama.map(([date, id, en]): Holiday => ({ date, name: { id, en }, kind: 'cuti-bersama' })),
    ...extra,
  ].sort((a, b) => compareCivilDates(a.date, b.date) || a.kind.localeCompare(b.kind));
  return { year: yearNumber, decree, sources, holidays };
}

// National days off, transcribed from the joint decrees (SKB) of the Minister of Religious Affairs, the Minister
// of Manpower and the Minister of State Apparatus Empowerment and Bureaucratic Reform (PANRB) "tentang Hari Libur
// Nasional dan Cuti Bersama", plus the presidential decrees (Keppres) that made election days national holidays.
// Each list was checked against at least two public pages that print it in full (cited per year). Years not here
// are not shipped because no list could be verified: pass your own with `holidays`.
// Islamic holidays are decreed in advance; the Minister of Religious Affairs may confirm Idulfitri and Iduladha
// by sighting (sidang isbat), so a later amendment can move a date. Check new decrees and pass corrections.

/**
 * National holidays (*libur nasional*) and collective leave days (*cuti bersama*) by year, with the decree and
 * the sources each list was checked against. Shipped years: 2024, 2025 (with the August 2025 amendment adding 18
 * August) and 2026. There is no entry for a year that could not be verified; never assume one.
 *
 * @example
 * ```ts
 * NATIONAL_HOLIDAYS[2026]?.holidays.filter((h) => h.kind === 'cuti-bersama').length; // 8
 * NATIONAL_HOLIDAYS[2023]; // undefined (not shipped)
 * ```
 */
export const NATIONAL_HOLIDAYS: Readonly<Record<number, NationalHolidayYear>> = {
  2024: year(
    2024,
    'SKB Menteri Agama, Menteri Ketenagakerjaan dan Menteri PANRB No. 855/2023, 3/2023, 4/2023 tentang Hari Libur ' +
      'Nasional dan Cuti Bersama Tahun 2024 (12 September 2023); Keppres 10/2024 (Pemilu, 14 February); Keppres ' +
      '33/2024 (Pilkada, 27 November)',
    [
      // Decree number and the full list (17 libur nasional + 10 cuti bersama):
      'https://www.jpnn.com/news/ini-jadwal-hari-libur-nasional-dan-cuti-bersama-2024',
      'https://visual.republika.co.id/berita/s186qu349/infografis-jadwal-libur-dan-cuti-bersama-di-2024',
      'https://m.jpnn.com/news/simak-tanggal-dan-bulan-libur-nasional-serta-cuti-bersama-di-2024',
      // Election days made national holidays by presidential decree:
      'https://news.okezone.com/read/2024/02/06/337/2966621/jokowi-tetapkan-hari-pemungutan-suara-14-februari-jadi-libur-nasional',
      'https://tempo.co/politik/prabowo-tetapkan-hari-pencoblosan-pilkada-pada-27-november-sebagai-hari-libur-nasional-1172027',
    ],
    [
      ['2024-01-01', 'Tahun Baru 2024 Masehi', "New Year's Day 2024"],
      ['2024-02-08', 'Isra Mikraj Nabi Muhammad SAW', "Isra Mi'raj of the Prophet Muhammad"],
      ['2024-02-10', 'Tahun Baru Imlek 2575 Kongzili', 'Chinese New Year 2575'],
      ['2024-03-11', 'Hari Suci Nyepi Tahun Baru Saka 1946', 'Nyepi, Saka New Year 1946'],
      ['2024-03-29', 'Wafat Isa Almasih', 'Good Friday'],
      ['2024-03-31', 'Hari Paskah', 'Easter Sunday'],
      ['2024-04-10', 'Hari Raya Idul Fitri 1445 Hijriah', 'Eid al-Fitr 1445 AH'],
      ['2024-04-11', 'Hari Raya Idul Fitri 1445 Hijriah', 'Eid al-Fitr 1445 AH'],
      ['2024-05-01', 'Hari Buruh Internasional', 'International Labour Day'],
      ['2024-05-09', 'Kenaikan Isa Almasih', 'Ascension Day'],
      ['2024-05-23', 'Hari Raya Waisak 2568 BE', 'Vesak 2568 BE'],
      ['2024-06-01', 'Hari Lahir Pancasila', 'Pancasila Day'],
      ['2024-06-17', 'Hari Raya Idul Adha 1445 Hijriah', 'Eid al-Adha 1445 AH'],
      ['2024-07-07', 'Tahun Baru Islam 1446 Hijriah', 'Islamic New Year 1446 AH'],
      ['2024-08-17', 'Hari Kemerdekaan Republik Indonesia', 'Independence Day'],
      ['2024-09-16', 'Maulid Nabi Muhammad SAW', "Prophet Muhammad's Birthday"],
      ['2024-12-25', 'Hari Raya Natal', 'Christmas Day'],
    ],
    [
      ['2024-02-09', 'Cuti bersama Tahun Baru Imlek 2575 Kongzili', 'Collective leave: Chinese New Year'],
      ['2024-03-12', 'Cuti bersama Hari Suci Nyepi Tahun Baru Saka 1946', 'Collective leave: Nyepi'],
      ['2024-04-08', 'Cuti bersama Idul Fitri 1445 Hijriah', 'Collective leave: Eid al-Fitr'],
      ['2024-04-09', 'Cuti bersama Idul Fitri 1445 Hijriah', 'Collective leave: Eid al-Fitr'],
      ['2024-04-12', 'Cuti bersama Idul Fitri 1445 Hijriah', 'Collective leave: Eid al-Fitr'],
      ['2024-04-15', 'Cuti bersama Idul Fitri 1445 Hijriah', 'Collective leave: Eid al-Fitr'],
      ['2024-05-10', 'Cuti bersama Kenaikan Isa Almasih', 'Collective leave: Ascension Day'],
      ['2024-05-24', 'Cuti bersama Hari Raya Waisak', 'Collective leave: Vesak'],
      ['2024-06-18', 'Cuti bersama Idul Adha 1445 Hijriah', 'Collective leave: Eid al-Adha'],
      ['2024-12-26', 'Cuti bersama Hari Raya Natal', 'Collective leave: Christmas'],
    ],
    [
      {
        date: '2024-02-14',
        name: { id: 'Hari pemungutan suara Pemilu 2024', en: 'General election voting day 2024' },
        kind: 'libur-nasional',
        source: 'Keppres 10/2024',
      },
      {
        date: '2024-11-27',
        name: { id: 'Hari pemungutan suara Pilkada serentak 2024', en: 'Regional elections voting day 2024' },
        kind: 'libur-nasional',
        source: 'Keppres 33/2024',
      },
    ],
  ),
  2025: year(
    2025,
    'SKB Menteri Agama, Menteri Ketenagakerjaan dan Menteri PANRB No. 1017/2024, 2/2024, 2/2024 tentang Hari Libur ' +
      'Nasional dan Cuti Bersama Tahun 2025 (14 October 2024), amended by SKB No. 933/2025, 1/2025, 3/2025 (7 August ' +
      '2025: cuti bersama 18 August)',
    [
      'https://rasikapekalongan.com/cek-libur-nasional-dan-cuti-bersama-tahun-2025',
      'https://radarbandung.id/2024/10/15/berikut-data-fakta-libur-dan-cuti-2025',
      'https://economy.okezone.com/read/2024/12/03/320/3091854/kalender-2025-libur-nasional-dan-cuti-bersama-total-27-hari-lengkap-dengan-tanggal-merah-hingga-long-weekend',
      // The amendment:
      'https://fajar.co.id/2025/08/08/presiden-prabowo-resmi-tetapkan-18-agustus-sebagai-cuti-bersama-nasional/',
      'https://jabar.jpnn.com/kriminal/26179/18-agustus-jadi-hari-cuti-bersama-dan-libur-nasional',
    ],
    [
      ['2025-01-01', 'Tahun Baru 2025 Masehi', "New Year's Day 2025"],
      ['2025-01-27', 'Isra Mikraj Nabi Muhammad SAW', "Isra Mi'raj of the Prophet Muhammad"],
      ['2025-01-29', 'Tahun Baru Imlek 2576 Kongzili', 'Chinese New Year 2576'],
      ['2025-03-29', 'Hari Suci Nyepi (Tahun Baru Saka 1947)', 'Nyepi, Saka New Year 1947'],
      ['2025-03-31', 'Idulfitri 1446 Hijriah', 'Eid al-Fitr 1446 AH'],
      ['2025-04-01', 'Idulfitri 1446 Hijriah', 'Eid al-Fitr 1446 AH'],
      ['2025-04-18', 'Wafat Yesus Kristus', 'Good Friday'],
      ['2025-04-20', 'Kebangkitan Yesus Kristus (Paskah)', 'Easter Sunday'],
      ['2025-05-01', 'Hari Buruh Internasional', 'International Labour Day'],
      ['2025-05-12', 'Hari Raya Waisak 2569 BE', 'Vesak 2569 BE'],
      ['2025-05-29', 'Kenaikan Yesus Kristus', 'Ascension Day'],
      ['2025-06-01', 'Hari Lahir Pancasila', 'Pancasila Day'],
      ['2025-06-06', 'Iduladha 1446 Hijriah', 'Eid al-Adha 1446 AH'],
      ['2025-06-27', '1 Muharam Tahun Baru Islam 1447 Hijriah', 'Islamic New Year 1447 AH'],
      ['2025-08-17', 'Proklamasi Kemerdekaan', 'Independence Day'],
      ['2025-09-05', 'Maulid Nabi Muhammad SAW', "Prophet Muhammad's Birthday"],
      ['2025-12-25', 'Kelahiran Yesus Kristus', 'Christmas Day'],
    ],
    [
      ['2025-01-28', 'Cuti bersama Tahun Baru Imlek 2576 Kongzili', 'Collective leave: Chinese New Year'],
      ['2025-03-28', 'Cuti bersama Hari Suci Nyepi (Tahun Baru Saka 1947)', 'Collective leave: Nyepi'],
      ['2025-04-02', 'Cuti bersama Idulfitri 1446 Hijriah', 'Collective leave: Eid al-Fitr'],
      ['2025-04-03', 'Cuti bersama Idulfitri 1446 Hijriah', 'Collective leave: Eid al-Fitr'],
      ['2025-04-04', 'Cuti bersama Idulfitri 1446 Hijriah', 'Collective leave: Eid al-Fitr'],
      ['2025-04-07', 'Cuti bersama Idulfitri 1446 Hijriah', 'Collective leave: Eid al-Fitr'],
      ['2025-05-13', 'Cuti bersama Hari Raya Waisak 2569 BE', 'Collective leave: Vesak'],
      ['2025-05-30', 'Cuti bersama Kenaikan Yesus Kristus', 'Collective leave: Ascension Day'],
      ['2025-06-09', 'Cuti bersama Iduladha 1446 Hijriah', 'Collective leave: Eid al-Adha'],
      ['2025-08-18', 'Cuti bersama HUT ke-80 Kemerdekaan RI', 'Collective leave: 80th Independence Day'],
      ['2025-12-26', 'Cuti bersama Kelahiran Yesus Kristus', 'Collective leave: Christmas'],
    ],
  ),
  2026: year(
    2026,
    'SKB Menteri Agama, Menteri Ketenagakerjaan dan Menteri PANRB No. 1497/2025, 2/2025, 5/2025 tentang Hari Libur ' +
      'Nasional dan Cuti Bersama Tahun 2026 (19 September 2025)',
    [
      'https://disdiksmg.semarangkota.go.id/post-detail/resmi-daftar-hari-libur-nasional-dan-cuti-bersama-tahun-2026-berdasarkan-skb-3-menteri',
      'https://www.brilio.net/serius/rincian-lengkap-libur-cuti-bersama-2026-17-hari-libur-nasional-dan-8-cuti-bersama-2026-250920i.html',
      'https://lintaspriangan.com/berita-nasional/skb-libur-nasional-cuti-bersama-2026-disahkan',
      'https://batam.tribunnews.com/news/660448/daftar-hari-libur-nasional-dan-long-weekend-tahun-2026-ada-17-hari-libur-nasional',
    ],
    [
      ['2026-01-01', 'Tahun Baru 2026 Masehi', "New Year's Day 2026"],
      ['2026-01-16', 'Isra Mikraj Nabi Muhammad SAW', "Isra Mi'raj of the Prophet Muhammad"],
      ['2026-02-17', 'Tahun Baru Imlek 2577 Kongzili', 'Chinese New Year 2577'],
      ['2026-03-19', 'Hari Suci Nyepi (Tahun Baru Saka 1948)', 'Nyepi, Saka New Year 1948'],
      ['2026-03-21', 'Idulfitri 1447 Hijriah', 'Eid al-Fitr 1447 AH'],
      ['2026-03-22', 'Idulfitri 1447 Hijriah', 'Eid al-Fitr 1447 AH'],
      ['2026-04-03', 'Wafat Yesus Kristus', 'Good Friday'],
      ['2026-04-05', 'Kebangkitan Yesus Kristus (Paskah)', 'Easter Sunday'],
      ['2026-05-01', 'Hari Buruh Internasional', 'International Labour Day'],
      ['2026-05-14', 'Kenaikan Yesus Kristus', 'Ascension Day'],
      ['2026-05-27', 'Iduladha 1447 Hijriah', 'Eid al-Adha 1447 AH'],
      ['2026-05-31', 'Hari Raya Waisak 2570 BE', 'Vesak 2570 BE'],
      ['2026-06-01', 'Hari Lahir Pancasila', 'Pancasila Day'],
      ['2026-06-16', '1 Muharam Tahun Baru Islam 1448 Hijriah', 'Islamic New Year 1448 AH'],
      ['2026-08-17', 'Proklamasi Kemerdekaan', 'Independence Day'],
      ['2026-08-25', 'Maulid Nabi Muhammad SAW', "Prophet Muhammad's Birthday"],
      ['2026-12-25', 'Kelahiran Yesus Kristus', 'Christmas Day'],
    ],
    [
      ['2026-02-16', 'Cuti bersama Tahun Baru Imlek 2577 Kongzili', 'Collective leave: Chinese New Year'],
      ['2026-03-18', 'Cuti bersama Hari Suci Nyepi (Tahun Baru Saka 1948)', 'Collective leave: Nyepi'],
      ['2026-03-20', 'Cuti bersama Idulfitri 1447 Hijriah', 'Collective leave: Eid al-Fitr'],
      ['2026-03-23', 'Cuti bersama Idulfitri 1447 Hijriah', 'Collective leave: Eid al-Fitr'],
      ['2026-03-24', 'Cuti bersama Idulfitri 1447 Hijriah', 'Collective leave: Eid al-Fitr'],
      ['2026-05-15', 'Cuti bersama Kenaikan Yesus Kristus', 'Collective leave: Ascension Day'],
      ['2026-05-28', 'Cuti bersama Iduladha 1447 Hijriah', 'Collective leave: Eid al-Adha'],
      ['2026-12-24', 'Cuti bersama Kelahiran Yesus Kristus', 'Collective leave: Christmas'],
    ],
  ),
};

/**
 * The years for which national days off are shipped, ascending.
 *
 * @example
 * ```ts
 * NATIONAL_HOLIDAY_YEARS; // [2024, 2025, 2026]
 * ```
 */
export const NATIONAL_HOLIDAY_YEARS: readonly number[] = Object.keys(NATIONAL_HOLIDAYS)
  .map(Number)
  .sort((a, b) => a - b);

/**
 * The national days off of a year (libur nasional and cuti bersama), or `undefined` when the year is not shipped:
 * a missing year is never guessed, so callers can tell "no holidays" from "unknown".
 *
 * @example
 * ```ts
 * nationalHolidays(2025)?.some((h) => h.date === '2025-08-18'); // true (cuti bersama added in August 2025)
 * nationalHolidays(2030); // undefined
 * ```
 */
export function nationalHolidays(yearNumber: number): readonly Holiday[] | undefined {
  return Object.hasOwn(NATIONAL_HOLIDAYS, yearNumber) ? NATIONAL_HOLIDAYS[yearNumber]?.holidays : undefined;
}
