/** The evaluation report of one city for one cycle. Internal. */
import {
  EVALUATION_KIND_LABELS,
  HORIZON_LABELS,
  INNOVATION_STATUS_LABELS,
  INNOVATION_STATUSES,
  type Issue,
  issue,
  type Lang,
  PILLARS,
  programmeCalendar,
  programmeProgress,
  type Result,
  RISK_LEVEL_LABELS,
  RISK_STATUS_LABELS,
  riskLevel,
  riskScore,
  type SmartCityIndexScore,
  SPBE_BASES,
  type SpbeBasis,
  scoreEvaluation,
  scoreEvaluations,
  scoreSmartCityIndex,
  spbeLevelNames,
  summarizeWorkspace,
  upcomingMilestones,
  type Workspace,
  type WorkspaceSummary,
} from '@smartcity/core';
import { barChart, radarChart, riskHeatmap, statusBars, trendChart } from '../charts/index.js';
import type { Block, Cell, ReportDocument, Section, TableBlock } from '../document.js';
import * as f from '../format.js';
import type { ResolvedTheme } from '../theme.js';
import {
  badCycle,
  type CycleKey,
  compareCycle,
  cycleKey,
  cycleLabel,
  fieldLabel,
  findingText,
  indexHistory,
  L,
  levelGains,
  municipalityLabel,
  parseCycle,
  type SpbeView,
  scoredEvaluations,
  spbeOf,
} from './common.js';

/** Options shared by the builders. Internal. */
export interface BuildContext {
  lang: Lang;
  asOf: string;
  cycle?: string;
  theme: ResolvedTheme;
}

