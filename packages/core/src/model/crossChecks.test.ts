import { describe, expect, it } from 'vitest';
import { validateInnovation, validateWorkspace } from './crossChecks.js';
import { fullInnovation, fullWorkspace } from './fixtures.testutil.js';
import type { Workspace } from './workspace.js';

function codes(ws: Workspace): [string, (string | number)[]][] {
  return validateWorkspace(ws).map((i) => [i.code, i.path]);
}

describe('validateWorkspace', () => {
  it('finds nothing in a consistent workspace', () => {
    expect(validateWorkspace(fullWorkspace())).toEqual([]);
  });

  it('reports duplicate ids at the duplicate, naming the first index', () => {
    const ws = fullWorkspace();
    ws.agencies.push({ ...ws.agencies[0]! });
    ws.municipality.regulations.push({ ...ws.municipality.regulations[1]! });
    ws.innovations[0]!.kpis.push({ ...ws.innovations[0]!.kpis[0]! });
    const issues = validateWorkspace(ws);
    expect(issues.map((i) => [i.code, i.path])).toEqual([
      ['duplicate_id', ['municipality', 'regulations', 2, 'id']],
      ['duplicate_id', ['agencies', 3, 'id']],
      ['duplicate_id', ['innovations', 0, 'kpis', 2, 'id']],
    ]);
    expect(issues[1]!.message.en).toBe(
      'Id "diskominfo" is already used by agencies[0]; ids in "agencies" must be unique.',
    );
    expect(issues[1]!.message.id).toContain('agencies[0]');
  });

  it('reports every kind of unknown reference at the referring field', () => {
    const ws = fullWorkspace();
    const mp = ws.masterplan!;
    const inn = ws.innovations[0]!;
    ws.stakeholders[1]!.agencyId = 'x-agency';
    ws.bodies[0]!.members.push({ id: 'x-member', memberId: 'x-member' });
    ws.bodies[0]!.regulationId = 'x-reg';
    mp.regulationId = 'x-reg';
    mp.programmes[0]!.agencyId = 'x-agency';
    mp.programmes[0]!.innovationIds.push('x-inn');
    inn.agencyId = 'x-agency';
    inn.partnerIds.push('x-sh');
    inn.programmeId = 'x-prog';
    inn.applicationIds.push('x-app');
    ws.applications[0]!.agencyId = 'x-agency';
    ws.evaluations[0]!.innovationIds.push('x-inn');
    ws.risks[0]!.innovationId = 'x-inn';
    ws.risks[0]!.programmeId = 'x-prog';
    ws.risks[0]!.ownerAgencyId = 'x-agency';
    const issues = validateWorkspace(ws);
    expect(issues.every((i) => i.code === 'unknown_reference')).toBe(true);
    expect(issues.map((i) => i.path)).toEqual([
      ['stakeholders', 1, 'agencyId'],
      ['bodies', 0, 'regulationId'],
      ['bodies', 0, 'members', 2, 'memberId'],
      ['masterplan', 'regulationId'],
      ['masterplan', 'programmes', 0, 'agencyId'],
      ['masterplan', 'programmes', 0, 'innovationIds', 1],
      ['innovations', 0, 'agencyId'],
      ['innovations', 0, 'partnerIds', 1],
      ['innovations', 0, 'programmeId'],
      ['innovations', 0, 'applicationIds', 1],
      ['applications', 0, 'agencyId'],
      ['evaluations', 0, 'innovationIds', 1],
      ['risks', 0, 'innovationId'],
      ['risks', 0, 'programmeId'],
      ['risks', 0, 'ownerAgencyId'],
    ]);
    expect(issues[0]!.message.en).toBe(
      'Agency "x-agency" not found in "agencies". Known ids: "diskominfo", "disdukcapil", "bappeda".',
    );
    expect(issues[0]!.message.id).toContain('tidak ditemukan');
  });

  it('says when the referenced collection is empty', () => {
    const ws = fullWorkspace();
    ws.applications = [];
    ws.innovations[0]!.applicationIds = ['app-x'];
    const [only] = validateWorkspace(ws);
    expect(only?.message.en).toContain('"applications" is empty');
  });

  it('flags a body member id shared by an agency and a stakeholder', () => {
    const ws = fullWorkspace();
    ws.stakeholders.push({ id: 'bappeda', name: 'Bappeda sebagai mitra', role: 'government' });
    expect(codes(ws)).toEqual([['ambiguous_reference', ['bodies', 0, 'members', 0, 'memberId']]]);
  });

  it('reports elements outside their pillar for innovations and programmes', () => {
    const ws = fullWorkspace();
    ws.innovations[0]!.elementId = 'living.health';
    ws.masterplan!.programmes[0]!.elementId = 'economy.welfare';
    const issues = validateWorkspace(ws);
    expect(issues.map((i) => [i.code, i.path])).toEqual([
      ['element_not_in_pillar', ['masterplan', 'programmes', 0, 'elementId']],
      ['element_not_in_pillar', ['innovations', 0, 'elementId']],
    ]);
    expect(issues[1]!.message.en).toContain(
      '"governance.public-service", "governance.bureaucracy", "governance.public-policy"',
    );
  });

  it('reports periods that end before they start', () => {
    const ws = fullWorkspace();
    ws.masterplan!.period = { startYear: 2025, endYear: 2024 };
    ws.masterplan!.rpjmd = { startYear: 2025, endYear: 2020 };
    expect(codes(ws)).toEqual([
      ['date_order', ['masterplan', 'period', 'endYear']],
      ['date_order', ['masterplan', 'rpjmd', 'endYear']],
    ]);
  });
});

