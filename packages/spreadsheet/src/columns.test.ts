import { COLLECTIONS } from '@smartcity/core';
import { describe, expect, it } from 'vitest';
import { ANCESTOR_PREFIX, GROUP_KEY, PARENT_KEY, sheetPlans } from './columns.js';

describe('sheet plans from the registry', () => {
  it('has a sheet per collection with every registry field as a column', () => {
    const plans = sheetPlans();
    for (const c of COLLECTIONS) {
      const plan = plans.find((p) => p.collection.id === c.id)!;
      const keys = plan.columns.map((col) => col.key).filter((k) => !k.startsWith('@'));
      expect(keys).toEqual(
        c.fields.map((f) => f.key).filter((k) => !(c.id === 'workspace' && k === 'schemaVersion')),
      );
    }
  });
  it('gives measurements the ids of their innovation and KPI', () => {
    const m = sheetPlans().find((p) => p.collection.id === 'measurements')!;
    expect(m.columns.slice(0, 2).map((c) => c.key)).toEqual([`${ANCESTOR_PREFIX}innovations`, PARENT_KEY]);
  });

  it('gives nested rows their parent column and findings their list', () => {
    const findings = sheetPlans().find((p) => p.collection.id === 'findings')!;
    expect(findings.columns.slice(0, 2).map((c) => c.key)).toEqual([PARENT_KEY, GROUP_KEY]);
    expect(findings.columns[1]!.options!.map((o) => o.value)).toEqual([
      'strengths',
      'weaknesses',
      'recommendations',
    ]);
  });
});
