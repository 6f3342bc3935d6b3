import { readFile, stat } from 'node:fs/promises';
import { extname, resolve } from 'node:path';
import {
  formatSourceLocation,
  type Issue,
  isError,
  localize,
  type MergeResult,
  summarizeMerge,
  type Workspace,
} from '@smartcity/core';
import {
  DEFAULT_WORKBOOK_LIMITS,
  importCsv,
  importWorkbook,
  type WorkbookImportResult,
} from '@smartcity/spreadsheet';
import { writeOutput } from '../io/output.js';
import { requireWorkspace } from '../io/workspace.js';
import { CliError, EXIT, type ExitCode } from '../ui/errors.js';
import { tr } from '../ui/lang.js';
import { MSG } from '../ui/messages.js';
import type { CommandContext } from './types.js';

const T = {
  needFile: {
    id: 'sebutkan buku kerja (.xlsx) atau berkas CSV',
    en: 'name the workbook (.xlsx) or CSV files',
  },
  needInto: { id: '--into wajib diisi', en: '--into is required' },
  intoHint: {
    id: 'Tulis workspace tujuan, mis. --into kota-pontianak/workspace.json',
    en: 'Name the target workspace, e.g. --into kota-pontianak/workspace.json',
  },
  hint: {
    id: 'Mis. smartcity import workbook inovasi.xlsx --into workspace.json --dry-run',
    en: 'E.g. smartcity import workbook innovations.xlsx --into workspace.json --dry-run',
  },
  tooLarge: (mib: number) => ({
    id: `berkas lebih besar dari ${mib} MiB`,
    en: `the file is larger than ${mib} MiB`,
  }),
  mixed: {
    id: 'berikan satu buku kerja .xlsx, atau berkas .csv saja',
    en: 'give one .xlsx workbook, or .csv files only',
  },
  added: { id: 'Ditambahkan', en: 'Added' },
  updated: { id: 'Diubah', en: 'Updated' },
  missing: { id: 'Tidak ada di buku kerja (dipertahankan)', en: 'Not in the workbook (kept)' },
  removed: { id: 'Dihapus', en: 'Removed' },
  rejected: { id: 'Ditolak', en: 'Rejected' },
  warnings: { id: 'Peringatan', en: 'Warnings' },
  dryRun: {
    id: 'Uji coba (--dry-run): tidak ada yang ditulis.',
    en: 'Dry run (--dry-run): nothing was written.',
  },
  written: { id: 'Workspace ditulis ke', en: 'Workspace written to' },
  nothing: {
    id: 'Tidak ada perubahan; workspace tidak ditulis ulang.',
    en: 'No changes; the workspace was not rewritten.',
  },
  someRejected: (n: number) => ({
    id: `${n} sel/baris ditolak (lihat di atas); data lain yang sah sudah digabungkan.`,
    en: `${n} cells/rows were rejected (see above); everything else that is valid was merged.`,
  }),
};

async function readBytes(path: string, cwd: string): Promise<Uint8Array> {
  const full = resolve(cwd, path);
  try {
    const info = await stat(full);
    if (info.isDirectory()) throw new CliError({ code: 'is_directory', what: MSG.isDirectory, where: path });
    if (info.size > DEFAULT_WORKBOOK_LIMITS.maxFileBytes) {
      throw new CliError({
        code: 'file_too_large',
        what: T.tooLarge(DEFAULT_WORKBOOK_LIMITS.maxFileBytes / 1024 / 1024),
        where: path,
      });
    }
    return new Uint8Array(await readFile(full));
  } catch (error) {
    if (error instanceof CliError) throw error;
    const code = (error as { code?: string }).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') {
      throw new CliError({
        code: 'file_not_found',
        what: MSG.fileNotFound,
        where: path,
        hint: MSG.fileNotFoundHint,
      });
    }
    throw new CliError({ code: 'read_failed', what: MSG.readFailed(code ?? String(error)), where: path });
  }
}

function show(value: unknown): string {
  if (value === undefined) return '∅';
  const text = typeof value === 'string' ? JSON.stringify(value) : (JSON.stringify(value) ?? String(value));
  return text.length > 60 ? `${text.slice(0, 59)}…` : text;
}

function refText(ref: { collection: string; id: string; parentId?: string; label?: string }): string {
  const where = ref.parentId ? `${ref.parentId} › ` : '';
  return `${ref.collection}: ${where}${ref.id}${ref.label && ref.label !== ref.id ? ` (${ref.label})` : ''}`;
}

function issueLine(i: Issue, lang: 'id' | 'en'): string {
  const where = i.source ? formatSourceLocation(i.source, lang) : '';
  return `${where ? `${where}: ` : ''}${localize(i.message, lang)} [${i.code}]`;
}

