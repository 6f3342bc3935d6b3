// `smartcity import <kind> …`: one command, one module per kind of source. A kind is one line in IMPORT_KINDS
// (the SPBE importer adds `spbe` the same way); its module exports `runImport(ctx, args)` and its options are
// declared here so the command line is parsed strictly once.
import { CliError, type ExitCode } from '../ui/errors.js';
import { tr } from '../ui/lang.js';
import { summaryOf } from './registry.js';
import type { Command, CommandContext, OptionSpec } from './types.js';

/** A kind of import: its name, one line of help, and its module. */
export interface ImportKind {
  name: string;
  usage: string;
  load(): Promise<{ runImport(ctx: CommandContext, positionals: string[]): Promise<ExitCode> }>;
}

/** The kinds of import, in the order help lists them. */
export const IMPORT_KINDS: readonly ImportKind[] = [
  {
    name: 'workbook',
    usage:
      'import workbook <file.xlsx|file.csv…> --into <workspace.json> [--dry-run] [--remove-missing] [--force]',
    load: () => import('./import-workbook.js'),
  },
  {
    name: 'spbe',
    usage:
      'import spbe <file…|mysql://…|https://portal…> --into <workspace.json> [--dry-run] [--year YYYY] [--delimiter , | ; | tab]',
    load: () => import('./import-spbe.js'),
  },
];

const OPTIONS: Record<string, OptionSpec> = {
  into: {
    type: 'string',
    valueName: '<workspace.json>',
    description: {
      id: 'workspace yang menerima data (ditulis ulang kecuali --dry-run)',
      en: 'the workspace that receives the data (rewritten unless --dry-run)',
    },
  },
  'dry-run': {
    type: 'boolean',
    description: {
      id: 'hanya tampilkan laporan perubahan, jangan tulis apa pun',
      en: 'only print the change report, write nothing',
    },
  },
  'remove-missing': {
    type: 'boolean',
    description: {
      id: 'hapus data yang tidak ada lagi di buku kerja (bawaan: dipertahankan dan dilaporkan)',
      en: 'remove records no longer in the workbook (default: kept and reported)',
    },
  },
  year: {
    type: 'string',
    valueName: '<YYYY>',
    description: {
      id: 'spbe: tahun evaluasi bila berkas tidak menyebutnya',
      en: 'spbe: evaluation year when the file does not say',
    },
  },
  delimiter: {
    type: 'string',
    valueName: '<, | ; | tab>',
    description: {
      id: 'spbe: pemisah CSV (bawaan: dideteksi)',
      en: 'spbe: CSV delimiter (default: detected)',
    },
  },
  force: {
    type: 'boolean',
    description: {
      id: 'tulis walaupun workspace hanya-baca',
      en: 'write even if the workspace is read-only',
    },
  },
};

const T = {
  kind: (list: string) => ({ id: `jenis impor: ${list}`, en: `kind of import: ${list}` }),
  needKind: (list: string) => ({
    id: `sebutkan jenis impor (${list})`,
    en: `name the kind of import (${list})`,
  }),
  badKind: (v: string, list: string) => ({
    id: `jenis impor "${v}" tidak dikenal (${list})`,
    en: `unknown kind of import "${v}" (${list})`,
  }),
  hint: {
    id: 'Mis. smartcity import workbook inovasi.xlsx --into workspace.json --dry-run',
    en: 'E.g. smartcity import workbook innovations.xlsx --into workspace.json --dry-run',
  },
};

const kinds = () => IMPORT_KINDS.map((k) => k.name).join(', ');

/** `smartcity import <kind> …`. */
export const command: Command = {
  name: 'import',
  summary: summaryOf('import'),
  usage: IMPORT_KINDS.map((k) => k.usage).join('\n       '),
  positionals: [
    { name: '<kind>', required: true, description: T.kind(kinds()) },
    {
      name: '<file…>',
      required: true,
      variadic: true,
      description: {
        id: 'berkas sumber (spbe juga: URL mysql:// atau alamat portal CKAN https://)',
        en: 'source files (spbe also: a mysql:// URL or a CKAN portal https:// address)',
      },
    },
  ],
  options: OPTIONS,
  examples: [
    {
      command: 'smartcity import workbook inovasi-diedit.xlsx --into kota-pontianak/workspace.json --dry-run',
      description: {
        id: 'Lihat apa yang akan berubah tanpa menulis',
        en: 'See what would change without writing anything',
      },
    },
    {
      command: 'smartcity import workbook inovasi-diedit.xlsx --into kota-pontianak/workspace.json',
      description: { id: 'Gabungkan buku kerja yang sudah disunting', en: 'Merge the edited workbook in' },
    },
    {
      command:
        'smartcity import spbe https://data.pontianak.go.id --into kota-pontianak/workspace.json --dry-run',
      description: {
        id: 'Dataset portal data terbuka CKAN sebagai bukti (langsung dari portal, semua halaman)',
        en: 'Datasets of a CKAN open-data portal as evidence (straight from the portal, every page)',
      },
    },
  ],
  async run(ctx) {
    const [kind, ...rest] = ctx.args.positionals;
    if (kind === undefined) throw new CliError({ code: 'usage', what: T.needKind(kinds()), hint: T.hint });
    const found = IMPORT_KINDS.find((k) => k.name === kind);
    if (!found)
      throw new CliError({ code: 'usage', what: T.badKind(kind, kinds()), where: kind, hint: T.hint });
    void tr;
    return (await found.load()).runImport(ctx, rest);
  },
};
