import { extname } from 'node:path';
import { formatPath, parseCivilDate, toCivilDate, type Workspace } from '@smartcity/core';
import { REPORT_KINDS, type ReportKind, type ReportTheme, renderReport } from '@smartcity/report';
import { readTextFile } from '../io/files.js';
import { writeOutput } from '../io/output.js';
import { requireWorkspace } from '../io/workspace.js';
import { CliError, EXIT } from '../ui/errors.js';
import { tr } from '../ui/lang.js';
import { summaryOf } from './registry.js';
import type { Command } from './types.js';

const FORMATS = ['html', 'pdf', 'md'] as const;
type Format = (typeof FORMATS)[number];

const T = {
  files: {
    id: 'satu atau beberapa berkas workspace JSON (beberapa hanya untuk --kind comparison)',
    en: 'one or more workspace JSON files (several only with --kind comparison)',
  },
  kind: {
    id: 'jenis laporan: evaluation (bawaan), catalogue atau comparison',
    en: 'report kind: evaluation (default), catalogue or comparison',
  },
  format: {
    id: 'format: html, pdf atau md (bawaan: dari ekstensi --out, selain itu html)',
    en: 'format: html, pdf or md (default: from the --out extension, else html)',
  },
  cycle: {
    id: 'siklus evaluasi, mis. 2025-II (bawaan: yang terakhir; perbandingan: yang paling banyak daerahnya)',
    en: 'evaluation cycle, e.g. 2025-II (default: the latest; comparison: the one most municipalities have)',
  },
  asOf: {
    id: 'tanggal laporan YYYY-MM-DD (bawaan: hari ini di zona waktu kota pertama)',
    en: "report date YYYY-MM-DD (default: today in the first municipality's time zone)",
  },
  out: { id: 'berkas keluaran; - untuk keluaran standar', en: 'output file; - for standard output' },
  theme: {
    id: 'berkas JSON tema: { "cityName", "logoDataUrl", "colors": { "primary", … } }',
    en: 'theme JSON file: { "cityName", "logoDataUrl", "colors": { "primary", … } }',
  },
  force: {
    id: 'ganti berkas --out walaupun hanya-baca',
    en: 'replace the --out file even if it is read-only',
  },
  needOut: { id: '--out wajib diisi', en: '--out is required' },
  needOutHint: {
    id: 'Tulis mis. --out laporan.html, atau --out - untuk keluaran standar',
    en: 'Write e.g. --out report.html, or --out - for standard output',
  },
  badKind: (v: string) => ({ id: `jenis laporan "${v}" tidak dikenal`, en: `unknown report kind "${v}"` }),
  kindHint: {
    id: 'Pilih evaluation, catalogue atau comparison',
    en: 'Choose evaluation, catalogue or comparison',
  },
  badFormat: (v: string) => ({ id: `format "${v}" tidak dikenal`, en: `unknown format "${v}"` }),
  formatHint: { id: 'Pilih html, pdf atau md', en: 'Choose html, pdf or md' },
  badAsOf: (v: string) => ({ id: `tanggal "${v}" tidak valid`, en: `invalid date "${v}"` }),
  asOfHint: {
    id: 'Tulis sebagai YYYY-MM-DD, mis. --as-of 2025-12-31',
    en: 'Write it as YYYY-MM-DD, e.g. --as-of 2025-12-31',
  },
  many: (n: number, kind: string) => ({
    id: `laporan ${kind} dibuat untuk satu workspace, bukan ${n}`,
    en: `a ${kind} report is made for one workspace, not ${n}`,
  }),
  manyHint: {
    id: 'Pakai --kind comparison untuk beberapa daerah',
    en: 'Use --kind comparison for several municipalities',
  },
  badTheme: { id: 'berkas tema bukan JSON yang valid', en: 'the theme file is not valid JSON' },
  failed: (message: string) => ({
    id: `laporan tidak dapat dibuat: ${message}`,
    en: `the report could not be made: ${message}`,
  }),
  written: { id: 'Laporan ditulis ke', en: 'Report written to' },
};

/** The format of a report: `--format`, else the extension of `--out`, else HTML. */
export function reportFormat(flag: string | undefined, out: string): Format {
  if (flag !== undefined) {
    if (!(FORMATS as readonly string[]).includes(flag)) {
      throw new CliError({ code: 'usage', what: T.badFormat(flag), where: '--format', hint: T.formatHint });
    }
    return flag as Format;
  }
  const ext = extname(out).toLowerCase().replace('.', '');
  if (ext === 'pdf' || ext === 'md') return ext;
  if (ext === 'markdown') return 'md';
  return 'html';
}

