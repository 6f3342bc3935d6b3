import { describe, expect, it } from 'vitest';
import { minimalInput } from './fixtures.testutil.js';
import { migrateWorkspace, WORKSPACE_MIGRATIONS, type WorkspaceMigration } from './migrate.js';
import { parseWorkspace } from './parse.js';
import { CURRENT_SCHEMA_VERSION } from './workspace.js';

describe('migrateWorkspace', () => {
  it('returns a current workspace unchanged (same object)', () => {
    const input = minimalInput();
    const r = migrateWorkspace(input);
    expect(r).toEqual({ success: true, data: input });
    expect(r.success && r.data).toBe(input);
    expect(CURRENT_SCHEMA_VERSION).toBe(2);
    expect(WORKSPACE_MIGRATIONS.map((m) => [m.from, m.to])).toEqual([[1, 2]]);
  });
  it('reports a missing schemaVersion as required', () => {
    const { schemaVersion: _, ...rest } = minimalInput();
    const r = migrateWorkspace(rest);
    expect(!r.success && r.issues.map((i) => [i.code, i.path])).toEqual([['required', ['schemaVersion']]]);
  });
  it('refuses a future version, telling the user to upgrade @smartcity/core', () => {
    const r = migrateWorkspace({ ...minimalInput(), schemaVersion: 3 });
    expect(r.success).toBe(false);
    if (r.success) return;
    expect(r.issues[0]!.code).toBe('unsupported_version');
    expect(r.issues[0]!.message.en).toContain('Upgrade @smartcity/core');
    expect(r.issues[0]!.message.id).toContain('Perbarui @smartcity/core');
  });
  it('rejects non-objects and non-integer versions', () => {
    for (const input of [null, [], 'ws', 42, undefined]) {
      const r = migrateWorkspace(input);
      expect(!r.success && r.issues[0]!.code, String(input)).toBe('invalid_type');
    }
    const r = migrateWorkspace({ schemaVersion: '1' });
    expect(!r.success && r.issues[0]!.path).toEqual(['schemaVersion']);
    expect(!r.success && r.issues[0]!.code).toBe('invalid_type');
  });
  it('runs injected migrations in order without mutating the input', () => {
    const migrations: WorkspaceMigration[] = [
      { from: 3, to: 4, migrate: (ws) => ({ ...ws, trail: [...(ws.trail as string[]), '3→4'] }) },
      { from: 2, to: 3, migrate: (ws) => ({ ...ws, trail: ['2→3'] }) },
    ];
    const input = minimalInput();
    const r = migrateWorkspace(input, { migrations, targetVersion: 4 });
    expect(r.success).toBe(true);
    expect(r.success && r.data).toMatchObject({ schemaVersion: 4, trail: ['2→3', '3→4'] });
    expect(input).toEqual(minimalInput());
  });
  it('migrates an old version to the current one through parseWorkspace', () => {
    const legacy = { ...minimalInput(), schemaVersion: 0, kota: 'Pontianak' };
    const migrations: WorkspaceMigration[] = [
      {
        from: 0,
        to: 1,
        migrate: ({ kota: _kota, ...ws }) => ws,
      },
      ...WORKSPACE_MIGRATIONS,
    ];
    expect(parseWorkspace(legacy).success).toBe(false);
    const r = parseWorkspace(legacy, { migrations });
    expect(r.success && r.data.schemaVersion).toBe(2);
  });
  it('reports a missing migration step and a failing migration', () => {
    const none = migrateWorkspace({ schemaVersion: 0 });
    expect(!none.success && none.issues[0]!.code).toBe('unsupported_version');
    const throwing = migrateWorkspace(
      { schemaVersion: 0 },
      {
        migrations: [
          {
            from: 0,
            to: 1,
            migrate: () => {
              throw new Error('boom');
            },
          },
        ],
      },
    );
    expect(!throwing.success && throwing.issues[0]!.code).toBe('migration_failed');
    expect(!throwing.success && throwing.issues[0]!.message.en).toContain('boom');
    const bad = migrateWorkspace(
      { schemaVersion: 0 },
      { migrations: [{ from: 0, to: 1, migrate: () => null as never }] },
    );
    expect(!bad.success && bad.issues[0]!.code).toBe('migration_failed');
  });
});
