import * as z from 'zod/mini';
import { LocalizedTextSchema } from '../i18n/index.js';
import type { Issue, IssuePath } from '../issues/index.js';
import { issue } from '../issues/index.js';
import { convertZodIssues, PARSE_CONTEXT } from '../model/zodIssues.js';
import { walk } from './framework-core.js';

/**
 * Zod schema of one level of a scale, e.g. SPBE maturity level 3 "Terdefinisi".
 *
 * @example
 * ```ts
 * HierarchyLevelSchema.parse({ value: 3, label: { id: 'Terdefinisi', en: 'Defined' } });
 * ```
 */
export const HierarchyLevelSchema = z.strictObject({
  value: z.number(),
  label: LocalizedTextSchema,
  description: z.optional(LocalizedTextSchema),
});

/**
 * One level of a scale: the number it scores and what it means.
 *
 * @example
 * ```ts
 * const level: HierarchyLevel = { value: 5, label: { id: 'Optimum', en: 'Optimised' } };
 * ```
 */
export type HierarchyLevel = z.infer<typeof HierarchyLevelSchema>;

/**
 * Zod schema of a node of a framework: a group, subgroup or indicator (a node without children), to any depth.
 * `levels` names the levels used by the indicators below this node (they inherit the nearest ancestor's levels,
 * else the scale's), because one framework may mix scales, as SPBE does (process capability for D1–D3, service
 * capability for D4).
 *
 * @example
 * ```ts
 * HierarchyNodeSchema.parse({
 *   id: 'governance',
 *   label: { id: 'Tata kelola', en: 'Governance' },
 *   weight: 40,
 *   children: [{ id: 'g1', label: { id: 'Kebijakan', en: 'Policy' }, weight: 1 }],
 * });
 * ```
 */
export const HierarchyNodeSchema = z.strictObject({
  id: z.string().check(z.minLength(1)),
  code: z.optional(z.string().check(z.minLength(1))),
  label: LocalizedTextSchema,
  shortLabel: z.optional(LocalizedTextSchema),
  description: z.optional(LocalizedTextSchema),
  weight: z.number(),
  levels: z.optional(z.array(HierarchyLevelSchema)),
  get children() {
    return z.optional(z.array(HierarchyNodeSchema));
  },
});

/**
 * A group, subgroup or indicator of a {@link HierarchyFramework}. A node's index is the weighted mean of its
 * children's indices, Σ(index × weight) / Σ weight; weights are in any unit (percent in SPBE).
 *
 * @example
 * ```ts
 * const indicator: HierarchyNode = { id: 'spbe2020.i11', code: 'D2 A2 ID-11', label: { id: '…', en: '…' }, weight: 2.5 };
 * ```
 */
export type HierarchyNode = z.infer<typeof HierarchyNodeSchema>;

/**
 * Zod schema of a predicate band (predikat): the lowest value it covers (inclusive) and its label.
 *
 * @example
 * ```ts
 * PredicateBandSchema.parse({ min: 4.2, label: { id: 'Memuaskan', en: 'Excellent' } });
 * ```
 */
export const PredicateBandSchema = z.strictObject({
  min: z.number(),
  label: LocalizedTextSchema,
  description: z.optional(LocalizedTextSchema),
});

/**
 * A predicate band: every value from `min` (inclusive) up to the next band's `min` (exclusive) gets this label.
 *
 * @example
 * ```ts
 * const band: PredicateBand = { min: 2.6, label: { id: 'Baik', en: 'Good' } };
 * ```
 */
export type PredicateBand = z.infer<typeof PredicateBandSchema>;

/**
 * Zod schema of a framework's scale: the range of indicator values and, optionally, the names of its levels.
 *
 * @example
 * ```ts
 * HierarchyScaleSchema.parse({ min: 1, max: 5 });
 * ```
 */
export const HierarchyScaleSchema = z.strictObject({
  min: z.number(),
  max: z.number(),
  levels: z.optional(z.array(HierarchyLevelSchema)),
});

const HierarchyFrameworkShape = z.strictObject({
  id: z.string().check(z.minLength(1)),
  label: LocalizedTextSchema,
  description: z.optional(LocalizedTextSchema),
  scale: HierarchyScaleSchema,
  groups: z.array(HierarchyNodeSchema).check(z.minLength(1)),
  predicates: z.optional(z.array(PredicateBandSchema)),
  source: z.string().check(z.minLength(1)),
});

/**
 * An evaluation framework as data: groups → subgroups → indicators with weights, the scale of indicator values,
 * optional predicate bands (sorted by `min`, ascending) and the source it was taken from.
 * Frameworks are definitions written by programmers (or loaded from JSON with {@link HierarchyFrameworkSchema}),
 * not user data.
 *
 * @example
 * ```ts
 * const fw: HierarchyFramework = {
 *   id: 'demo',
 *   label: { id: 'Contoh', en: 'Example' },
 *   scale: { min: 1, max: 5 },
 *   groups: [
 *     { id: 'a', label: { id: 'A', en: 'A' }, weight: 60 },
 *     { id: 'b', label: { id: 'B', en: 'B' }, weight: 40 },
 *   ],
 *   source: 'Illustrative',
 * };
 * ```
 */
export type HierarchyFramework = z.output<typeof HierarchyFrameworkSchema>;

