/** The innovation catalogue of one city: by pillar and element, with agency, budget and KPIs. Internal. */
import {
  BUDGET_SOURCE_LABELS,
  getElement,
  HORIZON_LABELS,
  INNOVATION_STATUS_LABELS,
  INNOVATION_STATUSES,
  type Innovation,
  innovationProgress,
  type Lang,
  PILLARS,
  type Result,
  type Workspace,
} from '@smartcity/core';
import { statusBars } from '../charts/index.js';
import type { Block, Cell, Inline, ReportDocument, Section } from '../document.js';
import * as f from '../format.js';
import { fieldLabel, L, municipalityLabel } from './common.js';
import type { BuildContext } from './evaluation.js';

const T = {
  title: { id: 'Katalog Inovasi Smart City', en: 'Smart City Innovation Catalogue' },
  subtitle: (city: string, asOf: string, n: number) => ({
    id: `${city} · ${n} inovasi · per ${asOf}`,
    en: `${city} · ${n} innovation${n === 1 ? '' : 's'} · as of ${asOf}`,
  }),
  overview: { id: 'Ikhtisar', en: 'Overview' },
  innovations: { id: 'Inovasi', en: 'Innovations' },
  budget: { id: 'Anggaran tercatat', en: 'Budget recorded' },
  agencies: { id: 'Perangkat daerah', en: 'Agencies' },
  kpis: { id: 'KPI', en: 'KPIs' },
  statusTitle: { id: 'Inovasi per pilar menurut status', en: 'Innovations per pillar by status' },
  statusDesc: (n: number) => ({
    id: `Diagram batang bertumpuk jumlah inovasi per pilar menurut status; total ${n} inovasi.`,
    en: `Stacked bar chart of innovations per pillar by status; ${n} innovations in total.`,
  }),
  pillar: { id: 'Pilar', en: 'Pillar' },
  total: { id: 'Jumlah', en: 'Total' },
  emptyPillars: (names: string) => ({
    id: `Belum ada inovasi pada pilar: ${names}.`,
    en: `No innovations yet in these pillars: ${names}.`,
  }),
  none: { id: 'Workspace ini belum memiliki inovasi.', en: 'This workspace has no innovations yet.' },
  innovation: { id: 'Inovasi', en: 'Innovation' },
  agency: fieldLabel('innovations', 'agencyId', { id: 'Perangkat daerah', en: 'Agency' }),
  status: fieldLabel('innovations', 'status', { id: 'Status', en: 'Status' }),
  horizon: fieldLabel('innovations', 'horizon', { id: 'Jangka', en: 'Horizon' }),
  period: { id: 'Periode', en: 'Period' },
  progress: { id: 'Progres', en: 'Progress' },
  listCaption: (element: string) => ({ id: `Inovasi elemen ${element}`, en: `Innovations of ${element}` }),
  descriptions: { id: 'Uraian dan bukti', en: 'Descriptions and evidence' },
  kpiCaption: (element: string) => ({
    id: `KPI inovasi elemen ${element}`,
    en: `KPIs of the innovations of ${element}`,
  }),
  kpi: fieldLabel('kpis', 'name', { id: 'KPI', en: 'KPI' }),
  baseline: fieldLabel('kpis', 'baseline', { id: 'Baseline', en: 'Baseline' }),
  target: fieldLabel('kpis', 'target.value', { id: 'Target', en: 'Target' }),
  latest: { id: 'Pengukuran terakhir', en: 'Latest measurement' },
  budgetCaption: (element: string) => ({
    id: `Anggaran inovasi elemen ${element}`,
    en: `Budget of the innovations of ${element}`,
  }),
  year: fieldLabel('budgetLines', 'year', { id: 'Tahun', en: 'Year' }),
  source: fieldLabel('budgetLines', 'source', { id: 'Sumber', en: 'Source' }),
  amount: fieldLabel('budgetLines', 'amount', { id: 'Jumlah', en: 'Amount' }),
  byAgency: { id: 'Per perangkat daerah', en: 'By agency' },
  pillars: { id: 'Pilar', en: 'Pillars' },
  partners: fieldLabel('innovations', 'partnerIds', { id: 'Mitra', en: 'Partners' }),
  noDescription: { id: 'tanpa uraian', en: 'no description' },
  colophon: (asOf: string) => ({
    id: `Dibuat oleh @smartcity/report dari workspace kota per ${asOf}. Progres dihitung oleh @smartcity/core dari pengukuran KPI sampai tanggal itu.`,
    en: `Made by @smartcity/report from the city's workspace as of ${asOf}. Progress is computed by @smartcity/core from KPI measurements up to that date.`,
  }),
};

function period(i: Innovation, lang: Lang): string {
  if (!i.startDate && !i.endDate) return '—';
  return `${f.date(i.startDate, lang)} – ${f.date(i.endDate, lang)}`;
}

