/**
 * Formatting for every renderer (CLI, reports, spreadsheets, the web app), in `id` and `en`, the same on every
 * runtime. `formatCivilDate` lives with the calendar and is re-exported here, so that every formatter is in one
 * place.
 */

export { type CivilDateStyle, formatCivilDate } from '../calendar/format.js';
export { type DateRangeFormatOptions, formatDateRange } from './date.js';
export { formatMunicipalityLabel, type MunicipalityLabelInput } from './municipality.js';
export {
  formatDelta,
  formatNumber,
  formatPercent,
  formatRupiah,
  formatScore,
  type NumberFormatOptions,
  type RupiahFormatOptions,
} from './number.js';
