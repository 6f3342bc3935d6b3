import {
  deriveStableId,
  EVALUATION_KIND_LABELS,
  EVALUATION_KINDS,
  EVALUATION_STAGES,
  formatPath,
  HORIZON_LABELS,
  HORIZONS,
  ID_PATTERN,
  INNOVATION_STATUS_LABELS,
  INNOVATION_STATUSES,
  type LocalizedText,
  localize,
  PILLARS,
  parseWorkspace,
  type Workspace,
} from '@smartcity/core';
import { parseUserDate, parseWholeNumber } from '../io/dates.js';
import { writeOutput } from '../io/output.js';
import { requireWorkspace } from '../io/workspace.js';
import { CliError, EXIT } from '../ui/errors.js';
import { tr } from '../ui/lang.js';
import type { PromptChoice } from '../ui/prompt.js';
import { summaryOf } from './registry.js';
import type { Command, CommandContext, OptionSpec } from './types.js';

/** What `add` can add, in the order the help lists them. */
export const ADD_KINDS = ['innovation', 'kpi-measurement', 'evaluation'] as const;
type AddKind = (typeof ADD_KINDS)[number];

type Values = Record<string, string | undefined>;

/** One value a kind of record needs: its flag, how to ask for it, and how to check it as it is typed. */
interface FieldSpec {
  flag: string;
  label: LocalizedText;
  required: boolean;
  /** Asked on a terminal even though optional (an empty answer leaves it out). */
  ask?: boolean;
  choices?: (ws: Workspace, values: Values, lang: 'id' | 'en') => PromptChoice[];
  /** Turns the typed text into the stored form, or throws a located CliError. */
  check?: (text: string, ws: Workspace, values: Values) => string;
  default?: string;
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are refused in names.
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;

function usage(flag: string, what: LocalizedText, hint?: LocalizedText): CliError {
  return new CliError({ code: 'usage', what, where: flag, hint: hint ?? { id: '', en: '' } });
}

function oneOf(flag: string, allowed: readonly string[], text: string): string {
  if (allowed.includes(text)) return text;
  throw new CliError({
    code: 'usage',
    what: { id: `nilai ${flag} "${text}" tidak dikenal`, en: `unknown ${flag} value "${text}"` },
    where: flag,
    hint: { id: `Pilihan: ${allowed.join(', ')}`, en: `Choices: ${allowed.join(', ')}` },
  });
}

function name(flag: string) {
  return (text: string) => {
    const value = text.trim();
    if (value === '' || CONTROL.test(value) || value.length > 200) {
      throw usage(flag, {
        id: `${flag} harus berisi satu baris teks (1–200 karakter)`,
        en: `${flag} must be one line of text (1–200 characters)`,
      });
    }
    return value;
  };
}

function date(flag: string) {
  return (text: string) => parseUserDate(text.trim(), flag);
}

function newId(flag: string, taken: () => ReadonlySet<string>) {
  return (text: string) => {
    const value = text.trim();
    if (!ID_PATTERN.test(value)) {
      throw usage(flag, {
        id: `id "${value}" tidak valid: huruf kecil, angka, . _ - (maks. 64)`,
        en: `invalid id "${value}": lower-case letters, digits, . _ - (at most 64)`,
      });
    }
    if (taken().has(value)) {
      throw usage(flag, { id: `id "${value}" sudah dipakai`, en: `the id "${value}" is already used` });
    }
    return value;
  };
}

function innovationOf(ws: Workspace, id: string | undefined) {
  return ws.innovations.find((i) => i.id === id);
}

const L = (id: string, en: string): LocalizedText => ({ id, en });

const FIELDS: Record<AddKind, readonly FieldSpec[]> = {
  innovation: [
    { flag: 'name', label: L('Nama inovasi', 'Innovation name'), required: true, check: name('--name') },
    {
      flag: 'pillar',
      label: L('Pilar', 'Pillar'),
      required: true,
      choices: (_ws, _v, lang) => PILLARS.map((p) => ({ value: p.id, label: localize(p.label, lang) })),
      check: (text) =>
        oneOf(
          '--pillar',
          PILLARS.map((p) => p.id),
          text.trim(),
        ),
    },
    {
      flag: 'element',
      label: L('Elemen', 'Element'),
      required: true,
      choices: (_ws, values, lang) =>
        (PILLARS.find((p) => p.id === values.pillar)?.elements ?? []).map((e) => ({
          value: e.id,
          label: localize(e.label, lang),
        })),
      check: (text, _ws, values) => {
        const pillar = PILLARS.find((p) => p.id === values.pillar);
        const ids = (pillar?.elements ?? []).map((e) => e.id as string);
        const value = text.includes('.') ? text.trim() : `${values.pillar}.${text.trim()}`;
        return oneOf('--element', ids, value);
      },
    },
    {
      flag: 'agency',
      label: L('Perangkat daerah (OPD) penanggung jawab', 'Responsible agency (OPD)'),
      required: true,
      choices: (ws) => ws.agencies.map((a) => ({ value: a.id, label: a.name })),
      check: (text, ws) => {
        if (ws.agencies.length === 0) {
          throw new CliError({
            code: 'usage',
            what: L(
              'workspace belum memiliki perangkat daerah (agencies)',
              'the workspace has no agencies yet',
            ),
            where: '--agency',
            hint: L(
              'Tambahkan perangkat daerah ke "agencies" dulu (lihat docs/examples/workspace.json)',
              'Add an agency to "agencies" first (see docs/examples/workspace.json)',
            ),
          });
        }
        return oneOf(
          '--agency',
          ws.agencies.map((a) => a.id),
          text.trim(),
        );
      },
    },
    {
      flag: 'horizon',
      label: L('Horizon', 'Horizon'),
      required: true,
      choices: (_ws, _v, lang) =>
        HORIZONS.map((h) => ({ value: h, label: localize(HORIZON_LABELS[h], lang) })),
      check: (text) => oneOf('--horizon', HORIZONS, text.trim()),
    },
    {
      flag: 'status',
      label: L('Status', 'Status'),
      required: true,
      default: 'planned',
      choices: (_ws, _v, lang) =>
        INNOVATION_STATUSES.map((s) => ({ value: s, label: localize(INNOVATION_STATUS_LABELS[s], lang) })),
      check: (text) => oneOf('--status', INNOVATION_STATUSES, text.trim()),
    },
    {
      flag: 'start',
      label: L('Tanggal mulai', 'Start date'),
      required: false,
      ask: true,
      check: date('--start'),
    },
    {
      flag: 'end',
      label: L('Target selesai', 'Planned end'),
      required: false,
      ask: true,
      check: (text, _ws, values) => {
        const end = parseUserDate(text.trim(), '--end');
        if (values.start !== undefined && end < values.start) {
          throw usage(
            '--end',
            L('target selesai sebelum tanggal mulai', 'the planned end is before the start'),
          );
        }
        return end;
      },
    },
    { flag: 'description', label: L('Deskripsi', 'Description'), required: false },
    {
      flag: 'id',
      label: L('Id', 'Id'),
      required: false,
      check: (text, ws) => newId('--id', () => new Set(ws.innovations.map((i) => i.id)))(text),
    },
  ],
  'kpi-measurement': [
    {
      flag: 'innovation',
      label: L('Inovasi', 'Innovation'),
      required: true,
      choices: (ws) =>
        ws.innovations.filter((i) => i.kpis.length > 0).map((i) => ({ value: i.id, label: i.name })),
      check: (text, ws) =>
        oneOf(
          '--innovation',
          ws.innovations.filter((i) => i.kpis.length > 0).map((i) => i.id),
          text.trim(),
        ),
    },
    {
      flag: 'kpi',
      label: L('KPI', 'KPI'),
      required: true,
      choices: (ws, values) =>
        (innovationOf(ws, values.innovation)?.kpis ?? []).map((k) => ({
          value: k.id,
          label: `${k.name} (${k.unit})`,
        })),
      check: (text, ws, values) =>
        oneOf(
          '--kpi',
          (innovationOf(ws, values.innovation)?.kpis ?? []).map((k) => k.id),
          text.trim(),
        ),
    },
    {
      flag: 'date',
      label: L('Tanggal pengukuran', 'Measurement date'),
      required: true,
      check: date('--date'),
    },
    {
      flag: 'value',
      label: L('Nilai', 'Value'),
      required: true,
      check: (text) => {
        const t = text.trim();
        // Either decimal mark is accepted (Indonesian writes 12,5), but not digit grouping.
        if (!/^-?\d+([.,]\d+)?$/.test(t)) {
          throw usage('--value', {
            id: `nilai "${t}" bukan angka (mis. 12,5 atau 12.5)`,
            en: `the value "${t}" is not a number (e.g. 12.5 or 12,5)`,
          });
        }
        return String(Number(t.replace(',', '.')));
      },
    },
    { flag: 'note', label: L('Catatan', 'Note'), required: false },
  ],
  evaluation: [
    {
      flag: 'kind',
      label: L('Jenis evaluasi', 'Kind of evaluation'),
      required: true,
      choices: (_ws, _v, lang) =>
        EVALUATION_KINDS.map((k) => ({ value: k, label: localize(EVALUATION_KIND_LABELS[k], lang) })),
      check: (text) => oneOf('--kind', EVALUATION_KINDS, text.trim()),
    },
    {
      flag: 'year',
      label: L('Tahun siklus', 'Cycle year'),
      required: true,
      check: (text) =>
        String(parseWholeNumber(text.trim(), '--year', { min: 2017, max: 2100, example: '--year 2025' })),
    },
    {
      flag: 'stage',
      label: L('Tahap (I atau II; kosongkan bila tidak ada)', 'Stage (I or II; empty if none)'),
      required: false,
      ask: true,
      check: (text) => oneOf('--stage', EVALUATION_STAGES, text.trim().toUpperCase()),
    },
    {
      flag: 'date',
      label: L('Tanggal evaluasi', 'Evaluation date'),
      required: false,
      ask: true,
      check: (text, _ws, values) => {
        const d = parseUserDate(text.trim(), '--date');
        if (values.year !== undefined && d.slice(0, 4) !== values.year) {
          throw usage(
            '--date',
            L(`tanggal tidak di tahun ${values.year}`, `the date is not in ${values.year}`),
          );
        }
        return d;
      },
    },
    { flag: 'title', label: L('Judul', 'Title'), required: false, check: name('--title') },
    {
      flag: 'id',
      label: L('Id', 'Id'),
      required: false,
      check: (text, ws) => newId('--id', () => new Set(ws.evaluations.map((e) => e.id)))(text),
    },
  ],
};

const FLAG_DESCRIPTIONS: Record<string, LocalizedText> = {
  name: L('nama inovasi (innovation)', 'name of the innovation (innovation)'),
  pillar: L(
    'pilar: governance, branding, economy, living, society, environment',
    'pillar: governance, branding, economy, living, society, environment',
  ),
  element: L(
    'elemen pilar, mis. economy.transaction atau transaction',
    'element of the pillar, e.g. economy.transaction or transaction',
  ),
  agency: L('id perangkat daerah dari agencies', 'id of an agency in agencies'),
  horizon: L('quick-win, short, medium atau long', 'quick-win, short, medium or long'),
  status: L('status inovasi (bawaan planned)', 'status of the innovation (default planned)'),
  start: L('tanggal mulai YYYY-MM-DD', 'start date YYYY-MM-DD'),
  end: L('target selesai YYYY-MM-DD', 'planned end YYYY-MM-DD'),
  description: L('deskripsi singkat', 'short description'),
  id: L('id baru (bawaan: dibentuk dari nama)', 'the new id (default: derived from the name)'),
  innovation: L('id inovasi (kpi-measurement)', 'id of the innovation (kpi-measurement)'),
  kpi: L('id KPI inovasi itu (kpi-measurement)', "id of that innovation's KPI (kpi-measurement)"),
  date: L(
    'tanggal YYYY-MM-DD (pengukuran atau evaluasi)',
    'date YYYY-MM-DD (of the measurement or evaluation)',
  ),
  value: L('nilai terukur (kpi-measurement)', 'measured value (kpi-measurement)'),
  note: L('catatan pengukuran (kpi-measurement)', 'note on the measurement (kpi-measurement)'),
  kind: L(
    'self-assessment, internal atau external (evaluation)',
    'self-assessment, internal or external (evaluation)',
  ),
  year: L('tahun siklus evaluasi (evaluation)', 'cycle year of the evaluation (evaluation)'),
  stage: L('tahap I atau II (evaluation)', 'stage I or II (evaluation)'),
  title: L('judul evaluasi (evaluation)', 'title of the evaluation (evaluation)'),
};

const OPTIONS: Record<string, OptionSpec> = Object.fromEntries(
  Object.entries(FLAG_DESCRIPTIONS).map(([flag, description]) => [
    flag,
    {
      type: 'string',
      valueName: flag === 'date' || flag === 'start' || flag === 'end' ? '<YYYY-MM-DD>' : '<value>',
      description,
    },
  ]),
);

async function collect(ctx: CommandContext, kind: AddKind, ws: Workspace): Promise<Values> {
  const specs = FIELDS[kind];
  const known = new Set(specs.map((s) => s.flag));
  for (const flag of Object.keys(FLAG_DESCRIPTIONS)) {
    if (ctx.args.values[flag] !== undefined && !known.has(flag)) {
      throw new CliError({
        code: 'usage',
        what: L(`--${flag} tidak berlaku untuk add ${kind}`, `--${flag} does not apply to add ${kind}`),
        where: `smartcity add ${kind}`,
        hint: L('Jalankan "smartcity add --help"', 'Run "smartcity add --help"'),
      });
    }
  }
  const values: Values = {};
  for (const spec of specs) {
    const given = ctx.args.values[spec.flag];
    if (typeof given === 'string') {
      values[spec.flag] = spec.check ? spec.check(given, ws, values) : given.trim();
      continue;
    }
    if (ctx.interactive && (spec.required || spec.ask)) {
      const choices = spec.choices?.(ws, values, ctx.lang);
      if (choices !== undefined && choices.length === 0 && spec.check) spec.check('', ws, values);
      const answer = await ctx.prompt(tr(spec.label, ctx.lang), {
        ...(choices ? { choices } : {}),
        ...(spec.default !== undefined ? { default: spec.default } : {}),
        validate: (text) => {
          if (text.trim() === '') return spec.required ? L('wajib diisi', 'required') : undefined;
          try {
            spec.check?.(text, ws, values);
            return undefined;
          } catch (error) {
            if (error instanceof CliError) return error.what;
            throw error;
          }
        },
      });
      if (answer.trim() !== '')
        values[spec.flag] = spec.check ? spec.check(answer, ws, values) : answer.trim();
      continue;
    }
    if (spec.default !== undefined) values[spec.flag] = spec.default;
    else if (spec.required) {
      const missing = specs.filter(
        (s) => s.required && s.default === undefined && ctx.args.values[s.flag] === undefined,
      );
      throw new CliError({
        code: 'usage',
        what: L(
          `add ${kind} memerlukan ${missing.map((s) => `--${s.flag}`).join(', ')}`,
          `add ${kind} needs ${missing.map((s) => `--${s.flag}`).join(', ')}`,
        ),
        where: `smartcity add ${kind}`,
        hint: L(
          'Berikan opsinya, atau jalankan di terminal untuk ditanya satu per satu',
          'Give the options, or run it on a terminal to be asked one by one',
        ),
      });
    }
  }
  return values;
}

/** Builds the new record and where it goes; returns a short label for the confirmation. */
function apply(
  kind: AddKind,
  ws: Workspace,
  v: Values,
): { record: unknown; path: (string | number)[]; label: string } {
  if (kind === 'innovation') {
    const id = v.id ?? deriveStableId([v.name!], { taken: new Set(ws.innovations.map((i) => i.id)) });
    const record = {
      id,
      name: v.name!,
      ...(v.description !== undefined ? { description: v.description } : {}),
      pillarId: v.pillar!,
      elementId: v.element!,
      agencyId: v.agency!,
      horizon: v.horizon!,
      ...(v.start !== undefined ? { startDate: v.start } : {}),
      ...(v.end !== undefined ? { endDate: v.end } : {}),
      status: v.status!,
    };
    (ws.innovations as unknown[]).push(record);
    return { record, path: ['innovations', ws.innovations.length - 1], label: `${v.name} (${id})` };
  }
  if (kind === 'kpi-measurement') {
    const innovationIndex = ws.innovations.findIndex((i) => i.id === v.innovation);
    const innovation = ws.innovations[innovationIndex]!;
    const kpiIndex = innovation.kpis.findIndex((k) => k.id === v.kpi);
    const kpi = innovation.kpis[kpiIndex]!;
    const id = deriveStableId([v.date!], { prefix: 'm', taken: new Set(kpi.measurements.map((m) => m.id)) });
    const record = {
      id,
      date: v.date!,
      value: Number(v.value),
      ...(v.note !== undefined ? { note: v.note } : {}),
    };
    (kpi.measurements as unknown[]).push(record);
    return {
      record,
      path: ['innovations', innovationIndex, 'kpis', kpiIndex, 'measurements', kpi.measurements.length - 1],
      label: `${kpi.name} = ${v.value} (${v.date})`,
    };
  }
  const id =
    v.id ??
    deriveStableId([v.kind!, v.year!, v.stage ?? ''], { taken: new Set(ws.evaluations.map((e) => e.id)) });
  const record = {
    id,
    kind: v.kind!,
    cycle: { year: Number(v.year), ...(v.stage !== undefined ? { stage: v.stage } : {}) },
    ...(v.date !== undefined ? { date: v.date } : {}),
    ...(v.title !== undefined ? { title: v.title } : {}),
  };
  (ws.evaluations as unknown[]).push(record);
  return { record, path: ['evaluations', ws.evaluations.length - 1], label: id };
}

/** `smartcity add innovation|kpi-measurement|evaluation <workspace.json>`: one record, validated, written atomically. */
export const command: Command = {
  name: 'add',
  summary: summaryOf('add'),
  usage: 'add innovation|kpi-measurement|evaluation <workspace.json> [options]',
  positionals: [
    {
      name: '<what>',
      required: true,
      description: L(
        'innovation, kpi-measurement atau evaluation',
        'innovation, kpi-measurement or evaluation',
      ),
    },
    {
      name: '<workspace.json>',
      required: true,
      description: L(
        'workspace yang ditambah (ditulis ulang secara atomik)',
        'the workspace to add to (rewritten atomically)',
      ),
    },
  ],
  options: OPTIONS,
  examples: [
    {
      command:
        'smartcity add innovation kota-pontianak/workspace.json --name "E-Retribusi Pasar" --pillar economy --element transaction --agency diskominfo --horizon quick-win',
      description: L('Menambah satu inovasi dengan opsi', 'Add an innovation with options'),
    },
    {
      command: 'smartcity add kpi-measurement kota-pontianak/workspace.json',
      description: L(
        'Di terminal: pilih inovasi dan KPI dari daftar, lalu isi tanggal dan nilai',
        'On a terminal: pick the innovation and KPI from lists, then type the date and value',
      ),
    },
    {
      command:
        'smartcity add evaluation kota-pontianak/workspace.json --kind external --year 2025 --stage I --date 2025-06-12',
      description: L('Mencatat evaluasi Kementerian tahap I', "Record the ministry's stage I evaluation"),
    },
  ],
  async run(ctx) {
    const kindText = ctx.args.positionals[0]!;
    const kind = oneOf('<what>', ADD_KINDS, kindText) as AddKind;
    const file = ctx.args.positionals[1]!;
    if (file === '-') {
      throw usage(
        '<workspace.json>',
        L(
          'add menulis ulang berkasnya; "-" tidak dapat dipakai',
          'add rewrites its file; "-" cannot be used',
        ),
      );
    }
    const workspace = await requireWorkspace(ctx, file);
    const values = await collect(ctx, kind, workspace);
    const draft = structuredClone(workspace);
    const added = apply(kind, draft, values);
    // The whole workspace is validated again: references, dates and cross-checks of the core apply to the new row.
    const parsed = parseWorkspace(draft);
    const errors = parsed.success
      ? []
      : parsed.issues.filter((i) => (i as { severity?: string }).severity !== 'warning');
    if (!parsed.success || errors.length > 0) {
      const first = errors[0] ?? (parsed.success ? undefined : parsed.issues[0]);
      throw new CliError({
        code: first?.code ?? 'invalid_workspace',
        what: first?.message ?? L('catatan baru tidak valid', 'the new record is not valid'),
        where: first ? formatPath(first.path) : file,
        hint: L('Perbaiki nilainya; workspace tidak diubah', 'Fix the value; the workspace was not changed'),
      });
    }
    await writeOutput(ctx, file, `${JSON.stringify(parsed.data, null, 2)}\n`);
    if (ctx.json) {
      ctx.printJson({
        command: 'add',
        ok: true,
        file,
        kind,
        path: added.path,
        pathText: formatPath(added.path),
        record: added.record,
      });
      return EXIT.ok;
    }
    ctx.print(
      `${ctx.style.green('✓')} ${tr(L('Ditambahkan', 'Added'), ctx.lang)} ${kind}: ${added.label} → ${file} (${formatPath(added.path)})`,
    );
    return EXIT.ok;
  },
};
