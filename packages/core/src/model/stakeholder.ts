import * as z from 'zod/mini';
import type { LocalizedText } from '../i18n/index.js';
import { ExtensionsSchema, IdSchema, NameSchema, ProvenanceSchema } from './primitives.js';

/**
 * The pentahelix (ABCGM) roles of the programme's partners: academia (conceptor), business, community
 * (accelerator), government (regulator) and media (domain.md §5).
 *
 * @example
 * ```ts
 * PENTAHELIX_ROLES.length; // 5
 * ```
 */
export const PENTAHELIX_ROLES = ['academia', 'business', 'community', 'government', 'media'] as const;

/**
 * A pentahelix role.
 *
 * @example
 * ```ts
 * const role: PentahelixRole = 'academia';
 * ```
 */
export type PentahelixRole = (typeof PENTAHELIX_ROLES)[number];

/**
 * Labels of the pentahelix roles.
 *
 * @example
 * ```ts
 * PENTAHELIX_ROLE_LABELS.academia.id; // 'Akademisi'
 * ```
 */
export const PENTAHELIX_ROLE_LABELS: Readonly<Record<PentahelixRole, LocalizedText>> = {
  academia: { id: 'Akademisi', en: 'Academia' },
  business: { id: 'Dunia usaha', en: 'Business' },
  community: { id: 'Komunitas', en: 'Community' },
  government: { id: 'Pemerintah', en: 'Government' },
  media: { id: 'Media', en: 'Media' },
};

/**
 * Zod schema of a stakeholder: a person or organisation in one pentahelix role. `agencyId` links a government
 * stakeholder to its OPD.
 *
 * @example
 * ```ts
 * StakeholderSchema.parse({ id: 'untan', name: 'Universitas Tanjungpura', role: 'academia' });
 * ```
 */
export const StakeholderSchema = z.strictObject({
  id: IdSchema.clone(),
  name: NameSchema.clone(),
  role: z.enum(PENTAHELIX_ROLES),
  organisation: z.optional(NameSchema),
  agencyId: z.optional(IdSchema),
  extensions: z.optional(ExtensionsSchema),
  provenance: z.optional(ProvenanceSchema),
});

/**
 * A stakeholder (pentahelix partner).
 *
 * @example
 * ```ts
 * const s: Stakeholder = { id: 'pwi', name: 'PWI Kalbar', role: 'media' };
 * ```
 */
export type Stakeholder = z.infer<typeof StakeholderSchema>;
