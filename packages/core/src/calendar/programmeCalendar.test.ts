import { describe, expect, it } from 'vitest';
import { fixtureWorkspace } from './__fixtures__/workspace.js';
import { civilDayOfWeek } from './civilDate.js';
import { DEFAULT_CALENDAR_CONFIG } from './config.js';
import { type CalendarEvent, type ProgrammeCalendar, programmeCalendar } from './programmeCalendar.js';

function build(year: number, options: Parameters<typeof programmeCalendar>[1]): ProgrammeCalendar {
  const result = programmeCalendar(year, options);
  if (!result.success) throw new Error(JSON.stringify(result.issues));
  return result.data;
}

function byId(calendar: ProgrammeCalendar, id: string): CalendarEvent {
  const event = calendar.events.find((e) => e.id === id);
  if (!event) throw new Error(`no event ${id}`);
  return event;
}

function dates(event: CalendarEvent): [string, string] {
  if (!event.allDay) throw new Error(`${event.id} is timed`);
  return [event.start, event.end];
}

describe('programmeCalendar with the defaults', () => {
  const calendar = build(2025, { timeZone: 'Asia/Pontianak' });

  it('has the semesters, evaluation windows, results letter and reporting deadlines', () => {
    expect(dates(byId(calendar, '2025-semester-1'))).toEqual(['2025-01-01', '2025-06-30']);
    expect(dates(byId(calendar, '2025-semester-2'))).toEqual(['2025-07-01', '2025-12-31']);
    expect(dates(byId(calendar, '2025-evaluation-stage-1'))).toEqual(['2025-06-01', '2025-06-30']);
    expect(dates(byId(calendar, '2025-evaluation-stage-2'))).toEqual(['2025-10-15', '2025-11-20']);
    expect(dates(byId(calendar, '2025-results-letter'))).toEqual(['2025-11-25', '2025-12-05']);
    expect(dates(byId(calendar, '2025-reporting-apbd-murni'))).toEqual(['2025-01-31', '2025-01-31']);
    expect(dates(byId(calendar, '2025-reporting-realisasi-semester-1'))).toEqual([
      '2025-07-30',
      '2025-07-30',
    ]);
    expect(dates(byId(calendar, '2025-reporting-lpp-apbd'))).toEqual(['2025-08-31', '2025-08-31']);
    expect(dates(byId(calendar, '2025-reporting-persetujuan-apbd'))).toEqual(['2025-11-30', '2025-11-30']);
  });

  it('places four two-day Bimtek sessions on consecutive working days, with the quick-win milestones', () => {
    const sessions = calendar.events.filter((e) => e.kind === 'bimtek').map(dates);
    // 20 June 2025 is a Friday: each session moves to the next Monday–Tuesday.
    expect(sessions).toEqual([
      ['2025-06-23', '2025-06-24'],
      ['2025-07-28', '2025-07-29'],
      ['2025-09-01', '2025-09-02'],
      ['2025-10-06', '2025-10-07'],
    ]);
    expect(dates(byId(calendar, '2025-quick-win-selection'))).toEqual(['2025-09-02', '2025-09-02']);
    expect(dates(byId(calendar, '2025-quick-win-finalisation'))).toEqual(['2025-10-07', '2025-10-07']);
    // 7 December 2025 is a Sunday.
    expect(dates(byId(calendar, '2025-masterplan-presentation'))).toEqual(['2025-12-08', '2025-12-08']);
  });

  it('reproduces Payakumbuh 2022: Bimtek I on Monday 20 June', () => {
    const payakumbuh = build(2022, { timeZone: 'Asia/Jakarta' });
    expect(dates(byId(payakumbuh, '2022-bimtek-1'))).toEqual(['2022-06-20', '2022-06-21']);
    expect(payakumbuh.warnings.map((w) => w.code)).toEqual(['holidays_unavailable']);
    expect(payakumbuh.warnings[0]?.message.en).toContain('2022');
  });

  it('labels every event in both languages, marks conventions as estimates and cites a source', () => {
    for (const event of calendar.events) {
      expect(event.label.id.length).toBeGreaterThan(0);
      expect(event.label.en.length).toBeGreaterThan(0);
      expect(event.source?.length ?? 0).toBeGreaterThan(0);
    }
    expect(byId(calendar, '2025-bimtek-1').estimated).toBe(true);
    expect(byId(calendar, '2025-evaluation-stage-1').estimated).toBe(true);
    expect(byId(calendar, '2025-reporting-realisasi-semester-1').estimated).toBeUndefined();
    expect(byId(calendar, '2025-semester-1').estimated).toBeUndefined();
    expect(calendar.warnings).toEqual([]);
  });

  it('sorts events by start and gives unique, stable ids', () => {
    const starts = calendar.events.map((e) => (e.allDay ? e.start : e.start.instant.slice(0, 10)));
    expect([...starts].sort()).toEqual(starts);
    expect(new Set(calendar.events.map((e) => e.id)).size).toBe(calendar.events.length);
    expect(build(2025, { timeZone: 'Asia/Pontianak' })).toEqual(calendar);
  });

  it('gives the same all-day dates in every Indonesian zone', () => {
    for (const zone of ['Asia/Jakarta', 'Asia/Makassar', 'Asia/Jayapura']) {
      const other = build(2025, { timeZone: zone });
      expect(other.events).toEqual(calendar.events);
    }
  });

  it('keeps the holidays of the year it used', () => {
    expect(calendar.holidays.some((h) => h.date === '2025-08-18' && h.kind === 'cuti-bersama')).toBe(true);
    expect(calendar.holidays.every((h) => h.date.startsWith('2025-'))).toBe(true);
  });
});

