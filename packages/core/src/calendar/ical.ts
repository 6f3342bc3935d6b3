import type { Lang, LocalizedText } from '../i18n/index.js';
import { addCivilDays, type CivilDate, utcCivilDate } from './civilDate.js';
import type { CalendarEvent, ProgrammeCalendar } from './programmeCalendar.js';
import {
  INDONESIAN_ZONE_ABBREVIATIONS,
  startOfCivilDate,
  toZonedDateTime,
  zoneOffsetMinutes,
} from './zone.js';

// RFC 5545 output that common clients (Google Calendar, Outlook, Apple Calendar, Thunderbird) import cleanly:
// CRLF line endings, lines folded at 75 octets of UTF-8 without splitting a character, TEXT values escaped,
// all-day events as VALUE=DATE with an exclusive DTEND, timed events with a TZID backed by a VTIMEZONE, and UIDs
// derived from the event ids so that importing a new export updates events instead of duplicating them.

/**
 * Options of {@link toICalendar}.
 *
 * @example
 * ```ts
 * const options: ICalendarOptions = { lang: 'en', uidDomain: 'smartcity.pontianak.go.id', generatedAt: new Date('2025-01-02T00:00:00Z') };
 * ```
 */
export interface ICalendarOptions {
  /** Language of SUMMARY and DESCRIPTION (the other language follows in DESCRIPTION). Default `id`. */
  lang?: Lang;
  /** PRODID. Default `-//smartcity//@smartcity/core//ID`. */
  prodId?: string;
  /** Calendar name (X-WR-CALNAME, NAME). Default: "Kalender Program Smart City <year> – <city>". */
  calendarName?: string;
  /**
   * Right-hand side of every UID (`<event id>@<uidDomain>`). Use a domain the city controls. Default:
   * `<region code or city name>.smartcity.invalid`, so two cities' calendars never share UIDs. Only letters,
   * digits, `-` and `.` are kept (anything else, such as a line break, becomes `-`).
   */
  uidDomain?: string;
  /**
   * DTSTAMP of every event. Pass the time of export when publishing; by default it is derived from the calendar
   * (1 January of its year, 00:00 UTC) so that the same input always gives the same bytes.
   */
  generatedAt?: Date;
}

const CRLF = '\r\n';
const DAY_MS = 86_400_000;

/**
 * Escapes a TEXT value (RFC 5545 §3.3.11): backslash, semicolon, comma and line breaks; control characters
 * other than tab become spaces and unpaired surrogates U+FFFD, which the grammar does not allow.
 *
 * @example
 * ```ts
 * escapeICalText('Rapat; evaluasi, tahap I\nRuang 2'); // 'Rapat\\; evaluasi\\, tahap I\\nRuang 2'
 * ```
 */
export function escapeICalText(text: string): string {
  // The common case has nothing to escape; otherwise one pass replaces every kind of character at once.
  if (!NEEDS_ESCAPE.test(text)) return text;
  return text.replace(ESCAPES, escapeOne);
}

const ESCAPES =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are replaced.
  /\r\n|[\\;,\r\n]|[\u0000-\u0008\u000b-\u001f\u007f]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

