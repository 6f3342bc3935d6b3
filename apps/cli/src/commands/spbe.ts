// `smartcity spbe index <file|workspace.json|mysql://…> [--evaluation <id>] [--json]`: the SPBE index of an
// evaluation, every domain and aspect, self-assessed and verified side by side, with the official model's weights.
import { resolve } from 'node:path';
import {
  compareEvaluations,
  type Evaluation,
  formatNumber,
  formatPercent,
  formatScore,
  localize,
  parseWorkspaceJson,
  type Workspace,
} from '@smartcity/core';
import { computeSpbeIndex, importSpbe, type SpbeIndexBasis, type SpbeIndexView } from '@smartcity/spbe';
import { NODE_IMPORTERS, readImportSource } from '@smartcity/spbe/node';
import { CliError, EXIT } from '../ui/errors.js';
import { type CliLang, tr } from '../ui/lang.js';
import { MSG } from '../ui/messages.js';
import { renderTable } from '../ui/table.js';
import { summaryOf } from './registry.js';
import type { Command } from './types.js';

const T = {
  sub: { id: 'subperintah: index', en: 'subcommand: index' },
  source: {
    id: 'workspace JSON, berkas penilaian (CSV/XLSX) atau URL mysql://',
    en: 'workspace JSON, an assessment file (CSV/XLSX) or a mysql:// URL',
  },
  evaluation: {
    id: 'id evaluasi (bawaan: evaluasi SPBE terakhir)',
    en: 'evaluation id (default: the latest SPBE evaluation)',
  },
  badSub: (v: string) => ({
    id: `subperintah "${v}" tidak dikenal (index)`,
    en: `unknown subcommand "${v}" (index)`,
  }),
  hint: { id: 'Mis. smartcity spbe index workspace.json', en: 'E.g. smartcity spbe index workspace.json' },
  noSpbe: { id: 'tidak ada evaluasi dengan skor SPBE', en: 'no evaluation with SPBE scores' },
  noSpbeHint: {
    id: 'Impor dulu: smartcity import spbe penilaian.csv --into workspace.json',
    en: 'Import first: smartcity import spbe assessment.csv --into workspace.json',
  },
  notFound: (id: string) => ({
    id: `evaluasi "${id}" tidak ada atau tanpa skor SPBE`,
    en: `evaluation "${id}" not found or has no SPBE scores`,
  }),
  title: (model: string, year: number, id: string) => ({
    id: `Indeks SPBE ${year} (${model}) — ${id}`,
    en: `SPBE index ${year} (${model}) — ${id}`,
  }),
  provisional: {
    id: 'Bobot dan predikat model 2018 bersifat sementara (bukan dari teks peraturan).',
    en: 'The 2018 model weights and predicate bands are provisional (not from the regulation text).',
  },
  domain: { id: 'Domain / aspek', en: 'Domain / aspect' },
  weight: { id: 'Bobot', en: 'Weight' },
  self: { id: 'Mandiri', en: 'Self' },
  verified: { id: 'Verifikasi', en: 'Verified' },
  index: { id: 'Indeks SPBE', en: 'SPBE index' },
  predicate: { id: 'Predikat', en: 'Predicate' },
  coverage: { id: 'Cakupan', en: 'Coverage' },
  noPredicate: { id: 'tanpa predikat (data belum lengkap)', en: 'no predicate (incomplete data)' },
};

function num(value: number | null | undefined, lang: CliLang): string {
  return formatScore(value, lang);
}

function latestSpbe(ws: Workspace): Evaluation | undefined {
  const withSpbe = ws.evaluations.filter((e) => e.scores?.spbe);
  return withSpbe.sort(compareEvaluations).at(-1);
}

async function loadWorkspace(arg: string, cwd: string): Promise<Workspace> {
  const isUrl = /^(?:mysql|mariadb):\/\//i.test(arg);
  let source: Awaited<ReturnType<typeof readImportSource>>;
  try {
    source = await readImportSource(isUrl ? arg : resolve(cwd, arg));
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
    throw new CliError({ code: 'read_failed', what: MSG.readFailed(code ?? String(error)), where: arg });
  }
  if (source.bytes && /\.json$/i.test(source.name)) {
    const parsed = parseWorkspaceJson(new TextDecoder().decode(source.bytes));
    if (parsed.success) return parsed.data;
  }
  // Any other source: import it into an empty workspace and score what it holds.
  const empty = {
    schemaVersion: 2,
    municipality: {
      name: '-',
      kind: 'kota',
      regionCode: '00.00',
      province: '-',
      timeZone: 'Asia/Jakarta',
      regulations: [],
    },
    agencies: [],
    stakeholders: [],
    bodies: [],
    innovations: [],
    applications: [],
    evaluations: [],
    risks: [],
  } as unknown as Workspace;
  const outcome = await importSpbe([source], { into: empty, importers: NODE_IMPORTERS });
  const first = outcome.reports[0]?.issues.find((i) => i.severity === 'error');
  if (outcome.merge.workspace.evaluations.length === 0 && first) {
    throw new CliError({ code: 'invalid_source', what: first.message, where: arg, exitCode: EXIT.invalid });
  }
  return outcome.merge.workspace;
}

