import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { fixtureWorkspace } from './__fixtures__/workspace.js';
import { escapeICalText, foldICalLine, toICalendar } from './ical.js';
import { type ProgrammeCalendar, programmeCalendar } from './programmeCalendar.js';

function build(year: number, options: Parameters<typeof programmeCalendar>[1]): ProgrammeCalendar {
  const result = programmeCalendar(year, options);
  if (!result.success) throw new Error(JSON.stringify(result.issues));
  return result.data;
}

const encoder = new TextEncoder();
const calendar = build(2025, { workspace: fixtureWorkspace });
const generatedAt = new Date('2025-01-02T03:04:05Z');

function parse(ics: string) {
  const component = new ICAL.Component(ICAL.parse(ics));
  return { component, events: component.getAllSubcomponents('vevent') };
}

describe('toICalendar', () => {
  const ics = toICalendar(calendar, { generatedAt, uidDomain: 'smartcity.contoh.go.id' });

  it('parses back with ical.js: one VEVENT per event, with stable UIDs', () => {
    const { component, events } = parse(ics);
    expect(component.getFirstPropertyValue('version')).toBe('2.0');
    expect(component.getFirstPropertyValue('prodid')).toBe('-//smartcity//@smartcity/core//ID');
    expect(component.getFirstPropertyValue('calscale')).toBe('GREGORIAN');
    expect(component.getFirstPropertyValue('x-wr-calname')).toBe(
      'Kalender Program Smart City 2025 – Kota Contoh',
    );
    expect(component.getFirstPropertyValue('x-wr-timezone')).toBe('Asia/Pontianak');
    expect(events).toHaveLength(calendar.events.length);
    expect(events.map((e) => e.getFirstPropertyValue('uid'))).toEqual(
      calendar.events.map((e) => `${e.id}@smartcity.contoh.go.id`),
    );
    for (const event of events) {
      expect(String(event.getFirstPropertyValue('dtstamp'))).toBe('2025-01-02T03:04:05Z');
    }
  });

  it('writes all-day events as DATE values with an exclusive end', () => {
    const { events } = parse(ics);
    const semester = events.find(
      (e) => e.getFirstPropertyValue('uid') === '2025-semester-1@smartcity.contoh.go.id',
    );
    const start = semester?.getFirstProperty('dtstart');
    expect(start?.type).toBe('date');
    expect(String(start?.getFirstValue())).toBe('2025-01-01');
    expect(String(semester?.getFirstPropertyValue('dtend'))).toBe('2025-07-01');
    expect(semester?.getFirstPropertyValue('categories')).toBe('semester');
    const estimate = events.find(
      (e) => e.getFirstPropertyValue('uid') === '2025-bimtek-1@smartcity.contoh.go.id',
    );
    expect(estimate?.getFirstPropertyValue('status')).toBe('TENTATIVE');
    expect(String(estimate?.getFirstPropertyValue('dtend'))).toBe('2025-06-25');
  });

  it('writes timed events with TZID and a VTIMEZONE so clients get the right instant', () => {
    expect(ics).toContain('DTSTART;TZID=Asia/Pontianak:20251204T090000\r\n');
    expect(ics).toContain('DTEND;TZID=Asia/Pontianak:20251204T113000\r\n');
    const { component, events } = parse(ics);
    const zones = component.getAllSubcomponents('vtimezone');
    expect(zones).toHaveLength(1);
    expect(zones[0]?.getFirstPropertyValue('tzid')).toBe('Asia/Pontianak');
    const standard = zones[0]?.getAllSubcomponents('standard') ?? [];
    expect(standard).toHaveLength(1);
    expect(zones[0]?.getAllSubcomponents('daylight')).toHaveLength(0);
    expect(standard[0]?.getFirstPropertyValue('tzname')).toBe('WIB');
    expect(String(standard[0]?.getFirstPropertyValue('tzoffsetto'))).toBe('+07:00');
    const timezone = new ICAL.Timezone(zones[0] as ICAL.Component);
    const paparan = events.find(
      (e) => e.getFirstPropertyValue('uid') === '2025-paparan-wali-kota@smartcity.contoh.go.id',
    );
    const dtstart = paparan?.getFirstProperty('dtstart');
    expect(dtstart?.type).toBe('date-time');
    expect(dtstart?.getParameter('tzid')).toBe('Asia/Pontianak');
    const time = dtstart?.getFirstValue() as ICAL.Time;
    time.zone = timezone;
    expect(time.toUnixTime()).toBe(Date.parse('2025-12-04T02:00:00Z') / 1000);
  });

  it('round-trips text with commas, semicolons, newlines and non-ASCII', () => {
    const { events } = parse(ics);
    const byUid = (uid: string) =>
      events.find((e) => e.getFirstPropertyValue('uid') === `${uid}@smartcity.contoh.go.id`);
    expect(byUid('2025-forum')?.getFirstPropertyValue('summary')).toBe('Forum Smart City, kota & warga');
    expect(byUid('2025-paparan-wali-kota')?.getFirstPropertyValue('summary')).toBe(
      'Paparan Wali Kota: masterplan\nSesi 1',
    );
    const description = String(byUid('2025-paparan-wali-kota')?.getFirstPropertyValue('description'));
    expect(description).toContain('Ruang Rapat Wali Kota — lantai 2');
    expect(description).toContain(
      "English: Mayor presentation: masterplan\nSession 1. Mayor's meeting room — 2nd floor",
    );
    expect(description).toContain('Terkait: pillarId=governance');
    expect(byUid('2025-kpi-e-retribusi-transaksi')?.getFirstPropertyValue('summary')).toBe(
      'Target KPI: Transaksi nontunai; per bulan (E-Retribusi Pasar)',
    );
    const english = parse(toICalendar(calendar, { lang: 'en', generatedAt }));
    const forum = english.events.find((e) =>
      String(e.getFirstPropertyValue('uid')).startsWith('2025-forum@'),
    );
    expect(forum?.getFirstPropertyValue('summary')).toBe('Smart City Forum; city and citizens');
    expect(String(forum?.getFirstPropertyValue('description'))).toContain(
      'Bahasa Indonesia: Forum Smart City, kota & warga',
    );
  });

  it('uses CRLF and folds every physical line at 75 octets without splitting characters', () => {
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const lines = ics.split('\r\n').slice(0, -1);
    for (const line of lines) {
      expect(encoder.encode(line).length).toBeLessThanOrEqual(75);
      expect(line).not.toContain('\uFFFD');
    }
    expect(lines.some((l) => l.startsWith(' '))).toBe(true);
  });

  it('is byte-identical when exported again, and UIDs differ between cities by default', () => {
    const again = toICalendar(build(2025, { workspace: fixtureWorkspace }), {
      generatedAt,
      uidDomain: 'smartcity.contoh.go.id',
    });
    expect(again).toBe(ics);
    const defaultDomain = toICalendar(calendar);
    expect(defaultDomain).toContain('UID:2025-semester-1@61-99.smartcity.invalid\r\n');
    expect(defaultDomain).toContain('DTSTAMP:20250101T000000Z\r\n');
    const noCity = toICalendar(build(2025, { timeZone: 'Asia/Jayapura' }));
    expect(noCity).toContain('UID:2025-semester-1@smartcity.invalid\r\n');
    expect(noCity).toContain('TZNAME:WIT\r\n');
  });

  it('matches the committed golden export (same bytes under every machine zone)', async () => {
    await expect(ics.replace(/\r\n/g, '\n')).toMatchFileSnapshot('./__golden__/kota-contoh-2025.ics');
  });

  it('describes zones with daylight saving time with their transitions', () => {
    const berlin = build(2025, {
      timeZone: 'Europe/Berlin',
      overrides: {
        events: [
          {
            id: 'rapat',
            kind: 'other',
            label: { id: 'Rapat', en: 'Meeting' },
            start: '07-01',
            startTime: '10:00',
            endTime: '11:00',
          },
        ],
      },
    });
    const text = toICalendar(berlin);
    const { component, events } = parse(text);
    const zone = component.getFirstSubcomponent('vtimezone') as ICAL.Component;
    expect(zone.getAllSubcomponents('daylight')).toHaveLength(1);
    expect(zone.getAllSubcomponents('standard')).toHaveLength(2);
    expect(text).toContain('DTSTART:20250330T020000\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0200\r\n');
    const rapat = events.find((e) => String(e.getFirstPropertyValue('uid')).startsWith('2025-rapat@'));
    const time = rapat?.getFirstPropertyValue('dtstart') as ICAL.Time;
    time.zone = new ICAL.Timezone(zone);
    expect(time.toUnixTime()).toBe(Date.parse('2025-07-01T08:00:00Z') / 1000);
  });
});

