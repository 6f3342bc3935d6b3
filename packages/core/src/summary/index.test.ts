import { describe, expect, it } from 'vitest';
import { createWorkspace } from '../model/index.js';
import { SAMPLE_WORKSPACES } from '../samples/index.js';
import { summarizeWorkspace } from './index.js';

describe('summarizeWorkspace', () => {
  it('counts innovations per pillar and status', () => {
    const s = summarizeWorkspace(SAMPLE_WORKSPACES['pekalongan-2021'], { asOf: '2021-12-31' });
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
    const s = summarizeWorkspace(SAMPLE_WORKSPACES['pekalongan-2021'], { asOf: '2021-12-31' });
    expect(s.latestEvaluation?.id).toBe('evaluasi-2021-ii');
    expect(s.latestEvaluation?.previousId).toBe('evaluasi-2021-i');
    // 3.0×10 + 3.2×20 + 3.1×30 + 2.9×20 + 3.3×20 = 311 → 3.11; previous 2.8×10 + 3×20 + 2.9×30 + 2.75×20 + 3.2×20 = 294 → 2.94
    expect(s.latestEvaluation?.smartCityIndex?.totalRounded).toBe(3.11);
    expect(s.latestEvaluation?.smartCityIndex?.improvement?.deltaRounded).toBe(0.17);
    expect(s.latestEvaluation?.spbe).toBeNull();
  });

  it('ignores evaluations after the as-of date', () => {
    const s = summarizeWorkspace(SAMPLE_WORKSPACES['pekalongan-2021'], { asOf: '2021-07-01' });
    expect(s.latestEvaluation?.id).toBe('evaluasi-2021-i');
    expect(s.latestEvaluation?.previousId).toBeUndefined();
  });

  it('reports the SPBE index with its predicate when present', () => {
    const s = summarizeWorkspace(SAMPLE_WORKSPACES['pontianak-2023'], { asOf: '2023-06-30' });
    expect(s.latestEvaluation?.id).toBe('eksternal-2023-i');
    expect(s.latestEvaluation?.spbe?.complete).toBe(true);
    expect(s.latestEvaluation?.spbe?.predicate?.label.id).toMatch(/^(Baik|Sangat Baik)$/);
  });

  it('reports the latest SPBE index even when a later evaluation has none', () => {
    const s = summarizeWorkspace(SAMPLE_WORKSPACES['pontianak-2023'], { asOf: '2023-12-31' });
    expect(s.latestEvaluation?.id).toBe('eksternal-2023-ii');
    expect(s.latestEvaluation?.spbeEvaluationId).toBe('eksternal-2023-i');
    expect(s.latestEvaluation?.spbe?.totalRounded).toBeGreaterThan(0);
  });

  it('rolls up progress without counting missing KPIs as zero', () => {
    const s = summarizeWorkspace(SAMPLE_WORKSPACES['pekalongan-2021'], { asOf: '2021-12-31' });
    const mck = s.progress.innovations.find((i) => i.id === 'mck-adaptif-bandengan');
    expect(mck?.progress).toBeNull();
    expect(s.progress.missing).toContain('mck-adaptif-bandengan');
    const counted = s.progress.innovations
      .filter((i) => i.progress !== null)
      .map((i) => i.progress as number);
    expect(s.progress.overall).toBeCloseTo(counted.reduce((a, b) => a + b, 0) / counted.length, 10);
  });

  it('lists open risks by score and leaves closed ones out', () => {
    const s = summarizeWorkspace(SAMPLE_WORKSPACES['pontianak-2023'], { asOf: '2023-12-31' });
    expect(s.topRisks.map((r) => r.id)).toEqual(['risiko-psc119-armada', 'risiko-pionirs-data']);
    expect(s.topRisks[0]).toMatchObject({ score: 15, level: 'high', owner: 'Dinkes' });
  });

  it('reports overdue items in the city zone', () => {
    const s = summarizeWorkspace(SAMPLE_WORKSPACES['singkawang-2022'], { asOf: '2023-12-31' });
    expect(
      s.overdue.some(
        (o) => o.code === 'innovation-past-end' && o.concerns.innovationId === 'perizinan-daring',
      ),
    ).toBe(true);
  });

  it('summarises an empty workspace', () => {
    const ws = createWorkspace({
      municipality: {
        name: 'Contoh',
        kind: 'kota',
        regionCode: '61.71',
        province: 'Kalimantan Barat',
        timeZone: 'Asia/Pontianak',
      },
    });
    const s = summarizeWorkspace(ws, { asOf: '2025-01-01' });
    expect(s.innovations.total).toBe(0);
    expect(s.latestEvaluation).toBeNull();
    expect(s.progress.overall).toBeNull();
    expect(s.topRisks).toEqual([]);
  });
});
