import { describe, expect, it } from 'vitest';
import { LANGS } from '../i18n/index.js';
import { fullInnovation } from './fixtures.testutil.js';
import {
  BUDGET_SOURCE_LABELS,
  BUDGET_SOURCES,
  INNOVATION_STATUS_LABELS,
  INNOVATION_STATUSES,
  InnovationHistoryEntrySchema,
  InnovationSchema,
  KpiSchema,
} from './innovation.js';

const minimal = {
  id: 'i1',
  name: 'Lapor',
  pillarId: 'governance',
  elementId: 'governance.public-policy',
  agencyId: 'diskominfo',
  horizon: 'short',
  status: 'planned',
};

describe('InnovationSchema', () => {
  it('fills every list with [] when absent', () => {
    const inn = InnovationSchema.parse(minimal);
    for (const key of ['partnerIds', 'budget', 'kpis', 'evidence', 'applicationIds', 'history'] as const) {
      expect(inn[key]).toEqual([]);
    }
  });
  it('gives each parse its own default arrays', () => {
    const a = InnovationSchema.parse(minimal);
    const b = InnovationSchema.parse(minimal);
    a.partnerIds.push('x');
    expect(b.partnerIds).toEqual([]);
  });
  it('round-trips a full innovation unchanged', () => {
    const full = fullInnovation();
    expect(InnovationSchema.parse(full)).toEqual(full);
  });
  it('rejects fractional or negative budgets, unknown sources and unknown statuses', () => {
    const full = fullInnovation();
    expect(
      InnovationSchema.safeParse({ ...full, budget: [{ id: 'b', year: 2024, amount: 1.5, source: 'APBD' }] })
        .success,
    ).toBe(false);
    expect(
      InnovationSchema.safeParse({ ...full, budget: [{ id: 'b', year: 2024, amount: -1, source: 'APBD' }] })
        .success,
    ).toBe(false);
    expect(
      InnovationSchema.safeParse({ ...full, budget: [{ id: 'b', year: 2024, amount: 1, source: 'BUMN' }] })
        .success,
    ).toBe(false);
    expect(InnovationSchema.safeParse({ ...full, status: 'done' }).success).toBe(false);
  });
});

describe('KpiSchema', () => {
  it('requires a baseline that is a number or null, and a non-negative weight', () => {
    const kpi = { id: 'k', name: 'K', unit: '%', target: { value: 1 } };
    expect(KpiSchema.safeParse(kpi).success).toBe(false);
    expect(KpiSchema.safeParse({ ...kpi, baseline: null }).success).toBe(true);
    expect(KpiSchema.safeParse({ ...kpi, baseline: 0, weight: -1 }).success).toBe(false);
  });
});

describe('InnovationHistoryEntrySchema', () => {
  it('allows from: null and rejects unknown statuses', () => {
    expect(
      InnovationHistoryEntrySchema.safeParse({ from: null, to: 'planned', date: '2024-01-01' }).success,
    ).toBe(true);
    expect(
      InnovationHistoryEntrySchema.safeParse({ from: 'idea', to: 'planned', date: '2024-01-01' }).success,
    ).toBe(false);
  });
});

describe('labels', () => {
  it('labels every status and budget source in both languages', () => {
    expect(Object.keys(INNOVATION_STATUS_LABELS)).toEqual([...INNOVATION_STATUSES]);
    expect(Object.keys(BUDGET_SOURCE_LABELS)).toEqual([...BUDGET_SOURCES]);
    for (const s of INNOVATION_STATUSES)
      for (const l of LANGS) expect(INNOVATION_STATUS_LABELS[s][l]).not.toBe('');
    for (const s of BUDGET_SOURCES) for (const l of LANGS) expect(BUDGET_SOURCE_LABELS[s][l]).not.toBe('');
  });
});