describe('text helpers', () => {
  it('escapes TEXT values', () => {
    expect(escapeICalText('a\\b;c,d\ne\r\nf\rg')).toBe('a\\\\b\\;c\\,d\\ne\\nf\\ng');
    expect(escapeICalText('tab\there\u0007bell')).toBe('tab\there bell');
    expect(escapeICalText('lone \uD800 surrogate')).toBe('lone \uFFFD surrogate');
  });

  it('folds by octets, never inside a multi-byte character', () => {
    const line = `SUMMARY:${'é'.repeat(40)}${'😀'.repeat(20)}`;
    const folded = foldICalLine(line);
    const parts = folded.split('\r\n');
    expect(parts.length).toBeGreaterThan(1);
    for (const part of parts) expect(encoder.encode(part).length).toBeLessThanOrEqual(75);
    expect(parts.map((p, i) => (i === 0 ? p : p.slice(1))).join('')).toBe(line);
    expect(foldICalLine('SHORT:line')).toBe('SHORT:line');
  });
});

describe('options never add lines (issue 9, defect 7)', () => {
  const hostile = 'evil.example\r\nATTENDEE:mailto:victim@example.com\nX-INJECTED:1';

  it('keeps a CR/LF in uidDomain, prodId or calendarName inside its own property', () => {
    const ics = toICalendar(calendar, {
      uidDomain: hostile,
      prodId: hostile,
      calendarName: hostile,
      generatedAt,
    });
    const lines = ics.split('\r\n');
    expect(lines.some((l) => l.startsWith('ATTENDEE') || l.startsWith('X-INJECTED'))).toBe(false);
    expect(ics).not.toMatch(/[^\r]\n/);
    const { events } = parse(ics);
    expect(events).toHaveLength(calendar.events.length);
    for (const event of events) {
      expect(String(event.getFirstPropertyValue('uid'))).toMatch(/^[^\s@]+@[A-Za-z0-9.-]+$/);
      expect(event.getAllProperties('attendee')).toEqual([]);
    }
  });

  it('keeps a domain that is already clean as it is', () => {
    const ics = toICalendar(calendar, { uidDomain: 'smartcity.pontianak.go.id', generatedAt });
    expect(ics).toContain(`UID:${calendar.events[0]!.id}@smartcity.pontianak.go.id\r\n`);
  });

  it('escapes the event ids of a hand-built calendar', () => {
    const handBuilt: ProgrammeCalendar = {
      ...calendar,
      events: [
        {
          id: 'x\r\nATTENDEE:mailto:a@b\nX-INJECTED:1',
          kind: 'other',
          label: { id: 'a', en: 'a' },
          allDay: false,
          start: { instant: '2025-06-12T02:00:00.000Z', zone: 'Asia/Jakarta' },
          end: { instant: '2025-06-12T03:00:00.000Z', zone: 'Asia/Jakarta' },
        },
      ],
    };
    const ics = toICalendar(handBuilt, { generatedAt });
    const lines = ics.split('\r\n');
    expect(lines.some((l) => l.startsWith('ATTENDEE') || l.startsWith('X-INJECTED'))).toBe(false);
  });
});
