// `smartcity import spbe <file…|mysql://…|https://…> --into <workspace.json> [--dry-run] [--json]`: legacy SPBE
// systems (self-assessments, application inventories, CKAN responses or live CKAN portals, MySQL/MariaDB databases)
// into a workspace.

import { resolve } from 'node:path';
import { formatSourceLocation, type ImportReport, type Issue, isError, localize } from '@smartcity/core';
import { importSpbe } from '@smartcity/spbe';
import { NODE_IMPORTERS, readImportSource } from '@smartcity/spbe/node';
import { writeOutput } from '../io/output.js';
import { requireWorkspace } from '../io/workspace.js';
import { CliError, EXIT, type ExitCode } from '../ui/errors.js';
import { tr } from '../ui/lang.js';
import { MSG } from '../ui/messages.js';
import type { CommandContext } from './types.js';

const T = {
  needSource: {
    id: 'sebutkan berkas sumber (CSV, XLSX, JSON CKAN), URL mysql:// atau alamat portal CKAN https://',
    en: 'name the source files (CSV, XLSX, CKAN JSON), a mysql:// URL or a CKAN portal https:// address',
  },
  needInto: { id: '--into wajib diisi', en: '--into is required' },
  hint: {
    id: 'Mis. smartcity import spbe penilaian-2023.csv aplikasi.xlsx --into workspace.json --dry-run',
    en: 'E.g. smartcity import spbe assessment-2023.csv applications.xlsx --into workspace.json --dry-run',
  },
  badYear: (v: string) => ({ id: `tahun "${v}" tidak valid`, en: `invalid year "${v}"` }),
  badDelimiter: (v: string) => ({
    id: `pemisah "${v}" tidak dikenal (, ; tab)`,
    en: `unknown delimiter "${v}" (, ; tab)`,
  }),
  source: { id: 'Sumber', en: 'Source' },
  importer: { id: 'dibaca sebagai', en: 'read as' },
  unknown: { id: 'tidak dikenali', en: 'not recognised' },
  counts: (r: ImportReport['counts']) => ({
    id: `${r.read} baris dibaca: ${r.mapped} dipetakan, ${r.extension} sebagai data tambahan, ${r.rejected} ditolak`,
    en: `${r.read} rows read: ${r.mapped} mapped, ${r.extension} kept as extension data, ${r.rejected} rejected`,
  }),
  merged: (added: number, updated: number, unchanged: number, missing: number, removed: number) => ({
    id: `${added} ditambahkan, ${updated} diubah, ${unchanged} tetap, ${missing} tidak ada di sumber (dipertahankan), ${removed} dihapus.`,
    en: `${added} added, ${updated} updated, ${unchanged} unchanged, ${missing} missing from the source (kept), ${removed} removed.`,
  }),
  errors: { id: 'Galat', en: 'Errors' },
  warnings: { id: 'Peringatan', en: 'Warnings' },
  more: (n: number) => ({ id: `… dan ${n} lagi (lihat --json)`, en: `… and ${n} more (see --json)` }),
  dryRun: {
    id: 'Uji coba (--dry-run): tidak ada yang ditulis.',
    en: 'Dry run (--dry-run): nothing was written.',
  },
  written: { id: 'Workspace ditulis ke', en: 'Workspace written to' },
  nothing: {
    id: 'Tidak ada perubahan; workspace tidak ditulis ulang.',
    en: 'No changes; the workspace was not rewritten.',
  },
  invalidResult: {
    id: 'hasil penggabungan tidak valid; workspace tidak ditulis',
    en: 'the merged workspace is not valid; nothing was written',
  },
};

const MAX_SHOWN = 25;

function issueLine(i: Issue, lang: 'id' | 'en'): string {
  const where = i.source ? formatSourceLocation(i.source, lang) : '';
  return `${where ? `${where}: ` : ''}${localize(i.message, lang)} [${i.code}]`;
}

function issueJson(i: Issue, lang: 'id' | 'en') {
  return {
    code: i.code,
    severity: isError(i) ? 'error' : 'warning',
    message: localize(i.message, lang),
    messages: { id: i.message.id, en: i.message.en },
    source: i.source ?? null,
    where: i.source ? formatSourceLocation(i.source, lang) : null,
  };
}

/** Database (`mysql://`) and portal (`http(s)://`) URLs: sources that are not files. */
const URL_SOURCE = /^(?:mysql|mariadb|https?):\/\//i;

/** The source arguments: files (relative to the working directory), database URLs or CKAN portal URLs. */
async function readSources(ctx: CommandContext, args: readonly string[]) {
  const sources = [];
  for (const arg of args) {
    const isUrl = URL_SOURCE.test(arg);
    try {
      sources.push(await readImportSource(isUrl ? arg : resolve(ctx.cwd, arg)));
    } catch (error) {
      const code = (error as { code?: string }).code;
      if (code === 'ENOENT' || code === 'ENOTDIR') {
        throw new CliError({
          code: 'file_not_found',
          what: MSG.fileNotFound,
          where: arg,
          hint: MSG.fileNotFoundHint,
        });
      }
      if (code === 'EISDIR') throw new CliError({ code: 'is_directory', what: MSG.isDirectory, where: arg });
      throw new CliError({ code: 'read_failed', what: MSG.readFailed(code ?? String(error)), where: arg });
    }
  }
  return sources;
}

