import * as z from 'zod/mini';
import type { LocalizedText } from '../i18n/index.js';
import { CivilDateSchema, ExtensionsSchema, IdSchema, NameSchema, ProvenanceSchema } from './primitives.js';

/**
 * The programme's local bodies (domain.md §2.1): the Dewan Smart City (council), the Tim Pelaksana
 * (implementation team of OPD staff and pentahelix members), a Tim Teknis and the periodic Forum Smart City.
 * Evaluators check that all of them actually function.
 *
 * @example
 * ```ts
 * BODY_KINDS[0]; // 'dewan'
 * ```
 */
export const BODY_KINDS = ['dewan', 'tim-pelaksana', 'tim-teknis', 'forum'] as const;

/**
 * A kind of programme body.
 *
 * @example
 * ```ts
 * const kind: BodyKind = 'forum';
 * ```
 */
export type BodyKind = (typeof BODY_KINDS)[number];

/**
 * Labels of the body kinds.
 *
 * @example
 * ```ts
 * BODY_KIND_LABELS.dewan.en; // 'Smart City Council'
 * ```
 */
export const BODY_KIND_LABELS: Readonly<Record<BodyKind, LocalizedText>> = {
  dewan: { id: 'Dewan Smart City', en: 'Smart City Council' },
  'tim-pelaksana': { id: 'Tim Pelaksana Smart City', en: 'Smart City Implementation Team' },
  'tim-teknis': { id: 'Tim Teknis Smart City', en: 'Smart City Technical Team' },
  forum: { id: 'Forum Smart City', en: 'Smart City Forum' },
};

/**
 * Zod schema of a member of a programme body: a stable id (unique within the body; migrated files use the
 * member's id), the agency or stakeholder (`memberId`) and, optionally, the role in the body.
 *
 * @example
 * ```ts
 * BodyMemberSchema.parse({ id: 'bappeda', memberId: 'bappeda', role: 'Sekretaris' });
 * ```
 */
export const BodyMemberSchema = z.strictObject({
  id: IdSchema.clone(),
  memberId: IdSchema.clone(),
  role: z.optional(NameSchema),
});

/**
 * A member of a programme body.
 *
 * @example
 * ```ts
 * const m: BodyMember = { id: 'untan', memberId: 'untan' };
 * ```
 */
export type BodyMember = z.infer<typeof BodyMemberSchema>;

/**
 * Zod schema of a programme body. Each of `members` names an agency or a stakeholder; `regulationId` is the
 * decree that set the body up.
 *
 * @example
 * ```ts
 * BodySchema.parse({ id: 'dewan', kind: 'dewan', name: 'Dewan Smart City Kota Pontianak', active: true,
 *   members: [{ id: 'bappeda', memberId: 'bappeda' }, { id: 'diskominfo', memberId: 'diskominfo' }] });
 * ```
 */
export const BodySchema = z.strictObject({
  id: IdSchema.clone(),
  kind: z.enum(BODY_KINDS),
  name: NameSchema.clone(),
  chair: z.optional(NameSchema),
  members: z._default(z.array(BodyMemberSchema), []),
  regulationId: z.optional(IdSchema),
  active: z.boolean(),
  establishedOn: z.optional(CivilDateSchema),
  extensions: z.optional(ExtensionsSchema),
  provenance: z.optional(ProvenanceSchema),
});

/**
 * A programme body (Dewan, Tim Pelaksana, Tim Teknis, Forum).
 *
 * @example
 * ```ts
 * const b: Body = { id: 'forum', kind: 'forum', name: 'Forum Smart City', members: [], active: false };
 * ```
 */
export type Body = z.infer<typeof BodySchema>;