/** `smartcity report <workspace…> --kind … --format … --out <path>`. */
export const command: Command = {
  name: 'report',
  summary: summaryOf('report'),
  usage:
    'report <workspace.json…> [--kind evaluation|catalogue|comparison] [--format html|pdf|md] [--cycle 2025-II] [--as-of YYYY-MM-DD] [--theme <theme.json>] --out <file>|- [--force]',
  positionals: [{ name: '<workspace.json…>', required: true, variadic: true, description: T.files }],
  options: {
    kind: { type: 'string', valueName: '<kind>', description: T.kind },
    format: { type: 'string', valueName: '<format>', description: T.format },
    cycle: { type: 'string', valueName: '<2025-II>', description: T.cycle },
    'as-of': { type: 'string', valueName: '<YYYY-MM-DD>', description: T.asOf },
    theme: { type: 'string', valueName: '<theme.json>', description: T.theme },
    out: { type: 'string', short: 'o', valueName: '<file>', description: T.out },
    force: { type: 'boolean', description: T.force },
  },
  examples: [
    {
      command: 'smartcity report kota-pontianak/workspace.json --cycle 2023-II --out laporan-2023-ii.html',
      description: {
        id: 'Laporan evaluasi satu siklus sebagai HTML',
        en: 'The evaluation report of one cycle as HTML',
      },
    },
    {
      command:
        'smartcity report kota-pontianak/workspace.json --kind catalogue --format pdf --lang en --out catalogue.pdf',
      description: {
        id: 'Katalog inovasi sebagai PDF berbahasa Inggris',
        en: 'The innovation catalogue as a PDF in English',
      },
    },
    {
      command: 'smartcity report daerah/*.json --kind comparison --format md --out perbandingan.md',
      description: {
        id: 'Perbandingan antardaerah sebagai Markdown',
        en: 'A comparison of municipalities as Markdown',
      },
    },
  ],
  async run(ctx) {
    const files = ctx.args.positionals;
    const out = ctx.args.values.out as string | undefined;
    if (out === undefined || out === '') {
      throw new CliError({ code: 'usage', what: T.needOut, where: '--out', hint: T.needOutHint });
    }
    const kind = (ctx.args.values.kind as string | undefined) ?? 'evaluation';
    if (!(REPORT_KINDS as readonly string[]).includes(kind)) {
      throw new CliError({ code: 'usage', what: T.badKind(kind), where: '--kind', hint: T.kindHint });
    }
    const format = reportFormat(ctx.args.values.format as string | undefined, out);
    const asOfFlag = ctx.args.values['as-of'] as string | undefined;
    if (asOfFlag !== undefined && !parseCivilDate(asOfFlag).success) {
      throw new CliError({ code: 'usage', what: T.badAsOf(asOfFlag), where: '--as-of', hint: T.asOfHint });
    }
    if (files.length > 1 && kind !== 'comparison') {
      throw new CliError({
        code: 'usage',
        what: T.many(files.length, kind),
        where: files[1],
        hint: T.manyHint,
      });
    }
    let theme: ReportTheme | undefined;
    const themeFile = ctx.args.values.theme as string | undefined;
    if (themeFile !== undefined) {
      try {
        theme = JSON.parse(await readTextFile(themeFile)) as ReportTheme;
      } catch (error) {
        if (error instanceof CliError) throw error;
        throw new CliError({ code: 'invalid_json', what: T.badTheme, where: themeFile });
      }
    }
    const workspaces: Workspace[] = [];
    for (const file of files) workspaces.push(await requireWorkspace(ctx, file));
    const asOf = asOfFlag ?? toCivilDate(ctx.now(), workspaces[0]!.municipality.timeZone);
    const cycle = ctx.args.values.cycle as string | undefined;
    const options = {
      kind: kind as ReportKind,
      lang: ctx.lang,
      asOf,
      ...(cycle === undefined ? {} : { cycle }),
      ...(theme === undefined ? {} : { theme }),
    };
    const input = kind === 'comparison' ? workspaces : workspaces[0]!;
    const result =
      format === 'pdf'
        ? await (await import('@smartcity/report/pdf')).renderReportPdf(input, options)
        : renderReport(input, { ...options, format });
    if (!result.success) {
      const first = result.issues[0]!;
      throw new CliError({
        code: first.code,
        what: { id: T.failed(first.message.id).id, en: T.failed(first.message.en).en },
        ...(first.path.length > 0 ? { where: formatPath(first.path) } : {}),
        // Bad options (cycle, theme, date) are usage errors; a report the data cannot give is exit 1.
        exitCode: ['cycle', 'theme', 'asOf'].includes(String(first.path[0])) ? EXIT.usage : EXIT.invalid,
      });
    }
    const written = await writeOutput(ctx, out, result.data, {
      inputs: [...files, ...(themeFile ? [themeFile] : [])],
      force: ctx.args.values.force === true,
    });
    const bytes =
      typeof result.data === 'string'
        ? new TextEncoder().encode(result.data).byteLength
        : result.data.byteLength;
    if (ctx.json && !written.stdout) {
      ctx.printJson({
        command: 'report',
        ok: true,
        kind,
        format,
        lang: ctx.lang,
        asOf,
        cycle: cycle ?? null,
        files,
        out: written.path,
        bytes,
      });
    } else if (!written.stdout) {
      ctx.print(`${tr(T.written, ctx.lang)} ${written.path} (${kind}, ${format}, ${bytes} B)`);
    }
    return EXIT.ok;
  },
};
