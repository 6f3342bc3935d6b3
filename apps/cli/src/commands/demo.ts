import { dirname, join, relative, resolve } from 'node:path';
import {
  formatMunicipalityLabel,
  formatPercent,
  formatScore,
  type LocalizedText,
  localize,
  parseWorkspace,
  roundHalfUp,
  toICalendar,
  type Workspace,
} from '@smartcity/core';
import {
  SAMPLE_IDS,
  SAMPLE_PROGRAMME_YEARS,
  SAMPLE_WORKSPACES,
  type SampleId,
} from '@smartcity/core/samples';
import { renderReport } from '@smartcity/report';
import { exportWorkbook } from '@smartcity/spreadsheet';
import { writeFileAtomic } from '../io/files.js';
import { writeOutputAtomic } from '../io/output.js';
import { CliError, EXIT } from '../ui/errors.js';
import { type CliLang, tr } from '../ui/lang.js';
import { createStyle } from '../ui/style.js';
import { renderPairs, renderTable } from '../ui/table.js';
import { summaryOf } from './registry.js';
import { buildCalendar, renderSchedule, scheduleJson } from './schedule.js';
import { buildSummary, renderSummary, summaryJson } from './summary.js';
import type { Command, CommandContext } from './types.js';

const T = {
  out: {
    id: 'direktori keluaran (bawaan: ./smartcity-demo)',
    en: 'output directory (default: ./smartcity-demo)',
  },
  title: (n: number, out: string) => ({
    id: `Demo smartcity: ${n} contoh workspace → ${out}`,
    en: `smartcity demo: ${n} sample workspaces → ${out}`,
  }),
  sample: { id: 'Contoh', en: 'Sample' },
  city: { id: 'Daerah', en: 'Municipality' },
  year: { id: 'Tahun', en: 'Year' },
  innovations: { id: 'Inovasi', en: 'Innovations' },
  index: { id: 'Indeks SC', en: 'SC index' },
  progress: { id: 'Progres', en: 'Progress' },
  overdue: { id: 'Terlambat', en: 'Overdue' },
  events: { id: 'Kegiatan kalender', en: 'Calendar events' },
  written: { id: 'Berkas yang ditulis', en: 'Files written' },
  sampleInvalid: (id: string) => ({
    id: `contoh workspace "${id}" tidak lolos validasi core`,
    en: `sample workspace "${id}" does not pass the core's validation`,
  }),
  sampleInvalidHint: {
    id: 'Ini adalah bug pada contoh bawaan; laporkan kepada pengelola',
    en: 'This is a bug in the bundled samples; report it to the maintainers',
  },
  next: { id: 'Coba juga', en: 'Try next' },
};

/** A file the demo wrote, grouped for the final listing. */
interface DemoFile {
  group: string;
  path: string;
}

/** Key figures a step reports for the demo's table and JSON (numbers stay numbers; `null` = not available). */
type Facts = Record<string, number | null>;

/** The per-sample context each demo step gets. */
interface DemoSample {
  id: SampleId;
  workspace: Workspace;
  year: number;
  dir: string;
}

/**
 * One stage of the demo: takes a validated sample and writes its files. Later commands (spreadsheet export,
 * reports) add a step here so that `npm run demo` keeps showing the whole flow.
 */
interface DemoStep {
  group: string;
  label: LocalizedText;
  /** The names it writes in each sample's directory, for the final listing. */
  names: LocalizedText;
  run(sample: DemoSample, ctx: CommandContext): Promise<{ files: string[]; facts?: Facts }>;
}

const plain = createStyle(false);
const SAMPLE_PLACEHOLDER: LocalizedText = { id: '<contoh>', en: '<sample>' };

