import type { LocalizedText } from '@smartcity/core';

/** A language the CLI speaks: Bahasa Indonesia (default) or English. Mirrors the core's `Lang`. */
export type CliLang = 'id' | 'en';

/** The languages `--lang` accepts, default first. */
export const CLI_LANGS: readonly CliLang[] = ['id', 'en'];

/**
 * Picks the text for a language. A local twin of the core's `localize`, kept here so that the entry point and
 * `--help` never load the core (startup time).
 */
export function tr(text: LocalizedText, lang: CliLang): string {
  return text[lang] ?? text.id;
}

/** Narrows a string to a supported language. */
export function isCliLang(value: unknown): value is CliLang {
  return value === 'id' || value === 'en';
}
