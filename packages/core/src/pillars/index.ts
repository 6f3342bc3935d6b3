import * as z from 'zod/mini';
import type { LocalizedText } from '../i18n/index.js';
import { PILLAR_CATALOGUE } from './catalogue.js';

export { PILLAR_CATALOGUE } from './catalogue.js';

/**
 * Id of one of the six pillars.
 *
 * @example
 * ```ts
 * const id: PillarId = 'environment';
 * ```
 */
export type PillarId = (typeof PILLAR_CATALOGUE)[number]['id'];

/**
 * Id of one of the 18 elements, written `<pillar>.<element>`.
 *
 * @example
 * ```ts
 * const id: ElementId = 'environment.waste';
 * ```
 */
export type ElementId = (typeof PILLAR_CATALOGUE)[number]['elements'][number]['id'];

/**
 * An element (sub-dimensi) of a pillar.
 *
 * @example
 * ```ts
 * const waste: PillarElement = getElement('environment.waste')!;
 * ```
 */
export interface PillarElement {
  id: ElementId;
  pillarId: PillarId;
  label: LocalizedText;
  description: LocalizedText;
}

/**
 * A pillar (dimensi) of the programme with its elements.
 *
 * @example
 * ```ts
 * const p: Pillar = getPillar('living')!;
 * p.elements.length; // 3
 * ```
 */
export interface Pillar {
  id: PillarId;
  label: LocalizedText;
  shortLabel: LocalizedText;
  description: LocalizedText;
  elements: readonly PillarElement[];
}

/**
 * The six pillars in the programme's order: governance, branding, economy, living, society, environment.
 *
 * @example
 * ```ts
 * PILLARS.map((p) => p.id); // ['governance', 'branding', 'economy', 'living', 'society', 'environment']
 * ```
 */
export const PILLARS: readonly Pillar[] = PILLAR_CATALOGUE.map((p) => ({
  id: p.id,
  label: p.label,
  shortLabel: p.shortLabel,
  description: p.description,
  elements: p.elements.map((e) => ({ id: e.id, pillarId: p.id, label: e.label, description: e.description })),
}));

/**
 * The six pillar ids, in order.
 *
 * @example
 * ```ts
 * PILLAR_IDS[0]; // 'governance'
 * ```
 */
export const PILLAR_IDS = PILLAR_CATALOGUE.map((p) => p.id) as unknown as readonly [PillarId, ...PillarId[]];

/**
 * All 18 element ids, in order.
 *
 * @example
 * ```ts
 * ELEMENT_IDS.length; // 18
 * ```
 */
export const ELEMENT_IDS = PILLAR_CATALOGUE.flatMap((p) =>
  p.elements.map((e) => e.id),
) as unknown as readonly [ElementId, ...ElementId[]];

/**
 * Zod schema of a pillar id.
 *
 * @example
 * ```ts
 * PillarIdSchema.parse('economy');
 * ```
 */
export const PillarIdSchema = z.enum(PILLAR_IDS);

/**
 * Zod schema of an element id.
 *
 * @example
 * ```ts
 * ElementIdSchema.parse('economy.transaction');
 * ```
 */
export const ElementIdSchema = z.enum(ELEMENT_IDS);

const pillarById = new Map<string, Pillar>(PILLARS.map((p) => [p.id, p]));
const elementById = new Map<string, PillarElement>(PILLARS.flatMap((p) => p.elements.map((e) => [e.id, e])));

/** Lower-cases, folds spaces and drops a leading "smart" so "Smart Living", "living" and "LIVING" match. */
function normaliseLabel(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s_-]+/g, ' ')
    .trim()
    .replace(/^smart\s+/, '');
}

const pillarByLabel = new Map<string, Pillar>();
for (const p of PILLARS) {
  for (const key of [p.id, p.label.id, p.label.en, p.shortLabel.id, p.shortLabel.en]) {
    pillarByLabel.set(normaliseLabel(key), p);
  }
}
// Spellings seen in the wild (seeds 002 and 004: "smart goverment", "smart sociaty"; Payakumbuh: "smart ekonomi",
// "smart lingkungan"; Pontianak: "smart government").
for (const [alias, id] of [
  ['government', 'governance'],
  ['goverment', 'governance'],
  ['pemerintahan', 'governance'],
  ['sociaty', 'society'],
  ['ekonomi', 'economy'],
  ['lingkungan', 'environment'],
  ['masyarakat', 'society'],
  ['kehidupan', 'living'],
] as const) {
  pillarByLabel.set(alias, pillarById.get(id)!);
}

const elementByLabel = new Map<string, PillarElement>();
for (const e of elementById.values()) {
  for (const key of [e.id, e.id.split('.')[1]!, e.label.id, e.label.en])
    elementByLabel.set(normaliseLabel(key), e);
}

/**
 * Looks a pillar up by its id.
 *
 * @example
 * ```ts
 * getPillar('society')?.label.id; // 'Smart Society'
 * ```
 */
export function getPillar(id: string): Pillar | undefined {
  return pillarById.get(id);
}

/**
 * Finds a pillar by id or label in either language, tolerant of case, spacing and the "Smart " prefix
 * (e.g. `"Smart Living"`, `"living"`, `"Lingkungan"`, `"smart goverment"`).
 *
 * @example
 * ```ts
 * findPillar('SMART ENVIRONMENT')?.id; // 'environment'
 * findPillar('Lingkungan')?.id; // 'environment'
 * ```
 */
export function findPillar(labelOrId: string): Pillar | undefined {
  return pillarByLabel.get(normaliseLabel(labelOrId));
}

/**
 * Looks an element up by its id (`<pillar>.<element>`).
 *
 * @example
 * ```ts
 * getElement('living.health')?.pillarId; // 'living'
 * ```
 */
export function getElement(id: string): PillarElement | undefined {
  return elementById.get(id);
}

/**
 * Finds an element by id, short key (`"waste"`) or label in either language, optionally within one pillar.
 *
 * @example
 * ```ts
 * findElement('Tata Kelola Sampah dan Limbah')?.id; // 'environment.waste'
 * findElement('health', 'living')?.id; // 'living.health'
 * ```
 */
export function findElement(labelOrId: string, pillarId?: string): PillarElement | undefined {
  const found = elementByLabel.get(normaliseLabel(labelOrId));
  if (found && pillarId !== undefined && found.pillarId !== pillarId) return undefined;
  return found;
}
