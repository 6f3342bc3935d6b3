import * as z from 'zod/mini';
import type { LocalizedText } from '../i18n/index.js';
import {
  CivilDateSchema,
  ExtensionsSchema,
  IdSchema,
  NameSchema,
  ProvenanceSchema,
  TextSchema,
} from './primitives.js';

/**
 * Statuses of a risk in the risk register (*manajemen risiko*, domain.md §2.4).
 *
 * @example
 * ```ts
 * RISK_STATUSES; // ['open', 'mitigating', 'closed', 'accepted']
 * ```
 */
export const RISK_STATUSES = ['open', 'mitigating', 'closed', 'accepted'] as const;

/**
 * A risk status.
 *
 * @example
 * ```ts
 * const s: RiskStatus = 'mitigating';
 * ```
 */
export type RiskStatus = (typeof RISK_STATUSES)[number];

/**
 * Labels of the risk statuses.
 *
 * @example
 * ```ts
 * RISK_STATUS_LABELS.accepted.id; // 'Diterima'
 * ```
 */
export const RISK_STATUS_LABELS: Readonly<Record<RiskStatus, LocalizedText>> = {
  open: { id: 'Terbuka', en: 'Open' },
  mitigating: { id: 'Dalam mitigasi', en: 'Being mitigated' },
  closed: { id: 'Ditutup', en: 'Closed' },
  accepted: { id: 'Diterima', en: 'Accepted' },
};

const RatingSchema = z.number().check(z.int(), z.gte(1), z.lte(5));

/**
 * Zod schema of a risk of the risk register: what could go wrong in an innovation or programme, its likelihood and
 * impact (1–5 each), the owning agency and the mitigation (domain.md §2.4: "risk, likelihood, impact, mitigation,
 * owner OPD").
 *
 * @example
 * ```ts
 * RiskSchema.parse({ id: 'r1', title: 'Server down', likelihood: 2, impact: 4, ownerAgencyId: 'diskominfo',
 *   mitigation: 'Backup harian', status: 'open' });
 * ```
 */
export const RiskSchema = z.strictObject({
  id: IdSchema.clone(),
  title: NameSchema.clone(),
  description: z.optional(TextSchema),
  innovationId: z.optional(IdSchema),
  programmeId: z.optional(IdSchema),
  likelihood: RatingSchema.clone(),
  impact: RatingSchema.clone(),
  ownerAgencyId: IdSchema.clone(),
  mitigation: NameSchema.clone(),
  status: z.enum(RISK_STATUSES),
  identifiedOn: z.optional(CivilDateSchema),
  extensions: z.optional(ExtensionsSchema),
  provenance: z.optional(ProvenanceSchema),
});

/**
 * A risk.
 *
 * @example
 * ```ts
 * const r: Risk = { id: 'r2', title: 'Anggaran dipotong', likelihood: 3, impact: 3, ownerAgencyId: 'bappeda',
 *   mitigation: 'Cari CSR', status: 'open' };
 * ```
 */
export type Risk = z.infer<typeof RiskSchema>;

/**
 * Risk levels of the 5×5 matrix, lowest first.
 *
 * @example
 * ```ts
 * RISK_LEVELS; // ['low', 'medium', 'high', 'very-high']
 * ```
 */
export const RISK_LEVELS = ['low', 'medium', 'high', 'very-high'] as const;

/**
 * A risk level.
 *
 * @example
 * ```ts
 * const level: RiskLevel = 'high';
 * ```
 */
export type RiskLevel = (typeof RISK_LEVELS)[number];

/**
 * Labels of the risk levels.
 *
 * @example
 * ```ts
 * RISK_LEVEL_LABELS['very-high'].id; // 'Sangat Tinggi'
 * ```
 */
export const RISK_LEVEL_LABELS: Readonly<Record<RiskLevel, LocalizedText>> = {
  low: { id: 'Rendah', en: 'Low' },
  medium: { id: 'Sedang', en: 'Medium' },
  high: { id: 'Tinggi', en: 'High' },
  'very-high': { id: 'Sangat Tinggi', en: 'Very high' },
};

/**
 * A band of risk scores (inclusive bounds) mapped to a level.
 *
 * @example
 * ```ts
 * const band: RiskBand = { level: 'high', min: 10, max: 16 };
 * ```
 */
export interface RiskBand {
  readonly level: RiskLevel;
  readonly min: number;
  readonly max: number;
}

/**
 * The default bands of the risk score (likelihood × impact, 1–25): low 1–4, medium 5–9, high 10–16,
 * very high 17–25. This is the common 5×5 risk-matrix convention, not a regulation: pass your own bands to
 * {@link riskLevel} if your region's risk policy (*kebijakan manajemen risiko*) draws the lines elsewhere.
 *
 * @example
 * ```ts
 * RISK_LEVEL_BANDS.find((b) => b.level === 'high'); // { level: 'high', min: 10, max: 16 }
 * ```
 */
export const RISK_LEVEL_BANDS: readonly RiskBand[] = [
  { level: 'low', min: 1, max: 4 },
  { level: 'medium', min: 5, max: 9 },
  { level: 'high', min: 10, max: 16 },
  { level: 'very-high', min: 17, max: 25 },
];

/**
 * The risk score: likelihood × impact (1–25 for ratings 1–5).
 *
 * @example
 * ```ts
 * riskScore(3, 4); // 12
 * ```
 */
export function riskScore(likelihood: number, impact: number): number {
  return likelihood * impact;
}

/**
 * The level of a risk from its likelihood and impact, by the bands given (default {@link RISK_LEVEL_BANDS}, the
 * common 5×5 matrix convention). A score that falls in no band (gaps or out-of-range ratings) takes the level of
 * the highest band starting at or below it, or else the lowest band, so the function is total.
 *
 * @example
 * ```ts
 * riskLevel(2, 2); // 'low'
 * riskLevel(3, 4); // 'high'
 * riskLevel(5, 5); // 'very-high'
 * riskLevel(3, 4, [{ level: 'low', min: 1, max: 12 }, { level: 'high', min: 13, max: 25 }]); // 'low'
 * ```
 */
export function riskLevel(
  likelihood: number,
  impact: number,
  bands: readonly RiskBand[] = RISK_LEVEL_BANDS,
): RiskLevel {
  const score = riskScore(likelihood, impact);
  let best: RiskBand | undefined;
  let lowest: RiskBand | undefined;
  for (const band of bands) {
    if (score >= band.min && score <= band.max) return band.level;
    if (band.min <= score && (best === undefined || band.min > best.min)) best = band;
    if (lowest === undefined || band.min < lowest.min) lowest = band;
  }
  return best?.level ?? lowest?.level ?? 'low';
}
