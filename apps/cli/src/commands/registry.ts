import type { LocalizedText } from '@smartcity/core';
import type { Command } from './types.js';

/** A registry entry: what `smartcity --help` lists, and how to load the command only when it runs. */
export interface CommandEntry {
  name: string;
  summary: LocalizedText;
  load(): Promise<Command>;
}

/**
 * The commands, in the order `--help` lists them. Summaries live here so the top-level help never loads a
 * command module (or the core); each module re-exports its summary from here.
 */
export const COMMANDS: readonly CommandEntry[] = [
  {
    name: 'init',
    summary: { id: 'Membuat workspace baru yang valid', en: 'Create a new, valid workspace' },
    load: async () => (await import('./init.js')).command,
  },
  {
    name: 'add',
    summary: {
      id: 'Menambah inovasi, pengukuran KPI atau evaluasi ke workspace (dengan opsi atau tanya-jawab)',
      en: 'Add an innovation, a KPI measurement or an evaluation to a workspace (options or questions)',
    },
    load: async () => (await import('./add.js')).command,
  },
  {
    name: 'validate',
    summary: {
      id: 'Memeriksa workspace dan menampilkan setiap masalah',
      en: 'Check a workspace and print every issue',
    },
    load: async () => (await import('./validate.js')).command,
  },
  {
    name: 'summary',
    summary: {
      id: 'Ringkasan: inovasi, skor evaluasi, progres, risiko, tenggat terlewat',
      en: 'Summary: innovations, evaluation scores, progress, risks, overdue items',
    },
    load: async () => (await import('./summary.js')).command,
  },
  {
    name: 'schedule',
    summary: {
      id: 'Kalender program untuk satu tahun (juga ekspor iCalendar)',
      en: 'The programme calendar for a year (and iCalendar export)',
    },
    load: async () => (await import('./schedule.js')).command,
  },
  {
    name: 'report',
    summary: {
      id: 'Laporan evaluasi, katalog inovasi atau perbandingan antardaerah (HTML, PDF, Markdown)',
      en: 'Evaluation report, innovation catalogue or comparison of municipalities (HTML, PDF, Markdown)',
    },
    load: async () => (await import('./report.js')).command,
  },
  {
    name: 'export',
    summary: {
      id: 'Ekspor workspace ke buku kerja Excel (xlsx) atau CSV',
      en: 'Export a workspace to an Excel workbook (xlsx) or CSV',
    },
    load: async () => (await import('./export.js')).command,
  },
  {
    name: 'import',
    summary: {
      id: 'Impor buku kerja yang sudah disunting (atau CSV-nya) ke workspace',
      en: 'Import an edited workbook (or its CSVs) into a workspace',
    },
    load: async () => (await import('./import.js')).command,
  },
  {
    name: 'spbe',
    summary: {
      id: 'Indeks SPBE per domain dan aspek, mandiri dan verifikasi berdampingan',
      en: 'SPBE index per domain and aspect, self and verified side by side',
    },
    load: async () => (await import('./spbe.js')).command,
  },
  {
    name: 'demo',
    summary: {
      id: 'Menjalankan seluruh alur pada contoh workspace dan menulis hasilnya',
      en: 'Run the whole flow on the sample workspaces and write the outputs',
    },
    load: async () => (await import('./demo.js')).command,
  },
];

/** Looks a command up by name. */
export function findCommand(name: string): CommandEntry | undefined {
  return COMMANDS.find((c) => c.name === name);
}

/** The summary of a registered command (for the command modules, so the text exists once). */
export function summaryOf(name: string): LocalizedText {
  const entry = findCommand(name);
  if (!entry) throw new Error(`No command "${name}" in the registry`);
  return entry.summary;
}

function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length]!;
}

/** The closest command name to a mistyped one, if any is close enough to suggest. */
export function suggestCommand(name: string): string | undefined {
  let best: { name: string; d: number } | undefined;
  for (const c of COMMANDS) {
    const d = c.name.startsWith(name) && name.length >= 2 ? 0 : distance(name.toLowerCase(), c.name);
    if (best === undefined || d < best.d) best = { name: c.name, d };
  }
  return best && best.d <= Math.max(1, Math.floor(best.name.length / 3)) ? best.name : undefined;
}
