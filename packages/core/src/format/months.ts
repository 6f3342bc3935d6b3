// Month and weekday names as the date-fns `id` and `en-GB` locales write them (what formatCivilDate prints; a test
// compares every style against date-fns), internal. Kept here instead of importing date-fns `format` and its two
// locales, which cost about 7 kB gzip in every app bundle for three fixed patterns.
export const MONTH_NAMES = {
  id: [
    'Januari',
    'Februari',
    'Maret',
    'April',
    'Mei',
    'Juni',
    'Juli',
    'Agustus',
    'September',
    'Oktober',
    'November',
    'Desember',
  ],
  en: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
} as const;

// "MMM": English abbreviations are the first three letters; Indonesian ones too, except Agt (Agustus).
export const MONTH_ABBREVIATIONS = {
  id: ['Jan', 'Feb', 'Mar', 'Apr', 'Mei', 'Jun', 'Jul', 'Agt', 'Sep', 'Okt', 'Nov', 'Des'],
  en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
} as const;

// "EEEE", Sunday first (as `Date#getUTCDay`).
export const WEEKDAY_NAMES = {
  id: ['Minggu', 'Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', 'Sabtu'],
  en: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
} as const;
