import * as z from 'zod/mini';
import { CalendarOverridesSchema } from '../calendar/config.js';
import { AgencySchema } from './agency.js';
import { ApplicationSchema } from './application.js';
import { BodySchema } from './body.js';
import { EvaluationSchema } from './evaluation.js';
import { InnovationSchema } from './innovation.js';
import { MasterplanSchema } from './masterplan.js';
import { MunicipalitySchema } from './municipality.js';
import { ExtensionsSchema, ProvenanceSchema } from './primitives.js';
import { RiskSchema } from './risk.js';
import { StakeholderSchema } from './stakeholder.js';

/**
 * The version of the workspace format this library reads and writes. Older versions are migrated on parse
 * (see `migrateWorkspace`); newer ones are refused with `unsupported_version`.
 *
 * @example
 * ```ts
 * CURRENT_SCHEMA_VERSION; // 2
 * ```
 */
export const CURRENT_SCHEMA_VERSION = 2;

// Per-city calendar overrides; the calendar area owns their schema (src/calendar/config.ts).
const WorkspaceCalendarSchema = CalendarOverridesSchema;

/**
 * Zod schema of a municipality's whole workspace: the municipality and its regulations, agencies (OPD),
 * stakeholders, programme bodies, masterplan, innovations, SPBE applications, evaluations, risks and calendar
 * overrides. Every object is strict (unknown fields are issues) except `extensions`; arrays default to `[]`, so a
 * minimal workspace is `{ schemaVersion: 2, municipality }`.
 *
 * Prefer {@link parseWorkspace} over `WorkspaceSchema.safeParse`: it also rejects prototype-polluting keys,
 * migrates older versions, runs the cross-record checks and gives bilingual issues.
 *
 * @example
 * ```ts
 * WorkspaceSchema.safeParse({ schemaVersion: 2, municipality: { name: 'Pontianak', kind: 'kota',
 *   regionCode: '61.71', province: 'Kalimantan Barat', timeZone: 'Asia/Pontianak' } }).success; // true
 * ```
 */
export const WorkspaceSchema = z.strictObject({
  schemaVersion: z.literal(CURRENT_SCHEMA_VERSION),
  municipality: MunicipalitySchema,
  agencies: z._default(z.array(AgencySchema), []),
  stakeholders: z._default(z.array(StakeholderSchema), []),
  bodies: z._default(z.array(BodySchema), []),
  masterplan: z.optional(MasterplanSchema),
  innovations: z._default(z.array(InnovationSchema), []),
  applications: z._default(z.array(ApplicationSchema), []),
  evaluations: z._default(z.array(EvaluationSchema), []),
  risks: z._default(z.array(RiskSchema), []),
  calendar: z.optional(WorkspaceCalendarSchema),
  extensions: z.optional(ExtensionsSchema),
  provenance: z.optional(ProvenanceSchema),
});

/**
 * A parsed, valid workspace (the output type: every array present).
 *
 * @example
 * ```ts
 * const r = createWorkspace({ municipality: { name: 'Pontianak', kind: 'kota', regionCode: '61.71',
 *   province: 'Kalimantan Barat', timeZone: 'Asia/Pontianak' } });
 * const ws: Workspace | undefined = r.success ? r.data : undefined;
 * ```
 */
export type Workspace = z.output<typeof WorkspaceSchema>;

/**
 * What a workspace may look like before parsing (the input type: arrays may be absent).
 *
 * @example
 * ```ts
 * const input: WorkspaceInput = { schemaVersion: 2, municipality: { name: 'Bogor', kind: 'kota',
 *   regionCode: '32.71', province: 'Jawa Barat', timeZone: 'Asia/Jakarta' } };
 * ```
 */
export type WorkspaceInput = z.input<typeof WorkspaceSchema>;

/**
 * The municipality as given to `createWorkspace` (`regulations` may be omitted).
 *
 * @example
 * ```ts
 * const m: MunicipalityInput = { name: 'Sleman', kind: 'kabupaten', regionCode: '34.04',
 *   province: 'DI Yogyakarta', timeZone: 'Asia/Jakarta' };
 * ```
 */
export type MunicipalityInput = z.input<typeof MunicipalitySchema>;
