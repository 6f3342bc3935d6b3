/**
 * The multi-city comparison: like with like (kota with kota, kabupaten with kabupaten, same cohort), ranks only
 * on complete data, coverage stated, built to handle all 514 kabupaten/kota. Internal.
 */
import {
  formatMunicipalityLabel,
  type Result,
  type SmartCityIndexScore,
  scoreSmartCityIndex,
  type Workspace,
} from '@smartcity/core';
import { barChart } from '../charts/index.js';
import type { Block, Cell, ReportDocument, Section } from '../document.js';
import * as f from '../format.js';
import {
  badCycle,
  type CycleKey,
  compareCycle,
  cycleKey,
  cycleLabel,
  L,
  parseCycle,
  scoredEvaluations,
  spbeOf,
} from './common.js';
import type { BuildContext } from './evaluation.js';

const TOP = 15;

const T = {
  title: { id: 'Perbandingan Antardaerah Smart City', en: 'Smart City Comparison Across Municipalities' },
  subtitle: (n: number, cycle: string, asOf: string) => ({
    id: `${n} daerah · ${cycle} · per ${asOf}`,
    en: `${n} municipalit${n === 1 ? 'y' : 'ies'} · ${cycle} · as of ${asOf}`,
  }),
  noCycle: { id: 'tanpa siklus berskor', en: 'no scored cycle' },
  method: { id: 'Cara membaca', en: 'How to read this' },
  rules: (cycle: string) => ({
    id: `Daerah dibandingkan dengan sejenisnya: kota dengan kota, kabupaten dengan kabupaten, dalam angkatan (tahun bergabung) yang sama, pada siklus ${cycle}. Peringkat hanya diberikan kepada daerah yang kelima dimensi evaluasinya lengkap; daerah lain tetap dicantumkan tanpa peringkat. Nilai yang sama (dua desimal) berbagi peringkat. Indeks dihitung oleh @smartcity/core dari data setiap daerah.`,
    en: `Municipalities are compared with their own kind: kota with kota, kabupaten with kabupaten, within the same cohort (year they joined), in cycle ${cycle}. Only municipalities with all five evaluation dimensions are ranked; the others are listed without a rank. Equal values (two decimals) share a rank. Indices are computed by @smartcity/core from each municipality's data.`,
  }),
  coverage: { id: 'Cakupan data', en: 'Data coverage' },
  group: { id: 'Kelompok', en: 'Group' },
  municipalities: { id: 'Daerah', en: 'Municipalities' },
  evaluated: { id: 'Dievaluasi pada siklus ini', en: 'Evaluated in this cycle' },
  complete: { id: 'Data lengkap (diperingkat)', en: 'Complete data (ranked)' },
  coveragePct: { id: 'Cakupan', en: 'Coverage' },
  groupTitle: (kind: string, cohort: string) => ({ id: `${kind} · ${cohort}`, en: `${kind} · ${cohort}` }),
  cohort: (y: number) => ({ id: `angkatan ${y}`, en: `cohort ${y}` }),
  cohortUnknown: { id: 'angkatan tidak diketahui', en: 'cohort unknown' },
  kindPlural: {
    kota: { id: 'Kota', en: 'Cities (kota)' },
    kabupaten: { id: 'Kabupaten', en: 'Regencies (kabupaten)' },
  },
  rank: { id: 'Peringkat', en: 'Rank' },
  city: { id: 'Daerah', en: 'Municipality' },
  province: { id: 'Provinsi', en: 'Province' },
  index: { id: 'Indeks SC', en: 'SC index' },
  spbe: { id: 'Indeks SPBE', en: 'SPBE index' },
  innovations: { id: 'Inovasi', en: 'Innovations' },
  data: { id: 'Data', en: 'Data' },
  dataComplete: { id: 'lengkap', en: 'complete' },
  dataPartial: (n: number) => ({ id: `${n} dari 5 dimensi`, en: `${n} of 5 dimensions` }),
  dataNone: { id: 'tidak ada evaluasi pada siklus ini', en: 'no evaluation in this cycle' },
  tableCaption: (group: string) => ({ id: `Peringkat ${group}`, en: `Ranking of ${group}` }),
  topTitle: (n: number, group: string) => ({
    id: `${n} indeks tertinggi: ${group}`,
    en: `Top ${n} indices: ${group}`,
  }),
  topDesc: (list: string) => ({
    id: `Diagram batang indeks smart city (skala 0–5) daerah berperingkat teratas: ${list}.`,
    en: `Bar chart of the smart city index (0–5 scale) of the top-ranked municipalities: ${list}.`,
  }),
  notRanked: (n: number) => ({
    id: `${n} daerah tidak diperingkat karena datanya tidak lengkap untuk siklus ini; angkanya tidak sebanding dengan yang lengkap.`,
    en: `${n} municipalit${n === 1 ? 'y is' : 'ies are'} not ranked because their data for this cycle is incomplete; their figures are not comparable with complete ones.`,
  }),
  noneRanked: {
    id: 'Tidak ada daerah dengan data lengkap pada kelompok ini.',
    en: 'No municipality in this group has complete data.',
  },
  chartNote: (shown: number, total: number) => ({
    id: `Grafik menampilkan ${shown} dari ${total} daerah berperingkat; tabel memuat semuanya.`,
    en: `The chart shows ${shown} of ${total} ranked municipalities; the table lists them all.`,
  }),
  colophon: (asOf: string) => ({
    id: `Dibuat oleh @smartcity/report dari workspace setiap daerah per ${asOf}. Semua indeks dihitung oleh @smartcity/core.`,
    en: `Made by @smartcity/report from each municipality's workspace as of ${asOf}. Every index is computed by @smartcity/core.`,
  }),
};

