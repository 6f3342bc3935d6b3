import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import {
  createWorkspace,
  formatPath,
  INDONESIAN_TIME_ZONE_LABELS,
  type IndonesianTimeZone,
  type Issue,
  localize,
  MUNICIPALITY_KIND_LABELS,
  PILLARS,
  parseTimeZone,
  parseWorkspace,
  provinceOfRegionCode,
  regionCodeKind,
  toCivilDate,
} from '@smartcity/core';
import { EXAMPLE_WORKSPACE } from '../example/workspace.js';
import { parseWholeNumber } from '../io/dates.js';
import { writeNewFile } from '../io/files.js';
import { issueJson } from '../io/workspace.js';
import { CliError, EXIT } from '../ui/errors.js';
import { tr } from '../ui/lang.js';
import { renderPairs, renderTable } from '../ui/table.js';
import { summaryOf } from './registry.js';
import type { Command, CommandContext } from './types.js';

const T = {
  dir: {
    id: 'direktori tujuan (bawaan: direktori saat ini)',
    en: 'target directory (default: the current one)',
  },
  city: {
    id: 'nama daerah tanpa "Kota"/"Kabupaten", mis. Pontianak',
    en: 'name without "Kota"/"Kabupaten", e.g. Pontianak',
  },
  code: { id: 'kode wilayah Kemendagri PP.KK, mis. 61.71', en: 'Kemendagri region code PP.KK, e.g. 61.71' },
  tz: {
    id: 'zona waktu IANA: Asia/Jakarta, Asia/Pontianak, Asia/Makassar atau Asia/Jayapura (bawaan: zona provinsi)',
    en: "IANA time zone: Asia/Jakarta, Asia/Pontianak, Asia/Makassar or Asia/Jayapura (default: the province's zone)",
  },
  kind: {
    id: 'kota atau kabupaten (bawaan: dari kode; KK 71–99 kota, 01–69 kabupaten)',
    en: 'kota or kabupaten (default: from the code; KK 71–99 kota, 01–69 kabupaten)',
  },
  province: {
    id: 'nama provinsi (bawaan: dari kode wilayah), mis. "Kalimantan Barat"',
    en: 'province name (default: from the region code), e.g. "Kalimantan Barat"',
  },
  period: {
    id: 'periode masterplan TAHUN-TAHUN (bawaan: tahun ini + 4 tahun)',
    en: 'masterplan period YEAR-YEAR (default: this year + 4 years)',
  },
  cohort: {
    id: 'tahun daerah bergabung dengan program (angkatan), mis. 2024; ditanyakan di terminal bila tidak diberikan',
    en: 'the year the city joined the programme (cohort), e.g. 2024; asked on a terminal when not given',
  },
  example: {
    id: 'tulis contoh workspace lengkap berkomentar (Kota Contoh) alih-alih workspace kosong',
    en: 'write the full example workspace (Kota Contoh) instead of an empty one',
  },
  exampleAlone: {
    id: '--example tidak dipakai bersama opsi daerah',
    en: '--example is not combined with the municipality options',
  },
  exampleHint: {
    id: 'Jalankan "smartcity init <direktori> --example" saja',
    en: 'Run just "smartcity init <dir> --example"',
  },
  exampleCreated: {
    id: 'Contoh workspace lengkap (Kota Contoh) dibuat; arti setiap kolom: docs/fields.md',
    en: 'Full example workspace (Kota Contoh) created; what every field means: docs/fields.md',
  },
  cohortPrompt: {
    id: 'Tahun bergabung dengan Gerakan Menuju Smart City (kosongkan bila belum)',
    en: 'Year the city joined the Smart City programme (leave empty if not yet)',
  },
  noCohort: {
    id: 'Catatan: tanpa --cohort, tahun bergabung tidak dicatat; tambahkan "cohortYear" di municipality agar evaluasi sebelum tahun itu tidak dianggap terlambat',
    en: 'Note: without --cohort the year the city joined is not recorded; add "cohortYear" to municipality so that evaluations before that year are not reported overdue',
  },
  badName: (flag: string) => ({
    id: `${flag} berisi karakter kontrol (mis. baris baru)`,
    en: `${flag} contains control characters (e.g. a line break)`,
  }),
  badNameHint: { id: 'Tulis nama dalam satu baris', en: 'Write the name on one line' },
  kindConflict: (prefix: string, kind: string) => ({
    id: `nama diawali "${prefix}" tetapi --kind ${kind}`,
    en: `the name starts with "${prefix}" but --kind is ${kind}`,
  }),
  kindConflictHint: {
    id: 'Berikan nama tanpa "Kota"/"Kabupaten" (mis. --city Jayapura) dan pilih --kind',
    en: 'Give the name without "Kota"/"Kabupaten" (e.g. --city Jayapura) and choose --kind',
  },
  dirIsFile: {
    id: 'ini adalah berkas, bukan direktori; init membuat <direktori>/workspace.json',
    en: 'this is a file, not a directory; init creates <dir>/workspace.json',
  },
  dirIsFileHint: (path: string) => ({
    id: `Berikan direktori baru, mis. smartcity init kota-baru …; untuk memeriksa berkas ini: smartcity validate ${path}`,
    en: `Give a new directory, e.g. smartcity init new-city …; to check this file: smartcity validate ${path}`,
  }),
  required: (flag: string) => ({ id: `opsi ${flag} wajib diisi`, en: `option ${flag} is required` }),
  badKind: (value: string) => ({
    id: `jenis daerah "${value}" tidak dikenal`,
    en: `unknown kind of municipality "${value}"`,
  }),
  useKind: { id: 'Gunakan --kind kota atau --kind kabupaten', en: 'Use --kind kota or --kind kabupaten' },
  badPeriod: (value: string) => ({
    id: `periode "${value}" tidak valid`,
    en: `invalid period "${value}"`,
  }),
  usePeriod: {
    id: 'Tulis sebagai TAHUN-TAHUN, tahun akhir tidak sebelum tahun awal, mis. --period 2025-2029',
    en: 'Write it as YEAR-YEAR with the end not before the start, e.g. --period 2025-2029',
  },
  tzHint: { id: 'Contoh: --tz Asia/Pontianak', en: 'Example: --tz Asia/Pontianak' },
  fixFlag: (flag: string) => ({ id: `Perbaiki nilai ${flag}`, en: `Fix the value of ${flag}` }),
  exists: {
    id: 'workspace.json sudah ada di direktori ini dan tidak akan ditimpa',
    en: 'workspace.json already exists in this directory and will not be overwritten',
  },
  existsHint: (file: string) => ({
    id: `Workspace itu dapat diperiksa dengan "smartcity validate ${file}" dan ditambah dengan "smartcity add … ${file}"; untuk workspace baru pilih direktori lain`,
    en: `Check that workspace with "smartcity validate ${file}" and extend it with "smartcity add … ${file}"; for a new workspace pick another directory`,
  }),
  created: { id: 'Workspace baru dibuat', en: 'New workspace created' },
  municipality: { id: 'Daerah', en: 'Municipality' },
  zone: { id: 'Zona waktu', en: 'Time zone' },
  masterplan: { id: 'Masterplan', en: 'Masterplan' },
  emptyMasterplan: (from: number, to: number) => ({
    id: `${from}–${to}, belum ada program`,
    en: `${from}–${to}, no programmes yet`,
  }),
  pillarsTitle: { id: 'Enam pilar Smart City', en: 'The six Smart City pillars' },
  pillar: { id: 'Pilar', en: 'Pillar' },
  shortLabel: { id: 'Singkat', en: 'Short' },
  elements: { id: 'Elemen', en: 'Elements' },
  next: { id: 'Langkah berikutnya', en: 'Next steps' },
  warning: { id: 'Peringatan', en: 'Warning' },
};

