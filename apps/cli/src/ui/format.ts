import type { CliLang } from './lang.js';

const formatters = new Map<string, Intl.NumberFormat>();

/**
 * A number for people, with the decimal mark of the language (Indonesian writes `3,41`, English `3.41`). The value
 * should already be rounded by the core's rounding policy; this only prints it with a fixed number of decimals.
 */
export function formatNumber(value: number, decimals: number, lang: CliLang): string {
  const key = `${lang}:${decimals}`;
  let format = formatters.get(key);
  if (!format) {
    format = new Intl.NumberFormat(lang === 'id' ? 'id-ID' : 'en-GB', {
      minimumFractionDigits: decimals,
      maximumFractionDigits: decimals,
      useGrouping: false,
    });
    formatters.set(key, format);
  }
  return format.format(value);
}

/** A signed change, e.g. `+0,14` / `-0.20`. */
export function formatDelta(value: number, decimals: number, lang: CliLang): string {
  return `${value > 0 ? '+' : value < 0 ? '−' : '±'}${formatNumber(Math.abs(value), decimals, lang)}`;
}