interface Row {
  ws: Workspace;
  label: string;
  score: SmartCityIndexScore | null;
  dimensionsPresent: number;
  complete: boolean;
  spbe: number | null;
  rank: number | null;
}

/** The cycle most workspaces have a smart city index for (the latest on a tie). */
function commonCycle(workspaces: readonly Workspace[], asOf: string): CycleKey | null {
  const counts = new Map<string, { cycle: CycleKey; n: number }>();
  for (const ws of workspaces) {
    const seen = new Set<string>();
    for (const e of scoredEvaluations(ws, asOf)) {
      if (!e.scores.smartCityIndex) continue;
      const key = cycleKey(e.cycle);
      if (seen.has(key)) continue;
      seen.add(key);
      const entry = counts.get(key) ?? {
        cycle: { year: e.cycle.year, ...(e.cycle.stage ? { stage: e.cycle.stage } : {}) },
        n: 0,
      };
      entry.n += 1;
      counts.set(key, entry);
    }
  }
  let best: { cycle: CycleKey; n: number } | null = null;
  for (const entry of counts.values()) {
    if (!best || entry.n > best.n || (entry.n === best.n && compareCycle(entry.cycle, best.cycle) > 0))
      best = entry;
  }
  return best?.cycle ?? null;
}

/** Builds the comparison document. Internal. */
export function buildComparison(workspaces: readonly Workspace[], ctx: BuildContext): Result<ReportDocument> {
  const { lang, asOf } = ctx;
  let cycle: CycleKey | null;
  if (ctx.cycle !== undefined) {
    cycle = parseCycle(ctx.cycle);
    if (!cycle) return { success: false, issues: [badCycle(ctx.cycle)] };
  } else cycle = commonCycle(workspaces, asOf);
  const cycleText = cycle ? cycleLabel(cycle, lang) : L(T.noCycle, lang);
  const sameCycle = (c: CycleKey) =>
    cycle !== null && c.year === cycle.year && (c.stage ?? null) === (cycle.stage ?? null);

  const rows: Row[] = workspaces.map((ws) => {
    const scored = scoredEvaluations(ws, asOf);
    const evaluation = scored.filter((e) => e.scores.smartCityIndex && sameCycle(e.cycle)).at(-1);
    const score = evaluation?.scores.smartCityIndex
      ? scoreSmartCityIndex(evaluation.scores.smartCityIndex)
      : null;
    const spbeEval = cycle
      ? scored.filter((e) => e.scores.spbe && compareCycle(e.cycle, cycle!) <= 0).at(-1)
      : undefined;
    const spbe = spbeEval ? spbeOf(spbeEval) : null;
    const basis = spbe?.result.verified ?? spbe?.result.self;
    const dimensionsPresent = score ? score.groups.filter((g) => g.index !== null).length : 0;
    return {
      ws,
      label: formatMunicipalityLabel(ws.municipality, lang),
      score,
      dimensionsPresent,
      complete: score?.complete === true && score.totalRounded !== null,
      spbe: basis?.totalRounded ?? null,
      rank: null,
    };
  });

  // Groups: kota before kabupaten, cohorts ascending, unknown cohort last.
  const groups = new Map<string, { kind: 'kota' | 'kabupaten'; cohort: number | null; rows: Row[] }>();
  for (const row of rows) {
    const kind = row.ws.municipality.kind;
    const cohort = (row.ws.municipality as { cohortYear?: number }).cohortYear ?? null;
    const key = `${kind === 'kota' ? 0 : 1}-${cohort === null ? 9999 : cohort}`;
    const g = groups.get(key) ?? { kind, cohort, rows: [] };
    g.rows.push(row);
    groups.set(key, g);
  }
  const ordered = [...groups.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, g]) => g);

  const groupLabel = (g: { kind: 'kota' | 'kabupaten'; cohort: number | null }) =>
    L(
      T.groupTitle(
        L(T.kindPlural[g.kind], lang),
        L(g.cohort === null ? T.cohortUnknown : T.cohort(g.cohort), lang),
      ),
      lang,
    );

  const sections: Section[] = [];
  const coverageRows: Cell[][] = [];
  const dataGroups: unknown[] = [];
  for (const [gi, g] of ordered.entries()) {
    const ranked = g.rows
      .filter((r) => r.complete)
      .sort((a, b) => b.score!.totalRounded! - a.score!.totalRounded! || a.label.localeCompare(b.label));
    ranked.forEach((r, i) => {
      const prev = ranked[i - 1];
      r.rank = prev && prev.score!.totalRounded === r.score!.totalRounded ? prev.rank : i + 1;
    });
    const unranked = g.rows
      .filter((r) => !r.complete)
      .sort(
        (a, b) =>
          b.dimensionsPresent - a.dimensionsPresent ||
          (b.score?.total ?? -1) - (a.score?.total ?? -1) ||
          a.label.localeCompare(b.label),
      );
    const evaluated = g.rows.filter((r) => r.score !== null).length;
    const name = groupLabel(g);
    coverageRows.push([
      name,
      f.num(g.rows.length, lang),
      f.num(evaluated, lang),
      f.num(ranked.length, lang),
      f.percent((ranked.length / g.rows.length) * 100, lang),
    ]);

    const blocks: Block[] = [];
    if (ranked.length === 0) blocks.push({ type: 'paragraph', content: [L(T.noneRanked, lang)] });
    else {
      const top = ranked.slice(0, TOP);
      blocks.push({
        type: 'chart',
        chart: barChart({
          id: `top-${gi}`,
          title: L(T.topTitle(top.length, name), lang),
          description: L(
            T.topDesc(
              top.map((r) => `${r.rank}. ${r.label} ${f.score(r.score!.totalRounded, lang)}`).join('; '),
            ),
            lang,
          ),
          series: [cycleText],
          bars: top.map((r) => ({
            label: `${r.rank}. ${r.label}`,
            values: [r.score!.total],
            displays: [f.score(r.score!.totalRounded, lang)],
          })),
          max: 5,
          colors: { primary: ctx.theme.colors.primary, accent: ctx.theme.colors.accent },
        }),
        table: {
          type: 'table',
          caption: L(T.topTitle(top.length, name), lang),
          columns: [
            { label: L(T.city, lang) },
            { label: L(T.rank, lang), align: 'right' },
            { label: L(T.index, lang), align: 'right' },
          ],
          rows: top.map((r) => [r.label, f.num(r.rank, lang), f.score(r.score!.totalRounded, lang)]),
          ...(ranked.length > top.length ? { note: L(T.chartNote(top.length, ranked.length), lang) } : {}),
        },
      });
    }
    if (unranked.length > 0)
      blocks.push({ type: 'note', tone: 'warning', content: [L(T.notRanked(unranked.length), lang)] });
    const dimLabels = rows.find((r) => r.score)?.score?.groups.map((d) => L(d.label, lang)) ?? [];
    blocks.push({
      type: 'table',
      caption: L(T.tableCaption(name), lang),
      columns: [
        { label: L(T.city, lang) },
        { label: L(T.rank, lang), align: 'right' },
        { label: L(T.index, lang), align: 'right' },
        ...dimLabels.map((label) => ({ label, align: 'right' as const })),
        { label: L(T.spbe, lang), align: 'right' },
        { label: L(T.innovations, lang), align: 'right' },
        { label: L(T.province, lang) },
        { label: L(T.data, lang) },
      ],
      rows: [...ranked, ...unranked].map((r) => [
        r.label,
        r.rank === null ? '—' : f.num(r.rank, lang),
        f.score(r.score?.totalRounded, lang),
        ...dimLabels.map((_, d) => f.score(r.score?.groups[d]?.rounded, lang)),
        f.score(r.spbe, lang),
        f.num(r.ws.innovations.length, lang),
        r.ws.municipality.province,
        r.complete
          ? L(T.dataComplete, lang)
          : r.score
            ? L(T.dataPartial(r.dimensionsPresent), lang)
            : L(T.dataNone, lang),
      ]),
    });
    sections.push({ id: `kelompok-${g.kind}-${g.cohort ?? 'lain'}`, title: name, blocks });
    dataGroups.push({
      kind: g.kind,
      cohortYear: g.cohort,
      municipalities: g.rows.length,
      ranked: ranked.map((r) => ({
        regionCode: r.ws.municipality.regionCode,
        name: r.ws.municipality.name,
        rank: r.rank,
        index: r.score!.totalRounded,
      })),
    });
  }

  const total = rows.length;
  const rankedTotal = rows.filter((r) => r.complete).length;
  sections.unshift(
    {
      id: 'cara-membaca',
      title: L(T.method, lang),
      blocks: [{ type: 'paragraph', content: [L(T.rules(cycleText), lang)] }],
    },
    {
      id: 'cakupan',
      title: L(T.coverage, lang),
      blocks: [
        {
          type: 'figures',
          items: [
            { label: L(T.municipalities, lang), value: f.num(total, lang) },
            { label: L(T.evaluated, lang), value: f.num(rows.filter((r) => r.score).length, lang) },
            {
              label: L(T.complete, lang),
              value: f.num(rankedTotal, lang),
              detail: f.percent(total === 0 ? null : (rankedTotal / total) * 100, lang),
            },
          ],
        },
        {
          type: 'table',
          caption: L(T.coverage, lang),
          columns: [
            { label: L(T.group, lang) },
            { label: L(T.municipalities, lang), align: 'right' },
            { label: L(T.evaluated, lang), align: 'right' },
            { label: L(T.complete, lang), align: 'right' },
            { label: L(T.coveragePct, lang), align: 'right' },
          ],
          rows: coverageRows,
        },
      ],
    },
  );
  return {
    success: true,
    data: {
      kind: 'comparison',
      lang,
      title: L(T.title, lang),
      subtitle: L(T.subtitle(total, cycleText, f.date(asOf, lang)), lang),
      ...(ctx.theme.cityName ? { cityName: ctx.theme.cityName } : {}),
      ...(ctx.theme.logoDataUrl ? { logoDataUrl: ctx.theme.logoDataUrl } : {}),
      colophon: L(T.colophon(f.date(asOf, lang)), lang),
      sections,
      data: {
        kind: 'comparison',
        asOf,
        cycle: cycle ? cycleKey(cycle) : null,
        municipalities: total,
        ranked: rankedTotal,
        groups: dataGroups,
      },
    },
  };
}
