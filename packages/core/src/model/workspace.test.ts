import { describe, expect, it } from 'vitest';
import { fullWorkspace, minimalInput } from './fixtures.testutil.js';
import { parseWorkspace } from './parse.js';
import { CURRENT_SCHEMA_VERSION, createWorkspace, WorkspaceSchema } from './workspace.js';

const municipality = {
  name: 'Pontianak',
  kind: 'kota',
  regionCode: '61.71',
  province: 'Kalimantan Barat',
  timeZone: 'Asia/Pontianak',
} as const;

describe('WorkspaceSchema', () => {
  it('needs only schemaVersion and municipality; every collection defaults to []', () => {
    const ws = WorkspaceSchema.parse(minimalInput());
    expect(ws.schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
    for (const key of [
      'agencies',
      'stakeholders',
      'bodies',
      'innovations',
      'applications',
      'evaluations',
      'risks',
    ] as const) {
      expect(ws[key]).toEqual([]);
    }
    expect(ws.municipality.regulations).toEqual([]);
    expect(ws.masterplan).toBeUndefined();
  });
  it('round-trips the full fixture unchanged', () => {
    const ws = fullWorkspace();
    expect(WorkspaceSchema.parse(ws)).toEqual(ws);
  });
  it('keeps calendar optional and requires it to be an object (placeholder until the calendar schema lands)', () => {
    expect(WorkspaceSchema.safeParse({ ...minimalInput(), calendar: 'x' }).success).toBe(false);
  });
});

describe('createWorkspace', () => {
  it('creates a valid minimal workspace', () => {
    const ws = createWorkspace({ municipality });
    expect(parseWorkspace(ws)).toEqual({ success: true, data: ws });
    expect(ws.innovations).toEqual([]);
    expect(ws.masterplan).toBeUndefined();
  });
  it('adds an empty masterplan skeleton when a period is given', () => {
    const ws = createWorkspace({ municipality, masterplanPeriod: { startYear: 2025, endYear: 2029 } });
    expect(ws.masterplan?.period).toEqual({ startYear: 2025, endYear: 2029 });
    expect(parseWorkspace(ws).success).toBe(true);
  });
  it('copies the municipality, so later edits do not leak into the caller’s object', () => {
    const input = { ...municipality, regulations: [] };
    const ws = createWorkspace({ municipality: input });
    ws.municipality.regulations.push({ id: 'r', kind: 'perda', number: '1', year: 2020, title: 'T' });
    expect(input.regulations).toEqual([]);
  });
  it('does not validate: an inconsistent municipality is reported by parseWorkspace', () => {
    const ws = createWorkspace({ municipality: { ...municipality, kind: 'kabupaten' } });
    const r = parseWorkspace(ws);
    expect(!r.success && r.issues.map((i) => [i.code, i.path])).toEqual([
      ['region_code_kind', ['municipality', 'regionCode']],
    ]);
  });
});
