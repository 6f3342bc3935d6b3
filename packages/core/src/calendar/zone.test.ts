import { describe, expect, it } from 'vitest';
import {
  assertTimeZone,
  INDONESIAN_ZONE_ABBREVIATIONS,
  isOnCivilDate,
  parseTimeZone,
  startOfCivilDate,
  toCivilDate,
  toZonedDateTime,
  yearInZone,
  zonedTimeToInstant,
  zoneOffsetMinutes,
} from './zone.js';

describe('parseTimeZone', () => {
  it('accepts IANA zones, Indonesian and others', () => {
    for (const zone of [
      ...Object.keys(INDONESIAN_ZONE_ABBREVIATIONS),
      'UTC',
      'America/Sao_Paulo',
      'Pacific/Apia',
    ]) {
      expect(parseTimeZone(zone)).toEqual({ success: true, data: zone });
    }
    expect(parseTimeZone('asia/jakarta')).toEqual({ success: true, data: 'Asia/Jakarta' });
    expect(parseTimeZone('Asia/Kolkata')).toEqual({ success: true, data: 'Asia/Kolkata' });
  });

  it('rejects abbreviations and offsets with a bilingual message naming the IANA zones', () => {
    for (const zone of [
      'WIB',
      'WITA',
      'WIT',
      'wib',
      'UTC+7',
      'UTC+07:00',
      'GMT+07:00',
      '+07:00',
      '+0700',
      'Etc/GMT-7',
      'EST',
      'EST5EDT',
    ]) {
      const result = parseTimeZone(zone);
      expect(result.success, zone).toBe(false);
      if (!result.success) {
        expect(result.issues).toHaveLength(1);
        expect(result.issues[0]?.code).toBe('invalid_time_zone');
        expect(result.issues[0]?.message.id).toContain('Asia/Pontianak');
        expect(result.issues[0]?.message.en).toContain('Asia/Jayapura');
      }
    }
    const wib = parseTimeZone('WIB');
    expect(wib.success === false && wib.issues[0]?.message.en.startsWith('WIB is an abbreviation')).toBe(
      true,
    );
  });

  it('rejects unknown names and non-strings without throwing', () => {
    for (const zone of ['Asia/Atlantis', '', '   ', 7, null, undefined, { zone: 'Asia/Jakarta' }]) {
      const result = parseTimeZone(zone);
      expect(result.success).toBe(false);
    }
    expect(() => assertTimeZone('WIB')).toThrow(/WIB is an abbreviation/);
    expect(() => toCivilDate(new Date('2025-01-01T00:00:00Z'), 'UTC+7')).toThrow(RangeError);
  });
});

