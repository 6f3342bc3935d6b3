import * as z from 'zod/mini';
import type { LocalizedText } from '../i18n/index.js';
import { ElementIdSchema, PillarIdSchema } from '../pillars/index.js';
import { HORIZONS } from './masterplan.js';
import {
  CivilDateSchema,
  EvidenceSchema,
  ExtensionsSchema,
  IdSchema,
  NameSchema,
  ProvenanceSchema,
  RupiahSchema,
  TextSchema,
  YearSchema,
} from './primitives.js';

/**
 * Lifecycle statuses of an innovation, in the order an innovation normally goes through them. Which moves are
 * allowed is the data in `INNOVATION_TRANSITIONS` (lifecycle.ts).
 *
 * @example
 * ```ts
 * INNOVATION_STATUSES[0]; // 'planned'
 * ```
 */
export const INNOVATION_STATUSES = [
  'planned',
  'in-progress',
  'implemented',
  'evaluated',
  'discontinued',
] as const;

/**
 * An innovation's lifecycle status.
 *
 * @example
 * ```ts
 * const s: InnovationStatus = 'in-progress';
 * ```
 */
export type InnovationStatus = (typeof INNOVATION_STATUSES)[number];

/**
 * Labels of the innovation statuses.
 *
 * @example
 * ```ts
 * INNOVATION_STATUS_LABELS['in-progress'].id; // 'Berjalan'
 * ```
 */
export const INNOVATION_STATUS_LABELS: Readonly<Record<InnovationStatus, LocalizedText>> = {
  planned: { id: 'Direncanakan', en: 'Planned' },
  'in-progress': { id: 'Berjalan', en: 'In progress' },
  implemented: { id: 'Terimplementasi', en: 'Implemented' },
  evaluated: { id: 'Dievaluasi', en: 'Evaluated' },
  discontinued: { id: 'Dihentikan', en: 'Discontinued' },
};

/**
 * Funding sources of an innovation: the regional budget (APBD) and its revision (APBD-P), the national budget
 * (APBN), special allocation funds (DAK), corporate CSR, private (*swasta*) money, grants (*hibah*), other.
 *
 * @example
 * ```ts
 * BUDGET_SOURCES.includes('APBD-P'); // true
 * ```
 */
export const BUDGET_SOURCES = ['APBD', 'APBD-P', 'APBN', 'DAK', 'CSR', 'swasta', 'hibah', 'other'] as const;

/**
 * A funding source.
 *
 * @example
 * ```ts
 * const source: BudgetSource = 'APBD';
 * ```
 */
export type BudgetSource = (typeof BUDGET_SOURCES)[number];

/**
 * Labels of the funding sources.
 *
 * @example
 * ```ts
 * BUDGET_SOURCE_LABELS.DAK.en; // 'Special Allocation Fund (DAK)'
 * ```
 */
export const BUDGET_SOURCE_LABELS: Readonly<Record<BudgetSource, LocalizedText>> = {
  APBD: { id: 'APBD (Anggaran Pendapatan dan Belanja Daerah)', en: 'Regional budget (APBD)' },
  'APBD-P': { id: 'APBD Perubahan (APBD-P)', en: 'Revised regional budget (APBD-P)' },
  APBN: { id: 'APBN (Anggaran Pendapatan dan Belanja Negara)', en: 'National budget (APBN)' },
  DAK: { id: 'Dana Alokasi Khusus (DAK)', en: 'Special Allocation Fund (DAK)' },
  CSR: { id: 'CSR (tanggung jawab sosial perusahaan)', en: 'Corporate social responsibility (CSR)' },
  swasta: { id: 'Swasta', en: 'Private sector' },
  hibah: { id: 'Hibah', en: 'Grant' },
  other: { id: 'Lainnya', en: 'Other' },
};

/**
 * Zod schema of one budget line of an innovation: a stable id (unique within the innovation), a fiscal year
 * (= calendar year, UU 17/2003), an amount in whole rupiah and its source.
 *
 * @example
 * ```ts
 * BudgetLineSchema.parse({ id: 'apbd-2024', year: 2024, amount: 350_000_000, source: 'APBD' });
 * ```
 */
export const BudgetLineSchema = z.strictObject({
  id: IdSchema.clone(),
  year: YearSchema.clone(),
  amount: RupiahSchema.clone(),
  source: z.enum(BUDGET_SOURCES),
  note: z.optional(TextSchema),
});

/**
 * A budget line.
 *
 * @example
 * ```ts
 * const line: BudgetLine = { id: 'csr-2025', year: 2025, amount: 100_000_000, source: 'CSR', note: 'Bank Kalbar' };
 * ```
 */
export type BudgetLine = z.infer<typeof BudgetLineSchema>;

/**
 * Zod schema of a KPI measurement: a stable id (unique within the KPI; migrated files use the date), the date and
 * the value. `unit`, when given, must equal the KPI's unit (checked across records), so that values are never
 * silently mixed (e.g. % and per mille).
 *
 * @example
 * ```ts
 * MeasurementSchema.parse({ id: '2024-12-31', date: '2024-12-31', value: 72.5 });
 * ```
 */
