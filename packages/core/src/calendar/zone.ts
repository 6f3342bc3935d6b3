import type { LocalizedText } from '../i18n/index.js';
import { issue, type Result } from '../issues/index.js';
import {
  type CivilDate,
  civilDateFromEpochDay,
  civilDateParts,
  civilDateToEpochDay,
  isCivilDate,
} from './civilDate.js';

// Every conversion between instants and civil dates takes the IANA zone as an argument and asks the zone database
// (through `Intl`) for the offset at that instant. Nothing reads the machine's zone, and nothing hard-codes an
// offset: Pontianak's move from UTC+8 to UTC+7 on 1 January 1988 comes from the database, not from this file.

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;

/**
 * The four Indonesian time zones by IANA name, with the abbreviation people use and its UTC offset. None of them
 * observes daylight saving time. Source: `reliability-and-anchors.md` §B.8 (WIB = UTC+7 in `Asia/Jakarta` and
 * `Asia/Pontianak`, WITA = UTC+8 in `Asia/Makassar`, WIT = UTC+9 in `Asia/Jayapura`).
 *
 * @example
 * ```ts
 * INDONESIAN_ZONE_ABBREVIATIONS['Asia/Makassar']; // 'WITA'
 * ```
 */
export const INDONESIAN_ZONE_ABBREVIATIONS = {
  'Asia/Jakarta': 'WIB',
  'Asia/Pontianak': 'WIB',
  'Asia/Makassar': 'WITA',
  'Asia/Jayapura': 'WIT',
} as const satisfies Record<string, 'WIB' | 'WITA' | 'WIT'>;

const ZONES_HINT: LocalizedText = {
  id: 'Gunakan nama zona IANA: Asia/Jakarta atau Asia/Pontianak (WIB), Asia/Makassar (WITA), Asia/Jayapura (WIT)',
  en: 'Use an IANA zone name: Asia/Jakarta or Asia/Pontianak (WIB), Asia/Makassar (WITA), Asia/Jayapura (WIT)',
};

const ABBREVIATION_HINTS: Record<string, LocalizedText> = {
  WIB: { id: 'WIB adalah singkatan, bukan zona IANA', en: 'WIB is an abbreviation, not an IANA zone' },
  WITA: { id: 'WITA adalah singkatan, bukan zona IANA', en: 'WITA is an abbreviation, not an IANA zone' },
  WIT: { id: 'WIT adalah singkatan, bukan zona IANA', en: 'WIT is an abbreviation, not an IANA zone' },
};

// Offsets written as text (`UTC+7`, `GMT+07:00`, `+07:00`, `Etc/GMT-7`) are rejected even where `Intl` accepts them:
// a fixed offset forgets the zone's history, and the POSIX `Etc/GMT-7` means UTC+7, the opposite of how it reads.
const OFFSET_PATTERN = /^(?:(?:UTC|GMT|UT|Z)\s*)?[+\-\u2212]\s*\d{1,2}(?::?\d{2}){0,2}$/i;
const ETC_OFFSET_PATTERN = /^Etc\/(?:GMT|UTC|UCT)[+-]\d{1,2}$/i;
// Abbreviations (EST, CET, wib) and POSIX-style names (EST5EDT); `UTC` and `GMT` are real zone names and stay
// valid, and so do mixed-case legacy names such as `Japan`.
const ABBREVIATION_PATTERN = /^(?:[A-Z]{2,5}|[a-z]{2,5}|[A-Za-z]{3,4}\d{1,2}(?:[A-Za-z]{3,4})?)$/;
const ALLOWED_SHORT_NAMES = new Set(['UTC', 'GMT']);

const zoneCache = new Map<string, string | null>();

function resolveZone(zone: string): string | null {
  const cached = zoneCache.get(zone);
  if (cached !== undefined) return cached;
  let resolved: string | null = null;
  try {
    // The formatter is built for the zone given, so this reads that zone's canonical name, never the machine's.
    const options = new Intl.DateTimeFormat('en-US', { timeZone: zone }).resolvedOptions();
    resolved = options.timeZone;
  } catch {
    resolved = null;
  }
  zoneCache.set(zone, resolved);
  return resolved;
}

/**
 * Validates a time zone given by a person or a file: any IANA zone name the runtime knows (`Asia/Jakarta`,
 * `Asia/Pontianak`, `Asia/Makassar`, `Asia/Jayapura`, `UTC`, `America/Sao_Paulo` …). Abbreviations (`WIB`,
 * `WITA`, `WIT`, `EST`) and offsets (`UTC+7`, `GMT+07:00`, `+07:00`, `Etc/GMT-7`) are errors, never a silent
 * UTC. Returns the zone name with its case corrected.
 *
 * @example
 * ```ts
 * parseTimeZone('Asia/Pontianak'); // { success: true, data: 'Asia/Pontianak' }
 * parseTimeZone('WIB').success; // false: "WIB adalah singkatan… / WIB is an abbreviation…"
 * ```
 */