function basisJson(b: SpbeIndexBasis | undefined) {
  return b ?? null;
}

/** `smartcity spbe index …`. */
export const command: Command = {
  name: 'spbe',
  summary: summaryOf('spbe'),
  usage: 'spbe index <workspace.json|file|mysql://…> [--evaluation <id>]',
  positionals: [
    { name: 'index', required: true, description: T.sub },
    { name: '<source>', required: true, description: T.source },
  ],
  options: { evaluation: { type: 'string', valueName: '<id>', description: T.evaluation } },
  examples: [
    {
      command: 'smartcity spbe index kota-pontianak/workspace.json',
      description: { id: 'Indeks SPBE evaluasi terakhir', en: 'The SPBE index of the latest evaluation' },
    },
    {
      command: 'smartcity spbe index penilaian-2023.csv --json',
      description: {
        id: 'Hitung indeks langsung dari berkas penilaian',
        en: 'Compute the index straight from an assessment file',
      },
    },
  ],
  async run(ctx) {
    const [sub, arg] = ctx.args.positionals as [string, string];
    if (sub !== 'index') throw new CliError({ code: 'usage', what: T.badSub(sub), where: sub, hint: T.hint });
    const lang = ctx.lang;
    const ws = await loadWorkspace(arg, ctx.cwd);
    const wanted = ctx.args.values.evaluation as string | undefined;
    const evaluation = wanted
      ? ws.evaluations.find((e) => e.id === wanted && e.scores?.spbe)
      : latestSpbe(ws);
    if (!evaluation?.scores?.spbe) {
      throw new CliError({
        code: 'no_spbe',
        what: wanted ? T.notFound(wanted) : T.noSpbe,
        where: arg,
        hint: T.noSpbeHint,
        exitCode: EXIT.invalid,
      });
    }
    const view: SpbeIndexView = computeSpbeIndex(
      evaluation.scores.spbe as { model: string; indicators: unknown; domains?: unknown },
    );
    if (ctx.json) {
      ctx.printJson({
        command: 'spbe index',
        ok: true,
        source: arg,
        evaluation: { id: evaluation.id, cycle: evaluation.cycle, kind: evaluation.kind },
        model: view.model,
        provisional: view.provisional,
        self: basisJson(view.self),
        verified: basisJson(view.verified),
        issues: view.issues.map((i) => ({
          code: i.code,
          message: localize(i.message, lang),
          messages: i.message,
        })),
      });
      return EXIT.ok;
    }
    ctx.print(ctx.style.bold(tr(T.title(view.model, evaluation.cycle.year, evaluation.id), lang)));
    const any = view.self ?? view.verified;
    const rows: string[][] = [];
    for (const d of any?.domains ?? []) {
      const s = view.self?.domains.find((x) => x.id === d.id);
      const v = view.verified?.domains.find((x) => x.id === d.id);
      rows.push([
        ctx.style.bold(`${d.code ?? ''} ${localize(d.label, lang)}`),
        formatNumber(d.weight, { lang, decimals: 2 }),
        num(s?.rounded, lang),
        num(v?.rounded, lang),
      ]);
      for (const a of (any?.aspects ?? []).filter((x) => x.domainId === d.id)) {
        const sa = view.self?.aspects.find((x) => x.id === a.id);
        const va = view.verified?.aspects.find((x) => x.id === a.id);
        rows.push([
          `  ${a.code ?? ''} ${localize(a.label, lang)}`,
          formatNumber(a.weight, { lang, decimals: 2 }),
          num(sa?.rounded, lang),
          num(va?.rounded, lang),
        ]);
      }
    }
    ctx.print(
      renderTable([tr(T.domain, lang), tr(T.weight, lang), tr(T.self, lang), tr(T.verified, lang)], rows, {
        style: ctx.style,
        indent: 2,
        align: ['left', 'right', 'right', 'right'],
        width: ctx.width,
      }),
    );
    const predicate = (b: SpbeIndexBasis | undefined) =>
      b === undefined ? '—' : b.predicate ? localize(b.predicate, lang) : tr(T.noPredicate, lang);
    const pct = (b: SpbeIndexBasis | undefined) =>
      b === undefined ? '—' : formatPercent(b.coverage * 100, { lang, decimals: 0 });
    ctx.print(
      renderTable(
        ['', tr(T.self, lang), tr(T.verified, lang)],
        [
          [
            ctx.style.bold(tr(T.index, lang)),
            ctx.style.bold(num(view.self?.totalRounded, lang)),
            ctx.style.bold(num(view.verified?.totalRounded, lang)),
          ],
          [tr(T.predicate, lang), predicate(view.self), predicate(view.verified)],
          [tr(T.coverage, lang), pct(view.self), pct(view.verified)],
        ],
        { style: ctx.style, indent: 2, align: ['left', 'right', 'right'] },
      ),
    );
    if (view.provisional) ctx.print(`  ${ctx.style.dim(tr(T.provisional, lang))}`);
    return EXIT.ok;
  },
};
