/**
 * Deterministic SVG charts (d3-shape for paths, no canvas, no measuring): the same input gives the same markup
 * on every machine, so charts can be compared in goldens and embedded in HTML and in pdfmake alike.
 */
import { curveLinearClosed, curveMonotoneX, line, lineRadial } from 'd3-shape';
import type { Chart } from '../document.js';
import { escapeHtml } from '../escape.js';
import { DEFAULT_COLORS } from '../theme.js';
import { c, clip, open, text, textWidth } from './svg.js';

const GRID = '#c9d1d9';
const MUTED = '#52606d';

/** Colours a chart uses; defaults from {@link DEFAULT_COLORS}. */
interface ChartColors {
  primary?: string;
  accent?: string;
}

/**
 * Input of {@link radarChart}: one axis per item (e.g. the six pillars), one or two series on a common scale.
 *
 * @example
 * ```ts
 * const input: RadarChartInput = { id: 'pilar', title: 'Indeks per pilar', description: '…', axes: ['Governance', 'Economy', 'Living'],
 *   series: [{ name: '2023', values: [3.5, 2.75, 3.25] }], max: 5 };
 * ```
 */
export interface RadarChartInput {
  id: string;
  title: string;
  description: string;
  axes: string[];
  /** Up to two series; `null` values are not plotted. The first series is drawn on top. */
  series: { name: string; values: (number | null)[] }[];
  max: number;
  colors?: ChartColors;
}

/**
 * A radar chart (e.g. the six pillar indices), with rings at each whole step of the scale and a legend.
 *
 * @example
 * ```ts
 * const chart = radarChart({ id: 'p', title: 'Pilar', description: 'Indeks enam pilar', axes: ['A', 'B', 'C'],
 *   series: [{ name: '2023', values: [3, 4, 2] }], max: 5 });
 * chart.kind; // 'radar'
 * ```
 */
export function radarChart(input: RadarChartInput): Chart {
  const width = 520;
  const height = 400;
  const cx = width / 2;
  const cy = 200;
  const r = 130;
  const n = Math.max(1, input.axes.length);
  const colors = [
    input.colors?.primary ?? DEFAULT_COLORS.primary,
    input.colors?.accent ?? DEFAULT_COLORS.accent,
  ];
  const angle = (i: number) => (2 * Math.PI * i) / n;
  const max = input.max > 0 ? input.max : 1;
  const out: string[] = [open(input.id, width, height, input.title, input.description)];
  for (let step = 1; step <= Math.floor(max); step++) {
    const ring = lineRadial<number>()
      .angle((_, i) => angle(i))
      .radius(() => (r * step) / max)
      .curve(curveLinearClosed)
      .digits(2);
    out.push(
      `<path d="${ring(input.axes.map(() => 0)) ?? ''}" transform="translate(${c(cx)},${c(cy)})" fill="none" stroke="${GRID}"/>`,
    );
    out.push(text(cx + 3, cy - (r * step) / max + 11, String(step), { size: 10, fill: MUTED }));
  }
  input.axes.forEach((label, i) => {
    const x = cx + r * Math.sin(angle(i));
    const y = cy - r * Math.cos(angle(i));
    out.push(`<line x1="${c(cx)}" y1="${c(cy)}" x2="${c(x)}" y2="${c(y)}" stroke="${GRID}"/>`);
    const lx = cx + (r + 14) * Math.sin(angle(i));
    const ly = cy - (r + 14) * Math.cos(angle(i)) + 4;
    const s = Math.sin(angle(i));
    const anchor = Math.abs(s) < 0.1 ? 'middle' : s > 0 ? 'start' : 'end';
    out.push(text(lx, ly, clip(label, 26), { anchor }));
  });
  [...input.series.slice(0, 2)].reverse().forEach((series, reversedIndex) => {
    const index = Math.min(1, input.series.length - 1) - reversedIndex;
    const colour = colors[index]!;
    const points = series.values
      .map((v, i) => ({ v, i }))
      .filter((p): p is { v: number; i: number } => p.v !== null && Number.isFinite(p.v));
    if (points.length >= 3) {
      const shape = lineRadial<{ v: number; i: number }>()
        .angle((p) => angle(p.i))
        .radius((p) => (r * Math.max(0, Math.min(max, p.v))) / max)
        .curve(curveLinearClosed)
        .digits(2);
      out.push(
        `<path d="${shape(points) ?? ''}" transform="translate(${c(cx)},${c(cy)})" fill="${colour}" fill-opacity="${index === 0 ? 0.25 : 0.1}" stroke="${colour}" stroke-width="2"${index === 1 ? ' stroke-dasharray="5 3"' : ''}/>`,
      );
    }
    for (const p of points) {
      const pr = (r * Math.max(0, Math.min(max, p.v))) / max;
      out.push(
        `<circle cx="${c(cx + pr * Math.sin(angle(p.i)))}" cy="${c(cy - pr * Math.cos(angle(p.i)))}" r="3" fill="${colour}"/>`,
      );
    }
  });
  input.series.slice(0, 2).forEach((series, i) => {
    const y = height - 30 + i * 16;
    out.push(
      `<rect x="20" y="${y - 9}" width="12" height="10" fill="${colors[i]}"/>`,
      text(38, y, clip(series.name, 40), { size: 11 }),
    );
  });
  out.push('</svg>');
  return {
    kind: 'radar',
    svg: out.join(''),
    width,
    height,
    title: input.title,
    description: input.description,
  };
}

