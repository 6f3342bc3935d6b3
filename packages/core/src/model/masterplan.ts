import * as z from 'zod/mini';
import type { LocalizedText } from '../i18n/index.js';
import { ElementIdSchema, PillarIdSchema } from '../pillars/index.js';
import {
  ExtensionsSchema,
  IdSchema,
  NameSchema,
  ProvenanceSchema,
  TextSchema,
  type YearPeriod,
  yearPeriodSchema,
} from './primitives.js';

/**
 * Planning horizons of masterplan programmes and innovations (domain.md §2.3): a *quick win* is a real action
 * within 6 months–1 year (later guidance: 1–2 years); short term ≈ 1 year (annual RKPD), medium ≈ 5 years (RPJMD),
 * long ≈ 10 years. The year boundaries are a suggested model [U], so the model stores only the horizon.
 *
 * @example
 * ```ts
 * HORIZONS; // ['quick-win', 'short', 'medium', 'long']
 * ```
 */
export const HORIZONS = ['quick-win', 'short', 'medium', 'long'] as const;

/**
 * A planning horizon.
 *
 * @example
 * ```ts
 * const h: Horizon = 'quick-win';
 * ```
 */
export type Horizon = (typeof HORIZONS)[number];

/**
 * Labels of the horizons.
 *
 * @example
 * ```ts
 * HORIZON_LABELS.medium.id; // 'Jangka menengah'
 * ```
 */
export const HORIZON_LABELS: Readonly<Record<Horizon, LocalizedText>> = {
  'quick-win': { id: 'Quick win', en: 'Quick win' },
  short: { id: 'Jangka pendek', en: 'Short term' },
  medium: { id: 'Jangka menengah', en: 'Medium term' },
  long: { id: 'Jangka panjang', en: 'Long term' },
};

/**
 * Zod schema of one area of the readiness analysis (*analisis kesiapan*): a summary with strengths and gaps.
 *
 * @example
 * ```ts
 * ReadinessAreaSchema.parse({ strengths: ['Command center'], gaps: ['Jaringan kecamatan'] });
 * ```
 */
export const ReadinessAreaSchema = readinessAreaSchema();

// Each area of the readiness analysis gets its own schema instances, so that field metadata (the registry) can
// attach a label per area.
function readinessAreaSchema() {
  return z.strictObject({
    summary: z.optional(TextSchema),
    strengths: z._default(z.array(NameSchema), []),
    gaps: z._default(z.array(NameSchema), []),
  });
}

/**
 * One area of the readiness analysis.
 *
 * @example
 * ```ts
 * const area: ReadinessArea = { strengths: [], gaps: ['SDM TIK terbatas'] };
 * ```
 */
export type ReadinessArea = z.infer<typeof ReadinessAreaSchema>;

/**
 * Zod schema of the readiness analysis of a masterplan: *struktur* (people, budget, governance),
 * *infrastruktur* (physical, ICT, social) and *suprastruktur* (policy, institutions, procedures) (domain.md §2.3).
 *
 * @example
 * ```ts
 * ReadinessSchema.parse({ structure: {}, infrastructure: { physical: {}, ict: {}, social: {} }, superstructure: {} });
 * ```
 */
export const ReadinessSchema = z.strictObject({
  structure: readinessAreaSchema(),
  infrastructure: z.strictObject({
    physical: readinessAreaSchema(),
    ict: readinessAreaSchema(),
    social: readinessAreaSchema(),
  }),
  superstructure: readinessAreaSchema(),
});

/**
 * The readiness analysis of a masterplan.
 *
 * @example
 * ```ts
 * const r: Readiness = emptyMasterplan({ startYear: 2025, endYear: 2029 }).readiness;
 * ```
 */
export type Readiness = z.infer<typeof ReadinessSchema>;

/**
 * The readiness areas in reading order, with their path in {@link Readiness} and their labels.
 *
 * @example
 * ```ts
 * READINESS_AREAS.map((a) => a.label.id); // ['Struktur', 'Infrastruktur fisik', …]
 * ```
 */
