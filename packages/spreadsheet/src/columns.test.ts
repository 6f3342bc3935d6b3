import { COLLECTIONS } from '@smartcity/core';
import { describe, expect, it } from 'vitest';
import { GROUP_KEY, PARENT_KEY, sheetPlans } from './columns.js';

describe('sheet plans from the registry', () => {
  it('has a sheet per collection with every registry field as a column', () => {
    const plans = sheetPlans();
    for (const c of COLLECTIONS) {
      const plan = plans.find((p) => p.collection.id === c.id)!;
      const keys = plan.columns.map((col) => col.key).filter((k) => k !== PARENT_KEY && k !== GROUP_KEY);
      expect(keys).toEqual(
        c.fields.map((f) => f.key).filter((k) => !(c.id === 'workspace' && k === 'schemaVersion')),
      );
    }
    console.log(
      plans
        .map(
          (p) =>
            `${p.name.id} | ${p.columns.map((c) => `${c.key}:${c.kind}${c.nullable ? '?' : ''}${c.hidden ? 'H' : ''}`).join(', ')}`,
        )
        .join('\n'),
    );
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