function json(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

const STEPS: readonly DemoStep[] = [
  {
    group: 'workspace',
    label: { id: 'workspace (JSON tervalidasi)', en: 'workspace (validated JSON)' },
    names: { id: 'workspace.json', en: 'workspace.json' },
    async run(sample) {
      const file = join(sample.dir, 'workspace.json');
      await writeFileAtomic(file, json(sample.workspace));
      return { files: [file], facts: { innovations: sample.workspace.innovations.length } };
    },
  },
  {
    group: 'summary',
    label: { id: 'ringkasan', en: 'summary' },
    names: { id: 'summary.{json,txt}', en: 'summary.{json,txt}' },
    async run(sample, ctx) {
      // The demo is reproducible: each sample is summarised as of the last day of its programme year.
      const summary = buildSummary(sample.workspace, `${sample.year}-12-31`);
      const base = join(sample.dir, 'summary');
      // Paths inside the outputs are relative to the sample's directory, so the outputs do not depend on --out.
      await writeFileAtomic(`${base}.json`, json(summaryJson('workspace.json', summary)));
      await writeFileAtomic(`${base}.txt`, `${renderSummary(summary, ctx.lang, plain)}\n`);
      return {
        files: [`${base}.json`, `${base}.txt`],
        facts: {
          smartCityIndex: summary.latestEvaluation?.smartCityIndex?.totalRounded ?? null,
          progress: summary.progress.overall === null ? null : roundHalfUp(summary.progress.overall, 1),
          overdue: summary.overdueCounts.overdue,
        },
      };
    },
  },
  {
    group: 'calendar',
    label: { id: 'kalender program', en: 'programme calendar' },
    names: { id: 'calendar-<tahun>.{ics,json,txt}', en: 'calendar-<year>.{ics,json,txt}' },
    async run(sample, ctx) {
      const calendar = buildCalendar(sample.year, { workspace: sample.workspace });
      const base = join(sample.dir, `calendar-${sample.year}`);
      await writeFileAtomic(`${base}.ics`, toICalendar(calendar, { generatedAt: ctx.now(), lang: ctx.lang }));
      await writeFileAtomic(
        `${base}.json`,
        json(scheduleJson(calendar, ctx.lang, `calendar-${sample.year}.ics`)),
      );
      await writeFileAtomic(`${base}.txt`, `${renderSchedule(calendar, ctx.lang, plain)}\n`);
      return {
        files: [`${base}.ics`, `${base}.json`, `${base}.txt`],
        facts: { events: calendar.events.length },
      };
    },
  },
  {
    group: 'workbook',
    label: { id: 'buku kerja Excel (untuk disunting OPD)', en: 'Excel workbook (for agencies to edit)' },
    names: { id: 'workbook.xlsx', en: 'workbook.xlsx' },
    async run(sample, ctx) {
      const file = join(sample.dir, 'workbook.xlsx');
      const bytes = await exportWorkbook(sample.workspace, {
        lang: ctx.lang,
        exportedAt: ctx.now().toISOString(),
      });
      const outcome = await writeOutputAtomic(file, bytes, { createDirectories: true });
      if (!outcome.ok) throw outcome.error;
      return { files: [file], facts: { workbookBytes: bytes.byteLength } };
    },
  },
  {
    group: 'report',
    label: { id: 'laporan', en: 'reports' },
    names: {
      id: 'report-*.{html,md,pdf}; ../report-comparison.{html,md}',
      en: 'report-*.{html,md,pdf}; ../report-comparison.{html,md}',
    },
    async run(sample, ctx) {
      // Like the summary, each report is as of the last day of the sample's programme year.
      const asOf = `${sample.year}-12-31`;
      const files: string[] = [];
      const write = async (
        file: string,
        result:
          | { success: true; data: string | Uint8Array }
          | { success: false; issues: { message: LocalizedText }[] },
      ) => {
        if (!result.success) throw new Error(`report ${file}: ${result.issues[0]?.message.en}`);
        const outcome = await writeOutputAtomic(file, result.data, { createDirectories: true });
        if (!outcome.ok) throw outcome.error;
        files.push(file);
      };
      for (const kind of ['evaluation', 'catalogue'] as const) {
        for (const format of ['html', 'md'] as const) {
          await write(
            join(sample.dir, `report-${kind}.${format}`),
            renderReport(sample.workspace, { kind, format, lang: ctx.lang, asOf }),
          );
        }
      }
      const { renderReportPdf } = await import('@smartcity/report/pdf');
      await write(
        join(sample.dir, 'report-evaluation.pdf'),
        await renderReportPdf(sample.workspace, { kind: 'evaluation', lang: ctx.lang, asOf }),
      );
      // The comparison spans every sample: written once, beside the samples' directories, after the last one.
      if (sample.id === SAMPLE_IDS.at(-1)) {
        const all = SAMPLE_IDS.map((id) => validSample(id));
        const latest = `${Math.max(...SAMPLE_IDS.map((id) => SAMPLE_PROGRAMME_YEARS[id]))}-12-31`;
        for (const format of ['html', 'md'] as const) {
          await write(
            join(dirname(sample.dir), `report-comparison.${format}`),
            renderReport(all, { kind: 'comparison', format, lang: ctx.lang, asOf: latest }),
          );
        }
      }
      return { files };
    },
  },
];

function validSample(id: SampleId): Workspace {
  // Real work through the core: the embedded samples go through the same validation as a user's file.
  const parsed = parseWorkspace(SAMPLE_WORKSPACES[id]);
  if (!parsed.success) {
    throw new CliError({
      code: 'invalid_sample',
      what: T.sampleInvalid(id),
      where: `${id}: ${localize(parsed.issues[0]!.message, 'en')}`,
      hint: T.sampleInvalidHint,
      exitCode: EXIT.internal,
    });
  }
  return parsed.data;
}

/** A path as the user would type it: relative to the working directory when inside it, absolute otherwise. */
function shownPath(cwd: string, path: string): string {
  const rel = relative(cwd, path);
  return rel === '' ? '.' : rel.startsWith('..') ? path : rel;
}

function groupLines(files: readonly DemoFile[], out: string, lang: CliLang): [string, string][] {
  const rows: [string, string][] = [];
  for (const step of STEPS) {
    const count = files.filter((f) => f.group === step.group).length;
    if (count === 0) continue;
    rows.push([
      tr(step.label, lang),
      `${out}/${tr(SAMPLE_PLACEHOLDER, lang)}/${tr(step.names, lang)}  (${count})`,
    ]);
  }
  return rows;
}

/** `smartcity demo [--out dir]`: the whole flow on the embedded samples, outputs written to disk. */
export const command: Command = {
  name: 'demo',
  summary: summaryOf('demo'),
  usage: 'demo [--out <dir>]',
  positionals: [],
  options: {
    out: { type: 'string', short: 'o', valueName: '<dir>', description: T.out },
  },
  examples: [
    {
      command: 'smartcity demo',
      description: {
        id: 'Menulis hasil demo ke ./smartcity-demo',
        en: 'Write the demo outputs to ./smartcity-demo',
      },
    },
    {
      command: 'smartcity demo --out /tmp/demo --lang en',
      description: { id: 'Hasil dalam bahasa Inggris ke /tmp/demo', en: 'English outputs into /tmp/demo' },
    },
  ],
  async run(ctx) {
    const { lang, style } = ctx;
    const out = resolve(ctx.cwd, (ctx.args.values.out as string | undefined) ?? 'smartcity-demo');
    const progress = ctx.progress('demo', SAMPLE_IDS.length * STEPS.length);
    const files: DemoFile[] = [];
    const rows: {
      id: SampleId;
      workspace: Workspace;
      year: number;
      facts: Facts;
      files: string[];
    }[] = [];
    try {
      for (const id of SAMPLE_IDS) {
        const workspace = validSample(id);
        const sample: DemoSample = { id, workspace, year: SAMPLE_PROGRAMME_YEARS[id], dir: join(out, id) };
        const row = {
          id,
          workspace,
          year: sample.year,
          facts: {} as Facts,
          files: [] as string[],
        };
        for (const step of STEPS) {
          const result = await step.run(sample, ctx);
          Object.assign(row.facts, result.facts ?? {});
          row.files.push(...result.files);
          for (const path of result.files) files.push({ group: step.group, path });
          progress.tick(1, `${id}: ${step.group}`);
        }
        rows.push(row);
      }
    } finally {
      progress.done();
    }

    if (ctx.json) {
      ctx.printJson({
        command: 'demo',
        ok: true,
        out,
        samples: rows.map((r) => ({
          id: r.id,
          municipality: r.workspace.municipality.name,
          year: r.year,
          facts: r.facts,
          files: r.files,
        })),
        fileCount: files.length,
      });
      return EXIT.ok;
    }
    ctx.print(style.bold(tr(T.title(rows.length, shownPath(ctx.cwd, out)), lang)));
    ctx.print();
    ctx.print(
      renderTable(
        [
          tr(T.sample, lang),
          tr(T.city, lang),
          tr(T.year, lang),
          tr(T.innovations, lang),
          tr(T.index, lang),
          tr(T.progress, lang),
          tr(T.overdue, lang),
          tr(T.events, lang),
        ],
        rows.map((r) => [
          r.id,
          formatMunicipalityLabel(r.workspace.municipality, lang),
          String(r.year),
          String(r.facts.innovations ?? '—'),
          formatScore(r.facts.smartCityIndex, lang),
          formatPercent(r.facts.progress, { lang, decimals: 1 }),
          String(r.facts.overdue ?? '—'),
          String(r.facts.events ?? '—'),
        ]),
        { style, indent: 2, align: ['left', 'left', 'left', 'right', 'right', 'right', 'right', 'right'] },
      ),
    );
    ctx.print();
    ctx.print(`${style.bold(tr(T.written, lang))}:`);
    ctx.print(renderPairs(groupLines(files, shownPath(ctx.cwd, out), lang), { style, indent: 2 }));
    const first = rows[0];
    if (first) {
      const rel = shownPath(ctx.cwd, join(out, first.id, 'workspace.json'));
      ctx.print();
      ctx.print(`${style.bold(tr(T.next, lang))}:`);
      ctx.print(`  smartcity summary ${rel} --as-of ${first.year}-12-31`);
      ctx.print(`  smartcity schedule ${first.year} --workspace ${rel}`);
    }
    return EXIT.ok;
  },
};
