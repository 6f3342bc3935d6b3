import type { Issue, Result } from '../issues/index.js';
import { issue } from '../issues/index.js';
import {
  invalidTypeMessage,
  migrationFailedMessage,
  noMigrationMessage,
  receivedType,
  requiredMessage,
  unsupportedVersionMessage,
} from './messages.js';
import { migrateWorkspaceV1ToV2 } from './migrateV2.js';
import { CURRENT_SCHEMA_VERSION } from './workspace.js';

/**
 * One step of the workspace format's history: turns a workspace of version `from` into one of version `to`.
 * `migrate` receives a shallow copy it may change and returns the new document; `schemaVersion` is set to `to`
 * afterwards by the runner.
 *
 * @example
 * ```ts
 * const renameCohort: WorkspaceMigration = {
 *   from: 1,
 *   to: 2,
 *   migrate: (ws) => ({ ...ws, cohort: ws.cohortYear }),
 * };
 * ```
 */
export interface WorkspaceMigration {
  readonly from: number;
  readonly to: number;
  readonly migrate: (workspace: Record<string, unknown>) => Record<string, unknown>;
}

/**
 * The migrations of the workspace format, oldest first. 1 → 2 gives every nested row a stable `id` (budget lines,
 * KPI measurements, findings as `{ id, text }`, body `members` instead of `memberIds`), derived from the row's own
 * keys with `deriveStableId`, so nothing is lost and re-imports can match rows.
 *
 * @example
 * ```ts
 * WORKSPACE_MIGRATIONS.map((m) => `${m.from}→${m.to}`); // ['1→2']
 * ```
 */
export const WORKSPACE_MIGRATIONS: readonly WorkspaceMigration[] = [
  { from: 1, to: 2, migrate: migrateWorkspaceV1ToV2 },
];

/**
 * Options of {@link migrateWorkspace}; both exist to test and to stage future formats.
 *
 * @example
 * ```ts
 * const options: MigrateOptions = { migrations: WORKSPACE_MIGRATIONS, targetVersion: 2 };
 * ```
 */
export interface MigrateOptions {
  /** The migration steps to use (default {@link WORKSPACE_MIGRATIONS}). */
  migrations?: readonly WorkspaceMigration[];
  /** The version to migrate to (default {@link CURRENT_SCHEMA_VERSION}). */
  targetVersion?: number;
}

/**
 * Brings a raw workspace document (e.g. from `JSON.parse`) to the current `schemaVersion` by running the
 * migrations in order. Returns the input itself when it is already current. Issues: `invalid_type` when the input
 * is not an object, `required` when `schemaVersion` is missing, `unsupported_version` when it is newer than this
 * library (upgrade @smartcity/core) or has no migration path, `migration_failed` when a step throws. Never throws.
 *
 * @example
 * ```ts
 * migrateWorkspace({ schemaVersion: 1, municipality: {} }); // { success: true, data: { schemaVersion: 2, … } }
 * migrateWorkspace({ schemaVersion: 99 }); // { success: false, issues: [{ code: 'unsupported_version', … }] }
 * ```
 */
export function migrateWorkspace(input: unknown, options: MigrateOptions = {}): Result<unknown> {
  const migrations = options.migrations ?? WORKSPACE_MIGRATIONS;
  const target = options.targetVersion ?? CURRENT_SCHEMA_VERSION;
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return fail(issue([], 'invalid_type', invalidTypeMessage('object', receivedType(input))));
  }
  if (!Object.hasOwn(input, 'schemaVersion')) {
    return fail(
      issue(
        ['schemaVersion'],
        'required',
        requiredMessage('schemaVersion', { id: `angka ${target}`, en: `the number ${target}` }),
      ),
    );
  }
  const raw = (input as Record<string, unknown>).schemaVersion;
  if (typeof raw !== 'number' || !Number.isInteger(raw)) {
    return fail(issue(['schemaVersion'], 'invalid_type', invalidTypeMessage('int', receivedType(raw))));
  }
  if (raw > target)
    return fail(issue(['schemaVersion'], 'unsupported_version', unsupportedVersionMessage(raw, target)));
  let version = raw;
  let document = input as Record<string, unknown>;
  while (version < target) {
    const step = migrations.find((m) => m.from === version);
    if (step === undefined || step.to <= version || step.to > target) {
      return fail(issue(['schemaVersion'], 'unsupported_version', noMigrationMessage(version, target)));
    }
    let next: unknown;
    try {
      next = step.migrate({ ...document });
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      return fail(
        issue(['schemaVersion'], 'migration_failed', migrationFailedMessage(step.from, step.to, reason)),
      );
    }
    if (typeof next !== 'object' || next === null || Array.isArray(next)) {
      const reason = `returned ${receivedType(next)}`;
      return fail(
        issue(['schemaVersion'], 'migration_failed', migrationFailedMessage(step.from, step.to, reason)),
      );
    }
    document = { ...(next as Record<string, unknown>), schemaVersion: step.to };
    version = step.to;
  }
  return { success: true, data: document };
}

function fail(item: Issue): Result<never> {
  return { success: false, issues: [item] };
}