export const MeasurementSchema = z.strictObject({
  id: IdSchema.clone(),
  date: CivilDateSchema.clone(),
  value: z.number(),
  unit: z.optional(NameSchema),
  note: z.optional(TextSchema),
});

/**
 * A KPI measurement.
 *
 * @example
 * ```ts
 * const m: Measurement = { id: '2025-06-30', date: '2025-06-30', value: 1200, note: 'Semester I' };
 * ```
 */
export type Measurement = z.infer<typeof MeasurementSchema>;

/**
 * Zod schema of a KPI target: a value, optionally its unit (must equal the KPI's) and the date to reach it by.
 *
 * @example
 * ```ts
 * KpiTargetSchema.parse({ value: 90, date: '2026-12-31' });
 * ```
 */
export const KpiTargetSchema = z.strictObject({
  value: z.number(),
  unit: z.optional(NameSchema),
  date: z.optional(CivilDateSchema),
});

/**
 * A KPI target.
 *
 * @example
 * ```ts
 * const t: KpiTarget = { value: 100, unit: '%' };
 * ```
 */
export type KpiTarget = z.infer<typeof KpiTargetSchema>;

/**
 * Zod schema of a key performance indicator of an innovation: unit, baseline (`null` when unknown, never 0 by
 * default), target, optional non-negative weight for roll-ups, and measurements.
 *
 * @example
 * ```ts
 * KpiSchema.parse({ id: 'kpi-1', name: 'Layanan daring', unit: 'layanan', baseline: 12, target: { value: 40 } });
 * ```
 */
export const KpiSchema = z.strictObject({
  id: IdSchema.clone(),
  name: NameSchema.clone(),
  unit: NameSchema.clone(),
  baseline: z.nullable(z.number()),
  target: KpiTargetSchema,
  weight: z.optional(z.number().check(z.nonnegative())),
  measurements: z._default(z.array(MeasurementSchema), []),
  extensions: z.optional(ExtensionsSchema),
  provenance: z.optional(ProvenanceSchema),
});

/**
 * A key performance indicator.
 *
 * @example
 * ```ts
 * const kpi: Kpi = { id: 'k1', name: 'Pengaduan selesai', unit: '%', baseline: null, target: { value: 90 }, measurements: [] };
 * ```
 */
export type Kpi = z.infer<typeof KpiSchema>;

/**
 * Zod schema of one entry of an innovation's status history: the move `from` → `to` on a date. `from` is `null`
 * for the first entry (the status the innovation was recorded with).
 *
 * @example
 * ```ts
 * InnovationHistoryEntrySchema.parse({ from: 'planned', to: 'in-progress', date: '2024-03-01', note: 'Peluncuran' });
 * ```
 */
export const InnovationHistoryEntrySchema = z.strictObject({
  from: z.nullable(z.enum(INNOVATION_STATUSES)),
  to: z.enum(INNOVATION_STATUSES),
  date: CivilDateSchema.clone(),
  note: z.optional(TextSchema),
});

/**
 * One entry of an innovation's status history.
 *
 * @example
 * ```ts
 * const e: InnovationHistoryEntry = { from: null, to: 'planned', date: '2023-10-11' };
 * ```
 */
export type InnovationHistoryEntry = z.infer<typeof InnovationHistoryEntrySchema>;

/**
 * Zod schema of an innovation (a quick win or a masterplan action): in one pillar and element, led by an agency
 * with pentahelix partners, funded by budget lines, measured by KPIs, backed by evidence, using SPBE applications,
 * moving through the lifecycle with a recorded history.
 *
 * @example
 * ```ts
 * InnovationSchema.parse({ id: 'sipedas', name: 'SIPEDAS', pillarId: 'governance',
 *   elementId: 'governance.public-service', agencyId: 'diskominfo', horizon: 'quick-win', status: 'planned' });
 * ```
 */
export const InnovationSchema = z.strictObject({
  id: IdSchema.clone(),
  name: NameSchema.clone(),
  description: z.optional(TextSchema),
  pillarId: PillarIdSchema.clone(),
  elementId: ElementIdSchema,
  agencyId: IdSchema.clone(),
  partnerIds: z._default(z.array(IdSchema), []),
  horizon: z.enum(HORIZONS),
  programmeId: z.optional(IdSchema),
  budget: z._default(z.array(BudgetLineSchema), []),
  startDate: z.optional(CivilDateSchema),
  endDate: z.optional(CivilDateSchema),
  kpis: z._default(z.array(KpiSchema), []),
  evidence: z._default(z.array(EvidenceSchema), []),
  applicationIds: z._default(z.array(IdSchema), []),
  status: z.enum(INNOVATION_STATUSES),
  history: z._default(z.array(InnovationHistoryEntrySchema), []),
  extensions: z.optional(ExtensionsSchema),
  provenance: z.optional(ProvenanceSchema),
});

/**
 * An innovation.
 *
 * @example
 * ```ts
 * const inn: Innovation = InnovationSchema.parse({ id: 'i1', name: 'Lapor!', pillarId: 'governance',
 *   elementId: 'governance.public-policy', agencyId: 'diskominfo', horizon: 'short', status: 'planned' });
 * ```
 */
export type Innovation = z.infer<typeof InnovationSchema>;