describe('instants and civil dates in a zone', () => {
  it('places 31 December 23:59 WIT and 1 January UTC on the right days', () => {
    const witEve = new Date('2025-12-31T23:59:00+09:00');
    expect(witEve.toISOString()).toBe('2025-12-31T14:59:00.000Z');
    expect(toCivilDate(witEve, 'Asia/Jayapura')).toBe('2025-12-31');
    expect(toCivilDate(witEve, 'UTC')).toBe('2025-12-31');
    const utcLate = new Date('2025-12-31T23:30:00Z');
    expect(toCivilDate(utcLate, 'UTC')).toBe('2025-12-31');
    expect(toCivilDate(utcLate, 'Asia/Jayapura')).toBe('2026-01-01');
    expect(yearInZone(utcLate, 'Asia/Jayapura')).toBe(2026);
    expect(toCivilDate(new Date('2026-01-01T00:00:00Z'), 'UTC')).toBe('2026-01-01');
    expect(toCivilDate(new Date('2026-01-01T00:00:00Z'), 'America/Sao_Paulo')).toBe('2025-12-31');
  });

  it("takes Pontianak's 1988 change from UTC+8 to UTC+7 from the zone database", () => {
    expect(zoneOffsetMinutes(new Date('1987-12-31T12:00:00Z'), 'Asia/Pontianak')).toBe(480);
    expect(zoneOffsetMinutes(new Date('1988-01-01T12:00:00Z'), 'Asia/Pontianak')).toBe(420);
    expect(toZonedDateTime(new Date('1987-12-31T12:00:00Z'), 'Asia/Pontianak')).toEqual({
      date: '1987-12-31',
      time: '20:00:00',
    });
    // Clocks went from 1 January 00:00 (+8) back to 31 December 23:00 (+7), so that day had 25 hours.
    expect(toZonedDateTime(new Date('1987-12-31T15:30:00Z'), 'Asia/Pontianak').time).toBe('23:30:00');
    expect(toZonedDateTime(new Date('1987-12-31T16:30:00Z'), 'Asia/Pontianak')).toEqual({
      date: '1987-12-31',
      time: '23:30:00',
    });
    expect(startOfCivilDate('1988-01-01', 'Asia/Pontianak').toISOString()).toBe('1987-12-31T17:00:00.000Z');
    expect(startOfCivilDate('1987-12-31', 'Asia/Pontianak').toISOString()).toBe('1987-12-30T16:00:00.000Z');
  });

  it('keeps local mean time offsets to the second', () => {
    expect(zoneOffsetMinutes(new Date('1900-01-01T00:00:00Z'), 'Asia/Jakarta')).toBeCloseTo(427.2, 10);
  });

  it('finds local midnight as a UTC instant in each Indonesian zone', () => {
    expect(startOfCivilDate('2025-01-01', 'Asia/Jakarta').toISOString()).toBe('2024-12-31T17:00:00.000Z');
    expect(startOfCivilDate('2025-01-01', 'Asia/Pontianak').toISOString()).toBe('2024-12-31T17:00:00.000Z');
    expect(startOfCivilDate('2025-01-01', 'Asia/Makassar').toISOString()).toBe('2024-12-31T16:00:00.000Z');
    expect(startOfCivilDate('2025-01-01', 'Asia/Jayapura').toISOString()).toBe('2024-12-31T15:00:00.000Z');
    expect(startOfCivilDate('2025-01-01', 'UTC').toISOString()).toBe('2025-01-01T00:00:00.000Z');
  });

  it('handles a daylight-saving day whose midnight does not exist, and repeated hours', () => {
    // São Paulo moved clocks from 00:00 to 01:00 on 4 November 2018.
    expect(startOfCivilDate('2018-11-04', 'America/Sao_Paulo').toISOString()).toBe(
      '2018-11-04T03:00:00.000Z',
    );
    // …and back from 00:00 to 23:00 on 17 February 2018: 23:30 happened twice; the earlier one is chosen.
    expect(zonedTimeToInstant('2018-02-17', '23:30', 'America/Sao_Paulo').toISOString()).toBe(
      '2018-02-18T01:30:00.000Z',
    );
    expect(zonedTimeToInstant('2025-06-12', '09:00', 'Asia/Jakarta').toISOString()).toBe(
      '2025-06-12T02:00:00.000Z',
    );
    expect(zonedTimeToInstant('2025-06-12', '09:00:30', 'Asia/Jayapura').toISOString()).toBe(
      '2025-06-12T00:00:30.000Z',
    );
  });

  it('round-trips every local midnight of a year in every Indonesian zone', () => {
    for (const zone of Object.keys(INDONESIAN_ZONE_ABBREVIATIONS)) {
      for (let day = 0; day < 366; day += 1) {
        const date = new Date(Date.UTC(2024, 0, 1 + day)).toISOString().slice(0, 10);
        const start = startOfCivilDate(date, zone);
        expect(toZonedDateTime(start, zone)).toEqual({ date, time: '00:00:00' });
        expect(isOnCivilDate(new Date(start.getTime() - 1), date, zone)).toBe(false);
      }
    }
  });

  it('refuses invalid instants, dates and times', () => {
    expect(() => toCivilDate(new Date(Number.NaN), 'Asia/Jakarta')).toThrow(RangeError);
    expect(() => zonedTimeToInstant('2025-02-30', '09:00', 'Asia/Jakarta')).toThrow(RangeError);
    expect(() => zonedTimeToInstant('2025-02-03', '24:00', 'Asia/Jakarta')).toThrow(RangeError);
  });
});