const T = {
  title: { id: 'Laporan Evaluasi Smart City', en: 'Smart City Evaluation Report' },
  subtitle: (city: string, cycle: string, asOf: string) => ({
    id: `${city} · ${cycle} · per ${asOf}`,
    en: `${city} · ${cycle} · as of ${asOf}`,
  }),
  noCycle: { id: 'belum ada evaluasi berskor', en: 'no scored evaluation yet' },
  summary: { id: 'Ringkasan', en: 'Summary' },
  sci: { id: 'Indeks smart city', en: 'Smart city index' },
  spbe: { id: 'Indeks SPBE', en: 'SPBE index' },
  innovations: { id: 'Inovasi', en: 'Innovations' },
  progress: { id: 'Progres rata-rata', en: 'Average progress' },
  overdue: { id: 'Terlambat', en: 'Overdue' },
  openRisks: { id: 'Risiko terbuka', en: 'Open risks' },
  of5: { id: 'dari 5', en: 'out of 5' },
  noPrevious: { id: 'tanpa siklus sebelumnya', en: 'no previous cycle' },
  publishedBase: {
    id: 'Pembandingnya adalah total resmi yang dipublikasikan untuk siklus itu.',
    en: 'The comparison is with the official total published for that cycle.',
  },
  sincePrevious: (d: string, c: string) => ({ id: `${d} sejak ${c}`, en: `${d} since ${c}` }),
  items: { id: 'butir', en: 'items' },
  evaluationLine: (kind: string, cycle: string, date: string, title: string) => ({
    id: `Evaluasi: ${kind}, ${cycle}${date ? `, ${date}` : ''}${title ? ` — ${title}` : ''}.`,
    en: `Evaluation: ${kind}, ${cycle}${date ? `, ${date}` : ''}${title ? ` — ${title}` : ''}.`,
  }),
  assessors: { id: 'Penilai', en: 'Assessors' },
  gapsPointer: (n: number) => ({
    id: `Ada ${n} kesenjangan data yang memengaruhi angka di laporan ini; lihat bagian "Kesenjangan data".`,
    en: `There ${n === 1 ? 'is 1 data gap' : `are ${n} data gaps`} affecting the figures in this report; see "Data gaps".`,
  }),
  noEvaluation: {
    id: 'Belum ada evaluasi berskor sampai tanggal laporan, sehingga indeks tidak dapat dilaporkan.',
    en: 'There is no scored evaluation up to the report date, so no index can be reported.',
  },
  indexSection: { id: 'Indeks smart city dan dimensinya', en: 'Smart city index and its dimensions' },
  indexIntro: (total: string, weights: string) => ({
    id: `Indeks smart city ${total} (skala 0–5) adalah rata-rata berbobot lima dimensi evaluasi dengan bobot ${weights}. Kolom "Kontribusi" menunjukkan berapa poin indeks yang disumbang tiap dimensi. Indeks ini tidak memiliki predikat resmi.`,
    en: `The smart city index ${total} (scale 0–5) is the weighted mean of five evaluation dimensions weighted ${weights}. The "Contribution" column shows how many index points each dimension adds. The index has no official predicate.`,
  }),
  dimension: { id: 'Dimensi', en: 'Dimension' },
  weight: { id: 'Bobot (%)', en: 'Weight (%)' },
  score: { id: 'Skor', en: 'Score' },
  contribution: { id: 'Kontribusi', en: 'Contribution' },
  change: { id: 'Perubahan', en: 'Change' },
  previous: { id: 'Sebelumnya', en: 'Previous' },
  dimChartTitle: { id: 'Skor lima dimensi evaluasi', en: 'Scores of the five evaluation dimensions' },
  dimChartDesc: (list: string) => ({
    id: `Diagram batang skor dimensi pada skala 0–5: ${list}.`,
    en: `Bar chart of the dimension scores on the 0–5 scale: ${list}.`,
  }),
  pillarsSection: { id: 'Indeks per pilar dan pendorongnya', en: 'Pillar indices and what drove them' },
  pillarsIntro: {
    id: 'Indeks enam pilar dilaporkan di samping indeks smart city (tidak dibobotkan ke dalamnya). Jumlah inovasi dan progres rata-ratanya menunjukkan apa yang mendorong tiap pilar.',
    en: 'The six pillar indices are reported beside the smart city index (not weighted into it). The number of innovations and their average progress show what drove each pillar.',
  },
  pillar: { id: 'Pilar', en: 'Pillar' },
  index: { id: 'Indeks', en: 'Index' },
  vsAverage: { id: 'Selisih dari rata-rata pilar', en: 'Difference from pillar average' },
  innovationCount: { id: 'Inovasi', en: 'Innovations' },
  avgProgress: { id: 'Progres', en: 'Progress' },
  radarTitle: { id: 'Indeks enam pilar smart city', en: 'Indices of the six smart city pillars' },
  radarDesc: (list: string) => ({
    id: `Diagram radar indeks pilar pada skala 0–5: ${list}.`,
    en: `Radar chart of the pillar indices on the 0–5 scale: ${list}.`,
  }),
  changeSection: { id: 'Perubahan dari siklus sebelumnya', en: 'Change from the previous cycle' },
  changeUp: (from: string, to: string, d: string, c: string) => ({
    id: `Indeks berubah dari ${from} pada ${c} menjadi ${to} (${d}).`,
    en: `The index went from ${from} in ${c} to ${to} (${d}).`,
  }),
  changeNone: {
    id: 'Tidak ada evaluasi berskor sebelumnya, sehingga perubahan belum dapat dihitung.',
    en: 'There is no earlier scored evaluation, so no change can be computed yet.',
  },
  cycle: { id: 'Siklus', en: 'Cycle' },
  trendTitle: { id: 'Indeks smart city per siklus', en: 'Smart city index per cycle' },
  trendDesc: (list: string) => ({
    id: `Diagram garis indeks smart city per siklus evaluasi: ${list}.`,
    en: `Line chart of the smart city index per evaluation cycle: ${list}.`,
  }),
  spbeSection: { id: 'Indeks SPBE', en: 'SPBE index' },
  spbeModel: (name: string) => ({
    id: `Model penilaian: ${name}. Skor mandiri dan terverifikasi ditampilkan berdampingan.`,
    en: `Assessment model: ${name}. Self-assessed and verified scores are shown side by side.`,
  }),
  noPredicate: { id: 'tanpa predikat (data belum lengkap)', en: 'no predicate (incomplete data)' },
  spbeNone: {
    id: 'Belum ada skor SPBE sampai siklus ini.',
    en: 'There are no SPBE scores up to this cycle.',
  },
  spbeFrom: (c: string) => ({
    id: `Skor SPBE berasal dari evaluasi ${c} (SPBE dinilai pada siklusnya sendiri).`,
    en: `The SPBE scores come from the ${c} evaluation (SPBE is assessed on its own cycle).`,
  }),
  self: { id: 'Mandiri', en: 'Self-assessed' },
  verified: { id: 'Terverifikasi', en: 'Verified' },
  predicate: { id: 'Predikat', en: 'Predicate' },
  coverage: { id: 'Cakupan', en: 'Coverage' },
  domain: { id: 'Domain / aspek', en: 'Domain / aspect' },
  domainChartTitle: { id: 'Indeks per domain SPBE', en: 'Index per SPBE domain' },
  domainChartDesc: (list: string) => ({
    id: `Diagram batang indeks domain SPBE, mandiri dan terverifikasi: ${list}.`,
    en: `Bar chart of the SPBE domain indices, self-assessed and verified: ${list}.`,
  }),
  indicators: { id: 'Indikator', en: 'Indicators' },
  indicator: { id: 'Indikator', en: 'Indicator' },
  code: { id: 'Kode', en: 'Code' },
  innovationsSection: { id: 'Inovasi per pilar dan status', en: 'Innovations by pillar and status' },
  statusTitle: { id: 'Inovasi per pilar menurut status', en: 'Innovations per pillar by status' },
  statusDesc: (n: number) => ({
    id: `Diagram batang bertumpuk jumlah inovasi per pilar menurut status; total ${n} inovasi.`,
    en: `Stacked bar chart of innovations per pillar by status; ${n} innovations in total.`,
  }),
  innovation: { id: 'Inovasi', en: 'Innovation' },
  status: fieldLabel('innovations', 'status', { id: 'Status', en: 'Status' }),
  agency: fieldLabel('innovations', 'agencyId', { id: 'Perangkat daerah', en: 'Agency' }),
  horizon: fieldLabel('innovations', 'horizon', { id: 'Jangka', en: 'Horizon' }),
  total: { id: 'Jumlah', en: 'Total' },
  noInnovations: { id: 'Belum ada inovasi.', en: 'No innovations yet.' },
  quickWins: { id: 'Quick win', en: 'Quick wins' },
  quickWinIntro: {
    id: 'Inovasi berjangka quick win: hasil cepat yang dinilai pada dimensi Quick Win.',
    en: 'Innovations with the quick-win horizon: early results assessed in the Quick Win dimension.',
  },
  noQuickWins: { id: 'Tidak ada inovasi quick win.', en: 'No quick-win innovations.' },
  end: fieldLabel('innovations', 'endDate', { id: 'Selesai', en: 'Ends' }),
  calendarSection: { id: 'Agenda dan keterlambatan', en: 'Upcoming and overdue' },
  upcoming: { id: 'Agenda mendatang', en: 'Upcoming' },
  noUpcoming: { id: 'Tidak ada agenda mendatang pada tahun ini.', en: 'Nothing upcoming this year.' },
  date: { id: 'Tanggal', en: 'Date' },
  event: { id: 'Kegiatan', en: 'Event' },
  overdueTitle: { id: 'Terlambat dan jatuh tempo', en: 'Overdue and due' },
  noOverdue: { id: 'Tidak ada yang terlambat.', en: 'Nothing is overdue.' },
  due: { id: 'Tenggat', en: 'Due' },
  state: { id: 'Keadaan', en: 'State' },
  overdueState: { id: 'terlambat', en: 'overdue' },
  dueState: { id: 'jatuh tempo', en: 'due' },
  risksSection: { id: 'Peta risiko', en: 'Risk heat map' },
  likelihood: { id: 'Kemungkinan', en: 'Likelihood' },
  impact: { id: 'Dampak', en: 'Impact' },
  heatTitle: { id: 'Peta panas risiko 5×5', en: '5×5 risk heat map' },
  heatDesc: (n: number) => ({
    id: `Jumlah risiko terbuka menurut kemungkinan (1–5, ke atas) dan dampak (1–5, ke kanan); ${n} risiko.`,
    en: `Open risks by likelihood (1–5, upwards) and impact (1–5, to the right); ${n} risks.`,
  }),
  risk: fieldLabel('risks', 'title', { id: 'Risiko', en: 'Risk' }),
  riskScore: { id: 'Skor (K×D)', en: 'Score (L×I)' },
  level: { id: 'Tingkat', en: 'Level' },
  owner: fieldLabel('risks', 'ownerAgencyId', { id: 'Pemilik', en: 'Owner' }),
  mitigation: fieldLabel('risks', 'mitigation', { id: 'Mitigasi', en: 'Mitigation' }),
  noRisks: { id: 'Tidak ada risiko terbuka.', en: 'No open risks.' },
  findingsSection: { id: 'Temuan dan rekomendasi', en: 'Findings and recommendations' },
  strengths: { id: 'Kekuatan', en: 'Strengths' },
  weaknesses: { id: 'Kelemahan', en: 'Weaknesses' },
  recommendations: { id: 'Rekomendasi', en: 'Recommendations' },
  noneRecorded: { id: 'Tidak ada yang dicatat.', en: 'None recorded.' },
  improveSection: { id: 'Yang perlu ditingkatkan berikutnya', en: 'Where to improve next' },
  improveSpbe: {
    id: 'Indikator SPBE dengan kenaikan indeks terbesar',
    en: 'SPBE indicators that would raise the index most',
  },
  improveSpbeIntro: (basis: string) => ({
    id: `Kenaikan satu tingkat kematangan pada indikator berikut menaikkan indeks SPBE (${basis}) paling banyak, menurut bobot resmi.`,
    en: `Raising these indicators by one maturity level would raise the SPBE index (${basis}) the most, by the official weights.`,
  }),
  level0: { id: 'Tingkat kini', en: 'Current level' },
  nextLevel: { id: 'Tingkat berikut', en: 'Next level' },
  gain: { id: 'Kenaikan indeks', en: 'Index gain' },
  gainsUnavailable: {
    id: 'Kenaikan per indikator belum tersedia: core yang terpasang belum menghitungnya.',
    en: 'Gains per indicator are not available: the installed core does not compute them yet.',
  },
  noGains: { id: 'Tidak ada indikator yang dapat dinaikkan.', en: 'No indicator can be raised further.' },
  improveDims: {
    id: 'Dimensi dan pilar di bawah rata-rata kota sendiri',
    en: "Dimensions and pillars below the city's own average",
  },
  improveDimsIntro: (total: string, mean: string) => ({
    id: `Dimensi dibandingkan dengan indeks kota (${total}, rata-rata berbobot dimensinya); pilar dengan rata-rata indeks pilarnya (${mean}). Yang paling jauh di bawah tercantum pertama.`,
    en: `Dimensions are compared with the city's index (${total}, the weighted mean of its dimensions); pillars with the mean of its pillar indices (${mean}). The furthest below come first.`,
  }),
  item: { id: 'Dimensi atau pilar', en: 'Dimension or pillar' },
  kind: { id: 'Jenis', en: 'Kind' },
  dimKind: { id: 'dimensi', en: 'dimension' },
  pillarKind: { id: 'pilar', en: 'pillar' },
  belowBy: { id: 'Di bawah rata-rata', en: 'Below average by' },
  nothingBelow: {
    id: 'Tidak ada dimensi atau pilar di bawah rata-rata.',
    en: 'No dimension or pillar is below the average.',
  },
  gapsSection: { id: 'Kesenjangan data', en: 'Data gaps' },
  noGaps: {
    id: 'Tidak ada kesenjangan data: semua angka dihitung dari data yang lengkap.',
    en: 'No data gaps: every figure is computed from complete data.',
  },
  colophon: (asOf: string) => ({
    id: `Dibuat oleh @smartcity/report dari workspace kota per ${asOf}. Semua skor dihitung oleh @smartcity/core; laporan ini hanya menyajikannya.`,
    en: `Made by @smartcity/report from the city's workspace as of ${asOf}. Every score is computed by @smartcity/core; this report only presents it.`,
  }),
};