/**
 * Input of {@link barChart}: horizontal bars, one group per label, one or two series.
 *
 * @example
 * ```ts
 * const input: BarChartInput = { id: 'dim', title: 'Dimensi', description: '…', series: ['2023 II'],
 *   bars: [{ label: 'Output', values: [3.4], displays: ['3,40'] }], max: 5 };
 * ```
 */
export interface BarChartInput {
  id: string;
  title: string;
  description: string;
  /** Series names (legend); one or two. */
  series: string[];
  bars: { label: string; values: (number | null)[]; displays: string[] }[];
  max: number;
  colors?: ChartColors;
}

/**
 * A horizontal bar chart (e.g. the five evaluation dimensions, or self vs verified scores). Values are written
 * at the end of each bar; a missing value is written as its display text (e.g. '—') without a bar.
 *
 * @example
 * ```ts
 * barChart({ id: 'd', title: 'Dimensi', description: 'Skor lima dimensi', series: ['2023'],
 *   bars: [{ label: 'Output', values: [3.4], displays: ['3,40'] }], max: 5 }).kind; // 'bars'
 * ```
 */
export function barChart(input: BarChartInput): Chart {
  const seriesCount = Math.max(1, Math.min(2, input.series.length));
  const colors = [
    input.colors?.primary ?? DEFAULT_COLORS.primary,
    input.colors?.accent ?? DEFAULT_COLORS.accent,
  ];
  const labelWidth = Math.min(
    220,
    Math.max(60, ...input.bars.map((b) => textWidth(clip(b.label, 34), 12) + 10)),
  );
  const barHeight = 14;
  const groupHeight = seriesCount * barHeight + 10;
  const top = seriesCount > 1 ? 34 : 12;
  const plot = 300;
  const width = Math.ceil(labelWidth + plot + 60);
  const height = top + input.bars.length * groupHeight + 26;
  const max = input.max > 0 ? input.max : 1;
  const x0 = labelWidth;
  const out: string[] = [open(input.id, width, height, input.title, input.description)];
  if (seriesCount > 1) {
    input.series.slice(0, 2).forEach((name, i) => {
      const x = 10 + i * 180;
      out.push(
        `<rect x="${x}" y="8" width="12" height="10" fill="${colors[i]}"/>`,
        text(x + 18, 17, clip(name, 26), { size: 11 }),
      );
    });
  }
  const axisY = top + input.bars.length * groupHeight;
  for (let step = 0; step <= Math.floor(max); step++) {
    const x = x0 + (plot * step) / max;
    out.push(
      `<line x1="${c(x)}" y1="${top - 4}" x2="${c(x)}" y2="${axisY}" stroke="${GRID}"/>`,
      text(x, axisY + 14, String(step), { anchor: 'middle', size: 10, fill: MUTED }),
    );
  }
  input.bars.forEach((bar, g) => {
    const gy = top + g * groupHeight;
    out.push(text(x0 - 8, gy + (seriesCount * barHeight) / 2 + 4, clip(bar.label, 34), { anchor: 'end' }));
    for (let s = 0; s < seriesCount; s++) {
      const value = bar.values[s];
      const y = gy + s * barHeight;
      const w =
        value === null || value === undefined || !Number.isFinite(value)
          ? 0
          : (plot * Math.max(0, Math.min(max, value))) / max;
      if (w > 0)
        out.push(
          `<rect x="${c(x0)}" y="${c(y)}" width="${c(w)}" height="${barHeight - 2}" fill="${colors[s]}"/>`,
        );
      out.push(text(x0 + w + 4, y + barHeight - 3, bar.displays[s] ?? '—', { size: 11 }));
    }
  });
  out.push('</svg>');
  return {
    kind: 'bars',
    svg: out.join(''),
    width,
    height,
    title: input.title,
    description: input.description,
  };
}

/**
 * Input of {@link trendChart}: values over cycles on a common scale.
 *
 * @example
 * ```ts
 * const input: TrendChartInput = { id: 't', title: 'Tren', description: '…', points: [{ label: '2022 II', value: 3.46, display: '3,46' }], max: 5 };
 * ```
 */