/** `smartcity import spbe <file…|mysql://…|https://…> --into <workspace.json> [--dry-run] [--year YYYY] [--delimiter ;]`. */
export async function runImport(ctx: CommandContext, args: string[]): Promise<ExitCode> {
  const lang = ctx.lang;
  if (args.length === 0) throw new CliError({ code: 'usage', what: T.needSource, hint: T.hint });
  const into = ctx.args.values.into as string | undefined;
  if (into === undefined || into === '')
    throw new CliError({ code: 'usage', what: T.needInto, where: '--into', hint: T.hint });
  const yearFlag = ctx.args.values.year as string | undefined;
  if (yearFlag !== undefined && !/^(?:19|20)\d{2}$/.test(yearFlag)) {
    throw new CliError({ code: 'usage', what: T.badYear(yearFlag), where: '--year', hint: T.hint });
  }
  const delimiterFlag = ctx.args.values.delimiter as string | undefined;
  const delimiter =
    delimiterFlag === undefined
      ? undefined
      : delimiterFlag === 'tab' || delimiterFlag === '\\t'
        ? '\t'
        : delimiterFlag;
  if (delimiter !== undefined && delimiter !== ',' && delimiter !== ';' && delimiter !== '\t') {
    throw new CliError({
      code: 'usage',
      what: T.badDelimiter(delimiterFlag ?? ''),
      where: '--delimiter',
      hint: T.hint,
    });
  }
  const base = await requireWorkspace(ctx, into);
  const sources = await readSources(ctx, args);
  const outcome = await importSpbe(sources, {
    into: base,
    importers: NODE_IMPORTERS,
    year: yearFlag === undefined ? undefined : Number(yearFlag),
    delimiter,
    lang,
  });
  const m = outcome.merge;
  const mergeErrors = m.issues.filter(isError);
  const changed = m.added.length + m.updated.length + m.removed.length > 0 || outcome.extensionsChanged;
  const dryRun = ctx.args.values['dry-run'] === true;
  let writtenTo: string | undefined;
  if (!dryRun && changed && mergeErrors.length === 0) {
    const text = `${JSON.stringify(m.workspace, null, 2)}\n`;
    const files = args.filter((a) => !URL_SOURCE.test(a));
    writtenTo = (await writeOutput(ctx, into, text, { force: ctx.args.values.force === true, inputs: files }))
      .path;
  }
  const reportErrors = outcome.reports.flatMap((r) => r.issues.filter(isError));
  if (ctx.json) {
    ctx.printJson({
      command: 'import',
      kind: 'spbe',
      ok: outcome.ok && mergeErrors.length === 0,
      dryRun,
      into,
      written: writtenTo ?? null,
      sources: outcome.reports.map((r, i) => ({
        name: sources[i]?.name ?? r.source.file ?? null,
        importer: outcome.importers[i] ?? null,
        format: r.source.format ?? null,
        counts: r.counts,
        errors: r.issues.filter(isError).map((x) => issueJson(x, lang)),
        warnings: r.issues.filter((x) => !isError(x)).map((x) => issueJson(x, lang)),
      })),
      added: m.added,
      updated: m.updated,
      unchanged: m.unchanged.length,
      missing: m.missing,
      removed: m.removed,
      mergeIssues: m.issues.map((x) => issueJson(x, lang)),
    });
  } else {
    outcome.reports.forEach((r, i) => {
      const importer = outcome.importers[i];
      ctx.print(
        `${ctx.style.bold(`${tr(T.source, lang)}: ${sources[i]?.name ?? r.source.file ?? ''}`)} — ${
          importer ? `${tr(T.importer, lang)} ${importer}` : tr(T.unknown, lang)
        }`,
      );
      ctx.print(`  ${tr(T.counts(r.counts), lang)}`);
      const errors = r.issues.filter(isError);
      const warnings = r.issues.filter((x) => !isError(x));
      for (const [title, list, mark] of [
        [T.errors, errors, '✗'],
        [T.warnings, warnings, '!'],
      ] as const) {
        if (list.length === 0) continue;
        ctx.print(`  ${tr(title, lang)} (${list.length})`);
        for (const x of list.slice(0, MAX_SHOWN)) ctx.print(`    ${mark} ${issueLine(x, lang)}`);
        if (list.length > MAX_SHOWN) ctx.print(`    ${tr(T.more(list.length - MAX_SHOWN), lang)}`);
      }
    });
    ctx.print('');
    ctx.print(
      tr(
        T.merged(m.added.length, m.updated.length, m.unchanged.length, m.missing.length, m.removed.length),
        lang,
      ),
    );
    for (const x of mergeErrors) ctx.print(`  ✗ ${issueLine(x, lang)}`);
    ctx.print('');
    if (mergeErrors.length > 0) ctx.print(tr(T.invalidResult, lang));
    else if (dryRun) ctx.print(tr(T.dryRun, lang));
    else if (writtenTo) ctx.print(`${tr(T.written, lang)} ${writtenTo}`);
    else ctx.print(tr(T.nothing, lang));
  }
  return reportErrors.length > 0 || mergeErrors.length > 0 ? EXIT.invalid : EXIT.ok;
}
