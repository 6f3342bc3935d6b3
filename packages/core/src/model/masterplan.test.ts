import { describe, expect, it } from 'vitest';
import { LANGS } from '../i18n/index.js';
import {
  emptyMasterplan,
  HORIZON_LABELS,
  HORIZONS,
  MasterplanSchema,
  ProgrammeSchema,
  READINESS_AREAS,
} from './masterplan.js';

describe('emptyMasterplan', () => {
  it('is a valid masterplan skeleton for the period', () => {
    const mp = emptyMasterplan({ startYear: 2025, endYear: 2029 });
    expect(MasterplanSchema.parse(mp)).toEqual(mp);
    expect(mp.period).toEqual({ startYear: 2025, endYear: 2029 });
    expect(mp.programmes).toEqual([]);
  });
  it('returns fresh arrays on each call', () => {
    const a = emptyMasterplan({ startYear: 2025, endYear: 2029 });
    const b = emptyMasterplan({ startYear: 2025, endYear: 2029 });
    a.readiness.structure.gaps.push('x');
    a.mission.push('y');
    expect(b.readiness.structure.gaps).toEqual([]);
    expect(b.mission).toEqual([]);
  });
});

describe('MasterplanSchema', () => {
  it('requires the readiness analysis and defaults its lists', () => {
    const parsed = MasterplanSchema.parse({
      period: { startYear: 2020, endYear: 2024 },
      readiness: { structure: {}, infrastructure: { physical: {}, ict: {}, social: {} }, superstructure: {} },
    });
    expect(parsed.readiness.infrastructure.ict).toEqual({ strengths: [], gaps: [] });
    expect(MasterplanSchema.safeParse({ period: { startYear: 2020, endYear: 2024 } }).success).toBe(false);
  });
});

describe('ProgrammeSchema', () => {
  it('validates pillar, element and horizon values', () => {
    const p = { id: 'p1', name: 'P', pillarId: 'environment', horizon: 'long', agencyId: 'dlh' };
    expect(ProgrammeSchema.parse(p).innovationIds).toEqual([]);
    expect(ProgrammeSchema.safeParse({ ...p, pillarId: 'transport' }).success).toBe(false);
    expect(ProgrammeSchema.safeParse({ ...p, elementId: 'environment.noise' }).success).toBe(false);
    expect(ProgrammeSchema.safeParse({ ...p, horizon: 'forever' }).success).toBe(false);
  });
});

describe('labels', () => {
  it('labels every horizon and readiness area in both languages', () => {
    expect(Object.keys(HORIZON_LABELS)).toEqual([...HORIZONS]);
    expect(HORIZON_LABELS['quick-win'].id).toBe('Quick win');
    for (const h of HORIZONS) for (const l of LANGS) expect(HORIZON_LABELS[h][l]).not.toBe('');
    expect(READINESS_AREAS.map((a) => a.path.join('.'))).toEqual([
      'structure',
      'infrastructure.physical',
      'infrastructure.ict',
      'infrastructure.social',
      'superstructure',
    ]);
  });
});
