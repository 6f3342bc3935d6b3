import { describe, expect, it } from 'vitest';
import { createWorkspace } from './create.js';
import { fullWorkspace, minimalInput } from './fixtures.testutil.js';
import { parseWorkspace } from './parse.js';
import { CURRENT_SCHEMA_VERSION, WorkspaceSchema } from './workspace.js';

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
  const created = (options: Parameters<typeof createWorkspace>[0]) => {
    const r = createWorkspace(options);
    if (!r.success) throw new Error(JSON.stringify(r.issues));
    return r.data;
  };
  it('creates a valid minimal workspace', () => {
    const ws = created({ municipality });
    expect(parseWorkspace(ws)).toEqual({ success: true, data: ws });
    expect(ws.innovations).toEqual([]);
    expect(ws.masterplan).toBeUndefined();
  });
  it('adds an empty masterplan skeleton when a period is given', () => {
    const ws = created({ municipality, masterplanPeriod: { startYear: 2025, endYear: 2029 } });
    expect(ws.masterplan?.period).toEqual({ startYear: 2025, endYear: 2029 });
    expect(parseWorkspace(ws).success).toBe(true);
  });
  it('copies the municipality, so later edits do not leak into the caller’s object', () => {
    const input = { ...municipality, regulations: [] };
    const ws = created({ municipality: input });
    ws.municipality.regulations.push({ id: 'r', kind: 'perda', number: '1', year: 2020, title: 'T' });
    expect(input.regulations).toEqual([]);
  });
  it('validates: the time zone "WIB", an inconsistent kind or a missing municipality are issues, never a throw', () => {
    const wib = createWorkspace({ municipality: { ...municipality, timeZone: 'WIB' as never } });
    expect(!wib.success && wib.issues.map((i) => [i.code, i.path])).toEqual([
      ['invalid_time_zone', ['municipality', 'timeZone']],
    ]);
    expect(!wib.success && wib.issues[0]!.message.en).toContain('"Asia/Jakarta" or "Asia/Pontianak"');
    const kind = createWorkspace({ municipality: { ...municipality, kind: 'kabupaten' } });
    expect(!kind.success && kind.issues.map((i) => [i.code, i.path])).toEqual([
      ['region_code_kind', ['municipality', 'regionCode']],
    ]);
    for (const bad of [
      undefined,
      null,
      {},
      { municipality: 'Pontianak' },
      { municipality, masterplanPeriod: 5 },
    ]) {
      const r = createWorkspace(bad as never);
      expect(r.success, JSON.stringify(bad)).toBe(false);
    }
  });
});
