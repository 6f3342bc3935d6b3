import type { Lang } from '@smartcity/core';
import { localeOf } from './i18n.js';

const cache = new Map<string, Intl.NumberFormat>();

function nf(lang: Lang, decimals: number): Intl.NumberFormat {
  const key = `${lang}:${decimals}`;
  let f = cache.get(key);
  if (!f) {
    f = new Intl.NumberFormat(localeOf(lang), {
      minimumFractionDigits: decimals,
      maximumFractionDigits: decimals,
    });
    cache.set(key, f);
  }
  return f;
}

/** A score as published: the core has already rounded it (half away from zero); two decimals, local separators. */
export function score(value: number | null | undefined, lang: Lang): string {
  return value === null || value === undefined ? '—' : nf(lang, 2).format(value);
}

/** A number with up to `decimals` decimals. */
export function num(value: number | null | undefined, lang: Lang, decimals = 0): string {
  return value === null || value === undefined ? '—' : nf(lang, decimals).format(value);
}

/** A percentage 0–100. */
export function pct(value: number | null | undefined, lang: Lang, decimals = 0): string {
  return value === null || value === undefined ? '—' : `${nf(lang, decimals).format(value)} %`;
}

/** A signed change ('+0,12' / '−0,12'). */
export function delta(value: number | null | undefined, lang: Lang): string {
  if (value === null || value === undefined) return '—';
  const text = nf(lang, 2).format(Math.abs(value));
  return value > 0 ? `+${text}` : value < 0 ? `−${text}` : text;
}
