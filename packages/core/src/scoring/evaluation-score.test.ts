import { describe, expect, it } from 'vitest';
import type { Evaluation, EvaluationCycle } from '../model/evaluation.js';
import { SAMPLE_WORKSPACES } from '../samples/index.js';
import { compareCycles, compareEvaluations, scoreEvaluation, scoreEvaluations } from './evaluation-score.js';
import { EvaluationScoreSchema, evaluationScoreJsonSchema } from './evaluation-score-schema.js';

const evaluation = (over: Partial<Evaluation> & Pick<Evaluation, 'id' | 'cycle'>): Evaluation => ({
  kind: 'external',
  assessors: [],
  scores: {},
  findings: { strengths: [], weaknesses: [], recommendations: [] },
  evidence: [],
  innovationIds: [],
  ...over,
});

const all47 = (level: 1 | 2 | 3 | 4 | 5) =>
  Object.fromEntries(Array.from({ length: 47 }, (_, i) => [String(i + 1), { verified: level }]));

describe('compareCycles and compareEvaluations', () => {
  it('orders by year, then no stage < I < II', () => {
    const cycles: EvaluationCycle[] = [
      { year: 2024, stage: 'II' },
      { year: 2024 },
      { year: 2023, stage: 'II' },
      { year: 2024, stage: 'I' },
      { year: 2022 },
    ];
    expect([...cycles].sort(compareCycles)).toEqual([
      { year: 2022 },
      { year: 2023, stage: 'II' },
      { year: 2024 },
      { year: 2024, stage: 'I' },
      { year: 2024, stage: 'II' },
    ]);
    expect(compareCycles({ year: 2024, stage: 'I' }, { year: 2024, stage: 'I' })).toBe(0);
  });

  it('breaks ties by date (none first), then id, so the order is total', () => {
    const a = evaluation({ id: 'b', cycle: { year: 2024 }, date: '2024-06-01' });
    const b = evaluation({ id: 'a', cycle: { year: 2024 }, date: '2024-06-01' });
    const c = evaluation({ id: 'z', cycle: { year: 2024 } });
    expect([a, b, c].sort(compareEvaluations).map((e) => e.id)).toEqual(['z', 'a', 'b']);
  });
});

describe('scoreEvaluation', () => {
  it('measures the improvement against the previous published total when the inputs are unknown', () => {
    // 2024 dimensions 3.5/3.8/3.9/3.7/4.0 × 10/20/30/20/20 = (35 + 76 + 117 + 74 + 80) / 100 = 3.82.
    // 2023 is known only by its published total 3.46: improvement 3.82 − 3.46 = 0.36.
    const previous = evaluation({
      id: 'eval-2023',
      cycle: { year: 2023, stage: 'II' },
      scores: { smartCityIndex: { dimensions: {}, publishedTotal: 3.46 } },
    });
    const current = evaluation({
      id: 'eval-2024',
      cycle: { year: 2024, stage: 'II' },
      scores: {
        smartCityIndex: {
          dimensions: { baseline: 3.5, output: 3.8, outcome: 3.9, impact: 3.7, quickWin: 4 },
        },
      },
    });
    const score = scoreEvaluation(current, { previous: [previous, current] });
    expect(score.smartCityIndex?.totalRounded).toBe(3.82);
    expect(score.smartCityIndex?.improvement).toMatchObject({
      previousEvaluationId: 'eval-2023',
      previousSource: 'published',
      previous: 3.46,
      deltaRounded: 0.36,
    });
    expect(score.smartCityIndex?.dimensions.map((d) => d.id)).toEqual([
      'baseline',
      'output',
      'outcome',
      'impact',
      'quickWin',
    ]);
    expect(score.smartCityIndex?.pillars).toHaveLength(6);
    // The earlier one has no improvement: nothing before it.
    expect(
      scoreEvaluation(previous, { previous: [previous, current] }).smartCityIndex?.improvement,
    ).toBeUndefined();
    expect(scoreEvaluation(previous).smartCityIndex?.publishedTotal).toBe(3.46);
  });

  it('scores SPBE without repeating labels, with the predicate id and the improvement over the published index', () => {
    // 2022: published index 2.64 only. 2024: all 47 verified at 3 → 3.00; improvement 3.00 − 2.64 = 0.36.
    const before = evaluation({
      id: 'spbe-2022',
      cycle: { year: 2022 },
      scores: { spbe: { model: 'spbe-2020', indicators: {}, publishedIndex: 2.64 } },
    });
    const now = evaluation({
      id: 'spbe-2024',
      cycle: { year: 2024 },
      scores: { spbe: { model: 'spbe-2020', indicators: all47(3) } },
    });
    const score = scoreEvaluation(now, { previous: [before] });
    expect(score.spbe).toMatchObject({ model: 'spbe-2020', provisional: false, complete: true });
    expect(score.spbe?.verified?.totalRounded).toBe(3);
    expect(score.spbe?.verified?.predicateId).toBe('baik');
    expect(score.spbe?.self).toBeUndefined();
    expect(score.spbe?.improvement).toMatchObject({
      previousSource: 'published',
      previous: 2.64,
      deltaRounded: 0.36,
    });
    expect(JSON.stringify(score)).not.toContain('"label"');
  });

  it('locates issues inside the evaluation and never throws on bad scores', () => {
    const bad = evaluation({
      id: 'x',
      cycle: { year: 2024 },
      scores: {
        spbe: { model: 'spbe-2020', indicators: { '1': { self: 9 } } },
      } as unknown as Evaluation['scores'],
    });
    const score = scoreEvaluation(bad);
    expect(score.issues.map((i) => i.path)).toContainEqual(['scores', 'spbe', 'indicators', '1', 'self']);
    expect(score.spbe).toEqual({ model: 'spbe-2020', provisional: false, complete: false });
  });
});

describe('scoreEvaluations', () => {
  it('scores every evaluation of every sample, in cycle order, in the published schema', () => {
    for (const [id, ws] of Object.entries(SAMPLE_WORKSPACES)) {
      const scores = scoreEvaluations(ws);
      expect(
        scores.map((s) => s.evaluationId),
        id,
      ).toEqual([...ws.evaluations].sort(compareEvaluations).map((e) => e.id));
      expect(scores.length, id).toBe(ws.evaluations.length);
      for (const score of scores) {
        const parsed = EvaluationScoreSchema.safeParse(JSON.parse(JSON.stringify(score)));
        expect(parsed.success, `${id} ${score.evaluationId}`).toBe(true);
      }
    }
  });

  it('puts the evaluation index in issue paths', () => {
    const ws = {
      evaluations: [
        evaluation({ id: 'b', cycle: { year: 2024 } }),
        evaluation({
          id: 'a',
          cycle: { year: 2023 },
          scores: {
            spbe: { model: 'spbe-2020', indicators: { '1': { self: 9 } } },
          } as unknown as Evaluation['scores'],
        }),
      ],
    };
    const scores = scoreEvaluations(ws);
    expect(scores.map((s) => s.evaluationId)).toEqual(['a', 'b']);
    expect(scores[0]?.issues[0]?.path.slice(0, 2)).toEqual(['evaluations', 1]);
  });

  it('publishes a JSON Schema generated from the zod schema', () => {
    const schema = evaluationScoreJsonSchema();
    expect(schema.$id).toBe('https://smartcity.id/schema/evaluation-score-1.json');
    expect((schema.properties as Record<string, unknown>).version).toEqual({ type: 'number', const: 1 });
    expect(evaluationScoreJsonSchema()).toBe(schema);
  });
});
