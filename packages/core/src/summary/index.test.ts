import { describe, expect, it } from 'vitest';
import { createWorkspace } from '../model/index.js';
import { SAMPLE_WORKSPACES } from '../samples/index.js';
import type { SummarizeOptions, WorkspaceSummary } from './index.js';
import { summarizeWorkspace } from './index.js';

function summary(ws: Parameters<typeof summarizeWorkspace>[0], options: SummarizeOptions): WorkspaceSummary {
  const result = summarizeWorkspace(ws, options);
  if (!result.success) throw new Error(JSON.stringify(result.issues));
  return result.data;
}

describe('summarizeWorkspace', () => {
  it('counts innovations per pillar and status', () => {
    const s = summary(SAMPLE_WORKSPACES['pekalongan-2021'], { asOf: '2021-12-31' });
    expect(s.municipality.label).toEqual({ id: 'Kota Pekalongan', en: 'Pekalongan City' });
    expect(s.innovations.total).toBe(6);
    expect(s.innovations.byPillar.map((p) => p.total)).toEqual([1, 1, 1, 1, 1, 1]);
    expect(s.innovations.byStatus).toEqual({
      planned: 0,
      'in-progress': 3,
      implemented: 2,
      evaluated: 1,
      discontinued: 0,
    });
  });

  it('scores the latest evaluation with its improvement over the previous one', () => {
    const s = summary(SAMPLE_WORKSPACES['pekalongan-2021'], { asOf: '2021-12-31' });
    expect(s.latestEvaluation?.id).toBe('evaluasi-2021-ii');
    expect(s.latestEvaluation?.previousId).toBe('evaluasi-2021-i');
    // 3.0×10 + 3.2×20 + 3.1×30 + 2.9×20 + 3.3×20 = 311 → 3.11; previous 2.8×10 + 3×20 + 2.9×30 + 2.75×20 + 3.2×20 = 294 → 2.94
    expect(s.latestEvaluation?.smartCityIndex?.totalRounded).toBe(3.11);
    expect(s.latestEvaluation?.smartCityIndex?.improvement?.deltaRounded).toBe(0.17);
    expect(s.latestEvaluation?.spbe).toBeNull();
  });

  it('ignores evaluations after the as-of date', () => {
    const s = summary(SAMPLE_WORKSPACES['pekalongan-2021'], { asOf: '2021-07-01' });
    expect(s.latestEvaluation?.id).toBe('evaluasi-2021-i');
    expect(s.latestEvaluation?.previousId).toBeUndefined();
  });

  it('reports the SPBE index with its predicate when present', () => {
    const s = summary(SAMPLE_WORKSPACES['pontianak-2023'], { asOf: '2023-06-30' });
    expect(s.latestEvaluation?.id).toBe('eksternal-2023-i');
    expect(s.latestEvaluation?.spbe?.complete).toBe(true);
    expect(s.latestEvaluation?.spbe?.predicate?.label.id).toMatch(/^(Baik|Sangat Baik)$/);
  });

  it('reports the latest SPBE index even when a later evaluation has none', () => {
    const s = summary(SAMPLE_WORKSPACES['pontianak-2023'], { asOf: '2023-12-31' });
    expect(s.latestEvaluation?.id).toBe('eksternal-2023-ii');
    expect(s.latestEvaluation?.spbeEvaluationId).toBe('eksternal-2023-i');
    expect(s.latestEvaluation?.spbe?.totalRounded).toBeGreaterThan(0);
  });

  it('rolls up progress without counting missing KPIs as zero', () => {
    const s = summary(SAMPLE_WORKSPACES['pekalongan-2021'], { asOf: '2021-12-31' });
    const mck = s.progress.innovations.find((i) => i.id === 'mck-adaptif-bandengan');
    expect(mck?.progress).toBeNull();
    expect(s.progress.missing).toContain('mck-adaptif-bandengan');
    const counted = s.progress.innovations
      .filter((i) => i.progress !== null)
      .map((i) => i.progress as number);
    expect(s.progress.overall).toBeCloseTo(counted.reduce((a, b) => a + b, 0) / counted.length, 10);
  });

  it('lists open risks by score and leaves closed ones out', () => {
    const s = summary(SAMPLE_WORKSPACES['pontianak-2023'], { asOf: '2023-12-31' });
    expect(s.topRisks.map((r) => r.id)).toEqual(['risiko-psc119-armada', 'risiko-pionirs-data']);
    expect(s.topRisks[0]).toMatchObject({ score: 15, level: 'high', owner: 'Dinkes' });
  });

  it('reports overdue items in the city zone', () => {
    const s = summary(SAMPLE_WORKSPACES['singkawang-2022'], { asOf: '2023-12-31' });
    expect(
      s.overdue.some(
        (o) => o.code === 'innovation-past-end' && o.concerns.innovationId === 'perizinan-daring',
      ),
    ).toBe(true);
  });

  it('summarises an empty workspace', () => {
    const created = createWorkspace({
      municipality: {
        name: 'Contoh',
        kind: 'kota',
        regionCode: '61.71',
        province: 'Kalimantan Barat',
        timeZone: 'Asia/Pontianak',
      },
    });
    if (!created.success) throw new Error('invalid municipality');
    const ws = created.data;
    const s = summary(ws, { asOf: '2025-01-01' });
    expect(s.innovations.total).toBe(0);
    expect(s.latestEvaluation).toBeNull();
    expect(s.progress.overall).toBeNull();
    expect(s.topRisks).toEqual([]);
  });

  it('refuses an as-of date that is not a real day from 1900 to 2100 with a located issue, never a RangeError', () => {
    const ws = SAMPLE_WORKSPACES['pekalongan-2021'];
    for (const [asOf, code] of [
      ['2026-02-30', 'invalid_format'],
      ['9999-12-31', 'out_of_range'],
      ['1899-12-31', 'out_of_range'],
      ['31/12/2025', 'invalid_format'],
      ['', 'invalid_format'],
    ] as const) {
      const result = summarizeWorkspace(ws, { asOf });
      expect(result.success, asOf).toBe(false);
      if (!result.success) {
        expect(result.issues).toHaveLength(1);
        expect(result.issues[0]).toMatchObject({ path: ['asOf'], code });
        expect(result.issues[0]!.message.en).toContain(asOf === '' ? '""' : asOf);
        expect(result.issues[0]!.message.id.length).toBeGreaterThan(0);
      }
    }
    expect(summarizeWorkspace(ws, { asOf: 20211231 as unknown as string }).success).toBe(false);
    expect(summarizeWorkspace(ws, { asOf: '2100-12-31' }).success).toBe(true);
  });

  it('carries the cohort year and the counts the CLI shows', () => {
    // Pekalongan 2021: 6 innovations, none discontinued: each is either counted or missing.
    const s = summary(SAMPLE_WORKSPACES['pekalongan-2021'], { asOf: '2021-12-31' });
    expect(s.cohortYear).toBe(2018);
    expect(s.progress.counted).toBe(
      s.progress.innovations.filter((i) => i.progress !== null && i.status !== 'discontinued').length,
    );
    expect(s.progress.counted + s.progress.missing.length).toBe(6);
    expect(s.overdueCounts.overdue + s.overdueCounts.due).toBe(s.overdue.length);
    expect(s.overdueCounts.overdue).toBe(s.overdue.filter((o) => o.severity === 'overdue').length);
    expect(s.evaluations.total).toBe(SAMPLE_WORKSPACES['pekalongan-2021'].evaluations.length);
    expect(s.evaluations.scored).toBe(2); // evaluasi-2021-i and evaluasi-2021-ii
    expect(s.risks.open).toBeLessThanOrEqual(s.risks.total);
    expect(summary(SAMPLE_WORKSPACES['pontianak-2023'], { asOf: '2023-12-31' }).cohortYear).toBeNull();
  });

  it('gives the latest evaluation as versioned score data beside the labelled scores', () => {
    const s = summary(SAMPLE_WORKSPACES['pekalongan-2021'], { asOf: '2021-12-31' });
    expect(s.latestEvaluation?.score).toMatchObject({ version: 1, evaluationId: 'evaluasi-2021-ii' });
    expect(s.latestEvaluation?.score.smartCityIndex?.totalRounded).toBe(3.11);
    expect(s.latestEvaluation?.score.smartCityIndex?.improvement).toMatchObject({
      previousEvaluationId: 'evaluasi-2021-i',
      previousSource: 'computed',
      deltaRounded: 0.17,
    });
  });

  it('measures the improvement against the previous published total when its inputs are unknown', () => {
    // 2021-II computes to 3.11 (see above); with 2021-I known only as published 2.90: 3.11 − 2.90 = 0.21.
    const base = SAMPLE_WORKSPACES['pekalongan-2021'];
    const ws = {
      ...base,
      evaluations: base.evaluations.map((e) =>
        e.id === 'evaluasi-2021-i'
          ? { ...e, scores: { smartCityIndex: { dimensions: {}, publishedTotal: 2.9 } } }
          : e,
      ),
    };
    const s = summary(ws, { asOf: '2021-12-31' });
    expect(s.latestEvaluation?.smartCityIndex?.improvement).toMatchObject({
      previous: 2.9,
      deltaRounded: 0.21,
      previousSource: 'published',
    });
    expect(s.latestEvaluation?.score.smartCityIndex?.improvement?.deltaRounded).toBe(0.21);
  });

  it('labels a kabupaten whose name already says so only once', () => {
    const base = SAMPLE_WORKSPACES['pekalongan-2021'];
    const ws = {
      ...base,
      municipality: { ...base.municipality, kind: 'kabupaten' as const, name: 'Kabupaten Jayapura' },
    };
    expect(summary(ws, { asOf: '2021-12-31' }).municipality.label).toEqual({
      id: 'Kabupaten Jayapura',
      en: 'Jayapura Regency',
    });
  });
});
