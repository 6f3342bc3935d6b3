import { describe, expect, it } from 'vitest';
import { formatCivilDate } from './format.js';

// Runs under every zone of the TZ matrix (scripts/tz-matrix.mjs): the output must not move with the machine zone.
describe('formatCivilDate', () => {
  it('writes dates in Bahasa Indonesia and English', () => {
    expect(formatCivilDate('2023-06-12')).toBe('12 Juni 2023');
    expect(formatCivilDate('2023-06-12', 'en')).toBe('12 June 2023');
    expect(formatCivilDate('2021-08-17', 'id', 'medium')).toBe('17 Agt 2021');
    expect(formatCivilDate('2023-06-12', 'id', 'weekday')).toBe('Senin, 12 Juni 2023');
    expect(formatCivilDate('2023-06-12', 'en', 'weekday')).toBe('Monday, 12 June 2023');
  });

  it('keeps the day at the edges of the year and on leap days', () => {
    expect(formatCivilDate('2024-12-31', 'en')).toBe('31 December 2024');
    expect(formatCivilDate('2025-01-01', 'id')).toBe('1 Januari 2025');
    expect(formatCivilDate('2024-02-29', 'id')).toBe('29 Februari 2024');
  });

  it('returns anything that is not a civil date unchanged', () => {
    expect(formatCivilDate('2023-02-30')).toBe('2023-02-30');
    expect(formatCivilDate('kemarin')).toBe('kemarin');
  });
});