describe('programmeCalendar overrides', () => {
  it('applies yearly rules and exact dates, most specific first', () => {
    const calendar = build(2025, {
      timeZone: 'Asia/Makassar',
      overrides: {
        bimtekStart: '08-15',
        evaluationStageII: null,
        reportingDeadlines: { 'lpp-apbd': null, 'apbd-murni': '02-03' },
        years: {
          '2025': {
            evaluationStageI: { start: '2025-06-12', end: '2025-06-14' },
            reportingDeadlines: { 'apbd-murni': '2025-02-05' },
            masterplanPresentation: '2025-12-06',
          },
        },
      },
    });
    expect(dates(byId(calendar, '2025-evaluation-stage-1'))).toEqual(['2025-06-12', '2025-06-14']);
    expect(byId(calendar, '2025-evaluation-stage-1').estimated).toBeUndefined();
    expect(byId(calendar, '2025-evaluation-stage-1').source).toBe('overrides.years["2025"].evaluationStageI');
    expect(calendar.events.some((e) => e.id === '2025-evaluation-stage-2')).toBe(false);
    expect(calendar.events.some((e) => e.id === '2025-reporting-lpp-apbd')).toBe(false);
    expect(dates(byId(calendar, '2025-reporting-apbd-murni'))).toEqual(['2025-02-05', '2025-02-05']);
    // An exact date is kept even on a Saturday.
    expect(dates(byId(calendar, '2025-masterplan-presentation'))).toEqual(['2025-12-06', '2025-12-06']);
    // 15 Aug is a Friday, 16–17 the weekend, 18 Aug cuti bersama (HUT RI ke-80): Bimtek I on 19–20 Aug.
    expect(dates(byId(calendar, '2025-bimtek-1'))).toEqual(['2025-08-19', '2025-08-20']);
    expect(byId(calendar, '2025-bimtek-1').source).toBe('overrides.bimtekStart');
  });

  it('takes explicit Bimtek dates for a year and can drop Bimtek with an empty list', () => {
    const explicit = build(2023, {
      timeZone: 'Asia/Jakarta',
      overrides: {
        years: {
          '2023': {
            bimtekSessions: [
              { start: '2023-06-26', end: '2023-06-27' },
              { start: '2023-07-24', end: '2023-07-25' },
              { start: '2023-08-28', end: '2023-08-29' },
            ],
          },
        },
      },
    });
    expect(explicit.events.filter((e) => e.kind === 'bimtek').map(dates)).toEqual([
      ['2023-06-26', '2023-06-27'],
      ['2023-07-24', '2023-07-25'],
      ['2023-08-28', '2023-08-29'],
    ]);
    expect(dates(byId(explicit, '2023-quick-win-selection'))).toEqual(['2023-08-29', '2023-08-29']);
    expect(explicit.events.some((e) => e.id === '2023-quick-win-finalisation')).toBe(false);
    const none = build(2023, {
      timeZone: 'Asia/Jakarta',
      overrides: { years: { '2023': { bimtekSessions: [] } } },
    });
    expect(none.events.some((e) => e.kind === 'bimtek' || e.kind === 'quick-win')).toBe(false);
  });

  it('accepts a full replacement configuration', () => {
    const calendar = build(2025, {
      timeZone: 'Asia/Jakarta',
      config: {
        ...DEFAULT_CALENDAR_CONFIG,
        bimtekOnWorkingDays: false,
        bimtekSessions: [{ offsetDays: 0, days: 3 }],
      },
    });
    expect(calendar.events.filter((e) => e.kind === 'bimtek').map(dates)).toEqual([
      ['2025-06-20', '2025-06-22'],
    ]);
    expect(byId(calendar, '2025-bimtek-1').source).toBe('config.bimtekSessions');
  });

  it('turns local times into UTC instants in the city zone', () => {
    const event = {
      id: 'rapat',
      kind: 'forum',
      label: { id: 'Rapat', en: 'Meeting' },
      start: '2025-06-30',
      startTime: '23:30',
      endTime: '23:45',
    };
    const wib = byId(
      build(2025, { timeZone: 'Asia/Pontianak', overrides: { years: { '2025': { events: [event] } } } }),
      '2025-rapat',
    );
    const wita = byId(
      build(2025, { timeZone: 'Asia/Makassar', overrides: { years: { '2025': { events: [event] } } } }),
      '2025-rapat',
    );
    expect(wib.allDay === false && wib.start).toEqual({
      instant: '2025-06-30T16:30:00.000Z',
      zone: 'Asia/Pontianak',
    });
    expect(wita.allDay === false && wita.start).toEqual({
      instant: '2025-06-30T15:30:00.000Z',
      zone: 'Asia/Makassar',
    });
  });
});

