import { mkdir, readFile, stat, unlink } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { COLLECTIONS, type CollectionId } from '@smartcity/core';
import { exportCsv, exportCsvFiles } from '@smartcity/spreadsheet';
import { STREAMING_THRESHOLD_ROWS, workbookRowCount, writeWorkbookFile } from '@smartcity/spreadsheet/node';
import { releaseTemporary, temporaryPathFor, trackTemporary, writeOutput } from '../io/output.js';
import { requireWorkspace } from '../io/workspace.js';
import { CliError, EXIT } from '../ui/errors.js';
import { tr } from '../ui/lang.js';
import { summaryOf } from './registry.js';
import type { Command } from './types.js';

const FORMATS = ['xlsx', 'csv'] as const;

const T = {
  format: { id: 'xlsx (buku kerja Excel) atau csv', en: 'xlsx (Excel workbook) or csv' },
  workspace: { id: 'berkas workspace JSON', en: 'workspace JSON file' },
  out: {
    id: 'berkas keluaran (.xlsx, atau .csv dengan --collection); untuk csv tanpa --collection: folder tujuan',
    en: 'output file (.xlsx, or .csv with --collection); for csv without --collection: the target folder',
  },
  collection: {
    id: 'csv: hanya satu koleksi, mis. innovations (bawaan: semua, satu berkas per koleksi)',
    en: 'csv: only one collection, e.g. innovations (default: all, one file per collection)',
  },
  force: {
    id: 'ganti berkas keluaran walaupun hanya-baca',
    en: 'replace the output file even if it is read-only',
  },
  needFormat: { id: 'sebutkan formatnya: xlsx atau csv', en: 'name the format: xlsx or csv' },
  formatHint: {
    id: 'Mis. smartcity export xlsx workspace.json --out inovasi.xlsx',
    en: 'E.g. smartcity export xlsx workspace.json --out innovations.xlsx',
  },
  needWorkspace: { id: 'sebutkan berkas workspace', en: 'name the workspace file' },
  needOut: { id: '--out wajib diisi', en: '--out is required' },
  needOutHint: { id: 'Tulis mis. --out inovasi.xlsx', en: 'Write e.g. --out innovations.xlsx' },
  badCollection: (v: string) => ({ id: `koleksi "${v}" tidak dikenal`, en: `unknown collection "${v}"` }),
  collectionHint: (list: string) => ({ id: `Pilih salah satu: ${list}`, en: `Choose one of: ${list}` }),
  notDirectory: { id: 'tujuan csv harus folder', en: 'the csv target must be a folder' },
  notDirectoryHint: {
    id: 'Beri nama folder, atau pakai --collection untuk satu berkas .csv',
    en: 'Give a folder name, or use --collection for one .csv file',
  },
  written: { id: 'Ditulis', en: 'Written' },
  rows: { id: 'baris', en: 'rows' },
  streamed: { id: 'ditulis bertahap (streaming)', en: 'streamed' },
};

