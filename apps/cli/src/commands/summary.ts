import {
  formatCivilDate,
  formatDelta,
  formatNumber,
  formatPath,
  formatPercent,
  formatScore,
  INNOVATION_STATUS_LABELS,
  INNOVATION_STATUSES,
  type Issue,
  kpiProgress,
  localize,
  PILLARS,
  RISK_STATUS_LABELS,
  summarizeWorkspace,
  toCivilDate,
  type Workspace,
  type WorkspaceSummary,
} from '@smartcity/core';
import { parseUserDate, parseWholeNumber } from '../io/dates.js';
import { issueJson, requireWorkspace } from '../io/workspace.js';
import { CliError, EXIT } from '../ui/errors.js';
import { type CliLang, tr } from '../ui/lang.js';
import type { Style } from '../ui/style.js';
import { renderPairs, renderTable } from '../ui/table.js';
import { summaryOf } from './registry.js';
import type { Command } from './types.js';

const T = {
  file: { id: 'berkas workspace JSON (atau - untuk stdin)', en: 'workspace JSON file (or - for stdin)' },
  asOf: {
    id: 'tanggal ringkasan YYYY-MM-DD (bawaan: hari ini di zona waktu kota)',
    en: "summary date YYYY-MM-DD (default: today in the city's time zone)",
  },
  risks: {
    id: 'jumlah risiko teratas yang ditampilkan (bawaan 5)',
    en: 'how many top risks to show (default 5)',
  },
  badAsOf: (v: string) => ({ id: `tanggal "${v}" tidak valid`, en: `invalid date "${v}"` }),
  asOfHint: {
    id: 'Tulis sebagai YYYY-MM-DD, mis. --as-of 2024-12-31',
    en: 'Write it as YYYY-MM-DD, e.g. --as-of 2024-12-31',
  },
  badRisks: (v: string) => ({ id: `jumlah risiko "${v}" tidak valid`, en: `invalid number of risks "${v}"` }),
  risksHint: {
    id: 'Berikan bilangan bulat 0–100, mis. --risks 3',
    en: 'Give a whole number 0–100, e.g. --risks 3',
  },
  title: (city: string, asOf: string) => ({
    id: `Ringkasan ${city} — per ${asOf}`,
    en: `Summary of ${city} — as of ${asOf}`,
  }),
  regionCode: { id: 'Kode wilayah', en: 'Region code' },
  province: { id: 'Provinsi', en: 'Province' },
  zone: { id: 'Zona waktu', en: 'Time zone' },
  innovationsTitle: (n: number) => ({
    id: `Inovasi per pilar dan status (${n})`,
    en: `Innovations per pillar and status (${n})`,
  }),
  pillar: { id: 'Pilar', en: 'Pillar' },
  total: { id: 'Jumlah', en: 'Total' },
  noInnovations: { id: 'Belum ada inovasi.', en: 'No innovations yet.' },
  evaluationTitle: { id: 'Evaluasi terakhir', en: 'Latest evaluation' },
  noEvaluation: {
    id: 'Belum ada evaluasi yang memiliki skor sampai tanggal ini.',
    en: 'No scored evaluation up to this date.',
  },
  stage: { id: 'tahap', en: 'stage' },
  sci: { id: 'Indeks smart city', en: 'Smart city index' },
  noPredicate: {
    id: 'tanpa predikat resmi',
    en: 'no official predicate',
  },
  improvement: (delta: string, from: string) => ({
    id: `${delta} dari ${from}`,
    en: `${delta} from ${from}`,
  }),
  dimension: { id: 'Dimensi', en: 'Dimension' },
  weight: { id: 'Bobot', en: 'Weight' },
  score: { id: 'Skor', en: 'Score' },
  pillarsScore: { id: 'Indeks per pilar', en: 'Index per pillar' },
  spbe: { id: 'Indeks SPBE', en: 'SPBE index' },
  predicate: { id: 'predikat', en: 'predicate' },
  coverage: (pct: string) => ({ id: `cakupan ${pct}%`, en: `coverage ${pct}%` }),
  spbeFrom: (id: string) => ({ id: `dari ${id}`, en: `from ${id}` }),
  progressTitle: { id: 'Progres', en: 'Progress' },
  overall: { id: 'Keseluruhan', en: 'Overall' },
  overallNote: (n: number, missing: number) => ({
    id: `rata-rata ${n} inovasi${missing > 0 ? `; ${missing} tanpa pengukuran, tidak dihitung sebagai 0` : ''}`,
    en: `mean of ${n} innovation${n === 1 ? '' : 's'}${missing > 0 ? `; ${missing} without measurements, not counted as 0` : ''}`,
  }),
  noProgress: { id: 'belum ada pengukuran', en: 'no measurements yet' },
  innovation: { id: 'Inovasi', en: 'Innovation' },
  status: { id: 'Status', en: 'Status' },
  progress: { id: 'Progres', en: 'Progress' },
  risksTitle: { id: 'Risiko teratas', en: 'Top risks' },
  noRisks: { id: 'Tidak ada risiko terbuka.', en: 'No open risks.' },
  risk: { id: 'Risiko', en: 'Risk' },
  // Likelihood × impact: kemungkinan × dampak.
  riskScore: { id: 'Skor (K×D)', en: 'Score (L×I)' },
  level: { id: 'Tingkat', en: 'Level' },
  owner: { id: 'Pemilik', en: 'Owner' },
  overdueTitle: (n: number) => ({ id: `Terlambat dan jatuh tempo (${n})`, en: `Overdue and due (${n})` }),
  noOverdue: { id: 'Tidak ada yang terlambat.', en: 'Nothing is overdue.' },
  due: { id: 'Tenggat', en: 'Due' },
  state: { id: 'Keadaan', en: 'State' },
  what: { id: 'Keterangan', en: 'What' },
  overdue: { id: 'terlambat', en: 'overdue' },
  dueSoon: { id: 'jatuh tempo', en: 'due' },
  notes: { id: 'Catatan', en: 'Notes' },
  warning: { id: 'Peringatan', en: 'Warning' },
};

