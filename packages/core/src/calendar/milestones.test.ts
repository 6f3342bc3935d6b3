import { describe, expect, it } from 'vitest';
import { upcomingMilestones } from './milestones.js';
import { type ProgrammeCalendar, programmeCalendar } from './programmeCalendar.js';

function build(options: Parameters<typeof programmeCalendar>[1]): ProgrammeCalendar {
  const result = programmeCalendar(2025, options);
  if (!result.success) throw new Error(JSON.stringify(result.issues));
  return result.data;
}

describe('upcomingMilestones', () => {
  const calendar = build({ timeZone: 'Asia/Jakarta' });

  it('lists the next milestones from a date, without semesters', () => {
    expect(upcomingMilestones(calendar, '2025-07-01', 3).map((e) => e.id)).toEqual([
      '2025-bimtek-2',
      '2025-reporting-realisasi-semester-1',
      '2025-reporting-lpp-apbd',
    ]);
  });

  it('includes running windows unless asked not to, and filters by kind', () => {
    expect(upcomingMilestones(calendar, '2025-06-15', 1)[0]?.id).toBe('2025-evaluation-stage-1');
    expect(upcomingMilestones(calendar, '2025-06-15', 1, { includeOngoing: false })[0]?.id).toBe(
      '2025-bimtek-1',
    );
    expect(
      upcomingMilestones(calendar, '2025-01-01', 10, { kinds: ['reporting-deadline'] }).map((e) => e.start),
    ).toEqual(['2025-01-31', '2025-07-30', '2025-08-31', '2025-11-30']);
    expect(upcomingMilestones(calendar, '2025-03-01', 1, { kinds: ['semester'] })[0]?.id).toBe(
      '2025-semester-1',
    );
  });

  it('returns nothing after the last event or with limit 0, and judges timed events in the city zone', () => {
    expect(upcomingMilestones(calendar, '2026-01-01')).toEqual([]);
    expect(upcomingMilestones(calendar, '2025-01-01', 0)).toEqual([]);
    const event = {
      id: 'rapat',
      kind: 'forum',
      label: { id: 'Rapat', en: 'Meeting' },
      start: '2025-12-31',
      startTime: '23:30',
      endTime: '23:45',
    };
    const jayapura = build({
      timeZone: 'Asia/Jayapura',
      overrides: { years: { '2025': { events: [event] } } },
    });
    // 23:30 WIT on 31 December is 14:30 UTC: still 31 December in Jayapura.
    expect(upcomingMilestones(jayapura, '2025-12-31', 5).map((e) => e.id)).toContain('2025-rapat');
    expect(() => upcomingMilestones(calendar, '2025-02-30')).toThrow(RangeError);
  });
});