describe('validateInnovation', () => {
  function check(patch: (inn: ReturnType<typeof fullInnovation>) => void): [string, (string | number)[]][] {
    const inn = fullInnovation();
    patch(inn);
    return validateInnovation(inn).map((i) => [i.code, i.path]);
  }
  it('finds nothing in a consistent innovation', () => {
    expect(validateInnovation(fullInnovation())).toEqual([]);
  });
  it('reports an end date before the start date', () => {
    expect(
      check((inn) => {
        inn.startDate = '2024-05-01';
        inn.endDate = '2024-04-30';
        inn.budget = [];
        inn.history = [];
      }),
    ).toEqual([['date_order', ['endDate']]]);
  });
  it('reports budget years outside the running years, with only one bound known too', () => {
    expect(
      check((inn) =>
        inn.budget.push(
          { id: 'apbn-2022', year: 2022, amount: 1, source: 'APBN' },
          { id: 'dak-2025', year: 2025, amount: 1, source: 'DAK' },
        ),
      ),
    ).toEqual([
      ['out_of_range', ['budget', 2, 'year']],
      ['out_of_range', ['budget', 3, 'year']],
    ]);
    expect(
      check((inn) => {
        inn.endDate = undefined;
        inn.budget.push(
          { id: 'apbd-2030', year: 2030, amount: 1, source: 'APBD' },
          { id: 'apbd-2022', year: 2022, amount: 1, source: 'APBD' },
        );
      }),
    ).toEqual([['out_of_range', ['budget', 3, 'year']]]);
    expect(
      check((inn) => {
        inn.startDate = undefined;
        inn.endDate = undefined;
        inn.budget.push({ id: 'apbd-1990', year: 1990, amount: 1, source: 'APBD' });
      }),
    ).toEqual([]);
  });
  it('reports units that differ from the KPI unit', () => {
    expect(
      check((inn) => {
        inn.kpis[0]!.target.unit = 'aplikasi';
        inn.kpis[0]!.measurements[1]!.unit = '%';
      }),
    ).toEqual([
      ['unit_mismatch', ['kpis', 0, 'target', 'unit']],
      ['unit_mismatch', ['kpis', 0, 'measurements', 1, 'unit']],
    ]);
  });
  it('accepts measurements out of date order but not two on the same date', () => {
    expect(check((inn) => inn.kpis[0]!.measurements.reverse())).toEqual([]);
    expect(
      check((inn) => inn.kpis[0]!.measurements.push({ id: 'again', date: '2023-06-30', value: 9 })),
    ).toEqual([['duplicate_date', ['kpis', 0, 'measurements', 2, 'date']]]);
  });
  it('finds duplicates in long lists too (indexed rather than compared pairwise)', () => {
    expect(
      check((inn) => {
        inn.kpis[1]!.measurements = Array.from({ length: 40 }, (_, i) => ({
          id: `m-${i}`,
          date: `2024-01-${String((i % 30) + 1).padStart(2, '0')}`,
          value: i,
        }));
      }),
    ).toEqual(
      Array.from({ length: 10 }, (_, i) => ['duplicate_date', ['kpis', 1, 'measurements', 30 + i, 'date']]),
    );
  });
  it('checks the history', () => {
    expect(check((inn) => (inn.status = 'evaluated'))).toEqual([['inconsistent_history', ['status']]]);
  });
  it('never throws on data that is not a valid innovation', () => {
    const issues = validateInnovation(null as never);
    expect(issues.map((i) => i.code)).toEqual(['unreadable_input']);
    expect(validateWorkspace({} as never).map((i) => i.code)).toEqual(['unreadable_input']);
  });
});