// Where each municipality field comes from on the command line, to point an issue at the flag to fix.
const FLAG_OF: Record<string, string> = {
  name: '--city',
  regionCode: '--code',
  timeZone: '--tz',
  kind: '--kind',
  province: '--province',
};

/** Issues that do not block (severity `warning`, core 0.2). */
function isWarning(item: Issue): boolean {
  return (item as { severity?: string }).severity === 'warning';
}

/** Warnings the core returns beside a successful parse (core 0.2), if any. */
function warningsOf(result: object): Issue[] {
  const found =
    (result as { issues?: unknown; warnings?: unknown }).issues ??
    (result as { warnings?: unknown }).warnings;
  return Array.isArray(found) ? (found as Issue[]) : [];
}

function flagOf(item: Issue): string {
  const field = item.path[0] === 'municipality' ? String(item.path[1]) : undefined;
  if (field !== undefined && FLAG_OF[field]) return FLAG_OF[field];
  return item.path[0] === 'masterplan' ? '--period' : formatPath(item.path);
}

// Control characters (a pasted line break, a tab) would end up in every report and calendar line.
// biome-ignore lint/suspicious/noControlCharactersInRegex: that is the point.
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;

function singleLine(value: string, flag: string): string {
  if (CONTROL.test(value)) {
    throw new CliError({ code: 'usage', what: T.badName(flag), where: flag, hint: T.badNameHint });
  }
  return value;
}

