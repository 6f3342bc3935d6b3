import * as z from 'zod/mini';

/**
 * A language the toolkit speaks to people in: Bahasa Indonesia (`id`, the default) or English (`en`).
 *
 * @example
 * ```ts
 * const lang: Lang = 'id';
 * ```
 */
export type Lang = 'id' | 'en';

/** The languages every user-facing string exists in, default first.
 *
 * @example
 * ```ts
 * LANGS.includes('en'); // true
 * ```
 */
export const LANGS: readonly Lang[] = ['id', 'en'];

/**
 * Zod schema of a text given in both Bahasa Indonesia and English.
 *
 * @example
 * ```ts
 * LocalizedTextSchema.parse({ id: 'Tata kelola', en: 'Governance' });
 * ```
 */
export const LocalizedTextSchema = z.strictObject({
  id: z.string().check(z.minLength(1)),
  en: z.string().check(z.minLength(1)),
});

/**
 * A text in Bahasa Indonesia (`id`) and English (`en`). Every label, error and report string a person reads
 * exists in both.
 *
 * @example
 * ```ts
 * const label: LocalizedText = { id: 'Lingkungan', en: 'Environment' };
 * ```
 */
export type LocalizedText = z.infer<typeof LocalizedTextSchema>;

/**
 * Picks the text for a language (falls back to Bahasa Indonesia, the programme's language).
 *
 * @example
 * ```ts
 * localize({ id: 'Lingkungan', en: 'Environment' }, 'en'); // 'Environment'
 * ```
 */
export function localize(text: LocalizedText, lang: Lang = 'id'): string {
  return text[lang] ?? text.id;
}

/**
 * Checks that a value names a supported language.
 *
 * @example
 * ```ts
 * isLang('en'); // true
 * isLang('fr'); // false
 * ```
 */
export function isLang(value: unknown): value is Lang {
  return value === 'id' || value === 'en';
}