function pct(value: number, lang: CliLang): string {
  return formatPercent(value, { lang, decimals: 1 });
}

function section(title: string, style: Style): string {
  return `\n${style.bold(title)}`;
}

/**
 * The summary of a workspace at a date (the CLI's own part is only choosing the date). A date the core refuses
 * becomes a located usage error, whether the core returns issues or throws.
 */
export function buildSummary(workspace: Workspace, asOf: string, riskLimit = 5): WorkspaceSummary {
  let out: unknown;
  try {
    out = summarizeWorkspace(workspace, { asOf, riskLimit });
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    throw new CliError({
      code: 'invalid_date',
      what: T.badAsOf(asOf),
      where: '--as-of',
      hint: T.asOfHint,
      cause: error,
    });
  }
  // summarizeWorkspace returns a Result from core 0.2 on.
  if (typeof out === 'object' && out !== null && 'success' in out) {
    const result = out as { success: true; data: WorkspaceSummary } | { success: false; issues: Issue[] };
    if (result.success) return result.data;
    const first = result.issues[0];
    throw new CliError({
      code: first?.code ?? 'invalid_date',
      what: first?.message ?? T.badAsOf(asOf),
      where: '--as-of',
      hint: T.asOfHint,
    });
  }
  return out as WorkspaceSummary;
}

/**
 * How far past its target a KPI's latest measurement may go before the summary warns: progress is shown clamped
 * to 100%, so 350% (a typo such as 9000 for 90, or a target that was set too low) would otherwise go unnoticed.
 */
export const FAR_OVER_TARGET_PERCENT = 200;

/** Warnings for KPIs whose latest measurement (as of the date) is far past the target. */
export function kpiWarnings(workspace: Workspace, asOf: string): Issue[] {
  const out: Issue[] = [];
  workspace.innovations.forEach((innovation, i) => {
    innovation.kpis.forEach((kpi, k) => {
      const progress = kpiProgress(kpi, { asOf });
      if (progress.raw === null || progress.raw <= FAR_OVER_TARGET_PERCENT || !progress.latest) return;
      const raw = Math.round(progress.raw);
      const value = progress.latest.value;
      out.push({
        path: ['innovations', i, 'kpis', k],
        code: 'kpi_far_over_target',
        severity: 'warning',
        message: {
          id: `KPI "${kpi.name}" (${innovation.name}): pengukuran ${progress.latest.date} bernilai ${value}, jauh melewati target ${kpi.target.value} (progres ${raw}%, ditampilkan 100%); periksa nilai atau targetnya`,
          en: `KPI "${kpi.name}" (${innovation.name}): the ${progress.latest.date} measurement is ${value}, far past the target ${kpi.target.value} (progress ${raw}%, shown as 100%); check the value or the target`,
        },
      } as Issue);
    });
  });
  return out;
}

/** The `summary --json` document (also `summary.json` in the demo). */
export function summaryJson(
  file: string | null,
  summary: WorkspaceSummary,
  warnings: readonly Issue[] = [],
  lang: CliLang = 'id',
) {
  return {
    command: 'summary' as const,
    ok: true as const,
    file,
    asOf: summary.asOf,
    summary,
    warnings: warnings.map((w) => issueJson(w, lang)),
  };
}