type Gap = string;

function pct(value: number | null, lang: Lang): string {
  return f.percent(value, lang, 0);
}

function summarize(ws: Workspace, asOf: string): { summary: WorkspaceSummary | null; issues: Issue[] } {
  const r = summarizeWorkspace(ws, { asOf });
  return r.success ? { summary: r.data, issues: [] } : { summary: null, issues: r.issues };
}

/** Builds the evaluation report document. Internal. */
export function buildEvaluation(ws: Workspace, ctx: BuildContext): Result<ReportDocument> {
  const { lang, asOf } = ctx;
  const scored = scoredEvaluations(ws, asOf);
  let wanted: CycleKey | null = null;
  if (ctx.cycle !== undefined) {
    wanted = parseCycle(ctx.cycle);
    if (!wanted) return { success: false, issues: [badCycle(ctx.cycle)] };
  }
  const inCycle = wanted
    ? scored.filter((e) => e.cycle.year === wanted.year && (e.cycle.stage ?? null) === (wanted.stage ?? null))
    : scored;
  const evaluation = inCycle.at(-1);
  if (wanted && !evaluation) {
    const available = [...new Set(scored.map((e) => cycleKey(e.cycle)))].join(', ') || '—';
    return {
      success: false,
      issues: [
        issue(['cycle'], 'unknown_reference', {
          id: `Tidak ada evaluasi berskor untuk siklus ${ctx.cycle} sampai ${asOf}; siklus yang ada: ${available}`,
          en: `No scored evaluation for cycle ${ctx.cycle} up to ${asOf}; cycles available: ${available}`,
        }),
      ],
    };
  }
  const { summary, issues: summaryIssues } = summarize(ws, asOf);
  if (!summary) return { success: false, issues: summaryIssues };

  const city = municipalityLabel(ws, lang);
  const gaps: Gap[] = [];
  const history = indexHistory(scored);
  const at = evaluation ? history.findIndex((e) => compareCycle(e.cycle, evaluation.cycle) === 0) : -1;
  const previousEval = evaluation?.scores.smartCityIndex
    ? history.filter((e) => compareCycle(e.cycle, evaluation.cycle) < 0).at(-1)
    : undefined;
  const sci: SmartCityIndexScore | null = evaluation?.scores.smartCityIndex
    ? scoreSmartCityIndex(evaluation.scores.smartCityIndex, {
        ...(previousEval?.scores.smartCityIndex ? { previous: previousEval.scores.smartCityIndex } : {}),
      })
    : null;
  // The change of the index as the core scores it: against the nearest earlier evaluation's published total when
  // it has one, else against the index computed from its inputs.
  const indexChange = evaluation?.scores.smartCityIndex
    ? scoreEvaluation(evaluation, { previous: scored }).smartCityIndex?.improvement
    : undefined;
  const changeFrom = indexChange ? scored.find((e) => e.id === indexChange.previousEvaluationId) : undefined;
  const changeFromText = changeFrom ? cycleLabel(changeFrom.cycle, lang) : '';
  const indexTotal = sci ? (sci.totalRounded ?? sci.publishedTotal ?? null) : null;
  const spbeSource = evaluation
    ? scored.filter((e) => e.scores.spbe && compareCycle(e.cycle, evaluation.cycle) <= 0).at(-1)
    : undefined;
  const spbe: SpbeView | null = spbeSource ? spbeOf(spbeSource) : null;
  const cycleText = evaluation ? cycleLabel(evaluation.cycle, lang) : L(T.noCycle, lang);
  const prevCycle = previousEval ? cycleLabel(previousEval.cycle, lang) : '';
  const colors = { primary: ctx.theme.colors.primary, accent: ctx.theme.colors.accent };

  // Progress per pillar (the core's roll-up over the pillar's innovations still running).
  const pillarProgress = new Map(
    PILLARS.map((p) => {
      const list = ws.innovations.filter((i) => i.pillarId === p.id && i.status !== 'discontinued');
      return [p.id as string, { count: list.length, progress: programmeProgress(list, { asOf }).progress }];
    }),
  );

  const sections: Section[] = [];

  // --- Index and dimensions --------------------------------------------------------------------------------
  const indexBlocks: Block[] = [];
  const indexSubs: Section[] = [];
  if (sci) {
    const weights = sci.groups
      .map((g) => `${L(g.label, lang)} ${f.num(sci.weights[g.id as keyof typeof sci.weights], lang)}`)
      .join(', ');
    indexBlocks.push({
      type: 'paragraph',
      content: [L(T.indexIntro(f.score(sci.totalRounded, lang), weights), lang)],
    });
    const dimTable: TableBlock = {
      type: 'table',
      caption: L(T.dimChartTitle, lang),
      columns: [
        { label: L(T.dimension, lang) },
        { label: L(T.weight, lang), align: 'right' },
        { label: L(T.score, lang), align: 'right' },
        { label: L(T.contribution, lang), align: 'right' },
        ...(previousEval
          ? [
              { label: L(T.previous, lang), align: 'right' as const },
              { label: L(T.change, lang), align: 'right' as const },
            ]
          : []),
      ],
      rows: sci.groups.map((g) => [
        L(g.label, lang),
        f.num(sci.weights[g.id as keyof typeof sci.weights], lang),
        f.score(g.rounded, lang),
        f.score(g.contribution, lang),
        ...(previousEval
          ? [f.score(g.improvement?.previous, lang), f.delta(g.improvement?.deltaRounded, lang)]
          : []),
      ]),
    };
    dimTable.rows.push([
      { text: L(T.sci, lang), strong: true },
      '100',
      { text: f.score(sci.totalRounded, lang), strong: true },
      f.score(sci.total, lang),
      ...(previousEval
        ? [f.score(sci.improvement?.previous, lang), f.delta(sci.improvement?.deltaRounded, lang)]
        : []),
    ]);
    const series = [cycleText, ...(previousEval ? [prevCycle] : [])];
    indexBlocks.push({
      type: 'chart',
      chart: barChart({
        id: 'dimensions',
        title: L(T.dimChartTitle, lang),
        description: L(
          T.dimChartDesc(sci.groups.map((g) => `${L(g.label, lang)} ${f.score(g.rounded, lang)}`).join('; ')),
          lang,
        ),
        series,
        bars: sci.groups.map((g) => ({
          label: L(g.label, lang),
          values: [g.index, ...(previousEval ? [g.improvement?.previous ?? null] : [])],
          displays: [
            f.score(g.rounded, lang),
            ...(previousEval ? [f.score(g.improvement?.previous, lang)] : []),
          ],
        })),
        max: 5,
        colors,
      }),
      table: dimTable,
    });
    for (const g of sci.groups) {
      if (g.index === null)
        gaps.push(
          L(
            {
              id: `Dimensi ${L(g.label, 'id')} tidak memiliki skor; indeks adalah rata-rata berbobot dimensi yang ada saja (cakupan ${pct(sci.coverage * 100, 'id')}), bukan nol untuk dimensi ini.`,
              en: `The ${L(g.label, 'en')} dimension has no score; the index is the weighted mean of the dimensions present only (coverage ${pct(sci.coverage * 100, 'en')}), not zero for it.`,
            },
            lang,
          ),
        );
    }

    // Pillars.
    const pillarBlocks: Block[] = [{ type: 'paragraph', content: [L(T.pillarsIntro, lang)] }];
    const present = sci.pillars.filter((p) => p.value !== null);
    const mean = present.length > 0 ? present.reduce((a, p) => a + (p.value ?? 0), 0) / present.length : null;
    const pillarTable: TableBlock = {
      type: 'table',
      caption: L(T.radarTitle, lang),
      columns: [
        { label: L(T.pillar, lang) },
        { label: L(T.index, lang), align: 'right' },
        ...(previousEval ? [{ label: L(T.change, lang), align: 'right' as const }] : []),
        { label: L(T.vsAverage, lang), align: 'right' },
        { label: L(T.innovationCount, lang), align: 'right' },
        { label: L(T.avgProgress, lang), align: 'right' },
      ],
      rows: sci.pillars.map((p) => {
        const pp = pillarProgress.get(p.pillarId);
        return [
          L(p.label, lang),
          f.score(p.rounded, lang),
          ...(previousEval ? [f.delta(p.improvement?.deltaRounded, lang)] : []),
          p.value === null || mean === null ? '—' : f.delta(p.value - mean, lang),
          f.num(pp?.count ?? 0, lang),
          pct(pp?.progress ?? null, lang),
        ];
      }),
    };
    pillarBlocks.push({
      type: 'chart',
      chart: radarChart({
        id: 'pillars',
        title: L(T.radarTitle, lang),
        description: L(
          T.radarDesc(sci.pillars.map((p) => `${L(p.label, lang)} ${f.score(p.rounded, lang)}`).join('; ')),
          lang,
        ),
        axes: sci.pillars.map((p) =>
          L(PILLARS.find((x) => x.id === p.pillarId)?.shortLabel ?? p.label, lang),
        ),
        series: [
          { name: cycleText, values: sci.pillars.map((p) => p.value) },
          ...(previousEval && sci.pillars.some((p) => p.improvement?.previous != null)
            ? [{ name: prevCycle, values: sci.pillars.map((p) => p.improvement?.previous ?? null) }]
            : []),
        ],
        max: 5,
        colors,
      }),
      table: pillarTable,
    });
    if (sci.missingPillars.length > 0) {
      const names = sci.missingPillars
        .map((id) => L(PILLARS.find((p) => p.id === id)!.label, lang))
        .join(', ');
      gaps.push(
        L(
          {
            id: `Indeks pilar belum ada untuk: ${names}. Pilar ini tidak tampil di diagram radar dan tidak ikut rata-rata pilar.`,
            en: `No pillar index for: ${names}. These pillars are missing from the radar chart and from the pillar average.`,
          },
          lang,
        ),
      );
    }
    indexSubs.push({ id: 'pilar', title: L(T.pillarsSection, lang), blocks: pillarBlocks });
  } else {
    indexBlocks.push({ type: 'paragraph', content: [L(T.noEvaluation, lang)] });
    gaps.push(
      L(
        {
          id: 'Tidak ada skor indeks smart city untuk siklus ini: indeks, dimensi, pilar dan perubahannya tidak dapat dilaporkan.',
          en: 'There is no smart city index score for this cycle: the index, its dimensions, pillars and change cannot be reported.',
        },
        lang,
      ),
    );
  }

  // --- Change from the previous cycle --------------------------------------------------------------------
  const changeBlocks: Block[] = [];
  if (sci && indexChange) {
    changeBlocks.push({
      type: 'paragraph',
      content: [
        L(
          T.changeUp(
            f.score(indexChange.previous, lang),
            f.score(indexTotal, lang),
            f.delta(indexChange.deltaRounded, lang),
            changeFromText,
          ),
          lang,
        ),
        ...(indexChange.previousSource === 'published' ? [` ${L(T.publishedBase, lang)}`] : []),
      ],
    });
  } else {
    changeBlocks.push({ type: 'paragraph', content: [L(T.changeNone, lang)] });
    if (sci)
      gaps.push(
        L(
          {
            id: 'Belum ada evaluasi berskor sebelumnya: perubahan dan dimensi Baseline belum dapat dibandingkan.',
            en: 'There is no earlier scored evaluation: change and the Baseline dimension cannot be compared yet.',
          },
          lang,
        ),
      );
  }
  const scores = new Map(
    scoreEvaluations({ evaluations: scored }).map((s) => [s.evaluationId, s.smartCityIndex]),
  );
  const trendPoints = history.slice(0, at >= 0 ? at + 1 : history.length).map((e) => {
    const s = scores.get(e.id);
    const value = s?.total ?? s?.publishedTotal ?? null;
    return {
      label: cycleKey(e.cycle),
      value,
      display: f.score(s?.totalRounded ?? s?.publishedTotal ?? null, lang),
      evaluation: e,
    };
  });
  if (trendPoints.length > 0) {
    changeBlocks.push({
      type: 'chart',
      chart: trendChart({
        id: 'trend',
        title: L(T.trendTitle, lang),
        description: L(T.trendDesc(trendPoints.map((p) => `${p.label} ${p.display}`).join('; ')), lang),
        points: trendPoints,
        max: 5,
        colors,
      }),
      table: {
        type: 'table',
        caption: L(T.trendTitle, lang),
        columns: [
          { label: L(T.cycle, lang) },
          { label: L(T.sci, lang), align: 'right' },
          { label: L(T.kind, lang) },
        ],
        rows: trendPoints.map((p) => [
          cycleLabel(p.evaluation.cycle, lang),
          p.display,
          L(EVALUATION_KIND_LABELS[p.evaluation.kind], lang),
        ]),
      },
    });
  }

  // --- SPBE -----------------------------------------------------------------------------------------------
  const spbeBlocks: Block[] = [];
  const spbeSubs: Section[] = [];
  const bases = spbe ? SPBE_BASES.filter((b) => spbe.result[b] !== undefined) : [];
  const basisLabel = (b: SpbeBasis) => L(b === 'self' ? T.self : T.verified, lang);
  if (spbe && spbeSource && bases.length > 0) {
    const { model, result } = spbe;
    if (evaluation && spbeSource.id !== evaluation.id) {
      spbeBlocks.push({
        type: 'note',
        tone: 'info',
        content: [L(T.spbeFrom(cycleLabel(spbeSource.cycle, lang)), lang)],
      });
    }
    spbeBlocks.push({ type: 'paragraph', content: [L(T.spbeModel(L(model.name, lang)), lang)] });
    spbeBlocks.push({
      type: 'figures',
      items: bases.map((b) => {
        const s = result[b]!;
        return {
          label: `${L(T.spbe, lang)} · ${basisLabel(b)}`,
          value: f.score(s.totalRounded, lang),
          detail: [
            s.predicate ? L(s.predicate.label, lang) : L(T.noPredicate, lang),
            `${L(T.coverage, lang)} ${pct(s.coverage * 100, lang)}`,
          ].join(' · '),
        };
      }),
    });
    const node = (b: SpbeBasis, list: 'domains' | 'aspects' | 'indicators', id: string) =>
      result[b]?.[list].find((n) => n.id === id);
    const basisColumns = bases.map((b) => ({ label: basisLabel(b), align: 'right' as const }));
    const domainRows: Cell[][] = [];
    for (const d of model.domains) {
      domainRows.push([
        { text: `${d.code} ${L(d.name, lang)}`, strong: true },
        f.num(d.weight, lang, 1),
        ...bases.map((b) => f.score(node(b, 'domains', d.id)?.rounded, lang)),
      ]);
      for (const a of model.aspects.filter((x) => x.domainId === d.id)) {
        domainRows.push([
          `${a.code} ${L(a.name, lang)}`,
          f.num(a.weight, lang, 1),
          ...bases.map((b) => f.score(node(b, 'aspects', a.id)?.rounded, lang)),
        ]);
      }
    }
    spbeBlocks.push({
      type: 'chart',
      chart: barChart({
        id: 'spbe-domains',
        title: L(T.domainChartTitle, lang),
        description: L(
          T.domainChartDesc(
            model.domains
              .map(
                (d) =>
                  `${L(d.name, lang)} ${bases.map((b) => f.score(node(b, 'domains', d.id)?.rounded, lang)).join(' / ')}`,
              )
              .join('; '),
          ),
          lang,
        ),
        series: bases.map(basisLabel),
        bars: model.domains.map((d) => ({
          label: L(d.name, lang),
          values: bases.map((b) => node(b, 'domains', d.id)?.index ?? null),
          displays: bases.map((b) => f.score(node(b, 'domains', d.id)?.rounded, lang)),
        })),
        max: model.levels.max,
        colors,
      }),
      table: {
        type: 'table',
        caption: L(T.domainChartTitle, lang),
        columns: [
          { label: L(T.domain, lang) },
          { label: L(T.weight, lang), align: 'right' },
          ...basisColumns,
        ],
        rows: domainRows,
      },
    });
    const levelText = (b: SpbeBasis, indicatorId: string) => {
      const n = node(b, 'indicators', indicatorId);
      if (n?.index == null) return '—';
      const name = spbeLevelNames(model, indicatorId).find((l) => l.value === n.index);
      return `${f.num(n.index, lang)}${name ? ` (${L(name.label, lang)})` : ''}`;
    };
    spbeSubs.push({
      id: 'spbe-indikator',
      title: L(T.indicators, lang),
      blocks: [
        {
          type: 'table',
          caption: L(T.indicators, lang),
          columns: [
            { label: L(T.code, lang) },
            { label: L(T.indicator, lang) },
            { label: L(T.weight, lang), align: 'right' },
            ...basisColumns,
          ],
          rows: model.indicators
            .filter(
              (i) =>
                i.repeatOf === undefined || bases.some((b) => node(b, 'indicators', i.id)?.index != null),
            )
            .map((i) => [
              i.code,
              L(i.name, lang),
              f.num(i.weight, lang, 2),
              ...bases.map((b) => levelText(b, i.id)),
            ]),
        },
      ],
    });
    for (const b of bases) {
      const s = result[b]!;
      if (!s.complete) {
        gaps.push(
          L(
            {
              id: `SPBE (${L(b === 'self' ? T.self : T.verified, 'id')}): ${s.missing.length} indikator belum dinilai; indeks ${f.score(s.totalRounded, 'id')} adalah rata-rata dari yang ada (cakupan ${pct(s.coverage * 100, 'id')}), bukan indeks resmi, dan tidak diberi predikat.`,
              en: `SPBE (${L(b === 'self' ? T.self : T.verified, 'en')}): ${s.missing.length} indicators are not assessed; the index ${f.score(s.totalRounded, 'en')} is the mean of those present (coverage ${pct(s.coverage * 100, 'en')}), not an official index, and gets no predicate.`,
            },
            lang,
          ),
        );
      }
    }
    if (!result.verified)
      gaps.push(
        L(
          {
            id: 'Belum ada skor SPBE terverifikasi: angka SPBE adalah penilaian mandiri dan dapat berubah setelah verifikasi.',
            en: 'There is no verified SPBE score: the SPBE figures are self-assessed and may change after verification.',
          },
          lang,
        ),
      );
    if (!result.self)
      gaps.push(
        L(
          {
            id: 'Penilaian mandiri SPBE tidak tercatat, sehingga selisih mandiri–terverifikasi tidak dapat ditunjukkan.',
            en: 'No SPBE self-assessment is recorded, so the gap between self-assessed and verified cannot be shown.',
          },
          lang,
        ),
      );
    if (model.provisional)
      gaps.push(
        L(
          {
            id: `Bobot atau predikat model ${L(model.name, 'id')} bersifat sementara (belum dikonfirmasi dari peraturan).`,
            en: `Weights or predicates of the ${L(model.name, 'en')} model are provisional (not confirmed from the regulation).`,
          },
          lang,
        ),
      );
  } else {
    spbeBlocks.push({ type: 'paragraph', content: [L(T.spbeNone, lang)] });
    gaps.push(
      L(
        {
          id: 'Tidak ada skor SPBE sampai siklus ini: bagian SPBE dan indikator yang perlu ditingkatkan kosong.',
          en: 'There are no SPBE scores up to this cycle: the SPBE section and the indicators to improve are empty.',
        },
        lang,
      ),
    );
  }

  // --- Innovations ------------------------------------------------------------------------------------------
  const agencyName = new Map(ws.agencies.map((a) => [a.id, a.abbreviation ?? a.name]));
  const progressOf = new Map(summary.progress.innovations.map((i) => [i.id, i]));
  const pillarShort = new Map(PILLARS.map((p) => [p.id as string, L(p.shortLabel, lang)]));
  const innovationBlocks: Block[] = [];
  if (ws.innovations.length === 0)
    innovationBlocks.push({ type: 'paragraph', content: [L(T.noInnovations, lang)] });
  else {
    const statusNames = INNOVATION_STATUSES.map((s) => L(INNOVATION_STATUS_LABELS[s], lang));
    innovationBlocks.push({
      type: 'chart',
      chart: statusBars({
        id: 'status',
        title: L(T.statusTitle, lang),
        description: L(T.statusDesc(summary.innovations.total), lang),
        segments: statusNames,
        rows: summary.innovations.byPillar.map((p) => ({
          label: L(p.label, lang),
          counts: INNOVATION_STATUSES.map((s) => p.byStatus[s]),
        })),
      }),
      table: {
        type: 'table',
        caption: L(T.statusTitle, lang),
        columns: [
          { label: L(T.pillar, lang) },
          ...statusNames.map((label) => ({ label, align: 'right' as const })),
          { label: L(T.total, lang), align: 'right' },
        ],
        rows: [
          ...summary.innovations.byPillar.map((p) => [
            L(p.label, lang),
            ...INNOVATION_STATUSES.map((s) => f.num(p.byStatus[s], lang)),
            f.num(p.total, lang),
          ]),
          [
            { text: L(T.total, lang), strong: true },
            ...INNOVATION_STATUSES.map((s) => f.num(summary.innovations.byStatus[s], lang)),
            { text: f.num(summary.innovations.total, lang), strong: true },
          ],
        ],
      },
    });
    innovationBlocks.push({
      type: 'table',
      caption: L(T.innovations, lang),
      columns: [
        { label: L(T.innovation, lang) },
        { label: L(T.pillar, lang) },
        { label: L(T.status, lang) },
        { label: L(T.agency, lang) },
        { label: L(T.horizon, lang) },
        { label: L(T.avgProgress, lang), align: 'right' },
      ],
      rows: ws.innovations.map((i) => [
        i.name,
        pillarShort.get(i.pillarId) ?? i.pillarId,
        L(INNOVATION_STATUS_LABELS[i.status], lang),
        agencyName.get(i.agencyId) ?? i.agencyId,
        L(HORIZON_LABELS[i.horizon], lang),
        pct(progressOf.get(i.id)?.progress ?? null, lang),
      ]),
    });
    if (summary.progress.missing.length > 0) {
      const names = summary.progress.missing
        .map((id) => ws.innovations.find((i) => i.id === id)?.name ?? id)
        .join(', ');
      gaps.push(
        L(
          {
            id: `${summary.progress.missing.length} inovasi belum memiliki pengukuran KPI (${names}); progresnya tertulis "—" dan tidak dihitung sebagai 0 dalam progres rata-rata.`,
            en: `${summary.progress.missing.length} innovations have no KPI measurement (${names}); their progress reads "—" and is not counted as 0 in the average progress.`,
          },
          lang,
        ),
      );
    }
  }

  // --- Quick wins -------------------------------------------------------------------------------------------
  const quick = ws.innovations.filter((i) => i.horizon === 'quick-win');
  const quickBlocks: Block[] = [{ type: 'paragraph', content: [L(T.quickWinIntro, lang)] }];
  if (quick.length === 0) quickBlocks.push({ type: 'paragraph', content: [L(T.noQuickWins, lang)] });
  else {
    quickBlocks.push({
      type: 'table',
      caption: L(T.quickWins, lang),
      columns: [
        { label: L(T.innovation, lang) },
        { label: L(T.pillar, lang) },
        { label: L(T.status, lang) },
        { label: L(T.end, lang) },
        { label: L(T.avgProgress, lang), align: 'right' },
      ],
      rows: quick.map((i) => [
        i.name,
        pillarShort.get(i.pillarId) ?? i.pillarId,
        L(INNOVATION_STATUS_LABELS[i.status], lang),
        f.date(i.endDate, lang),
        pct(progressOf.get(i.id)?.progress ?? null, lang),
      ]),
    });
  }

  // --- Calendar ---------------------------------------------------------------------------------------------
  const calendarBlocks: Block[] = [];
  const calendar = programmeCalendar(Number(asOf.slice(0, 4)), { workspace: ws });
  const upcoming = calendar.success ? upcomingMilestones(calendar.data, asOf, 8) : [];
  calendarBlocks.push(
    upcoming.length === 0
      ? { type: 'paragraph', content: [L(T.noUpcoming, lang)] }
      : {
          type: 'table',
          caption: L(T.upcoming, lang),
          columns: [{ label: L(T.date, lang) }, { label: L(T.event, lang) }],
          rows: upcoming.map((e) => [
            e.allDay
              ? e.start === e.end
                ? f.date(e.start, lang)
                : `${f.date(e.start, lang)} – ${f.date(e.end, lang)}`
              : e.start.instant.slice(0, 10),
            L(e.label, lang),
          ]),
        },
  );
  calendarBlocks.push(
    summary.overdue.length === 0
      ? { type: 'paragraph', content: [L(T.noOverdue, lang)] }
      : {
          type: 'table',
          caption: L(T.overdueTitle, lang),
          columns: [{ label: L(T.due, lang) }, { label: L(T.state, lang) }, { label: L(T.event, lang) }],
          rows: summary.overdue.map((o) => [
            f.date(o.dueDate, lang),
            L(o.severity === 'overdue' ? T.overdueState : T.dueState, lang),
            L(o.message, lang),
          ]),
        },
  );

  // --- Risks ------------------------------------------------------------------------------------------------
  const open = ws.risks.filter((r) => r.status !== 'closed');
  const counts = Array.from({ length: 5 }, () => [0, 0, 0, 0, 0]);
  for (const r of open) counts[r.likelihood - 1]![r.impact - 1]! += 1;
  const levels = Array.from({ length: 5 }, (_, l) =>
    Array.from({ length: 5 }, (_, i) => riskLevel(l + 1, i + 1)),
  );
  const riskBlocks: Block[] = [
    {
      type: 'chart',
      chart: riskHeatmap({
        id: 'risks',
        title: L(T.heatTitle, lang),
        description: L(T.heatDesc(open.length), lang),
        likelihoodLabel: L(T.likelihood, lang),
        impactLabel: L(T.impact, lang),
        counts,
        levels,
      }),
      table: {
        type: 'table',
        caption: L(T.heatTitle, lang),
        columns: [
          { label: `${L(T.likelihood, lang)} ↓ / ${L(T.impact, lang)} →` },
          ...[1, 2, 3, 4, 5].map((i) => ({ label: String(i), align: 'right' as const })),
        ],
        rows: [5, 4, 3, 2, 1].map((l) => [String(l), ...counts[l - 1]!.map((n) => f.num(n, lang))]),
      },
    },
  ];
  if (open.length === 0) riskBlocks.push({ type: 'paragraph', content: [L(T.noRisks, lang)] });
  else {
    const sorted = [...open].sort(
      (a, b) =>
        riskScore(b.likelihood, b.impact) - riskScore(a.likelihood, a.impact) || a.id.localeCompare(b.id),
    );
    riskBlocks.push({
      type: 'table',
      caption: L(T.openRisks, lang),
      columns: [
        { label: L(T.risk, lang) },
        { label: L(T.riskScore, lang), align: 'right' },
        { label: L(T.level, lang) },
        { label: L(T.status, lang) },
        { label: L(T.owner, lang) },
        { label: L(T.mitigation, lang) },
      ],
      rows: sorted.map((r) => [
        r.title,
        `${f.num(riskScore(r.likelihood, r.impact), lang)} (${r.likelihood}×${r.impact})`,
        L(RISK_LEVEL_LABELS[riskLevel(r.likelihood, r.impact)], lang),
        L(RISK_STATUS_LABELS[r.status], lang),
        agencyName.get(r.ownerAgencyId) ?? r.ownerAgencyId,
        r.mitigation,
      ]),
    });
  }

  // --- Findings ---------------------------------------------------------------------------------------------
  const findingsSubs: Section[] = (['strengths', 'weaknesses', 'recommendations'] as const).map((key) => {
    const list = ((evaluation?.findings[key] ?? []) as unknown[]).map(findingText).filter((t) => t !== '');
    return {
      id: `temuan-${key}`,
      title: L(T[key], lang),
      blocks: [
        list.length === 0
          ? { type: 'paragraph', content: [L(T.noneRecorded, lang)] }
          : { type: 'list', items: list.map((t) => [t]) },
      ],
    };
  });
  if (evaluation) {
    const links = evaluation.evidence.map((e) => [{ text: e.label, href: e.url }]);
    if (links.length > 0)
      findingsSubs.push({
        id: 'temuan-bukti',
        title: L({ id: 'Bukti', en: 'Evidence' }, lang),
        blocks: [{ type: 'list', items: links }],
      });
  }

  // --- Where to improve next --------------------------------------------------------------------------------
  const improveSubs: Section[] = [];
  if (spbe && bases.length > 0) {
    const basis: SpbeBasis = spbe.result.verified ? 'verified' : 'self';
    const gainsList = levelGains(spbe, basis);
    const blocks: Block[] = [];
    if (gainsList.length === 0) blocks.push({ type: 'paragraph', content: [L(T.noGains, lang)] });
    else {
      blocks.push({ type: 'paragraph', content: [L(T.improveSpbeIntro(basisLabel(basis)), lang)] });
      blocks.push({
        type: 'table',
        caption: L(T.improveSpbe, lang),
        columns: [
          { label: L(T.indicator, lang) },
          { label: L(T.level0, lang), align: 'right' },
          { label: L(T.nextLevel, lang), align: 'right' },
          { label: L(T.gain, lang), align: 'right' },
        ],
        rows: gainsList.slice(0, 10).map((g) => {
          const ind = spbe.model.indicators.find((i) => i.id === g.indicatorId);
          return [
            ind ? `${ind.code} ${L(ind.name, lang)}` : g.indicatorId,
            f.num(g.level, lang),
            f.num(g.nextLevel, lang),
            f.delta(g.gain, lang, 3),
          ];
        }),
      });
    }
    improveSubs.push({ id: 'perbaikan-spbe', title: L(T.improveSpbe, lang), blocks });
  }
  if (sci && sci.total !== null) {
    const present = sci.pillars.filter((p) => p.value !== null);
    const mean = present.length > 0 ? present.reduce((a, p) => a + (p.value ?? 0), 0) / present.length : null;
    const below = [
      ...sci.groups
        .filter((g) => g.index !== null && sci.total! - g.index >= 0.005)
        .map((g) => ({
          label: L(g.label, lang),
          kind: L(T.dimKind, lang),
          value: g.index!,
          gap: sci.total! - g.index!,
        })),
      ...(mean === null
        ? []
        : present
            .filter((p) => mean - p.value! >= 0.005)
            .map((p) => ({
              label: L(p.label, lang),
              kind: L(T.pillarKind, lang),
              value: p.value!,
              gap: mean - p.value!,
            }))),
    ].sort((a, b) => b.gap - a.gap || a.label.localeCompare(b.label));
    improveSubs.push({
      id: 'perbaikan-dimensi',
      title: L(T.improveDims, lang),
      blocks: [
        {
          type: 'paragraph',
          content: [L(T.improveDimsIntro(f.score(sci.totalRounded, lang), f.score(mean, lang)), lang)],
        },
        below.length === 0
          ? { type: 'paragraph', content: [L(T.nothingBelow, lang)] }
          : {
              type: 'table',
              caption: L(T.improveDims, lang),
              columns: [
                { label: L(T.item, lang) },
                { label: L(T.kind, lang) },
                { label: L(T.score, lang), align: 'right' },
                { label: L(T.belowBy, lang), align: 'right' },
              ],
              rows: below.map((b) => [b.label, b.kind, f.score(b.value, lang), f.num(b.gap, lang, 2)]),
            },
      ],
    });
  }

  for (const item of [...summary.issues, ...(spbe?.result.issues ?? []), ...(sci?.issues ?? [])]) {
    gaps.push(L(item.message, lang));
  }
  const uniqueGaps = [...new Set(gaps)];

  // --- Summary (first, but built last: it points at the gaps) ---------------------------------------------
  const openRisks = open.length;
  const summaryBlocks: Block[] = [];
  if (evaluation) {
    summaryBlocks.push({
      type: 'paragraph',
      content: [
        L(
          T.evaluationLine(
            L(EVALUATION_KIND_LABELS[evaluation.kind], lang),
            cycleText,
            evaluation.date ? f.date(evaluation.date, lang) : '',
            evaluation.title ?? '',
          ),
          lang,
        ),
      ],
    });
  } else summaryBlocks.push({ type: 'paragraph', content: [L(T.noEvaluation, lang)] });
  const primaryBasis = spbe?.result.verified ?? spbe?.result.self;
  summaryBlocks.push({
    type: 'figures',
    items: [
      {
        label: L(T.sci, lang),
        value: f.score(indexTotal, lang),
        detail: `${indexTotal === null ? '' : `${L(T.of5, lang)} · `}${indexChange ? L(T.sincePrevious(f.delta(indexChange.deltaRounded, lang), changeFromText), lang) : L(T.noPrevious, lang)}`,
      },
      {
        label: L(T.spbe, lang),
        value: f.score(primaryBasis?.totalRounded, lang),
        detail: primaryBasis?.predicate
          ? L(primaryBasis.predicate.label, lang)
          : primaryBasis?.totalRounded != null
            ? L(T.of5, lang)
            : '',
      },
      { label: L(T.innovations, lang), value: f.num(summary.innovations.total, lang) },
      { label: L(T.progress, lang), value: pct(summary.progress.overall, lang) },
      {
        label: L(T.overdue, lang),
        value: f.num(summary.overdue.filter((o) => o.severity === 'overdue').length, lang),
        detail: L(T.items, lang),
      },
      { label: L(T.openRisks, lang), value: f.num(openRisks, lang) },
    ],
  });
  if (evaluation && evaluation.assessors.length > 0) {
    summaryBlocks.push({
      type: 'paragraph',
      content: [
        `${L(T.assessors, lang)}: ${evaluation.assessors.map((a) => [a.name, a.affiliation].filter(Boolean).join(', ')).join('; ')}`,
      ],
    });
  }
  if (uniqueGaps.length > 0)
    summaryBlocks.push({
      type: 'note',
      tone: 'warning',
      content: [L(T.gapsPointer(uniqueGaps.length), lang)],
    });

  sections.push({ id: 'ringkasan', title: L(T.summary, lang), blocks: summaryBlocks });
  sections.push({ id: 'indeks', title: L(T.indexSection, lang), blocks: indexBlocks, sections: indexSubs });
  sections.push({ id: 'perubahan', title: L(T.changeSection, lang), blocks: changeBlocks });
  sections.push({ id: 'spbe', title: L(T.spbeSection, lang), blocks: spbeBlocks, sections: spbeSubs });
  sections.push({ id: 'inovasi', title: L(T.innovationsSection, lang), blocks: innovationBlocks });
  sections.push({ id: 'quick-win', title: L(T.quickWins, lang), blocks: quickBlocks });
  sections.push({ id: 'agenda', title: L(T.calendarSection, lang), blocks: calendarBlocks });
  sections.push({ id: 'risiko', title: L(T.risksSection, lang), blocks: riskBlocks });
  sections.push({ id: 'temuan', title: L(T.findingsSection, lang), blocks: [], sections: findingsSubs });
  sections.push({ id: 'perbaikan', title: L(T.improveSection, lang), blocks: [], sections: improveSubs });
  sections.push({
    id: 'kesenjangan-data',
    title: L(T.gapsSection, lang),
    blocks: [
      uniqueGaps.length === 0
        ? { type: 'paragraph', content: [L(T.noGaps, lang)] }
        : { type: 'list', items: uniqueGaps.map((g) => [g]) },
    ],
  });

  const cityName = ctx.theme.cityName ?? city;
  return {
    success: true,
    data: {
      kind: 'evaluation',
      lang,
      title: `${L(T.title, lang)} — ${city}`,
      subtitle: L(T.subtitle(city, cycleText, f.date(asOf, lang)), lang),
      cityName,
      ...(ctx.theme.logoDataUrl ? { logoDataUrl: ctx.theme.logoDataUrl } : {}),
      colophon: L(T.colophon(f.date(asOf, lang)), lang),
      sections,
      data: {
        kind: 'evaluation',
        municipality: {
          name: ws.municipality.name,
          kind: ws.municipality.kind,
          regionCode: ws.municipality.regionCode,
        },
        asOf,
        cycle: evaluation ? cycleKey(evaluation.cycle) : null,
        evaluationId: evaluation?.id ?? null,
        smartCityIndex: sci
          ? {
              total: sci.totalRounded,
              dimensions: Object.fromEntries(sci.groups.map((g) => [g.id, g.rounded])),
              pillars: Object.fromEntries(sci.pillars.map((p) => [p.pillarId, p.rounded])),
              change: indexChange?.deltaRounded ?? null,
            }
          : null,
        spbe: spbe
          ? {
              model: spbe.model.id,
              self: spbe.result.self?.totalRounded ?? null,
              verified: spbe.result.verified?.totalRounded ?? null,
            }
          : null,
        gaps: uniqueGaps.length,
      },
    },
  };
}
