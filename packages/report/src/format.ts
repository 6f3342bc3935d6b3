/**
 * The report's view of the core's formatters: every number, score, delta, amount and date in a report goes
 * through here to `@smartcity/core`; nothing is formatted by hand. Missing values are written '—'. Internal.
 */
import {
  formatCivilDate,
  formatDelta,
  formatNumber,
  formatPercent,
  formatRupiah,
  formatScore,
  type Lang,
} from '@smartcity/core';

const NONE = '—';
const ok = (value: number | null | undefined): value is number =>
  typeof value === 'number' && Number.isFinite(value);

/** A number with a fixed count of decimals. */
export function num(value: number | null | undefined, lang: Lang, decimals = 0): string {
  return ok(value) ? formatNumber(value, { lang, decimals }) : NONE;
}

/** A score (2 decimals, half away from zero). */
export function score(value: number | null | undefined, lang: Lang): string {
  return ok(value) ? formatScore(value, lang) : NONE;
}

/** A signed change ('+0,12' / '−0,12'). */
export function delta(value: number | null | undefined, lang: Lang, decimals = 2): string {
  return ok(value) ? formatDelta(value, { lang, decimals }) : NONE;
}

/** A percentage of 0–100. */
export function percent(value: number | null | undefined, lang: Lang, decimals = 0): string {
  return ok(value) ? formatPercent(value, { lang, decimals }) : NONE;
}

/** An amount in rupiah. */
export function rupiah(value: number | null | undefined, lang: Lang, compact = false): string {
  return ok(value) ? formatRupiah(value, { lang, compact }) : NONE;
}

/** A civil date for people ('12 Juni 2023'). */
export function date(value: string | undefined, lang: Lang): string {
  return value === undefined ? NONE : formatCivilDate(value, lang);
}