export function parseTimeZone(zone: unknown): Result<string> {
  const fail = (detail: LocalizedText): Result<string> => ({
    success: false,
    issues: [
      issue([], 'invalid_time_zone', {
        id: `${detail.id}. ${ZONES_HINT.id}`,
        en: `${detail.en}. ${ZONES_HINT.en}`,
      }),
    ],
  });
  if (typeof zone !== 'string' || zone.trim() === '') {
    return fail({ id: 'Zona waktu wajib diisi', en: 'A time zone is required' });
  }
  const text = zone.trim();
  const upper = text.toUpperCase();
  const abbreviationHint = ABBREVIATION_HINTS[upper];
  if (abbreviationHint) return fail(abbreviationHint);
  if (OFFSET_PATTERN.test(text) || ETC_OFFSET_PATTERN.test(text)) {
    return fail({
      id: `"${text}" adalah selisih waktu tetap, bukan zona IANA`,
      en: `"${text}" is a fixed offset, not an IANA zone`,
    });
  }
  if (ABBREVIATION_PATTERN.test(text) && !ALLOWED_SHORT_NAMES.has(upper)) {
    return fail({
      id: `"${text}" adalah singkatan, bukan zona IANA`,
      en: `"${text}" is an abbreviation, not an IANA zone`,
    });
  }
  const resolved = resolveZone(text);
  if (resolved === null) {
    return fail({ id: `Zona waktu "${text}" tidak dikenal`, en: `Unknown time zone "${text}"` });
  }
  // Keep the name as given (ICU canonicalises some names to outdated aliases, e.g. Asia/Kolkata → Asia/Calcutta),
  // only correcting the case when the runtime reports the same name.
  return { success: true, data: resolved.toLowerCase() === text.toLowerCase() ? resolved : text };
}

/**
 * Checks a time zone like {@link parseTimeZone} but throws a `RangeError` with the bilingual message. For code
 * paths whose zone has already been validated (e.g. a parsed workspace's `municipality.timeZone`).
 *
 * @example
 * ```ts
 * assertTimeZone('Asia/Jayapura'); // 'Asia/Jayapura'
 * ```
 */
export function assertTimeZone(zone: string): string {
  const result = parseTimeZone(zone);
  if (!result.success) {
    const message = result.issues[0]?.message;
    throw new RangeError(message ? `${message.en} (${message.id})` : `Invalid time zone ${zone}`);
  }
  return result.data;
}

const offsetFormatters = new Map<string, Intl.DateTimeFormat>();

function offsetFormatter(zone: string): Intl.DateTimeFormat {
  let formatter = offsetFormatters.get(zone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' });
    offsetFormatters.set(zone, formatter);
  }
  return formatter;
}

function instantMs(instant: Date): number {
  const ms = instant instanceof Date ? instant.getTime() : Number.NaN;
  if (Number.isNaN(ms)) throw new RangeError('Invalid Date (tanggal/waktu tidak valid)');
  return ms;
}

// Offset in milliseconds east of UTC at an instant, read from `Intl` as `GMT+07:00` (or `GMT+07:07:12` for
// local mean time before standard time, or `GMT` for zero).
function offsetMsAt(ms: number, zone: string): number {
  const part = offsetFormatter(zone)
    .formatToParts(ms)
    .find((p) => p.type === 'timeZoneName')?.value;
  if (part === undefined || part === 'GMT' || part === 'UTC') return 0;
  const match = /^(?:GMT|UTC)([+\-\u2212])(\d{1,2})(?::?(\d{2}))?(?::?(\d{2}))?$/.exec(part);
  if (!match) throw new RangeError(`Unexpected offset "${part}" for ${zone}`);
  const sign = match[1] === '+' ? 1 : -1;
  const seconds = Number(match[2]) * 3600 + Number(match[3] ?? 0) * 60 + Number(match[4] ?? 0);
  return sign * seconds * 1000;
}

/**
 * The zone's offset from UTC at an instant, in minutes east of UTC (+420 for WIB). Fractional for the local mean
 * time some zones used before standard time (Jakarta +07:07:12 is 427.2).
 *
 * @example
 * ```ts
 * zoneOffsetMinutes(new Date('1987-12-31T12:00:00Z'), 'Asia/Pontianak'); // 480
 * zoneOffsetMinutes(new Date('1988-01-01T12:00:00Z'), 'Asia/Pontianak'); // 420
 * ```
 */
