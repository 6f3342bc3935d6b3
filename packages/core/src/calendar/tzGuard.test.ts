import { describe, expect, it } from 'vitest';

// The calendar tests run under several machine zones (scripts/tz-matrix.mjs). A mistyped TZ (`UTC+07:00`, `WIB`)
// silently falls back to UTC in Node, which would make the matrix test UTC five times; this guard fails instead.
// Tests may read the machine zone; the calendar's source never does.
const EXPECTED_OFFSETS: Record<string, number> = {
  UTC: 0,
  'Asia/Jakarta': -420,
  'Asia/Jayapura': -540,
  'America/Sao_Paulo': 180,
  'Pacific/Apia': -780,
};

describe('machine time zone guard', () => {
  const requested = process.env.TZ;

  it('runs in the zone TZ asks for', () => {
    if (requested === undefined || requested === '') {
      expect(Intl.DateTimeFormat().resolvedOptions().timeZone).toBeTypeOf('string');
      return;
    }
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).toBe(requested);
  });

  it('has the offset expected for the matrix zones', () => {
    if (requested === undefined || !(requested in EXPECTED_OFFSETS)) return;
    // 15 July 2025 (no DST anywhere in the matrix on that day, southern winter included).
    expect(new Date(2025, 6, 15, 12).getTimezoneOffset()).toBe(EXPECTED_OFFSETS[requested]);
  });
});
