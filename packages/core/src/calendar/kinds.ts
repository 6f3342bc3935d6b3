// The kinds of calendar event and their labels as plain data, apart from the schemas (config.ts), so that listing
// or sorting events pulls no zod into an app.
import type { LocalizedText } from '../i18n/index.js';

/**
 * Kinds of event in a programme calendar.
 *
 * @example
 * ```ts
 * CALENDAR_EVENT_KINDS.includes('bimtek'); // true
 * ```
 */
export const CALENDAR_EVENT_KINDS = [
  'semester',
  'evaluation-window',
  'evaluation',
  'results-letter',
  'bimtek',
  'quick-win',
  'masterplan',
  'reporting-deadline',
  'innovation',
  'kpi-target',
  'forum',
  'other',
] as const;

/**
 * Labels of the calendar event kinds in Bahasa Indonesia and English, e.g. for a "Jenis/Kind" column.
 *
 * @example
 * ```ts
 * CALENDAR_EVENT_KIND_LABELS['reporting-deadline'].id; // 'Batas laporan'
 * ```
 */
export const CALENDAR_EVENT_KIND_LABELS: Readonly<
  Record<(typeof CALENDAR_EVENT_KINDS)[number], LocalizedText>
> = {
  semester: { id: 'Semester', en: 'Semester' },
  'evaluation-window': { id: 'Masa evaluasi', en: 'Evaluation window' },
  evaluation: { id: 'Evaluasi', en: 'Evaluation' },
  'results-letter': { id: 'Surat hasil evaluasi', en: 'Results letter' },
  bimtek: { id: 'Bimtek', en: 'Bimtek' },
  'quick-win': { id: 'Quick win', en: 'Quick win' },
  masterplan: { id: 'Masterplan', en: 'Masterplan' },
  'reporting-deadline': { id: 'Batas laporan', en: 'Reporting deadline' },
  innovation: { id: 'Inovasi', en: 'Innovation' },
  'kpi-target': { id: 'Target IKU', en: 'KPI target' },
  forum: { id: 'Forum', en: 'Forum' },
  other: { id: 'Lainnya', en: 'Other' },
};