export interface TrendChartInput {
  id: string;
  title: string;
  description: string;
  points: { label: string; value: number | null; display: string }[];
  max: number;
  colors?: ChartColors;
}

/**
 * A line chart across evaluation cycles (missing cycles leave a gap in the line).
 *
 * @example
 * ```ts
 * trendChart({ id: 't', title: 'Indeks', description: 'Indeks per siklus', max: 5,
 *   points: [{ label: '2022', value: 3.1, display: '3,10' }, { label: '2023', value: 3.4, display: '3,40' }] }).kind; // 'trend'
 * ```
 */
export function trendChart(input: TrendChartInput): Chart {
  const n = input.points.length;
  const step = 90;
  const left = 40;
  const width = Math.max(320, left + 40 + Math.max(1, n - 1) * step);
  const height = 240;
  const top = 20;
  const plotH = 170;
  const max = input.max > 0 ? input.max : 1;
  const colour = input.colors?.primary ?? DEFAULT_COLORS.primary;
  const xOf = (i: number) => (n <= 1 ? (left + width - 20) / 2 : left + 20 + i * step);
  const yOf = (v: number) => top + plotH - (plotH * Math.max(0, Math.min(max, v))) / max;
  const out: string[] = [open(input.id, width, height, input.title, input.description)];
  for (let s = 0; s <= Math.floor(max); s++) {
    out.push(
      `<line x1="${left}" y1="${c(yOf(s))}" x2="${width - 10}" y2="${c(yOf(s))}" stroke="${GRID}"/>`,
      text(left - 6, yOf(s) + 4, String(s), { anchor: 'end', size: 10, fill: MUTED }),
    );
  }
  const path = line<{ value: number | null }>()
    .defined((p) => p.value !== null && Number.isFinite(p.value))
    .x((_, i) => xOf(i))
    .y((p) => yOf(p.value ?? 0))
    .curve(curveMonotoneX)
    .digits(2);
  out.push(`<path d="${path(input.points) ?? ''}" fill="none" stroke="${colour}" stroke-width="2.5"/>`);
  input.points.forEach((p, i) => {
    out.push(text(xOf(i), top + plotH + 18, clip(p.label, 14), { anchor: 'middle', size: 11 }));
    if (p.value !== null && Number.isFinite(p.value)) {
      out.push(
        `<circle cx="${c(xOf(i))}" cy="${c(yOf(p.value))}" r="4" fill="${colour}"/>`,
        text(xOf(i), yOf(p.value) - 9, p.display, { anchor: 'middle', size: 11, weight: 'bold' }),
      );
    }
  });
  out.push('</svg>');
  return {
    kind: 'trend',
    svg: out.join(''),
    width,
    height,
    title: input.title,
    description: input.description,
  };
}

/** Fills of the status segments, in status order (dark enough for white numbers, distinct in greyscale). */
const STATUS_FILLS = ['#6b7280', '#1d4ed8', '#047857', '#6d28d9', '#b91c1c', '#92400e'];

/**
 * Input of {@link statusBars}: stacked horizontal bars of counts (e.g. innovations per pillar by status).
 *
 * @example
 * ```ts
 * const input: StatusBarsInput = { id: 's', title: 'Status', description: '…', segments: ['Rencana', 'Berjalan'],
 *   rows: [{ label: 'Governance', counts: [1, 2] }] };
 * ```
 */
export interface StatusBarsInput {
  id: string;
  title: string;
  description: string;
  segments: string[];
  rows: { label: string; counts: number[] }[];
}

/**
 * Stacked horizontal bars of counts with a legend; each segment wide enough shows its count.
 *
 * @example
 * ```ts
 * statusBars({ id: 's', title: 'Status', description: 'Inovasi per status', segments: ['A', 'B'],
 *   rows: [{ label: 'Governance', counts: [1, 2] }] }).kind; // 'status'
 * ```
 */