export const READINESS_AREAS: readonly {
  readonly path:
    | readonly ['structure']
    | readonly ['infrastructure', 'physical' | 'ict' | 'social']
    | readonly ['superstructure'];
  readonly label: LocalizedText;
}[] = [
  { path: ['structure'], label: { id: 'Struktur', en: 'Structure' } },
  {
    path: ['infrastructure', 'physical'],
    label: { id: 'Infrastruktur fisik', en: 'Physical infrastructure' },
  },
  { path: ['infrastructure', 'ict'], label: { id: 'Infrastruktur TIK', en: 'ICT infrastructure' } },
  { path: ['infrastructure', 'social'], label: { id: 'Infrastruktur sosial', en: 'Social infrastructure' } },
  { path: ['superstructure'], label: { id: 'Suprastruktur', en: 'Superstructure' } },
];

/**
 * Zod schema of a masterplan programme: one line of the *rencana aksi* in one pillar (and optionally element),
 * with a horizon, a lead agency and the innovations that implement it.
 *
 * @example
 * ```ts
 * ProgrammeSchema.parse({ id: 'p-layanan-terpadu', name: 'Layanan terpadu', pillarId: 'governance',
 *   elementId: 'governance.public-service', horizon: 'short', agencyId: 'dpmptsp' });
 * ```
 */
export const ProgrammeSchema = z.strictObject({
  id: IdSchema.clone(),
  name: NameSchema.clone(),
  description: z.optional(TextSchema),
  pillarId: PillarIdSchema.clone(),
  elementId: z.optional(ElementIdSchema),
  horizon: z.enum(HORIZONS),
  agencyId: IdSchema.clone(),
  innovationIds: z._default(z.array(IdSchema), []),
  extensions: z.optional(ExtensionsSchema),
  provenance: z.optional(ProvenanceSchema),
});

/**
 * A masterplan programme.
 *
 * @example
 * ```ts
 * const p: Programme = { id: 'p1', name: 'Bank sampah digital', pillarId: 'environment', horizon: 'quick-win',
 *   agencyId: 'dlh', innovationIds: [] };
 * ```
 */
export type Programme = z.infer<typeof ProgrammeSchema>;

/**
 * Zod schema of the smart city masterplan (Buku 1 analysis + Buku 2 plan): its period (5–10 years), vision and
 * mission, the RPJMD it aligns to, the regulation that legalised it, the readiness analysis and the programmes.
 *
 * @example
 * ```ts
 * MasterplanSchema.parse(emptyMasterplan({ startYear: 2020, endYear: 2024 }));
 * ```
 */
export const MasterplanSchema = z.strictObject({
  period: yearPeriodSchema(),
  vision: z.optional(TextSchema),
  mission: z._default(z.array(NameSchema), []),
  rpjmd: z.optional(yearPeriodSchema()),
  regulationId: z.optional(IdSchema),
  readiness: ReadinessSchema,
  programmes: z._default(z.array(ProgrammeSchema), []),
  extensions: z.optional(ExtensionsSchema),
  provenance: z.optional(ProvenanceSchema),
});

/**
 * A smart city masterplan.
 *
 * @example
 * ```ts
 * const mp: Masterplan = emptyMasterplan({ startYear: 2025, endYear: 2029 });
 * ```
 */
export type Masterplan = z.infer<typeof MasterplanSchema>;

function emptyArea(): ReadinessArea {
  return { strengths: [], gaps: [] };
}

/**
 * A masterplan skeleton for a period: no vision, no mission, empty readiness areas, no programmes. Each call
 * returns fresh arrays, so the result can be filled in freely.
 *
 * @example
 * ```ts
 * const mp = emptyMasterplan({ startYear: 2025, endYear: 2029 });
 * mp.programmes.length; // 0
 * ```
 */
export function emptyMasterplan(period: YearPeriod): Masterplan {
  return {
    period: { startYear: period.startYear, endYear: period.endYear },
    mission: [],
    readiness: {
      structure: emptyArea(),
      infrastructure: { physical: emptyArea(), ict: emptyArea(), social: emptyArea() },
      superstructure: emptyArea(),
    },
    programmes: [],
  };
}