describe('programmeCalendar with a workspace', () => {
  const calendar = build(2025, { workspace: fixtureWorkspace });

  it("uses the workspace's zone and calendar overrides", () => {
    expect(calendar.timeZone).toBe('Asia/Pontianak');
    expect(calendar.municipality).toEqual({ name: 'Kota Contoh', regionCode: '61.99' });
    expect(dates(byId(calendar, '2025-evaluation-stage-1'))).toEqual(['2025-06-12', '2025-06-14']);
    expect(byId(calendar, '2025-evaluation-stage-1').source).toBe(
      'workspace.calendar.years["2025"].evaluationStageI',
    );
    expect(dates(byId(calendar, '2025-forum'))).toEqual(['2025-06-19', '2025-06-19']);
    expect(byId(calendar, '2025-forum').source).toBe('workspace.calendar.events[0]');
    const paparan = byId(calendar, '2025-paparan-wali-kota');
    expect(paparan.allDay).toBe(false);
    expect(paparan.allDay === false && [paparan.start.instant, paparan.end.instant]).toEqual([
      '2025-12-04T02:00:00.000Z',
      '2025-12-04T04:30:00.000Z',
    ]);
  });

  it('adds innovations, KPI targets, evaluations and what they concern', () => {
    expect(byId(calendar, '2025-innovation-e-retribusi-start')).toMatchObject({
      kind: 'quick-win',
      start: '2025-02-03',
      concerns: { innovationId: 'e-retribusi', pillarId: 'economy' },
    });
    expect(byId(calendar, '2025-innovation-lapor-warga-end')).toMatchObject({
      kind: 'innovation',
      start: '2025-05-31',
    });
    expect(byId(calendar, '2025-kpi-e-retribusi-transaksi')).toMatchObject({
      kind: 'kpi-target',
      concerns: { innovationId: 'e-retribusi', kpiId: 'transaksi', pillarId: 'economy' },
    });
    // Out-of-year dates stay out.
    expect(calendar.events.some((e) => e.id.includes('ruang-terbuka'))).toBe(false);
    expect(byId(calendar, '2025-evaluation-stage-1').concerns).toEqual({ evaluationId: 'eval-2025-i' });
    expect(byId(calendar, '2025-evaluation-eval-2025-i').label.en).toBe(
      'Ministry evaluation stage I 2025: Tahap I',
    );
  });

  it('adds masterplan and RPJMD milestones', () => {
    expect(dates(byId(calendar, '2025-masterplan-period-start'))).toEqual(['2025-01-01', '2025-01-01']);
    expect(byId(calendar, '2025-rpjmd-start').label.en).toContain('align the masterplan');
    const end = build(2029, { workspace: fixtureWorkspace });
    expect(dates(byId(end, '2029-rpjmd-end'))).toEqual(['2029-12-31', '2029-12-31']);
  });

  it('matches the committed golden calendar (identical under every machine zone)', async () => {
    await expect(`${JSON.stringify(calendar, null, 2)}\n`).toMatchFileSnapshot(
      './__golden__/kota-contoh-2025.calendar.txt',
    );
  });

  it('mentors only in the cohort year and evaluates only from it', () => {
    expect(calendar.events.filter((e) => e.kind === 'bimtek')).toHaveLength(4);
    const later = build(2026, { workspace: fixtureWorkspace });
    expect(later.events.some((e) => e.kind === 'bimtek' || e.id === '2026-masterplan-presentation')).toBe(
      false,
    );
    expect(later.events.some((e) => e.id === '2026-evaluation-stage-1')).toBe(true);
    const before = build(2024, { workspace: fixtureWorkspace });
    expect(before.events.some((e) => e.kind === 'evaluation-window' || e.kind === 'bimtek')).toBe(false);
    expect(before.events.some((e) => e.kind === 'reporting-deadline')).toBe(true);
  });

  it('keeps Bimtek sessions off weekends in every year with shipped holidays', () => {
    for (const year of [2024, 2025, 2026]) {
      const c = build(year, { timeZone: 'Asia/Jakarta' });
      for (const event of c.events.filter((e) => e.kind === 'bimtek')) {
        const [start, end] = dates(event);
        expect(civilDayOfWeek(start)).toBeLessThan(6);
        expect(civilDayOfWeek(end)).toBeLessThan(6);
        expect(c.holidays.some((h) => h.date === start || h.date === end)).toBe(false);
      }
    }
  });
});