export function statusBars(input: StatusBarsInput): Chart {
  const labelWidth = Math.min(
    200,
    Math.max(60, ...input.rows.map((r) => textWidth(clip(r.label, 30), 12) + 10)),
  );
  const plot = 320;
  const width = Math.ceil(labelWidth + plot + 50);
  const legendRows = Math.ceil(input.segments.length / 3);
  const top = 10 + legendRows * 18;
  const rowH = 24;
  const height = top + input.rows.length * rowH + 10;
  const maxTotal = Math.max(1, ...input.rows.map((r) => r.counts.reduce((a, b) => a + b, 0)));
  const out: string[] = [open(input.id, width, height, input.title, input.description)];
  input.segments.forEach((name, i) => {
    const x = 10 + (i % 3) * 170;
    const y = 10 + Math.floor(i / 3) * 18;
    out.push(
      `<rect x="${x}" y="${y}" width="12" height="10" fill="${STATUS_FILLS[i % STATUS_FILLS.length]}"/>`,
      text(x + 18, y + 9, clip(name, 24), { size: 11 }),
    );
  });
  input.rows.forEach((row, r) => {
    const y = top + r * rowH;
    out.push(text(labelWidth - 8, y + 14, clip(row.label, 30), { anchor: 'end' }));
    let x = labelWidth;
    row.counts.forEach((count, i) => {
      if (!(count > 0)) return;
      const w = (plot * count) / maxTotal;
      out.push(
        `<rect x="${c(x)}" y="${y + 2}" width="${c(w)}" height="${rowH - 6}" fill="${STATUS_FILLS[i % STATUS_FILLS.length]}"/>`,
      );
      if (w >= 14)
        out.push(text(x + w / 2, y + 15, String(count), { anchor: 'middle', size: 11, fill: '#ffffff' }));
      x += w;
    });
    const total = row.counts.reduce((a, b) => a + (b > 0 ? b : 0), 0);
    out.push(text(x + 6, y + 15, String(total), { size: 11, fill: MUTED }));
  });
  out.push('</svg>');
  return {
    kind: 'status',
    svg: out.join(''),
    width,
    height,
    title: input.title,
    description: input.description,
  };
}

/**
 * Input of {@link riskHeatmap}: counts of risks per likelihood (rows, 1–5) and impact (columns, 1–5), with the
 * risk level of each cell (from the core's `riskLevel`).
 *
 * @example
 * ```ts
 * const input: RiskHeatmapInput = { id: 'r', title: 'Peta risiko', description: '…', likelihoodLabel: 'Kemungkinan', impactLabel: 'Dampak',
 *   counts: [[0,0,0,0,0],[0,0,1,0,0],[0,0,0,0,0],[0,0,0,0,0],[0,0,0,0,0]], levels: [['low','low','low','medium','medium'], …] };
 * ```
 */
export interface RiskHeatmapInput {
  id: string;
  title: string;
  description: string;
  likelihoodLabel: string;
  impactLabel: string;
  /** `counts[l - 1][i - 1]`: risks with likelihood l and impact i. */
  counts: number[][];
  /** `levels[l - 1][i - 1]`: the level of that cell. */
  levels: ('low' | 'medium' | 'high' | 'very-high')[][];
}

const LEVEL_FILLS = { low: '#bbf7d0', medium: '#fef08a', high: '#fdba74', 'very-high': '#fca5a5' } as const;

/**
 * A 5×5 risk heat map: likelihood upwards, impact to the right, each cell coloured by its risk level and showing
 * how many risks sit in it.
 *
 * @example
 * ```ts
 * riskHeatmap(input).kind; // 'heatmap'
 * ```
 */
export function riskHeatmap(input: RiskHeatmapInput): Chart {
  const cell = 52;
  const left = 70;
  const top = 14;
  const width = left + cell * 5 + 20;
  const height = top + cell * 5 + 56;
  const out: string[] = [open(input.id, width, height, input.title, input.description)];
  for (let l = 1; l <= 5; l++) {
    const y = top + (5 - l) * cell;
    out.push(text(left - 10, y + cell / 2 + 4, String(l), { anchor: 'end' }));
    for (let i = 1; i <= 5; i++) {
      const x = left + (i - 1) * cell;
      const level = input.levels[l - 1]?.[i - 1] ?? 'low';
      const count = input.counts[l - 1]?.[i - 1] ?? 0;
      out.push(
        `<rect x="${x}" y="${y}" width="${cell}" height="${cell}" fill="${LEVEL_FILLS[level]}" stroke="#ffffff" stroke-width="2"/>`,
      );
      if (count > 0)
        out.push(
          text(x + cell / 2, y + cell / 2 + 6, String(count), { anchor: 'middle', size: 17, weight: 'bold' }),
        );
    }
  }
  for (let i = 1; i <= 5; i++) {
    out.push(text(left + (i - 0.5) * cell, top + 5 * cell + 16, String(i), { anchor: 'middle' }));
  }
  out.push(
    text(left + 2.5 * cell, top + 5 * cell + 38, input.impactLabel, { anchor: 'middle', weight: 'bold' }),
  );
  out.push(
    `<text x="18" y="${c(top + 2.5 * cell)}" text-anchor="middle" fill="#1f2933" font-weight="bold" transform="rotate(-90 18 ${c(top + 2.5 * cell)})">${escapeHtml(input.likelihoodLabel)}</text>`,
  );
  out.push('</svg>');
  return {
    kind: 'heatmap',
    svg: out.join(''),
    width,
    height,
    title: input.title,
    description: input.description,
  };
}