/** `smartcity export xlsx|csv <workspace.json> --out <path> [--collection <id>] [--lang id|en]`. */
export const command: Command = {
  name: 'export',
  summary: summaryOf('export'),
  usage: 'export xlsx|csv <workspace.json> --out <file|folder> [--collection <id>] [--lang id|en] [--force]',
  positionals: [
    { name: 'xlsx|csv', required: true, description: T.format },
    { name: '<workspace.json>', required: true, description: T.workspace },
  ],
  options: {
    out: { type: 'string', short: 'o', valueName: '<path>', description: T.out },
    collection: { type: 'string', valueName: '<id>', description: T.collection },
    force: { type: 'boolean', description: T.force },
  },
  examples: [
    {
      command: 'smartcity export xlsx kota-pontianak/workspace.json --out pontianak.xlsx',
      description: {
        id: 'Buku kerja Excel untuk disunting OPD (judul kolom berbahasa Indonesia)',
        en: 'An Excel workbook for agencies to edit (Indonesian headers)',
      },
    },
    {
      command: 'smartcity export csv kota-pontianak/workspace.json --out csv/ --lang en',
      description: {
        id: 'Semua koleksi sebagai CSV berbahasa Inggris (koma, titik desimal)',
        en: 'Every collection as English CSV (comma, decimal point)',
      },
    },
  ],
  async run(ctx) {
    const [format, file] = ctx.args.positionals;
    if (format === undefined || !(FORMATS as readonly string[]).includes(format)) {
      throw new CliError({ code: 'usage', what: T.needFormat, where: format, hint: T.formatHint });
    }
    if (file === undefined) throw new CliError({ code: 'usage', what: T.needWorkspace, hint: T.formatHint });
    const out = ctx.args.values.out as string | undefined;
    if (out === undefined || out === '') {
      throw new CliError({ code: 'usage', what: T.needOut, where: '--out', hint: T.needOutHint });
    }
    const collection = ctx.args.values.collection as string | undefined;
    const ids = COLLECTIONS.map((c) => c.id as string);
    if (collection !== undefined && !ids.includes(collection)) {
      throw new CliError({
        code: 'usage',
        what: T.badCollection(collection),
        where: '--collection',
        hint: T.collectionHint(ids.join(', ')),
      });
    }
    const force = ctx.args.values.force === true;
    const ws = await requireWorkspace(ctx, file);
    const lang = ctx.lang;
    const written: string[] = [];

    if (format === 'xlsx') {
      const rows = workbookRowCount(ws);
      const exportedAt = ctx.now().toISOString();
      // Build into a temporary file beside the target (streaming above the threshold), then hand the bytes to the
      // safe writer, which refuses inputs and read-only targets and replaces the target atomically.
      const target = resolve(ctx.cwd, out);
      const temp = temporaryPathFor(target);
      trackTemporary(temp);
      let bytes: Uint8Array;
      let streaming = false;
      try {
        streaming = (await writeWorkbookFile(ws, temp, { lang, exportedAt })).streaming;
        bytes = new Uint8Array(await readFile(temp));
      } finally {
        await unlink(temp).catch(() => undefined);
        releaseTemporary(temp);
      }
      const result = await writeOutput(ctx, out, bytes, { inputs: [file], force });
      written.push(result.path);
      if (ctx.json) {
        ctx.printJson({
          command: 'export',
          ok: true,
          format,
          lang,
          files: written,
          rows,
          streaming,
          bytes: bytes.byteLength,
        });
      } else {
        ctx.print(
          `${tr(T.written, lang)} ${result.path} (${rows} ${tr(T.rows, lang)}${streaming ? `, ${tr(T.streamed, lang)} > ${STREAMING_THRESHOLD_ROWS}` : ''})`,
        );
      }
      return EXIT.ok;
    }

    if (collection !== undefined) {
      const text = exportCsv(ws, collection as CollectionId, { lang });
      const result = await writeOutput(ctx, out, text, { inputs: [file], force });
      written.push(result.path);
    } else {
      const directory = resolve(ctx.cwd, out);
      const info = await stat(directory).catch(() => undefined);
      if (info && !info.isDirectory()) {
        throw new CliError({ code: 'usage', what: T.notDirectory, where: out, hint: T.notDirectoryHint });
      }
      // The folder is named by the user on the command line: create it (not its parents) when missing.
      if (!info) await mkdir(directory);
      for (const [name, text] of Object.entries(exportCsvFiles(ws, { lang }))) {
        const result = await writeOutput(ctx, join(directory, name), text, { inputs: [file], force });
        written.push(result.path);
      }
    }
    if (ctx.json) ctx.printJson({ command: 'export', ok: true, format, lang, files: written });
    else for (const path of written) ctx.print(`${tr(T.written, lang)} ${path}`);
    return EXIT.ok;
  },
};
