import type { Result } from '../issues/index.js';
import { emptyMasterplan } from './masterplan.js';
import { parseWorkspace } from './parse.js';
import { unreadable } from './parseValue.js';
import type { YearPeriod } from './primitives.js';
import { CURRENT_SCHEMA_VERSION, type MunicipalityInput, type Workspace } from './workspace.js';

/**
 * Options of {@link createWorkspace}.
 *
 * @example
 * ```ts
 * const options: CreateWorkspaceOptions = { municipality: { name: 'Sleman', kind: 'kabupaten', regionCode: '34.04',
 *   province: 'DI Yogyakarta', timeZone: 'Asia/Jakarta' }, masterplanPeriod: { startYear: 2025, endYear: 2029 } };
 * ```
 */
export interface CreateWorkspaceOptions {
  municipality: MunicipalityInput;
  /** When given, the workspace gets an empty masterplan skeleton for this period. */
  masterplanPeriod?: YearPeriod;
}

/**
 * A new workspace with only the municipality (every collection empty, optionally an empty masterplan skeleton),
 * validated like {@link parseWorkspace}: a bad municipality (a time zone `'WIB'`, a region code that does not match
 * the kind or the province) gives the same issues, with the same codes and messages, as the same values in a
 * workspace file. Warnings (a zone with the right offset but not the province's) ride along on success. Never
 * throws.
 *
 * @example
 * ```ts
 * const r = createWorkspace({ municipality: { name: 'Pontianak', kind: 'kota', regionCode: '61.71',
 *   province: 'Kalimantan Barat', timeZone: 'Asia/Pontianak' } });
 * if (r.success) r.data.innovations.length; // 0
 * createWorkspace({ municipality: { name: 'Pontianak', kind: 'kota', regionCode: '61.71',
 *   province: 'Kalimantan Barat', timeZone: 'WIB' } }).success; // false: invalid_time_zone at municipality.timeZone
 * ```
 */
export function createWorkspace(options: CreateWorkspaceOptions): Result<Workspace> {
  try {
    const municipality = (options as Partial<CreateWorkspaceOptions> | undefined)?.municipality;
    const period = (options as Partial<CreateWorkspaceOptions> | undefined)?.masterplanPeriod;
    const draft: Record<string, unknown> = {
      schemaVersion: CURRENT_SCHEMA_VERSION,
      municipality,
      agencies: [],
      stakeholders: [],
      bodies: [],
      innovations: [],
      applications: [],
      evaluations: [],
      risks: [],
    };
    if (period !== undefined) draft.masterplan = emptyMasterplan(period);
    return parseWorkspace(draft);
  } catch (error) {
    return unreadable(error);
  }
}