export function zoneOffsetMinutes(instant: Date, zone: string): number {
  const ms = instantMs(instant);
  return offsetMsAt(ms, assertTimeZone(zone)) / MINUTE_MS;
}

/**
 * The local wall-clock reading of an instant in a zone: its civil date and its time `HH:MM:SS`.
 *
 * @example
 * ```ts
 * toZonedDateTime(new Date('2025-06-30T16:30:00Z'), 'Asia/Makassar'); // { date: '2025-07-01', time: '00:30:00' }
 * ```
 */
export function toZonedDateTime(instant: Date, zone: string): { date: CivilDate; time: string } {
  const ms = instantMs(instant);
  const local = ms + offsetMsAt(ms, assertTimeZone(zone));
  const epochDay = Math.floor(local / DAY_MS);
  const secondOfDay = Math.floor((local - epochDay * DAY_MS) / 1000);
  const hh = Math.floor(secondOfDay / 3600);
  const mm = Math.floor((secondOfDay % 3600) / 60);
  const ss = secondOfDay % 60;
  const time = [hh, mm, ss].map((n) => String(n).padStart(2, '0')).join(':');
  return { date: civilDateFromEpochDay(epochDay), time };
}

/**
 * The civil date an instant falls on in a zone: the day a person there would write down.
 *
 * @example
 * ```ts
 * const instant = new Date('2025-12-31T23:30:00Z');
 * toCivilDate(instant, 'UTC'); // '2025-12-31'
 * toCivilDate(instant, 'Asia/Jayapura'); // '2026-01-01'
 * ```
 */
export function toCivilDate(instant: Date, zone: string): CivilDate {
  return toZonedDateTime(instant, zone).date;
}

/**
 * The UTC instant a local wall-clock time happens in a zone. Where a daylight-saving gap skips the time, the
 * instant the clocks jump is returned; where an overlap repeats it, the earlier instant. Throws a `RangeError`
 * for an invalid date, time (`HH:MM` or `HH:MM:SS`) or zone.
 *
 * @example
 * ```ts
 * zonedTimeToInstant('2025-06-12', '09:00', 'Asia/Jakarta').toISOString(); // '2025-06-12T02:00:00.000Z'
 * ```
 */
export function zonedTimeToInstant(date: CivilDate, time: string, zone: string): Date {
  const checked = assertTimeZone(zone);
  if (!isCivilDate(date)) throw new RangeError(`Invalid civil date "${String(date)}" (tanggal tidak valid)`);
  const match = /^([01]\d|2[0-3]):([0-5]\d)(?::([0-5]\d))?$/.exec(time);
  if (!match) throw new RangeError(`Invalid time "${time}": use HH:MM (jam tidak valid: gunakan JJ:MM)`);
  const wall =
    civilDateToEpochDay(date) * DAY_MS +
    (Number(match[1]) * 3600 + Number(match[2]) * 60 + Number(match[3] ?? 0)) * 1000;
  // The offset can only be one of the offsets in force around that wall time; try both and keep those that
  // read back as the same wall time.
  const before = offsetMsAt(wall - DAY_MS, checked);
  const after = offsetMsAt(wall + DAY_MS, checked);
  const candidates = [...new Set([wall - before, wall - after])].sort((a, b) => a - b);
  const exact = candidates.filter((t) => t + offsetMsAt(t, checked) === wall);
  const chosen = exact[0] ?? candidates[candidates.length - 1];
  return new Date(chosen ?? wall - before);
}

/**
 * The UTC instant a civil date begins in a zone (local midnight, or the first instant of the day where a
 * daylight-saving change skips midnight).
 *
 * @example
 * ```ts
 * startOfCivilDate('2025-01-01', 'Asia/Jakarta').toISOString(); // '2024-12-31T17:00:00.000Z'
 * ```
 */
export function startOfCivilDate(date: CivilDate, zone: string): Date {
  return zonedTimeToInstant(date, '00:00', zone);
}

/**
 * Checks that an instant falls on a civil date in a zone, e.g. "is this timestamp on 30 June in Pontianak?".
 *
 * @example
 * ```ts
 * isOnCivilDate(new Date('2025-06-30T16:30:00Z'), '2025-06-30', 'Asia/Pontianak'); // true
 * ```
 */
export function isOnCivilDate(instant: Date, date: CivilDate, zone: string): boolean {
  return toCivilDate(instant, zone) === date;
}

/**
 * The year of an instant in a zone (the fiscal year there: the fiscal year is the calendar year).
 *
 * @example
 * ```ts
 * yearInZone(new Date('2025-12-31T15:00:00Z'), 'Asia/Jayapura'); // 2026
 * ```
 */
export function yearInZone(instant: Date, zone: string): number {
  return civilDateParts(toCivilDate(instant, zone)).year;
}
