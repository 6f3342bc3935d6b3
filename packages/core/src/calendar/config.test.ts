import { describe, expect, it } from 'vitest';
import {
  CALENDAR_DEFAULT_SOURCES,
  CalendarOverridesSchema,
  DEFAULT_CALENDAR_CONFIG,
  MonthDaySchema,
  parseCalendarConfig,
  parseCalendarOverrides,
} from './config.js';

describe('calendar configuration', () => {
  it('has valid defaults with a basis and a source for every setting', () => {
    expect(parseCalendarConfig(DEFAULT_CALENDAR_CONFIG)).toEqual({
      success: true,
      data: DEFAULT_CALENDAR_CONFIG,
    });
    for (const entry of Object.values(CALENDAR_DEFAULT_SOURCES)) {
      expect(['regulation', 'programme-fact', 'convention']).toContain(entry.basis);
      expect(entry.source).toMatch(/domain\.md §\d/);
    }
    expect(DEFAULT_CALENDAR_CONFIG.bimtekSessions).toHaveLength(4);
    expect(DEFAULT_CALENDAR_CONFIG.bimtekSessions.every((s) => s.days === 2)).toBe(true);
    expect(DEFAULT_CALENDAR_CONFIG.reportingDeadlines).toEqual({
      'apbd-murni': '01-31',
      'realisasi-semester-1': '07-30',
      'lpp-apbd': '08-31',
      'persetujuan-apbd': '11-30',
    });
  });

  it('accepts yearly MM-DD rules but not 29 February or impossible days', () => {
    expect(MonthDaySchema.safeParse('07-30').success).toBe(true);
    for (const value of ['02-29', '02-30', '13-01', '7-30', '2025-07-30']) {
      expect(MonthDaySchema.safeParse(value).success, value).toBe(false);
    }
  });

  it('accepts an empty override and every documented field', () => {
    expect(parseCalendarOverrides({})).toEqual({ success: true, data: {} });
    const full = {
      evaluationStageI: { start: '06-10', end: '06-20' },
      evaluationStageII: null,
      resultsLetter: { start: '12-01', end: '12-05' },
      bimtekStart: '07-01',
      bimtekSessions: [
        { offsetDays: 0, days: 2 },
        { offsetDays: 28, days: 2 },
      ],
      bimtekOnWorkingDays: false,
      quickWinSelectionSession: 2,
      quickWinFinalisationSession: 2,
      masterplanPresentation: '12-10',
      reportingDeadlines: { 'lpp-apbd': null, 'apbd-murni': '02-03' },
      events: [
        {
          id: 'forum',
          kind: 'forum',
          label: { id: 'Forum Smart City', en: 'Smart City Forum' },
          start: '06-19',
        },
      ],
      years: {
        '2025': {
          evaluationStageI: { start: '2025-06-12', end: '2025-06-14' },
          bimtekSessions: [{ start: '2025-06-20', end: '2025-06-21' }],
          masterplanPresentation: null,
          reportingDeadlines: { 'realisasi-semester-1': '2025-07-31' },
          events: [
            {
              id: 'paparan',
              kind: 'masterplan',
              label: { id: 'Paparan', en: 'Presentation' },
              start: '2025-12-04',
              startTime: '09:00',
              endTime: '11:30',
              concerns: { pillarId: 'governance' },
            },
          ],
        },
      },
    };
    expect(parseCalendarOverrides(full)).toEqual({ success: true, data: full });
  });

  it('reports unknown keys, bad dates and reversed ranges with paths and both languages', () => {
    const result = parseCalendarOverrides({
      bimtekStrat: '07-01',
      evaluationStageI: { start: '06-30', end: '06-01' },
      reportingDeadlines: { 'laporan-lain': '01-01' },
      years: {
        '2025': { resultsLetter: { start: '2025-12-05', end: '2025-02-30' } },
        '25': {},
      },
    });
    expect(result.success).toBe(false);
    if (result.success) return;
    const found = result.issues.map((i) => `${i.path.join('.')}:${i.code}`);
    expect(found).toEqual(
      expect.arrayContaining([
        'bimtekStrat:unrecognized_key',
        'evaluationStageI.end:date_order',
        'years.2025.resultsLetter.end:invalid_format',
        'years.25:invalid_key',
      ]),
    );
    expect(found).toContain('reportingDeadlines.laporan-lain:unrecognized_key');
    // No follow-on "end before start" for a date that does not exist.
    expect(found).not.toContain('years.2025.resultsLetter.end:date_order');
    for (const item of result.issues) {
      expect(item.message.id.length).toBeGreaterThan(0);
      expect(item.message.en.length).toBeGreaterThan(0);
    }
  });

  it('checks custom events: both times or none, end after start', () => {
    const base = { id: 'x', kind: 'forum', label: { id: 'X', en: 'X' } };
    const parse = (event: object) => CalendarOverridesSchema.safeParse({ events: [event] }).success;
    expect(parse({ ...base, start: '06-19', startTime: '09:00', endTime: '10:00' })).toBe(true);
    expect(parse({ ...base, start: '06-19', startTime: '09:00' })).toBe(false);
    expect(parse({ ...base, start: '06-19', startTime: '10:00', endTime: '09:00' })).toBe(false);
    expect(parse({ ...base, start: '06-19', end: '06-20', startTime: '10:00', endTime: '09:00' })).toBe(true);
    expect(parse({ ...base, start: '06-19', end: '06-18' })).toBe(false);
    expect(parse({ ...base, id: 'Forum!', start: '06-19' })).toBe(false);
  });
});