/** Builds the innovation catalogue document. Internal. */
export function buildCatalogue(ws: Workspace, ctx: BuildContext): Result<ReportDocument> {
  const { lang, asOf } = ctx;
  const city = municipalityLabel(ws, lang);
  const agency = new Map(ws.agencies.map((a) => [a.id, a]));
  const stakeholder = new Map(ws.stakeholders.map((s) => [s.id, s.name]));
  const progress = new Map(ws.innovations.map((i) => [i.id, innovationProgress(i, { asOf })]));
  const budgetOf = (i: Innovation) => i.budget.reduce((sum, line) => sum + line.amount, 0);
  const totalBudget = ws.innovations.reduce((sum, i) => sum + budgetOf(i), 0);
  const statusNames = INNOVATION_STATUSES.map((s) => L(INNOVATION_STATUS_LABELS[s], lang));

  const overview: Block[] = [
    {
      type: 'figures',
      items: [
        { label: L(T.innovations, lang), value: f.num(ws.innovations.length, lang) },
        { label: L(T.budget, lang), value: f.rupiah(totalBudget, lang, true) },
        {
          label: L(T.agencies, lang),
          value: f.num(new Set(ws.innovations.map((i) => i.agencyId)).size, lang),
        },
        {
          label: L(T.kpis, lang),
          value: f.num(
            ws.innovations.reduce((n, i) => n + i.kpis.length, 0),
            lang,
          ),
        },
      ],
    },
  ];
  const sections: Section[] = [{ id: 'ikhtisar', title: L(T.overview, lang), blocks: overview }];
  if (ws.innovations.length === 0) {
    overview.push({ type: 'paragraph', content: [L(T.none, lang)] });
  } else {
    const rows = PILLARS.map((p) => ({
      label: L(p.label, lang),
      counts: INNOVATION_STATUSES.map(
        (s) => ws.innovations.filter((i) => i.pillarId === p.id && i.status === s).length,
      ),
    }));
    overview.push({
      type: 'chart',
      chart: statusBars({
        id: 'catalogue-status',
        title: L(T.statusTitle, lang),
        description: L(T.statusDesc(ws.innovations.length), lang),
        segments: statusNames,
        rows,
      }),
      table: {
        type: 'table',
        caption: L(T.statusTitle, lang),
        columns: [
          { label: L(T.pillar, lang) },
          ...statusNames.map((label) => ({ label, align: 'right' as const })),
          { label: L(T.total, lang), align: 'right' },
        ],
        rows: rows.map((r) => [
          r.label,
          ...r.counts.map((n) => f.num(n, lang)),
          f.num(
            r.counts.reduce((a, b) => a + b, 0),
            lang,
          ),
        ]),
      },
    });
    const empty = PILLARS.filter((p) => !ws.innovations.some((i) => i.pillarId === p.id));
    if (empty.length > 0)
      overview.push({
        type: 'note',
        tone: 'info',
        content: [L(T.emptyPillars(empty.map((p) => L(p.label, lang)).join(', ')), lang)],
      });
  }

  for (const pillar of PILLARS) {
    const inPillar = ws.innovations.filter((i) => i.pillarId === pillar.id);
    if (inPillar.length === 0) continue;
    const subs: Section[] = [];
    const elementIds = [
      ...pillar.elements.map((e) => e.id as string),
      ...new Set(inPillar.map((i) => i.elementId as string)),
    ];
    for (const elementId of [...new Set(elementIds)]) {
      const list = inPillar.filter((i) => i.elementId === elementId);
      if (list.length === 0) continue;
      const element = getElement(elementId);
      const name = element ? L(element.label, lang) : elementId;
      const blocks: Block[] = [
        {
          type: 'table',
          caption: L(T.listCaption(name), lang),
          columns: [
            { label: L(T.innovation, lang) },
            { label: L(T.agency, lang) },
            { label: L(T.status, lang) },
            { label: L(T.horizon, lang) },
            { label: L(T.period, lang) },
            { label: L(T.budget, lang), align: 'right' },
            { label: L(T.progress, lang), align: 'right' },
          ],
          rows: list.map((i) => [
            { text: i.name, strong: true },
            agency.get(i.agencyId)?.abbreviation ?? i.agencyId,
            L(INNOVATION_STATUS_LABELS[i.status], lang),
            L(HORIZON_LABELS[i.horizon], lang),
            period(i, lang),
            i.budget.length === 0 ? '—' : f.rupiah(budgetOf(i), lang),
            f.percent(progress.get(i.id)?.progress ?? null, lang),
          ]),
        },
        {
          type: 'list',
          items: list.map((i) => {
            const parts: Inline[] = [
              { text: i.name, strong: true },
              `: ${i.description ?? L(T.noDescription, lang)}`,
            ];
            const partners = i.partnerIds.map((id) => stakeholder.get(id) ?? id);
            if (partners.length > 0) parts.push(` ${L(T.partners, lang)}: ${partners.join(', ')}.`);
            for (const e of i.evidence) parts.push(' · ', { text: e.label, href: e.url });
            return parts;
          }),
        },
      ];
      const kpiRows: Cell[][] = list.flatMap((i) =>
        i.kpis.map((k, n) => {
          const kp = progress.get(i.id)?.kpis[n];
          return [
            `${i.name} — ${k.name}`,
            `${f.num(k.baseline, lang, decimalsOf(k.baseline))} ${k.unit}`.trim(),
            `${f.num(k.target.value, lang, decimalsOf(k.target.value))} ${k.target.unit ?? k.unit}${k.target.date ? ` (${f.date(k.target.date, lang)})` : ''}`,
            kp?.latest
              ? `${f.num(kp.latest.value, lang, decimalsOf(kp.latest.value))} (${f.date(kp.latest.date, lang)})`
              : '—',
            f.percent(kp?.progress ?? null, lang),
          ];
        }),
      );
      if (kpiRows.length > 0) {
        blocks.push({
          type: 'table',
          caption: L(T.kpiCaption(name), lang),
          columns: [
            { label: L(T.kpi, lang) },
            { label: L(T.baseline, lang), align: 'right' },
            { label: L(T.target, lang), align: 'right' },
            { label: L(T.latest, lang), align: 'right' },
            { label: L(T.progress, lang), align: 'right' },
          ],
          rows: kpiRows,
        });
      }
      const budgetRows: Cell[][] = list.flatMap((i) =>
        i.budget.map((b) => [
          i.name,
          String(b.year),
          L(BUDGET_SOURCE_LABELS[b.source], lang),
          f.rupiah(b.amount, lang),
        ]),
      );
      if (budgetRows.length > 0) {
        blocks.push({
          type: 'table',
          caption: L(T.budgetCaption(name), lang),
          columns: [
            { label: L(T.innovation, lang) },
            { label: L(T.year, lang) },
            { label: L(T.source, lang) },
            { label: L(T.amount, lang), align: 'right' },
          ],
          rows: budgetRows,
        });
      }
      subs.push({ id: `${pillar.id}-${elementId.replace(/[^a-z0-9-]/gi, '-')}`, title: name, blocks });
    }
    sections.push({ id: `pilar-${pillar.id}`, title: L(pillar.label, lang), blocks: [], sections: subs });
  }

  if (ws.innovations.length > 0) {
    const agencyIds = [...new Set(ws.innovations.map((i) => i.agencyId))].sort((a, b) =>
      (agency.get(a)?.abbreviation ?? a).localeCompare(agency.get(b)?.abbreviation ?? b),
    );
    sections.push({
      id: 'per-perangkat-daerah',
      title: L(T.byAgency, lang),
      blocks: [
        {
          type: 'table',
          caption: L(T.byAgency, lang),
          columns: [
            { label: L(T.agency, lang) },
            { label: L(T.innovations, lang), align: 'right' },
            { label: L(T.budget, lang), align: 'right' },
            { label: L(T.pillars, lang) },
          ],
          rows: agencyIds.map((id) => {
            const list = ws.innovations.filter((i) => i.agencyId === id);
            const a = agency.get(id);
            return [
              a ? `${a.abbreviation} — ${a.name}` : id,
              f.num(list.length, lang),
              f.rupiah(
                list.reduce((s, i) => s + budgetOf(i), 0),
                lang,
              ),
              [...new Set(list.map((i) => i.pillarId))]
                .map((p) => L(PILLARS.find((x) => x.id === p)!.shortLabel, lang))
                .join(', '),
            ];
          }),
        },
      ],
    });
  }

  return {
    success: true,
    data: {
      kind: 'catalogue',
      lang,
      title: `${L(T.title, lang)} — ${city}`,
      subtitle: L(T.subtitle(city, f.date(asOf, lang), ws.innovations.length), lang),
      cityName: ctx.theme.cityName ?? city,
      ...(ctx.theme.logoDataUrl ? { logoDataUrl: ctx.theme.logoDataUrl } : {}),
      colophon: L(T.colophon(f.date(asOf, lang)), lang),
      sections,
      data: {
        kind: 'catalogue',
        municipality: {
          name: ws.municipality.name,
          kind: ws.municipality.kind,
          regionCode: ws.municipality.regionCode,
        },
        asOf,
        innovations: ws.innovations.map((i) => ({
          id: i.id,
          name: i.name,
          pillarId: i.pillarId,
          status: i.status,
          progress: progress.get(i.id)?.progress ?? null,
        })),
      },
    },
  };
}

/** Decimals to show a KPI value with: as many as it has, at most 2. */
function decimalsOf(value: number | null): number {
  if (value === null || Number.isInteger(value)) return 0;
  return Math.abs(value * 10 - Math.round(value * 10)) < 1e-9 ? 1 : 2;
}