/** The summary as text: aligned sections, in one language. */
export function renderSummary(s: WorkspaceSummary, lang: CliLang, style: Style, width?: number): string {
  const L = (text: { id: string; en: string }) => localize(text, lang);
  const out: string[] = [];
  out.push(style.bold(tr(T.title(L(s.municipality.label), formatCivilDate(s.asOf, lang)), lang)));
  out.push(
    renderPairs(
      [
        [tr(T.regionCode, lang), s.municipality.regionCode],
        [tr(T.province, lang), s.municipality.province],
        [tr(T.zone, lang), s.municipality.timeZone],
      ],
      { style, indent: 2 },
    ),
  );

  // Innovations per pillar × status.
  out.push(section(tr(T.innovationsTitle(s.innovations.total), lang), style));
  if (s.innovations.total === 0) out.push(`  ${tr(T.noInnovations, lang)}`);
  else {
    const statuses = INNOVATION_STATUSES;
    out.push(
      renderTable(
        [tr(T.pillar, lang), ...statuses.map((st) => L(INNOVATION_STATUS_LABELS[st])), tr(T.total, lang)],
        [
          ...s.innovations.byPillar.map((row) => [
            L(row.label),
            ...statuses.map((st) => (row.byStatus[st] === 0 ? '·' : String(row.byStatus[st]))),
            String(row.total),
          ]),
          [
            style.bold(tr(T.total, lang)),
            ...statuses.map((st) => String(s.innovations.byStatus[st])),
            style.bold(String(s.innovations.total)),
          ],
        ],
        { style, indent: 2, align: ['left', ...statuses.map(() => 'right' as const), 'right'] },
      ),
    );
  }

  // Latest evaluation and its scores.
  out.push(section(tr(T.evaluationTitle, lang), style));
  const e = s.latestEvaluation;
  if (!e) out.push(`  ${tr(T.noEvaluation, lang)}`);
  else {
    const cycle = `${e.cycle.year}${e.cycle.stage ? ` ${tr(T.stage, lang)} ${e.cycle.stage}` : ''}`;
    const head = [L(e.kindLabel), cycle, e.date, e.title].filter(Boolean).join(' · ');
    out.push(`  ${head}  ${style.dim(`(${e.id})`)}`);
    const sci = e.smartCityIndex;
    if (sci) {
      const total = formatScore(sci.totalRounded, lang);
      const change =
        sci.improvement?.deltaRounded != null && e.previousId
          ? `  (${tr(T.improvement(formatDelta(sci.improvement.deltaRounded, { lang }), e.previousId), lang)})`
          : '';
      out.push(
        `  ${style.bold(tr(T.sci, lang))}  ${style.bold(total)} / 5  ${style.dim(tr(T.noPredicate, lang))}${change}`,
      );
      out.push(
        renderTable(
          [tr(T.dimension, lang), tr(T.weight, lang), tr(T.score, lang)],
          sci.groups.map((g) => [
            L(g.label),
            String(sci.weights[g.id as keyof typeof sci.weights] ?? g.weight),
            formatScore(g.rounded, lang),
          ]),
          { style, indent: 4, align: ['left', 'right', 'right'] },
        ),
      );
      const pillars = sci.pillars.filter((p) => p.rounded !== null);
      if (pillars.length > 0) {
        out.push(`  ${tr(T.pillarsScore, lang)}:`);
        out.push(
          renderTable(
            [tr(T.pillar, lang), tr(T.score, lang)],
            sci.pillars.map((p) => [L(p.label), formatScore(p.rounded, lang)]),
            { style, indent: 4, align: ['left', 'right'] },
          ),
        );
      }
    }
    const spbe = e.spbe;
    if (spbe) {
      const total = formatScore(spbe.totalRounded, lang);
      const predicate = spbe.predicate
        ? `${tr(T.predicate, lang)} ${style.bold(L(spbe.predicate.label))}`
        : '';
      out.push(
        `  ${style.bold(tr(T.spbe, lang))}  ${style.bold(total)} / 5  ${predicate}  ${style.dim(tr(T.coverage(formatNumber(spbe.coverage * 100, { lang, decimals: 0 })), lang))}${e.spbeEvaluationId && e.spbeEvaluationId !== e.id ? style.dim(`  (${tr(T.spbeFrom(e.spbeEvaluationId), lang)})`) : ''}`,
      );
    }
  }

  // Progress.
  out.push(section(tr(T.progressTitle, lang), style));
  const counted = s.progress.counted;
  out.push(
    `  ${tr(T.overall, lang)}: ${
      s.progress.overall === null ? tr(T.noProgress, lang) : style.bold(pct(s.progress.overall, lang))
    }  ${style.dim(`(${tr(T.overallNote(counted, s.progress.missing.length), lang)})`)}`,
  );
  if (s.progress.innovations.length > 0) {
    const pillarLabel = new Map(PILLARS.map((p) => [p.id as string, L(p.shortLabel)]));
    out.push(
      renderTable(
        [tr(T.innovation, lang), tr(T.pillar, lang), tr(T.status, lang), tr(T.progress, lang)],
        s.progress.innovations.map((i) => [
          i.name,
          pillarLabel.get(i.pillarId) ?? i.pillarId,
          L(INNOVATION_STATUS_LABELS[i.status]),
          i.progress === null ? '—' : pct(i.progress, lang),
        ]),
        { style, indent: 2, align: ['left', 'left', 'left', 'right'] },
      ),
    );
  }

  // Top risks.
  out.push(section(tr(T.risksTitle, lang), style));
  if (s.topRisks.length === 0) out.push(`  ${tr(T.noRisks, lang)}`);
  else {
    out.push(
      renderTable(
        [tr(T.risk, lang), tr(T.riskScore, lang), tr(T.level, lang), tr(T.status, lang), tr(T.owner, lang)],
        s.topRisks.map((r) => [
          r.title,
          `${r.score} (${r.likelihood}×${r.impact})`,
          L(r.levelLabel),
          L(RISK_STATUS_LABELS[r.status]),
          r.owner,
        ]),
        { style, indent: 2, align: ['left', 'right', 'left', 'left', 'left'] },
      ),
    );
  }

  // Overdue and due items.
  out.push(section(tr(T.overdueTitle(s.overdue.length), lang), style));
  if (s.overdue.length === 0) out.push(`  ${tr(T.noOverdue, lang)}`);
  else {
    out.push(
      renderTable(
        [tr(T.due, lang), tr(T.state, lang), tr(T.what, lang)],
        s.overdue.map((o) => [
          o.dueDate,
          o.severity === 'overdue' ? style.red(tr(T.overdue, lang)) : style.yellow(tr(T.dueSoon, lang)),
          L(o.message),
        ]),
        { style, indent: 2, width },
      ),
    );
  }

  if (s.issues.length > 0) {
    out.push(section(tr(T.notes, lang), style));
    for (const item of s.issues) out.push(`  ${formatPath(item.path)}: ${L(item.message)}`);
  }
  return out.join('\n');
}