describe('programmeCalendar errors', () => {
  it('rejects abbreviations and offsets as zones instead of using UTC', () => {
    for (const zone of ['WIB', 'UTC+7', 'Etc/GMT-7']) {
      const result = programmeCalendar(2025, { timeZone: zone });
      expect(result.success).toBe(false);
      if (!result.success) {
        expect(result.issues[0]?.path).toEqual(['timeZone']);
        expect(result.issues[0]?.code).toBe('invalid_time_zone');
      }
    }
    const missing = programmeCalendar(2025, {});
    expect(missing.success).toBe(false);
  });

  it('reports invalid overrides with paths into the workspace', () => {
    const result = programmeCalendar(2025, {
      workspace: {
        ...fixtureWorkspace,
        calendar: { years: { '2025': { evaluationStageI: { start: '2025-06-31' } } } },
      },
    });
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(result.issues.map((i) => i.path)).toEqual([
        ['workspace', 'calendar', 'years', '2025', 'evaluationStageI', 'start'],
        ['workspace', 'calendar', 'years', '2025', 'evaluationStageI', 'end'],
      ]);
    }
  });

  it('reports a bad year, a bad config, bad holidays and duplicate event ids without throwing', () => {
    expect(programmeCalendar(20.5, { timeZone: 'Asia/Jakarta' }).success).toBe(false);
    const badConfig = programmeCalendar(2025, {
      timeZone: 'Asia/Jakarta',
      config: { ...DEFAULT_CALENDAR_CONFIG, bimtekStart: '02-29' },
    });
    expect(badConfig.success === false && badConfig.issues[0]?.path).toEqual(['config', 'bimtekStart']);
    const badHolidays = programmeCalendar(2025, {
      timeZone: 'Asia/Jakarta',
      holidays: [{ date: '2025-13-01', name: { id: 'x', en: 'x' }, kind: 'libur-daerah' }],
    });
    expect(badHolidays.success === false && badHolidays.issues[0]?.path).toEqual(['holidays', 0, 'date']);
    const label = { id: 'Semester', en: 'Semester' };
    const duplicate = programmeCalendar(2025, {
      timeZone: 'Asia/Jakarta',
      overrides: { events: [{ id: 'semester-1', kind: 'other', label, start: '03-01' }] },
    });
    expect(duplicate.success).toBe(false);
    if (!duplicate.success) {
      expect(duplicate.issues).toEqual([
        expect.objectContaining({ path: ['overrides', 'events', 0, 'id'], code: 'duplicate_id' }),
      ]);
    }
  });
});
