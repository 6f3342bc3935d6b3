// Type-only: this module is loaded at startup and must never pull the core in.
import type { LocalizedText } from '@smartcity/core';

/**
 * Every string the CLI itself prints, in Bahasa Indonesia and English. Domain labels (pillars, statuses,
 * predicates, calendar events) come from the core; these are the CLI's own words.
 */
export const MSG = {
  // General help.
  tagline: {
    id: 'Alat baris perintah Gerakan Menuju Smart City: workspace, validasi, ringkasan dan kalender program.',
    en: 'Command-line tool for the Gerakan Menuju Smart City programme: workspaces, validation, summaries and the programme calendar.',
  },
  usage: { id: 'Penggunaan', en: 'Usage' },
  commands: { id: 'Perintah', en: 'Commands' },
  arguments: { id: 'Argumen', en: 'Arguments' },
  options: { id: 'Opsi', en: 'Options' },
  globalOptions: { id: 'Opsi umum', en: 'Global options' },
  examples: { id: 'Contoh', en: 'Examples' },
  exitCodes: { id: 'Kode keluar', en: 'Exit codes' },
  exitCodeList: {
    id: '0 berhasil · 1 data tidak valid · 2 salah penggunaan atau berkas tak terbaca · 3 galat internal',
    en: '0 success · 1 invalid data · 2 usage error or unreadable input · 3 internal error',
  },
  moreHelp: {
    id: 'Jalankan "smartcity <perintah> --help" untuk rincian satu perintah.',
    en: 'Run "smartcity <command> --help" for the details of one command.',
  },
  optionValue: { id: 'nilai', en: 'value' },
  commandPlaceholder: { id: '<perintah> [opsi]', en: '<command> [options]' },

  // Global options.
  optJson: {
    id: 'keluaran JSON untuk mesin (bentuknya tetap, lihat docs/cli.md)',
    en: 'machine-readable JSON output (stable shape, see docs/cli.md)',
  },
  optLang: {
    id: 'bahasa keluaran: id (bawaan) atau en; juga lewat SMARTCITY_LANG',
    en: 'output language: id (default) or en; also via SMARTCITY_LANG',
  },
  optDebug: {
    id: 'tampilkan jejak tumpukan (stack trace) ketika terjadi galat',
    en: 'show stack traces when something fails',
  },
  optHelp: { id: 'tampilkan bantuan ini', en: 'show this help' },
  optVersion: { id: 'tampilkan versi', en: 'show the version' },

  // Usage errors.
  unknownCommand: (name: string): LocalizedText => ({
    id: `perintah "${name}" tidak dikenal`,
    en: `unknown command "${name}"`,
  }),
  didYouMean: (name: string): LocalizedText => ({
    id: `Maksud Anda "smartcity ${name}"? Jalankan "smartcity --help" untuk daftar perintah`,
    en: `Did you mean "smartcity ${name}"? Run "smartcity --help" for the list of commands`,
  }),
  seeCommandList: {
    id: 'Jalankan "smartcity --help" untuk daftar perintah',
    en: 'Run "smartcity --help" for the list of commands',
  },
  missingCommand: { id: 'perintah belum diberikan', en: 'no command given' },
  unknownOption: (option: string): LocalizedText => ({
    id: `opsi "${option}" tidak dikenal`,
    en: `unknown option "${option}"`,
  }),
  optionNeedsValue: (option: string): LocalizedText => ({
    id: `opsi "${option}" memerlukan nilai`,
    en: `option "${option}" needs a value`,
  }),
  optionTakesNoValue: (option: string): LocalizedText => ({
    id: `opsi "${option}" tidak menerima nilai`,
    en: `option "${option}" takes no value`,
  }),
  optionRepeated: (option: string): LocalizedText => ({
    id: `opsi "${option}" diberikan lebih dari sekali`,
    en: `option "${option}" given more than once`,
  }),
  badOption: (detail: string): LocalizedText => ({
    id: `opsi tidak valid: ${detail}`,
    en: `invalid option: ${detail}`,
  }),
  tooManyArguments: (extra: string): LocalizedText => ({
    id: `argumen berlebih "${extra}"`,
    en: `unexpected argument "${extra}"`,
  }),
  missingArgument: (name: string): LocalizedText => ({
    id: `argumen ${name} belum diberikan`,
    en: `missing argument ${name}`,
  }),
  seeCommandHelp: (command: string): LocalizedText => ({
    id: `Jalankan "smartcity ${command} --help" untuk cara penggunaan`,
    en: `Run "smartcity ${command} --help" for usage`,
  }),
  unsupportedLang: (value: string): LocalizedText => ({
    id: `bahasa "${value}" tidak didukung`,
    en: `unsupported language "${value}"`,
  }),
  useIdOrEn: {
    id: 'Gunakan id (Bahasa Indonesia) atau en (English)',
    en: 'Use id (Bahasa Indonesia) or en (English)',
  },

  // Reading and writing files.
  fileNotFound: { id: 'berkas tidak ditemukan', en: 'file not found' },
  fileNotFoundHint: {
    id: 'Periksa jalur berkas, atau buat workspace baru dengan "smartcity init"',
    en: 'Check the path, or create a new workspace with "smartcity init"',
  },
  isDirectory: { id: 'yang diberikan adalah direktori, bukan berkas', en: 'this is a directory, not a file' },
  isDirectoryHint: {
    id: 'Berikan jalur ke berkas JSON di dalamnya, misalnya <direktori>/workspace.json',
    en: 'Give the path of the JSON file inside it, e.g. <dir>/workspace.json',
  },
  notRegularFile: { id: 'bukan berkas biasa', en: 'not a regular file' },
  permissionDenied: { id: 'tidak ada izin membaca berkas', en: 'no permission to read the file' },
  permissionDeniedHint: {
    id: 'Periksa izin berkas (ls -l) atau jalankan sebagai pengguna yang berhak',
    en: 'Check the file permissions (ls -l) or run as a user who may read it',
  },
  // Sizes in MiB (1024 × 1024 bytes), like the limit, with the exact byte counts so rounding never hides the
  // difference.
  fileTooLarge: (bytes: number, limitMib: number): LocalizedText => {
    const mib = (bytes / 1024 / 1024).toFixed(1);
    const limit = limitMib * 1024 * 1024;
    return {
      id: `berkas terlalu besar: ${mib.replace('.', ',')} MiB (${bytes} bita), batasnya ${limitMib} MiB (${limit} bita)`,
      en: `file too large: ${mib} MiB (${bytes} bytes), the limit is ${limitMib} MiB (${limit} bytes)`,
    };
  },
  fileTooLargeHint: {
    id: 'Sebuah workspace biasanya jauh di bawah 1 MiB; pastikan ini berkas yang benar',
    en: 'A workspace is usually well under 1 MiB; make sure this is the right file',
  },
  notUtf8: { id: 'berkas bukan teks UTF-8', en: 'the file is not UTF-8 text' },
  utf16: {
    id: 'berkas bukan teks UTF-8 (tampaknya UTF-16)',
    en: 'the file is not UTF-8 text (it looks like UTF-16)',
  },
  notUtf8Hint: {
    id: 'Simpan ulang berkas sebagai UTF-8 (misalnya "Save as… UTF-8" di editor Anda)',
    en: 'Save the file again as UTF-8 (e.g. "Save as… UTF-8" in your editor)',
  },
  readFailed: (reason: string): LocalizedText => ({
    id: `berkas tidak dapat dibaca: ${reason}`,
    en: `the file cannot be read: ${reason}`,
  }),
  writeFailed: (reason: string): LocalizedText => ({
    id: `berkas tidak dapat ditulis: ${reason}`,
    en: `the file cannot be written: ${reason}`,
  }),
  writeFailedHint: {
    id: 'Periksa bahwa direktori tujuan ada, dapat ditulisi, dan disk tidak penuh',
    en: 'Check that the target directory exists, is writable and the disk is not full',
  },
  stdoutNotAllowed: {
    id: '"-" (keluaran standar) tidak dapat dipakai di sini',
    en: '"-" (standard output) cannot be used here',
  },
  emptyPath: { id: 'jalur berkas kosong', en: 'empty file path' },
  danglingLink: {
    id: 'tautan simbolik ini menunjuk ke berkas yang tidak ada',
    en: 'this symbolic link points to a file that does not exist',
  },
  danglingLinkHint: {
    id: 'Perbaiki atau hapus tautannya, atau pilih nama berkas lain',
    en: 'Fix or remove the link, or choose another file name',
  },
  outputIsDirectoryHint: {
    id: 'Berikan nama berkas keluaran, mis. <direktori>/kalender.ics',
    en: 'Give the name of the output file, e.g. <dir>/calendar.ics',
  },
  outputNotFileHint: {
    id: 'Tulis ke berkas biasa, atau gunakan - untuk keluaran standar',
    en: 'Write to a regular file, or use - for standard output',
  },
  outputIsInput: (input: string): LocalizedText => ({
    id: `berkas keluaran adalah berkas masukan ${input}; berkas itu tidak akan ditimpa`,
    en: `the output file is the input file ${input}; it will not be overwritten`,
  }),
  outputIsInputHint: {
    id: 'Pilih nama berkas keluaran lain',
    en: 'Choose another name for the output file',
  },
  readOnlyTarget: {
    id: 'berkas keluaran hanya-baca dan tidak akan ditimpa',
    en: 'the output file is read-only and will not be replaced',
  },
  readOnlyTargetHint: {
    id: 'Pilih nama lain, atau tambahkan --force untuk tetap menggantinya (mode berkas dipertahankan)',
    en: 'Choose another name, or add --force to replace it anyway (the file mode is kept)',
  },
  parentNotDirectory: (dir: string): LocalizedText => ({
    id: `${dir} bukan direktori`,
    en: `${dir} is not a directory`,
  }),
  directoryNotFound: (dir: string): LocalizedText => ({
    id: `direktori ${dir} tidak ada`,
    en: `the directory ${dir} does not exist`,
  }),
  directoryNotFoundHint: (dir: string): LocalizedText => ({
    id: `Buat direktorinya dulu (mkdir -p "${dir}") atau pilih direktori yang sudah ada`,
    en: `Create it first (mkdir -p "${dir}") or choose an existing directory`,
  }),
  noWritePermission: { id: 'tidak ada izin menulis', en: 'no permission to write' },
  fileExists: {
    id: 'berkas sudah ada dan tidak akan ditimpa',
    en: 'the file already exists and will not be overwritten',
  },
  fileExistsHint: {
    id: 'Pilih direktori lain atau hapus berkas itu terlebih dahulu',
    en: 'Pick another directory or delete the file first',
  },

  // Workspaces.
  validating: { id: 'memeriksa…', en: 'validating…' },
  workspaceInvalid: (
    count: number,
    first: { path: string; message: LocalizedText } | undefined,
  ): LocalizedText => {
    const where = first ? ` — ${first.path}: ` : '';
    return {
      id: `workspace tidak valid: ${count} masalah${first ? `${where}${first.message.id}` : ''}`,
      en: `invalid workspace: ${count} issue${count === 1 ? '' : 's'}${first ? `${where}${first.message.en}` : ''}`,
    };
  },
  runValidate: (path: string): LocalizedText => ({
    id: `Jalankan "smartcity validate ${path}" untuk melihat semua masalah`,
    en: `Run "smartcity validate ${path}" to see every issue`,
  }),

  // Internal errors.
  internalError: (detail: string): LocalizedText => ({
    id: `galat internal yang tidak terduga: ${detail}`,
    en: `unexpected internal error: ${detail}`,
  }),
  internalErrorHint: {
    id: 'Jalankan ulang dengan --debug dan laporkan keluarannya kepada pengelola',
    en: 'Rerun with --debug and report the output to the maintainers',
  },
} as const;
