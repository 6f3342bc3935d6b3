// The app's own user-visible strings, in Bahasa Indonesia (default) and English. Labels of domain values
// (pillars, elements, statuses, horizons, risk levels, event kinds, evaluation kinds, predicates) are NOT here:
// they come from the core's catalogues so that the app, the CLI and the reports always agree.
import type { Lang, LocalizedText } from '@smartcity/core';

export const UI = {
  appTitle: { id: 'Dasbor Smart City', en: 'Smart City Dashboard' },
  appTagline: {
    id: 'Seluruh program di peramban Anda. Tidak ada data yang meninggalkan komputer ini.',
    en: 'The whole programme in your browser. No data leaves this computer.',
  },
  skipToContent: { id: 'Langsung ke isi', en: 'Skip to content' },
  language: { id: 'Bahasa', en: 'Language' },
  asOf: { id: 'Per tanggal', en: 'As of' },
  asOfHelp: { id: 'Hari acuan, di zona waktu kota', en: "Reference day, in the city's time zone" },
  nav: { id: 'Bagian', en: 'Sections' },
  // loading
  loadHeading: { id: 'Buka data', en: 'Open data' },
  sample: { id: 'Contoh kota', en: 'Sample city' },
  loadSample: { id: 'Buka contoh', en: 'Open sample' },
  openFile: {
    id: 'Buka berkas workspace (.json) atau buku kerja (.xlsx)',
    en: 'Open a workspace (.json) or workbook (.xlsx)',
  },
  dropHere: {
    id: 'atau seret dan lepas berkas di sini',
    en: 'or drag and drop a file here',
  },
  loading: { id: 'Memuat…', en: 'Loading…' },
  loaded: { id: 'Dimuat: {name}', en: 'Loaded: {name}' },
  loadFailed: {
    id: 'Berkas {name} tidak dapat dibuka: {count} masalah. Data sebelumnya tetap ditampilkan.',
    en: 'The file {name} could not be opened: {count} issue(s). The previous data stays on screen.',
  },
  workbookNeedsBase: {
    id: 'Buka dulu workspace asal buku kerja ini; perubahan di buku kerja digabungkan ke workspace itu.',
    en: 'Open the workspace this workbook came from first; the workbook’s changes are merged into it.',
  },
  workbookMerged: {
    id: 'Buku kerja digabungkan: {added} baru, {updated} berubah.',
    en: 'Workbook merged: {added} added, {updated} updated.',
  },
  unsupportedFile: {
    id: 'Jenis berkas tidak dikenal: {name}. Gunakan .json atau .xlsx.',
    en: 'Unknown kind of file: {name}. Use .json or .xlsx.',
  },
  nothingLoaded: {
    id: 'Belum ada data. Buka contoh kota atau berkas workspace Anda.',
    en: 'No data yet. Open a sample city or your own workspace file.',
  },
  // summary
  summaryHeading: { id: 'Ringkasan', en: 'Summary' },
  municipality: { id: 'Daerah', en: 'Municipality' },
  province: { id: 'Provinsi', en: 'Province' },
  timeZone: { id: 'Zona waktu', en: 'Time zone' },
  innovations: { id: 'Inovasi', en: 'Innovations' },
  overallProgress: { id: 'Kemajuan keseluruhan', en: 'Overall progress' },
  smartCityIndex: { id: 'Indeks smart city', en: 'Smart city index' },
  spbeIndex: { id: 'Indeks SPBE', en: 'SPBE index' },
  latestEvaluation: { id: 'Evaluasi terakhir', en: 'Latest evaluation' },
  none: { id: '—', en: '—' },
  noValue: { id: 'tidak ada', en: 'none' },
  // pillars
  pillarsHeading: { id: 'Enam dimensi (pilar)', en: 'The six pillars' },
  pillarsChart: {
    id: 'Diagram radar indeks per dimensi, skala 0–5',
    en: 'Radar chart of the index per pillar, scale 0–5',
  },
  pillarsTable: {
    id: 'Indeks per dimensi pada evaluasi terakhir, dan jumlah inovasi',
    en: 'Index per pillar in the latest evaluation, and innovations',
  },
  pillar: { id: 'Dimensi', en: 'Pillar' },
  pillarIndex: { id: 'Indeks', en: 'Index' },
  change: { id: 'Perubahan', en: 'Change' },
  innovationCount: { id: 'Jumlah inovasi', en: 'Innovations' },
  noScores: {
    id: 'Belum ada evaluasi dengan nilai sampai tanggal ini.',
    en: 'No scored evaluation up to this date.',
  },
  indexHeading: { id: 'Indeks smart city dan dimensinya', en: 'Smart city index and its dimensions' },
  indexDimension: { id: 'Komponen', en: 'Dimension' },
  weight: { id: 'Bobot', en: 'Weight' },
  value: { id: 'Nilai', en: 'Value' },
  total: { id: 'Total', en: 'Total' },
  // innovations
  innovationsHeading: { id: 'Inovasi', en: 'Innovations' },
  filters: { id: 'Saring', en: 'Filter' },
  all: { id: 'Semua', en: 'All' },
  element: { id: 'Elemen', en: 'Element' },
  agency: { id: 'Perangkat daerah', en: 'Agency' },
  status: { id: 'Status', en: 'Status' },
  horizon: { id: 'Jangka', en: 'Horizon' },
  search: { id: 'Cari nama', en: 'Search name' },
  clearFilters: { id: 'Hapus saringan', en: 'Clear filters' },
  shownOf: { id: '{shown} dari {total} inovasi', en: '{shown} of {total} innovations' },
  showMore: { id: 'Tampilkan {n} lagi', en: 'Show {n} more' },
  name: { id: 'Nama', en: 'Name' },
  progress: { id: 'Kemajuan', en: 'Progress' },
  progressUnknown: { id: 'belum diukur', en: 'not measured' },
  issues: { id: 'Masalah', en: 'Issues' },
  edit: { id: 'Ubah', en: 'Edit' },
  editNamed: { id: 'Ubah {name}', en: 'Edit {name}' },
  noInnovations: { id: 'Tidak ada inovasi yang cocok.', en: 'No innovation matches.' },
  // editing
  editHeading: { id: 'Ubah inovasi: {name}', en: 'Edit innovation: {name}' },
  closeEditor: { id: 'Tutup', en: 'Close' },
  currentStatus: { id: 'Status sekarang', en: 'Current status' },
  moveTo: { id: 'Pindah ke', en: 'Move to' },
  date: { id: 'Tanggal', en: 'Date' },
  note: { id: 'Catatan', en: 'Note' },
  applyStatus: { id: 'Terapkan status', en: 'Apply status' },
  finalStatus: {
    id: 'Status ini final; tidak ada perpindahan.',
    en: 'This status is final; no move is possible.',
  },
  statusChanged: { id: 'Status {name} menjadi {status}.', en: '{name} is now {status}.' },
  history: { id: 'Riwayat', en: 'History' },
  measurementHeading: { id: 'Catat pengukuran KPI', en: 'Record a KPI measurement' },
  kpi: { id: 'KPI', en: 'KPI' },
  unit: { id: 'Satuan', en: 'Unit' },
  baseline: { id: 'Baseline', en: 'Baseline' },
  target: { id: 'Target', en: 'Target' },
  latest: { id: 'Terakhir', en: 'Latest' },
  addMeasurement: { id: 'Simpan pengukuran', en: 'Save measurement' },
  measurementAdded: { id: 'Pengukuran disimpan.', en: 'Measurement saved.' },
  noKpis: { id: 'Inovasi ini belum punya KPI.', en: 'This innovation has no KPI yet.' },
  newHeading: { id: 'Inovasi baru', en: 'New innovation' },
  id: { id: 'Kode (id)', en: 'Id' },
  idHelp: {
    id: 'huruf kecil, angka, titik, garis bawah atau tanda hubung',
    en: 'lowercase letters, digits, dots, underscores or hyphens',
  },
  startDate: { id: 'Tanggal mulai', en: 'Start date' },
  endDate: { id: 'Target selesai', en: 'Planned end' },
  addInnovation: { id: 'Tambah inovasi', en: 'Add innovation' },
  innovationAdded: { id: 'Inovasi {name} ditambahkan.', en: 'Innovation {name} added.' },
  fixFirst: { id: 'Perbaiki dulu: {count} masalah.', en: 'Fix first: {count} issue(s).' },
  valid: { id: 'Valid.', en: 'Valid.' },
  choose: { id: '(pilih)', en: '(choose)' },
  // calendar
  calendarHeading: { id: 'Kalender program {year}', en: 'Programme calendar {year}' },
  calendarZone: {
    id: 'Tanggal dan jam di zona waktu kota: {zone}, apa pun zona waktu komputer ini.',
    en: "Dates and times in the city's zone: {zone}, whatever this computer's zone.",
  },
  overdueHeading: { id: 'Terlambat dan jatuh tempo', en: 'Overdue and due' },
  noOverdue: { id: 'Tidak ada yang terlambat.', en: 'Nothing is overdue.' },
  overdue: { id: 'Terlambat', en: 'Overdue' },
  due: { id: 'Jatuh tempo', en: 'Due' },
  dueDate: { id: 'Tenggat', en: 'Due date' },
  event: { id: 'Kegiatan', en: 'Event' },
  kind: { id: 'Jenis', en: 'Kind' },
  when: { id: 'Waktu', en: 'When' },
  estimated: { id: 'perkiraan', en: 'estimated' },
  past: { id: 'lewat', en: 'past' },
  upcoming: { id: 'akan datang', en: 'upcoming' },
  ongoing: { id: 'berlangsung', en: 'ongoing' },
  // evaluations
  evaluationsHeading: { id: 'Evaluasi berdampingan', en: 'Evaluations side by side' },
  evaluation: { id: 'Evaluasi', en: 'Evaluation' },
  cycle: { id: 'Siklus', en: 'Cycle' },
  spbeModel: { id: 'Model SPBE', en: 'SPBE model' },
  provisional: { id: 'sementara', en: 'provisional' },
  spbeSelf: { id: 'SPBE mandiri', en: 'SPBE self-assessed' },
  spbeVerified: { id: 'SPBE terverifikasi', en: 'SPBE verified' },
  predicate: { id: 'Predikat', en: 'Predicate' },
  coverage: { id: 'cakupan {pct}', en: 'coverage {pct}' },
  noEvaluations: { id: 'Belum ada evaluasi.', en: 'No evaluation yet.' },
  // risks
  risksHeading: { id: 'Risiko', en: 'Risks' },
  heatMap: {
    id: 'Peta panas risiko terbuka (kemungkinan × dampak)',
    en: 'Heat map of open risks (likelihood × impact)',
  },
  likelihood: { id: 'Kemungkinan', en: 'Likelihood' },
  impact: { id: 'Dampak', en: 'Impact' },
  riskCell: {
    id: '{count} risiko, kemungkinan {l}, dampak {i}, tingkat {level}',
    en: '{count} risk(s), likelihood {l}, impact {i}, level {level}',
  },
  risk: { id: 'Risiko', en: 'Risk' },
  owner: { id: 'Pemilik', en: 'Owner' },
  score: { id: 'Skor', en: 'Score' },
  level: { id: 'Tingkat', en: 'Level' },
  noRisks: { id: 'Belum ada risiko tercatat.', en: 'No risk recorded.' },
  // issues
  issuesHeading: { id: 'Masalah validasi', en: 'Validation issues' },
  noIssues: { id: 'Tidak ada masalah validasi.', en: 'No validation issue.' },
  location: { id: 'Letak', en: 'Location' },
  message: { id: 'Pesan', en: 'Message' },
  found: { id: 'Isi di berkas', en: 'Value in the file' },
  wholeFile: { id: '(seluruh berkas)', en: '(whole file)' },
  issuesOf: { id: 'Masalah di {name}', en: 'Issues in {name}' },
  // downloads
  downloadsHeading: { id: 'Unduh', en: 'Downloads' },
  downloadsHelp: {
    id: 'Semua berkas dibuat di peramban ini; tidak ada yang dikirim ke server.',
    en: 'Every file is made in this browser; nothing is sent to a server.',
  },
  saveJson: { id: 'Simpan workspace (JSON)', en: 'Save workspace (JSON)' },
  downloadWorkbook: { id: 'Buku kerja (Excel)', en: 'Workbook (Excel)' },
  downloadReportHtml: { id: 'Laporan (HTML)', en: 'Report (HTML)' },
  downloadReportPdf: { id: 'Laporan (PDF)', en: 'Report (PDF)' },
  downloadCalendar: { id: 'Kalender (iCalendar)', en: 'Calendar (iCalendar)' },
  preparing: { id: 'Menyiapkan {file}…', en: 'Preparing {file}…' },
  downloaded: { id: '{file} siap diunduh.', en: '{file} is ready.' },
  downloadFailed: { id: '{file} gagal dibuat: {reason}', en: '{file} could not be made: {reason}' },
  unsavedChanges: { id: 'Ada perubahan yang belum disimpan.', en: 'There are unsaved changes.' },
  footer: {
    id: 'Dibuat dengan @smartcity/core, @smartcity/spreadsheet dan @smartcity/report. Lisensi MIT.',
    en: 'Built with @smartcity/core, @smartcity/spreadsheet and @smartcity/report. MIT licence.',
  },
} as const satisfies Record<string, LocalizedText>;

/** A key of the app's string table. */
export type UiKey = keyof typeof UI;

/**
 * The app string `key` in `lang`, with `{name}` placeholders replaced.
 *
 * @example
 * ```ts
 * t('shownOf', 'en', { shown: 3, total: 10 }); // '3 of 10 innovations'
 * ```
 */
export function t(key: UiKey, lang: Lang, vars?: Readonly<Record<string, string | number>>): string {
  const text = UI[key][lang] ?? UI[key].id;
  if (!vars) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(vars, name) ? String(vars[name]) : whole,
  );
}

/** Locale tag for `Intl` in a language. */
export function localeOf(lang: Lang): string {
  return lang === 'en' ? 'en-GB' : 'id-ID';
}

/** Where the chosen language is remembered. */
export const LANG_STORAGE_KEY = 'smartcity.web.lang';
