import * as z from 'zod/mini';
import type { LocalizedText } from '../i18n/index.js';
import {
  ExtensionsSchema,
  HttpUrlSchema,
  IdSchema,
  NameSchema,
  ProvenanceSchema,
  TextSchema,
} from './primitives.js';

/**
 * The SPBE split of applications: public-service applications (*aplikasi layanan publik*) and administrative
 * ones (*aplikasi umum/administrasi pemerintahan*) (spbe.md).
 *
 * @example
 * ```ts
 * APPLICATION_KINDS; // ['public-service', 'administrative']
 * ```
 */
export const APPLICATION_KINDS = ['public-service', 'administrative'] as const;

/**
 * A kind of application.
 *
 * @example
 * ```ts
 * const kind: ApplicationKind = 'public-service';
 * ```
 */
export type ApplicationKind = (typeof APPLICATION_KINDS)[number];

/**
 * Labels of the application kinds.
 *
 * @example
 * ```ts
 * APPLICATION_KIND_LABELS['public-service'].id; // 'Layanan publik'
 * ```
 */
export const APPLICATION_KIND_LABELS: Readonly<Record<ApplicationKind, LocalizedText>> = {
  'public-service': { id: 'Layanan publik', en: 'Public service' },
  administrative: { id: 'Administrasi pemerintahan', en: 'Government administration' },
};

/**
 * Whether an application is in use.
 *
 * @example
 * ```ts
 * APPLICATION_STATUSES; // ['active', 'inactive']
 * ```
 */
export const APPLICATION_STATUSES = ['active', 'inactive'] as const;

/**
 * An application status.
 *
 * @example
 * ```ts
 * const status: ApplicationStatus = 'active';
 * ```
 */
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];

/**
 * Labels of the application statuses.
 *
 * @example
 * ```ts
 * APPLICATION_STATUS_LABELS.inactive.id; // 'Tidak aktif'
 * ```
 */
export const APPLICATION_STATUS_LABELS: Readonly<Record<ApplicationStatus, LocalizedText>> = {
  active: { id: 'Aktif', en: 'Active' },
  inactive: { id: 'Tidak aktif', en: 'Inactive' },
};

/**
 * Zod schema of an application in the SPBE application inventory, owned by one agency.
 *
 * @example
 * ```ts
 * ApplicationSchema.parse({ id: 'sipedas', name: 'SIPEDAS', agencyId: 'diskominfo', status: 'active',
 *   kind: 'public-service', url: 'https://sipedas.example.go.id' });
 * ```
 */
export const ApplicationSchema = z.strictObject({
  id: IdSchema.clone(),
  name: NameSchema.clone(),
  agencyId: IdSchema.clone(),
  url: z.optional(HttpUrlSchema),
  kind: z.optional(z.enum(APPLICATION_KINDS)),
  status: z.enum(APPLICATION_STATUSES),
  description: z.optional(TextSchema),
  extensions: z.optional(ExtensionsSchema),
  provenance: z.optional(ProvenanceSchema),
});

/**
 * An application of the SPBE inventory.
 *
 * @example
 * ```ts
 * const app: Application = { id: 'e-kinerja', name: 'e-Kinerja', agencyId: 'bkpsdm', status: 'active' };
 * ```
 */
export type Application = z.infer<typeof ApplicationSchema>;