function checkWeights(nodes: readonly HierarchyNode[], path: IssuePath, parent: string, out: Issue[]): void {
  let allZero = nodes.length > 0;
  nodes.forEach((node, index) => {
    if (node.weight !== 0) allZero = false;
    if (!(node.weight > 0)) {
      out.push(
        issue([...path, index, 'weight'], 'invalid_weights', {
          id: `Bobot "${node.id}" harus lebih dari 0 (tertulis ${node.weight}); hapus simpul yang tidak dihitung`,
          en: `The weight of "${node.id}" must be greater than 0 (got ${node.weight}); remove nodes that do not count`,
        }),
      );
    }
    if (node.children) checkWeights(node.children, [...path, index, 'children'], node.id, out);
  });
  if (allZero) {
    out.push(
      issue(path, 'invalid_weights', {
        id: `Semua bobot di bawah "${parent}" bernilai 0, sehingga indeksnya tidak dapat dihitung`,
        en: `All weights under "${parent}" are 0, so its index cannot be computed`,
      }),
    );
  }
}

function checkLevels(
  levels: readonly { value: number }[] | undefined,
  path: IssuePath,
  scale: { min: number; max: number },
  out: Issue[],
): void {
  if (!levels) return;
  const seen = new Set<number>();
  levels.forEach((level, index) => {
    if (level.value < scale.min || level.value > scale.max) {
      out.push(
        issue([...path, index, 'value'], 'out_of_range', {
          id: `Tingkat ${level.value} di luar skala ${scale.min}–${scale.max}`,
          en: `Level ${level.value} is outside the scale ${scale.min}–${scale.max}`,
        }),
      );
    }
    if (seen.has(level.value)) {
      out.push(
        issue([...path, index, 'value'], 'duplicate_id', {
          id: `Tingkat ${level.value} tertulis lebih dari sekali`,
          en: `Level ${level.value} is listed more than once`,
        }),
      );
    }
    seen.add(level.value);
  });
}

/** The semantic checks the shape cannot express: unique ids, positive weights, a sane scale, sorted bands. */
function semanticIssues(fw: HierarchyFramework): Issue[] {
  const out: Issue[] = [];
  if (!(fw.scale.min < fw.scale.max)) {
    out.push(
      issue(['scale'], 'invalid_value', {
        id: `Skala tidak valid: minimum ${fw.scale.min} harus lebih kecil dari maksimum ${fw.scale.max}`,
        en: `Invalid scale: minimum ${fw.scale.min} must be less than maximum ${fw.scale.max}`,
      }),
    );
  }
  checkLevels(fw.scale.levels, ['scale', 'levels'], fw.scale, out);
  const seen = new Set<string>([fw.id]);
  walk(fw.groups, ['groups'], (node, path) => {
    if (seen.has(node.id)) {
      out.push(
        issue([...path, 'id'], 'duplicate_id', {
          id: `Id "${node.id}" dipakai lebih dari sekali dalam kerangka "${fw.id}"`,
          en: `Id "${node.id}" is used more than once in framework "${fw.id}"`,
        }),
      );
    }
    seen.add(node.id);
    checkLevels(node.levels, [...path, 'levels'], fw.scale, out);
  });
  checkWeights(fw.groups, ['groups'], fw.id, out);
  const bands = fw.predicates ?? [];
  for (let i = 1; i < bands.length; i++) {
    if (!(bands[i]!.min > bands[i - 1]!.min)) {
      out.push(
        issue(['predicates', i, 'min'], 'invalid_value', {
          id: 'Batas bawah predikat harus urut naik dan tidak berulang',
          en: 'Predicate lower bounds must be in ascending order without repeats',
        }),
      );
    }
  }
  return out;
}

/**
 * Zod schema of a {@link HierarchyFramework}, including the checks of {@link validateFramework} (unique ids,
 * weights > 0, min < max, ascending predicate bands), so integrators can load frameworks from JSON.
 *
 * @example
 * ```ts
 * const result = HierarchyFrameworkSchema.safeParse(JSON.parse(text));
 * if (result.success) scoreHierarchy(result.data, { a: 4, b: 3 });
 * ```
 */
export const HierarchyFrameworkSchema = HierarchyFrameworkShape.check(
  z.superRefine((fw, ctx) => {
    for (const found of semanticIssues(fw)) {
      ctx.addIssue({
        code: 'custom',
        path: found.path,
        message: found.message.en,
        params: { code: found.code, message: found.message },
      });
    }
  }),
);

/**
 * Checks a framework definition and returns what is wrong with it (empty when it is usable): the shape, duplicate
 * ids, weights that are not greater than 0, sibling groups whose weights are all 0, a scale whose minimum is not
 * below its maximum, levels outside the scale and predicate bands out of order. {@link scoreHierarchy} throws on
 * a framework with issues, because a broken definition is a programming error, not user data.
 *
 * @example
 * ```ts
 * validateFramework(SPBE_2020); // []
 * validateFramework({ ...SPBE_2020, scale: { min: 5, max: 1 } })[0]?.code; // 'invalid_value'
 * ```
 */
export function validateFramework(fw: unknown): Issue[] {
  const parsed = HierarchyFrameworkShape.safeParse(fw, PARSE_CONTEXT);
  if (!parsed.success) {
    // zod's code and path, with the toolkit's own bilingual text (zod/mini carries no English messages).
    return parsed.error.issues.map((found) => {
      const converted: Issue[] = [];
      convertZodIssues([found], converted);
      const text = (lang: 'id' | 'en') => converted.map((c) => c.message[lang]).join('; ');
      return issue(
        found.path.map((part) => (typeof part === 'symbol' ? String(part) : part)),
        found.code,
        {
          id: `Definisi kerangka tidak valid: ${text('id')}`,
          en: `Invalid framework definition: ${text('en')}`,
        },
      );
    });
  }
  return semanticIssues(parsed.data);
}

export { findHierarchyNode, hierarchyLevelsFor, predicateFor } from './framework-core.js';
