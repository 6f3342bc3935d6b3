import { describe, expect, it } from 'vitest';
import { fixtureWorkspace } from './__fixtures__/workspace.js';
import { findOverdue, type OverdueItem } from './overdue.js';

function run(asOf: string, options: Partial<Parameters<typeof findOverdue>[1]> = {}): OverdueItem[] {
  const result = findOverdue(fixtureWorkspace, { asOf: new Date(asOf), ...options });
  if (!result.success) throw new Error(JSON.stringify(result.issues));
  return result.data;
}

describe('findOverdue', () => {
  it('flags innovations past their end that are not implemented, with paths and both languages', () => {
    const items = run('2025-07-10T03:00:00Z').filter((i) => i.code === 'innovation-past-end');
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({
      severity: 'overdue',
      path: ['innovations', 0, 'endDate'],
      dueDate: '2025-06-30',
      concerns: { innovationId: 'e-retribusi', pillarId: 'economy' },
    });
    expect(items[0]?.message.id).toContain('10 hari');
    expect(items[0]?.message.en).toContain('10 day(s) past its planned end 2025-06-30');
  });

  it('judges "past the end" in the city zone', () => {
    // 30 June 2025 23:30 WIB = 16:30 UTC: still 30 June in Pontianak, already 1 July in Makassar.
    const asOf = '2025-06-30T16:30:00Z';
    expect(run(asOf).some((i) => i.code === 'innovation-past-end')).toBe(false);
    expect(run(asOf, { timeZone: 'Asia/Makassar' }).some((i) => i.code === 'innovation-past-end')).toBe(true);
  });

  it('flags evaluations missing for closed semesters from the year after the cohort year', () => {
    const items = run('2027-01-05T03:00:00Z').filter((i) => i.code === 'evaluation-missing');
    expect(items.map((i) => i.cycle)).toEqual([
      { year: 2026, stage: 'I' },
      { year: 2026, stage: 'II' },
    ]);
    expect(items[1]).toMatchObject({ severity: 'overdue', path: ['evaluations'], dueDate: '2026-12-31' });
    expect(items[1]?.message.en).toBe(
      'No evaluation recorded for semester II 2026 (stage II), which ended 2026-12-31',
    );
    // Stage I 2025 is recorded; with an explicit start, stage II 2025 is missing.
    const since = run('2026-01-05T03:00:00Z', { since: { year: 2025, stage: 'I' } }).filter(
      (i) => i.code === 'evaluation-missing',
    );
    expect(since.map((i) => i.cycle)).toEqual([{ year: 2025, stage: 'II' }]);
    // The look-back bounds an old gap.
    const lookback = run('2031-01-05T03:00:00Z', { lookbackSemesters: 2 }).filter(
      (i) => i.code === 'evaluation-missing',
    );
    expect(lookback.map((i) => i.cycle)).toEqual([
      { year: 2030, stage: 'I' },
      { year: 2030, stage: 'II' },
    ]);
  });

  it('flags KPIs of active innovations with no measurement this semester', () => {
    const items = run('2025-05-01T03:00:00Z').filter((i) => i.code === 'kpi-measurement-missing');
    // e-retribusi was measured on 31 March; ruang-terbuka's only measurement is in July; lapor-warga has none.
    expect(items.map((i) => i.path)).toEqual([
      ['innovations', 1, 'kpis', 0, 'measurements'],
      ['innovations', 2, 'kpis', 0, 'measurements'],
    ]);
    expect(items[0]).toMatchObject({
      severity: 'due',
      dueDate: '2025-06-30',
      cycle: { year: 2025, stage: 'I' },
      concerns: { innovationId: 'ruang-terbuka', kpiId: 'luas', pillarId: 'environment' },
    });
    const july = run('2025-07-20T03:00:00Z').filter((i) => i.code === 'kpi-measurement-missing');
    expect(july.map((i) => i.concerns.kpiId)).toEqual(['transaksi', 'aduan']);
  });

  it('never throws on a bad zone or instant', () => {
    const zone = findOverdue(fixtureWorkspace, { asOf: new Date('2025-01-01T00:00:00Z'), timeZone: 'WITA' });
    expect(zone.success === false && zone.issues[0]?.path).toEqual(['timeZone']);
    const instant = findOverdue(fixtureWorkspace, { asOf: new Date(Number.NaN) });
    expect(instant.success === false && instant.issues[0]?.path).toEqual(['asOf']);
    const badWorkspaceZone = findOverdue(
      { ...fixtureWorkspace, municipality: { ...fixtureWorkspace.municipality, timeZone: 'UTC+8' } },
      { asOf: new Date('2025-01-01T00:00:00Z') },
    );
    expect(badWorkspaceZone.success === false && badWorkspaceZone.issues[0]?.path).toEqual([
      'municipality',
      'timeZone',
    ]);
  });
});