function escapeOne(match: string): string {
  switch (match) {
    case '\\':
      return '\\\\';
    case ';':
      return '\\;';
    case ',':
      return '\\,';
    case '\r\n':
    case '\r':
    case '\n':
      return '\\n';
    default:
      // A lone surrogate becomes U+FFFD; a control character (other than tab) a space.
      return match.length === 1 && match.charCodeAt(0) >= 0xd800 ? '\uFFFD' : ' ';
  }
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters need escaping.
const NEEDS_ESCAPE = /[\\;,\u0000-\u0008\u000a-\u001f\u007f\uD800-\uDFFF]/;

/**
 * A parameter value (RFC 5545 §3.2): no control characters and no double quote; quoted when it holds `:`, `;` or
 * `,`. Used for TZID, whose value could otherwise end the property line early.
 */
function paramValue(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are removed.
  const clean = text.replace(/[\u0000-\u001f\u007f"]/g, '');
  return /[:;,]/.test(clean) ? `"${clean}"` : clean;
}

/**
 * The right-hand side of a UID: a domain name (letters, digits, `-`, `.`). Anything else in the option (a CR/LF
 * that would start a new property, spaces, `@`) is replaced by `-`, so the option can never add a line.
 */
function uidDomainValue(text: string): string {
  const clean = text.replace(/[^A-Za-z0-9.-]+/g, '-').replace(/^[-.]+|[-.]+$/g, '');
  return clean === '' ? 'smartcity.invalid' : clean;
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: the ASCII range, control characters included.
const ASCII = /^[\u0000-\u007f]*$/;

function utf8Length(codePoint: number): number {
  if (codePoint < 0x80) return 1;
  if (codePoint < 0x800) return 2;
  if (codePoint < 0x10000) return 3;
  return 4;
}

/**
 * Folds one content line at 75 octets (RFC 5545 §3.1): continuation lines start with a space, and a multi-byte
 * UTF-8 character is never split.
 *
 * @example
 * ```ts
 * foldICalLine('SUMMARY:' + 'a'.repeat(80)).split('\r\n').length; // 2
 * ```
 */
export function foldICalLine(line: string): string {
  // ASCII (most lines): one octet per unit, so folding is slicing; short lines need nothing.
  if (ASCII.test(line)) {
    if (line.length <= 75) return line;
    let out = line.slice(0, 75);
    for (let at = 75; at < line.length; at += 74) out += `${CRLF} ${line.slice(at, at + 74)}`;
    return out;
  }
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  let start = 0;
  let index = 0;
  while (index < line.length) {
    const code = line.codePointAt(index) ?? 0;
    const width = code > 0xffff ? 2 : 1;
    const size = utf8Length(code);
    if (octets + size > 75) {
      parts.push(current + line.slice(start, index));
      current = ' ';
      start = index;
      octets = 1;
    }
    octets += size;
    index += width;
  }
  parts.push(current + line.slice(start));
  return parts.join(CRLF);
}

function basicDate(date: CivilDate): string {
  return date.replace(/-/g, '');
}

function utcStamp(instant: Date): string {
  const ms = instant.getTime();
  if (Number.isNaN(ms)) throw new RangeError('generatedAt is an invalid Date (tanggal tidak valid)');
  const seconds = Math.floor((ms - Math.floor(ms / DAY_MS) * DAY_MS) / 1000);
  const time = [Math.floor(seconds / 3600), Math.floor((seconds % 3600) / 60), seconds % 60]
    .map((n) => String(n).padStart(2, '0'))
    .join('');
  return `${basicDate(utcCivilDate(instant))}T${time}Z`;
}

function localStamp(instantIso: string, zone: string): string {
  const { date, time } = toZonedDateTime(new Date(instantIso), zone);
  return `${basicDate(date)}T${time.replace(/:/g, '')}`;
}

function offsetText(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const totalSeconds = Math.round(Math.abs(minutes) * 60);
  const hh = String(Math.floor(totalSeconds / 3600)).padStart(2, '0');
  const mm = String(Math.floor((totalSeconds % 3600) / 60)).padStart(2, '0');
  const ss = totalSeconds % 60;
  return `${sign}${hh}${mm}${ss === 0 ? '' : String(ss).padStart(2, '0')}`;
}

// The zone's offsets over the calendar's year: a first component from 1970 with the offset at the start of the
// year, then one component per transition inside the year (found by daily sampling and bisection). Indonesian
// zones have had no transition since 1988, so they get a single STANDARD component.
function vtimezone(zone: string, year: number): string[] {
  const from = startOfCivilDate(`${String(year).padStart(4, '0')}-01-01`, zone).getTime() - DAY_MS;
  const to = from + 368 * DAY_MS;
  const offsetAt = (ms: number) => zoneOffsetMinutes(new Date(ms), zone);
  const transitions: { at: number; before: number; after: number }[] = [];
  let previous = offsetAt(from);
  for (let t = from + DAY_MS; t <= to; t += DAY_MS) {
    const current = offsetAt(t);
    if (current !== previous) {
      let low = t - DAY_MS;
      let high = t;
      while (high - low > 1000) {
        const mid = low + Math.floor((high - low) / 2000) * 1000;
        if (offsetAt(mid) === previous) low = mid;
        else high = mid;
      }
      transitions.push({ at: high, before: previous, after: current });
      previous = current;
    }
  }
  const initial = offsetAt(from);
  const offsets = [initial, ...transitions.map((t) => t.after)];
  const standard = Math.min(...offsets);
  const abbreviation = (INDONESIAN_ZONE_ABBREVIATIONS as Record<string, string>)[zone];
  const component = (kind: 'STANDARD' | 'DAYLIGHT', start: string, before: number, after: number) => [
    `BEGIN:${kind}`,
    `DTSTART:${start}`,
    `TZOFFSETFROM:${offsetText(before)}`,
    `TZOFFSETTO:${offsetText(after)}`,
    ...(abbreviation ? [`TZNAME:${abbreviation}`] : []),
    `END:${kind}`,
  ];
  const lines = [`BEGIN:VTIMEZONE`, `TZID:${escapeICalText(zone)}`];
  lines.push(...component(initial > standard ? 'DAYLIGHT' : 'STANDARD', '19700101T000000', initial, initial));
  for (const t of transitions) {
    // DTSTART is the local time of onset read with the offset in force before it (RFC 5545 §3.6.5).
    const local = utcStamp(new Date(t.at + t.before * 60_000)).slice(0, -1);
    lines.push(...component(t.after > standard ? 'DAYLIGHT' : 'STANDARD', local, t.before, t.after));
  }
  lines.push('END:VTIMEZONE');
  return lines;
}

function slug(text: string): string {
  const out = text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return out === '' ? 'kota' : out;
}

function describe(event: CalendarEvent, lang: Lang): string {
  const other: Lang = lang === 'id' ? 'en' : 'id';
  const words: Record<Lang, { language: string; source: string; concerns: string }> = {
    id: { language: 'Bahasa Indonesia', source: 'Sumber', concerns: 'Terkait' },
    en: { language: 'English', source: 'Source', concerns: 'Concerns' },
  };
  const pick = (text: LocalizedText, l: Lang) => text[l];
  const parts: string[] = [];
  if (event.description) parts.push(pick(event.description, lang));
  const concerns = Object.entries(event.concerns ?? {})
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => `${key}=${value}`);
  if (concerns.length > 0) parts.push(`${words[lang].concerns}: ${concerns.join('; ')}`);
  const otherText = event.description
    ? `${pick(event.label, other)}. ${pick(event.description, other)}`
    : pick(event.label, other);
  parts.push(`${words[other].language}: ${otherText}`);
  if (event.source) parts.push(`${words[lang].source}: ${event.source}`);
  return parts.join('\n\n');
}

/**
 * Exports a programme calendar as an iCalendar (RFC 5545) document that Google Calendar, Outlook, Apple Calendar
 * and Thunderbird import: stable UIDs (re-importing updates events rather than duplicating them), all-day events
 * as `VALUE=DATE` with an exclusive end, timed events with `TZID` and a `VTIMEZONE`, escaped text, lines folded at
 * 75 octets and CRLF line endings. The same calendar and options always give the same bytes.
 *
 * @example
 * ```ts
 * const result = programmeCalendar(2025, { timeZone: 'Asia/Pontianak' });
 * if (result.success) {
 *   const ics = toICalendar(result.data, { lang: 'en', uidDomain: 'smartcity.pontianak.go.id' });
 *   ics.startsWith('BEGIN:VCALENDAR\r\n'); // true
 * }
 * ```
 */
export function toICalendar(calendar: ProgrammeCalendar, options: ICalendarOptions = {}): string {
  const lang: Lang = options.lang ?? 'id';
  const city = calendar.municipality?.name;
  const region = calendar.municipality?.regionCode ?? city;
  const uidDomain = uidDomainValue(
    options.uidDomain ?? (region ? `${slug(region)}.smartcity.invalid` : 'smartcity.invalid'),
  );
  const defaultName: LocalizedText = {
    id: `Kalender Program Smart City ${calendar.year}${city ? ` – ${city}` : ''}`,
    en: `Smart City Programme Calendar ${calendar.year}${city ? ` – ${city}` : ''}`,
  };
  const name = options.calendarName ?? defaultName[lang];
  const stamp = options.generatedAt
    ? utcStamp(options.generatedAt)
    : `${String(calendar.year).padStart(4, '0')}0101T000000Z`;

  const zones = new Set<string>();
  for (const event of calendar.events) {
    if (!event.allDay) {
      zones.add(event.start.zone);
      zones.add(event.end.zone);
    }
  }
  const lines: string[] = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${escapeICalText(options.prodId ?? '-//smartcity//@smartcity/core//ID')}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `NAME:${escapeICalText(name)}`,
    `X-WR-CALNAME:${escapeICalText(name)}`,
    `X-WR-TIMEZONE:${escapeICalText(calendar.timeZone)}`,
  ];
  for (const zone of [calendar.timeZone, ...[...zones].filter((z) => z !== calendar.timeZone).sort()]) {
    lines.push(...vtimezone(zone, calendar.year));
  }
  // Each event becomes one string right away, so a calendar of tens of thousands of events never holds millions
  // of small line strings at once.
  const head = `${lines.map(foldICalLine).join(CRLF)}${CRLF}`;
  const chunks: string[] = [head];
  for (const event of calendar.events) {
    lines.length = 0;
    lines.push('BEGIN:VEVENT', `UID:${escapeICalText(event.id)}@${uidDomain}`, `DTSTAMP:${stamp}`);
    if (event.allDay) {
      lines.push(
        `DTSTART;VALUE=DATE:${basicDate(event.start)}`,
        `DTEND;VALUE=DATE:${basicDate(addCivilDays(event.end, 1))}`,
      );
    } else {
      lines.push(
        `DTSTART;TZID=${paramValue(event.start.zone)}:${localStamp(event.start.instant, event.start.zone)}`,
        `DTEND;TZID=${paramValue(event.end.zone)}:${localStamp(event.end.instant, event.end.zone)}`,
      );
    }
    lines.push(
      `SUMMARY:${escapeICalText(event.label[lang])}`,
      `DESCRIPTION:${escapeICalText(describe(event, lang))}`,
      `CATEGORIES:${escapeICalText(event.kind)}`,
      `STATUS:${event.estimated ? 'TENTATIVE' : 'CONFIRMED'}`,
      `TRANSP:${event.allDay ? 'TRANSPARENT' : 'OPAQUE'}`,
      'END:VEVENT',
    );
    let text = '';
    for (const line of lines) text += `${foldICalLine(line)}${CRLF}`;
    chunks.push(text);
  }
  chunks.push(`END:VCALENDAR${CRLF}`);
  return chunks.join('');
}
