// Numbers as the CLI and the reports write them: the core's formatters (Indonesian or English separators,
// scores with two decimals rounded half away from zero, '—' for a missing value).
import { formatDelta, formatNumber, formatPercent, formatScore, type Lang } from '@smartcity/core';

/** A score as published (two decimals). */
export function score(value: number | null | undefined, lang: Lang): string {
  return formatScore(value, lang);
}

/** A number with `decimals` decimals (fixed). */
export function num(value: number | null | undefined, lang: Lang, decimals = 0): string {
  return formatNumber(value, { lang, decimals });
}

/** A percentage 0–100. */
export function pct(value: number | null | undefined, lang: Lang, decimals = 0): string {
  return formatPercent(value, { lang, decimals });
}

/** A signed change ('+0,12' / '−0,12'). */
export function delta(value: number | null | undefined, lang: Lang): string {
  return formatDelta(value, { lang, decimals: 2 });
}
