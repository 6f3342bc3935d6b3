import { civilDateParts, isCivilDate } from '../calendar/civilDate.js';
import { formatCivilDate } from '../calendar/format.js';
import type { Lang } from '../i18n/index.js';
import { MONTH_NAMES } from './months.js';

/**
 * Options of {@link formatDateRange}.
 *
 * @example
 * ```ts
 * const options: DateRangeFormatOptions = { lang: 'en' };
 * ```
 */
export interface DateRangeFormatOptions {
  /** Language (default `id`). */
  lang?: Lang;
}

const OPEN = {
  id: { from: 'sejak', until: 'sampai' },
  en: { from: 'from', until: 'until' },
} as const;

/**
 * Writes a span of civil dates as people do, without repeating what the two ends share, with an en dash:
 * `2–17 Agustus 2025`, `28 Juli – 2 Agustus 2025`, `30 Desember 2024 – 2 Januari 2025`, and one date when both
 * ends are the same day. An open end (`undefined` or `null`) gives `sejak 2 Agustus 2025` / `until …`. A value that
 * is not a valid civil date is shown as given; ends in the wrong order are shown as given too (validation reports
 * them, formatting does not hide them).
 *
 * @example
 * ```ts
 * formatDateRange('2025-08-02', '2025-08-17', { lang: 'id' }); // '2–17 Agustus 2025'
 * formatDateRange('2025-07-28', '2025-08-02', { lang: 'en' }); // '28 July – 2 August 2025'
 * formatDateRange('2024-12-30', '2025-01-02', { lang: 'id' }); // '30 Desember 2024 – 2 Januari 2025'
 * formatDateRange('2025-08-02', undefined, { lang: 'en' }); // 'from 2 August 2025'
 * ```
 */
export function formatDateRange(
  start: string | null | undefined,
  end: string | null | undefined,
  options: DateRangeFormatOptions = {},
): string {
  const lang: Lang = options.lang === 'en' ? 'en' : 'id';
  const hasStart = typeof start === 'string' && start !== '';
  const hasEnd = typeof end === 'string' && end !== '';
  if (!hasStart && !hasEnd) return '—';
  if (!hasEnd) return `${OPEN[lang].from} ${formatCivilDate(start as string, lang)}`;
  if (!hasStart) return `${OPEN[lang].until} ${formatCivilDate(end as string, lang)}`;
  const a = start as string;
  const b = end as string;
  if (!isCivilDate(a) || !isCivilDate(b)) return `${formatCivilDate(a, lang)} – ${formatCivilDate(b, lang)}`;
  if (a === b) return formatCivilDate(a, lang);
  const s = civilDateParts(a);
  const e = civilDateParts(b);
  const months = MONTH_NAMES[lang];
  if (s.year === e.year && s.month === e.month && s.day < e.day) {
    return `${s.day}–${e.day} ${months[e.month - 1]} ${e.year}`;
  }
  if (s.year === e.year && s.month < e.month) {
    return `${s.day} ${months[s.month - 1]} – ${formatCivilDate(b, lang)}`;
  }
  return `${formatCivilDate(a, lang)} – ${formatCivilDate(b, lang)}`;
}