/** `smartcity summary <workspace.json> [--as-of YYYY-MM-DD] [--risks N]`. */
export const command: Command = {
  name: 'summary',
  summary: summaryOf('summary'),
  usage: 'summary <workspace.json> [--as-of YYYY-MM-DD] [--risks N]',
  positionals: [{ name: '<workspace.json>', required: true, description: T.file }],
  options: {
    'as-of': { type: 'string', valueName: '<YYYY-MM-DD>', description: T.asOf },
    risks: { type: 'string', valueName: '<N>', description: T.risks },
  },
  examples: [
    {
      command: 'smartcity summary kota-pontianak/workspace.json',
      description: { id: 'Ringkasan per hari ini', en: 'Summary as of today' },
    },
    {
      command: 'smartcity summary kota-pontianak/workspace.json --as-of 2023-12-31 --lang en --json',
      description: {
        id: 'Ringkasan akhir tahun 2023 sebagai JSON, label dalam bahasa Inggris',
        en: 'The end-of-2023 summary as JSON, labels in English',
      },
    },
  ],
  async run(ctx) {
    const file = ctx.args.positionals[0]!;
    const asOfFlag = ctx.args.values['as-of'] as string | undefined;
    // Dates are checked here, before the core sees them, so a bad one is a located usage error in one language.
    const asOfGiven = asOfFlag === undefined ? undefined : parseUserDate(asOfFlag, '--as-of');
    const risksFlag = ctx.args.values.risks as string | undefined;
    const riskLimit =
      risksFlag === undefined
        ? 5
        : parseWholeNumber(risksFlag, '--risks', { min: 0, max: 100, example: '--risks 3' });
    const workspace = await requireWorkspace(ctx, file);
    const asOf = asOfGiven ?? toCivilDate(ctx.now(), workspace.municipality.timeZone);
    const summary = buildSummary(workspace, asOf, riskLimit);
    const warnings = kpiWarnings(workspace, asOf);
    if (ctx.json) {
      ctx.printJson(summaryJson(file, summary, warnings, ctx.lang));
    } else {
      ctx.print(renderSummary(summary, ctx.lang, ctx.style, ctx.width));
      for (const w of warnings)
        ctx.note(`${tr(T.warning, ctx.lang)} (${formatPath(w.path)}): ${localize(w.message, ctx.lang)}`);
    }
    return EXIT.ok;
  },
};