const KIND_PREFIXES: readonly { pattern: RegExp; kind: 'kota' | 'kabupaten'; prefix: string }[] = [
  { pattern: /^kabupaten\s+/i, kind: 'kabupaten', prefix: 'Kabupaten' },
  { pattern: /^kab\.\s*/i, kind: 'kabupaten', prefix: 'Kab.' },
  { pattern: /^kota\s+/i, kind: 'kota', prefix: 'Kota' },
];

/**
 * The model stores the name without its kind ("Jayapura", kind "kabupaten"), and labels add the kind back; a name
 * typed with its kind ("Kabupaten Jayapura") would read "Kabupaten Kabupaten Jayapura". The prefix is taken off
 * and, when --kind is not given, used as the kind.
 */
export function splitMunicipalityName(name: string): {
  name: string;
  kind?: 'kota' | 'kabupaten';
  prefix?: string;
} {
  for (const { pattern, kind, prefix } of KIND_PREFIXES) {
    const rest = name.replace(pattern, '');
    if (rest !== name && rest.trim() !== '') return { name: rest.trim(), kind, prefix };
  }
  return { name };
}

function requireString(ctx: CommandContext, name: string): string {
  const value = ctx.args.values[name];
  if (typeof value !== 'string' || value.trim() === '') {
    throw new CliError({
      code: 'usage',
      what: T.required(`--${name}`),
      where: 'smartcity init',
      hint: {
        id: 'Jalankan "smartcity init --help" untuk contoh',
        en: 'Run "smartcity init --help" for an example',
      },
    });
  }
  return value.trim();
}

function parsePeriod(value: string | undefined, currentYear: number): { startYear: number; endYear: number } {
  if (value === undefined) return { startYear: currentYear, endYear: currentYear + 4 };
  const match = /^(\d{4})\s*[-–]\s*(\d{4})$/.exec(value.trim());
  const startYear = Number(match?.[1]);
  const endYear = Number(match?.[2]);
  if (!match || endYear < startYear) {
    throw new CliError({ code: 'usage', what: T.badPeriod(value), where: '--period', hint: T.usePeriod });
  }
  return { startYear, endYear };
}

async function writeExample(ctx: CommandContext, dir: string) {
  const extra = ['city', 'code', 'tz', 'province', 'kind', 'period', 'cohort'].filter(
    (name) => ctx.args.values[name] !== undefined,
  );
  if (extra.length > 0) {
    throw new CliError({ code: 'usage', what: T.exampleAlone, where: `--${extra[0]}`, hint: T.exampleHint });
  }
  const parsed = parseWorkspace(EXAMPLE_WORKSPACE);
  if (!parsed.success) {
    throw new CliError({
      code: 'internal',
      what: parsed.issues[0]!.message,
      where: formatPath(parsed.issues[0]!.path),
      exitCode: EXIT.internal,
    });
  }
  const file = join(dir, 'workspace.json');
  await writeNewFile(file, `${JSON.stringify(EXAMPLE_WORKSPACE, null, 2)}\n`, {
    exists: T.exists,
    hint: T.existsHint(file),
  });
  if (ctx.json) {
    ctx.printJson({ command: 'init', ok: true, file, workspace: parsed.data, pillars: [], warnings: [] });
    return EXIT.ok;
  }
  ctx.print(`${ctx.style.green('✓')} ${tr(T.exampleCreated, ctx.lang)}: ${ctx.style.bold(file)}`);
  ctx.print(`  smartcity validate ${file}`);
  ctx.print(`  smartcity summary ${file} --as-of 2024-12-31`);
  return EXIT.ok;
}