/** The change report as JSON (documented in docs/spreadsheet.md). */
export function changeReportJson(result: WorkbookImportResult, lang: 'id' | 'en') {
  const m: MergeResult = result.merge;
  const issue = (i: Issue) => ({
    code: i.code,
    severity: isError(i) ? 'error' : 'warning',
    message: localize(i.message, lang),
    messages: { id: i.message.id, en: i.message.en },
    path: i.path,
    source: i.source ?? null,
    where: i.source ? formatSourceLocation(i.source, lang) : null,
  });
  return {
    added: m.added,
    updated: m.updated,
    missing: m.missing,
    removed: m.removed,
    unchanged: m.unchanged.length,
    counts: result.report.counts,
    rejected: result.report.issues.filter(isError).map(issue),
    warnings: result.report.issues.filter((i) => !isError(i)).map(issue),
  };
}

/** `smartcity import workbook <file…> --into <workspace.json> [--dry-run] [--remove-missing] [--json]`. */
export async function runImport(ctx: CommandContext, files: string[]): Promise<ExitCode> {
  const lang = ctx.lang;
  if (files.length === 0) throw new CliError({ code: 'usage', what: T.needFile, hint: T.hint });
  const into = ctx.args.values.into as string | undefined;
  if (into === undefined || into === '') {
    throw new CliError({ code: 'usage', what: T.needInto, where: '--into', hint: T.intoHint });
  }
  const csv = files.every((f) => extname(f).toLowerCase() === '.csv');
  if (!csv && files.length > 1)
    throw new CliError({ code: 'usage', what: T.mixed, where: files[1], hint: T.hint });
  const base: Workspace = await requireWorkspace(ctx, into);
  const options = { lang, removeMissing: ctx.args.values['remove-missing'] === true };
  let result: WorkbookImportResult;
  if (csv) {
    const texts: Record<string, string> = {};
    for (const f of files) {
      texts[f.replace(/^.*[\\/]/, '')] = new TextDecoder('utf-8').decode(await readBytes(f, ctx.cwd));
    }
    result = importCsv(base, texts, options);
  } else {
    const name = files[0]!.replace(/^.*[\\/]/, '');
    result = await importWorkbook(base, await readBytes(files[0]!, ctx.cwd), { ...options, fileName: name });
  }
  const m = result.merge;
  const errors = result.report.issues.filter(isError);
  const warnings = result.report.issues.filter((i) => !isError(i));
  const changed = m.added.length + m.updated.length + m.removed.length > 0;
  const dryRun = ctx.args.values['dry-run'] === true;
  let writtenTo: string | undefined;
  if (!dryRun && changed) {
    const text = `${JSON.stringify(m.workspace, null, 2)}\n`;
    writtenTo = (await writeOutput(ctx, into, text, { force: ctx.args.values.force === true, inputs: files }))
      .path;
  }
  if (ctx.json) {
    ctx.printJson({
      command: 'import',
      kind: 'workbook',
      ok: result.ok,
      dryRun,
      files,
      into,
      written: writtenTo ?? null,
      ...changeReportJson(result, lang),
    });
  } else {
    ctx.print(summarizeMerge(m, lang));
    if (m.added.length) {
      ctx.print(`\n${tr(T.added, lang)} (${m.added.length})`);
      for (const r of m.added) ctx.print(`  + ${refText(r)}`);
    }
    if (m.updated.length) {
      ctx.print(`\n${tr(T.updated, lang)} (${m.updated.length})`);
      for (const u of m.updated) {
        ctx.print(`  ~ ${refText(u.ref)}`);
        for (const c of u.changes) ctx.print(`      ${c.key}: ${show(c.before)} → ${show(c.after)}`);
      }
    }
    if (m.missing.length) {
      ctx.print(`\n${tr(T.missing, lang)} (${m.missing.length})`);
      for (const r of m.missing) ctx.print(`  ? ${refText(r)}`);
    }
    if (m.removed.length) {
      ctx.print(`\n${tr(T.removed, lang)} (${m.removed.length})`);
      for (const r of m.removed) ctx.print(`  - ${refText(r)}`);
    }
    if (errors.length) {
      ctx.print(`\n${tr(T.rejected, lang)} (${errors.length})`);
      for (const i of errors) ctx.print(`  ✗ ${issueLine(i, lang)}`);
    }
    if (warnings.length) {
      ctx.print(`\n${tr(T.warnings, lang)} (${warnings.length})`);
      for (const i of warnings) ctx.print(`  ! ${issueLine(i, lang)}`);
    }
    ctx.print('');
    if (dryRun) ctx.print(tr(T.dryRun, lang));
    else if (writtenTo) ctx.print(`${tr(T.written, lang)} ${writtenTo}`);
    else ctx.print(tr(T.nothing, lang));
    if (errors.length) ctx.print(tr(T.someRejected(errors.length), lang));
  }
  return errors.length > 0 ? EXIT.invalid : EXIT.ok;
}