/** `smartcity init [dir]`: a new, valid workspace with an empty masterplan; never overwrites. */
export const command: Command = {
  name: 'init',
  summary: summaryOf('init'),
  usage:
    'init [dir] (--city <name> --code <PP.KK> [--tz <IANA zone>] [--province <name>] [--kind kota|kabupaten] [--period YYYY-YYYY] [--cohort YYYY] | --example)',
  positionals: [{ name: '[dir]', required: false, description: T.dir }],
  options: {
    city: { type: 'string', valueName: '<name>', description: T.city },
    code: { type: 'string', valueName: '<PP.KK>', description: T.code },
    tz: { type: 'string', valueName: '<zone>', description: T.tz },
    province: { type: 'string', valueName: '<name>', description: T.province },
    kind: { type: 'string', valueName: '<kota|kabupaten>', description: T.kind },
    period: { type: 'string', valueName: '<YYYY-YYYY>', description: T.period },
    cohort: { type: 'string', valueName: '<YYYY>', description: T.cohort },
    example: { type: 'boolean', description: T.example },
  },
  examples: [
    {
      command:
        'smartcity init kota-pontianak --city Pontianak --code 61.71 --tz Asia/Pontianak --province "Kalimantan Barat"',
      description: {
        id: 'Membuat kota-pontianak/workspace.json untuk Kota Pontianak',
        en: 'Create kota-pontianak/workspace.json for Kota Pontianak',
      },
    },
    {
      command:
        'smartcity init sleman --city Sleman --code 34.04 --tz Asia/Jakarta --province "DI Yogyakarta" --period 2025-2029',
      description: {
        id: 'Kabupaten (KK 01–69) dengan periode masterplan tertentu',
        en: 'A kabupaten (KK 01–69) with a given masterplan period',
      },
    },
  ],
  async run(ctx) {
    const { lang, style } = ctx;
    const dir = ctx.args.positionals[0] ?? '.';
    try {
      if (!(await stat(dir)).isDirectory()) {
        throw new CliError({
          code: 'not_a_directory',
          what: T.dirIsFile,
          where: dir,
          hint: T.dirIsFileHint(dir),
        });
      }
    } catch (error) {
      if (error instanceof CliError) throw error;
      // Missing: created below.
    }
    if (ctx.args.values.example === true) return writeExample(ctx, dir);
    const typed = singleLine(requireString(ctx, 'city'), '--city');
    const split = splitMunicipalityName(typed);
    const name = split.name;
    const regionCode = requireString(ctx, 'code');
    // Province and zone follow from the region code's province when not given (PROVINCES in the core).
    const known = provinceOfRegionCode(regionCode);
    const zoneInput =
      typeof ctx.args.values.tz === 'string' || !known ? requireString(ctx, 'tz') : known.timeZone;
    const province = singleLine(
      typeof ctx.args.values.province === 'string' || !known ? requireString(ctx, 'province') : known.name,
      '--province',
    );

    const zone = parseTimeZone(zoneInput);
    if (!zone.success) {
      throw new CliError({
        code: 'invalid_time_zone',
        what: zone.issues[0]!.message,
        where: '--tz',
        hint: T.tzHint,
      });
    }
    const kindFlag = ctx.args.values.kind;
    if (typeof kindFlag === 'string' && kindFlag !== 'kota' && kindFlag !== 'kabupaten') {
      throw new CliError({ code: 'usage', what: T.badKind(kindFlag), where: '--kind', hint: T.useKind });
    }
    if (typeof kindFlag === 'string' && split.kind !== undefined && split.kind !== kindFlag) {
      throw new CliError({
        code: 'usage',
        what: T.kindConflict(split.prefix ?? '', kindFlag),
        where: '--city',
        hint: T.kindConflictHint,
      });
    }
    const kind =
      typeof kindFlag === 'string' ? kindFlag : (split.kind ?? regionCodeKind(regionCode) ?? 'kota');
    const currentYear = Number(toCivilDate(ctx.now(), zone.data).slice(0, 4));
    const period = parsePeriod(ctx.args.values.period as string | undefined, currentYear);
    const cohortFlag = ctx.args.values.cohort as string | undefined;
    let cohortYear =
      cohortFlag === undefined
        ? undefined
        : parseWholeNumber(cohortFlag, '--cohort', {
            min: 2017,
            max: currentYear + 1,
            example: '--cohort 2024',
          });
    if (cohortYear === undefined && ctx.interactive) {
      const answer = await ctx.prompt(tr(T.cohortPrompt, lang), {
        validate: (text) => {
          if (text.trim() === '') return undefined;
          try {
            parseWholeNumber(text.trim(), '--cohort', { min: 2017, max: currentYear + 1, example: '2024' });
            return undefined;
          } catch (error) {
            return error instanceof CliError ? error.what : undefined;
          }
        },
      });
      if (answer.trim() !== '') cohortYear = Number(answer.trim());
    }

    const parsed = createWorkspace({
      municipality: {
        name,
        kind,
        regionCode,
        province,
        timeZone: zone.data as IndonesianTimeZone,
        ...(cohortYear === undefined ? {} : { cohortYear }),
      },
      masterplanPeriod: period,
    });
    // createWorkspace validates what the flags said (region code format and kind, province and zone); its first
    // error becomes the error, pointed at the flag to fix; warnings are shown and the workspace is still written.
    const issues = parsed.success ? warningsOf(parsed) : parsed.issues;
    const errors = issues.filter((i) => !isWarning(i));
    if (!parsed.success || errors.length > 0) {
      const first = errors[0] ?? issues[0]!;
      const flag = flagOf(first);
      throw new CliError({ code: first.code, what: first.message, where: flag, hint: T.fixFlag(flag) });
    }
    const workspace = parsed.data;
    const file = join(dir, 'workspace.json');
    await writeNewFile(file, `${JSON.stringify(workspace, null, 2)}\n`, {
      exists: T.exists,
      hint: T.existsHint(file),
    });
    for (const warning of issues.filter(isWarning)) {
      ctx.note(`${tr(T.warning, lang)} (${flagOf(warning)}): ${localize(warning.message, lang)}`);
    }
    if (cohortYear === undefined && !ctx.json) ctx.note(tr(T.noCohort, lang));

    const pillars = PILLARS.map((p) => ({
      id: p.id,
      label: localize(p.label, lang),
      shortLabel: localize(p.shortLabel, lang),
      elements: p.elements.map((e) => e.id),
    }));
    if (ctx.json) {
      ctx.printJson({
        command: 'init',
        ok: true,
        file,
        workspace,
        pillars,
        warnings: issues.filter(isWarning).map((i) => issueJson(i, lang)),
      });
      return EXIT.ok;
    }
    const m = workspace.municipality;
    ctx.print(`${style.green('✓')} ${tr(T.created, lang)}: ${style.bold(file)}`);
    ctx.print(
      renderPairs(
        [
          [
            tr(T.municipality, lang),
            `${m.name} · ${localize(MUNICIPALITY_KIND_LABELS[m.kind], lang)} · ${m.regionCode} · ${m.province}`,
          ],
          [tr(T.zone, lang), `${m.timeZone} · ${localize(INDONESIAN_TIME_ZONE_LABELS[m.timeZone], lang)}`],
          [tr(T.masterplan, lang), tr(T.emptyMasterplan(period.startYear, period.endYear), lang)],
        ],
        { style, indent: 2 },
      ),
    );
    ctx.print();
    ctx.print(`${style.bold(tr(T.pillarsTitle, lang))}:`);
    ctx.print(
      renderTable(
        ['Id', tr(T.pillar, lang), tr(T.shortLabel, lang), tr(T.elements, lang)],
        pillars.map((p) => [p.id, p.label, p.shortLabel, p.elements.map((e) => e.split('.')[1]).join(', ')]),
        { style, indent: 2 },
      ),
    );
    ctx.print();
    ctx.print(`${style.bold(tr(T.next, lang))}:`);
    ctx.print(`  smartcity validate ${file}`);
    ctx.print(`  smartcity schedule ${period.startYear} --workspace ${file}`);
    return EXIT.ok;
  },
};
