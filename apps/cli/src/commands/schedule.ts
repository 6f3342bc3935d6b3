import {
  CALENDAR_EVENT_KIND_LABELS,
  type CalendarEvent,
  localize,
  type ProgrammeCalendar,
  parseTimeZone,
  programmeCalendar,
  toICalendar,
  toZonedDateTime,
  type Workspace,
} from '@smartcity/core';
import { writeOutput } from '../io/output.js';
import { type IssueJson, issueJson, requireWorkspace } from '../io/workspace.js';
import { CliError, EXIT } from '../ui/errors.js';
import { type CliLang, tr } from '../ui/lang.js';
import type { Style } from '../ui/style.js';
import { renderTable } from '../ui/table.js';
import { summaryOf } from './registry.js';
import type { Command } from './types.js';

const T = {
  year: { id: 'tahun program, mis. 2025', en: 'programme year, e.g. 2025' },
  workspace: {
    id: 'workspace JSON: zona waktu, penyesuaian kalender dan tanggal-tanggal kota diambil dari sini',
    en: "workspace JSON: the city's time zone, calendar overrides and dates come from it",
  },
  tz: {
    id: 'zona waktu IANA bila tanpa workspace, mis. Asia/Jakarta',
    en: 'IANA time zone without a workspace, e.g. Asia/Jakarta',
  },
  ics: {
    id: 'tulis juga ekspor iCalendar (.ics) ke berkas ini (direktorinya harus ada); - untuk keluaran standar',
    en: 'also write the iCalendar (.ics) export to this file (its directory must exist); - for standard output',
  },
  force: {
    id: 'ganti berkas --ics walaupun hanya-baca',
    en: 'replace the --ics file even if it is read-only',
  },
  icsStdoutJson: {
    id: '--ics - dan --json sama-sama menulis ke keluaran standar',
    en: '--ics - and --json both write to standard output',
  },
  icsStdoutJsonHint: {
    id: 'Tulis iCalendar ke berkas (--ics kalender.ics), atau hilangkan --json',
    en: 'Write the iCalendar to a file (--ics calendar.ics), or drop --json',
  },
  badYear: (value: string) => ({ id: `tahun "${value}" tidak valid`, en: `invalid year "${value}"` }),
  yearHint: {
    id: 'Berikan tahun empat digit, mis. smartcity schedule 2025 --tz Asia/Jakarta',
    en: 'Give a four-digit year, e.g. smartcity schedule 2025 --tz Asia/Jakarta',
  },
  needSource: { id: 'berikan --workspace atau --tz', en: 'give --workspace or --tz' },
  bothSources: {
    id: '--workspace dan --tz tidak dapat dipakai bersama',
    en: '--workspace and --tz cannot be used together',
  },
  sourceHint: {
    id: 'Zona waktu diambil dari workspace; tanpa workspace, berikan --tz Asia/Jakarta (atau Asia/Pontianak, Asia/Makassar, Asia/Jayapura)',
    en: 'The zone comes from the workspace; without one, give --tz Asia/Jakarta (or Asia/Pontianak, Asia/Makassar, Asia/Jayapura)',
  },
  tzHint: { id: 'Contoh: --tz Asia/Jakarta', en: 'Example: --tz Asia/Jakarta' },
  calendarFailed: { id: 'kalender tidak dapat disusun', en: 'the calendar cannot be built' },
  title: (year: number) => ({ id: `Kalender program ${year}`, en: `Programme calendar ${year}` }),
  date: { id: 'Tanggal', en: 'Date' },
  kind: { id: 'Jenis', en: 'Kind' },
  event: { id: 'Kegiatan', en: 'Event' },
  estimated: {
    id: '* perkiraan: tanggal menurut kebiasaan program, bukan tanggal yang ditetapkan',
    en: '* estimated: a date by programme convention, not a decreed one',
  },
  events: (n: number) => ({ id: `${n} kegiatan`, en: `${n} event${n === 1 ? '' : 's'}` }),
  icsWritten: { id: 'iCalendar ditulis ke', en: 'iCalendar written to' },
  warning: { id: 'Catatan', en: 'Note' },
};

/** One event in the CLI's JSON (documented in docs/cli.md). */
export interface ScheduleEventJson {
  id: string;
  kind: string;
  kindLabel: string;
  label: string;
  labels: { id: string; en: string };
  allDay: boolean;
  start: string | { instant: string; zone: string };
  end: string | { instant: string; zone: string };
  /** Shown as text in the chosen zone: `2025-06-01 – 2025-06-30` or `2025-06-12 09:00–12:00`. */
  when: string;
  estimated: boolean;
  source: string | null;
}

/** The `schedule --json` document (also `calendar-<year>.json` in the demo). */
export interface ScheduleJson {
  command: 'schedule';
  ok: true;
  year: number;
  timeZone: string;
  municipality: { name: string; regionCode: string | null } | null;
  eventCount: number;
  events: ScheduleEventJson[];
  warnings: IssueJson[];
  ics: string | null;
}

/** The date range of an event as people read it, in the calendar's zone. */
export function eventWhen(event: CalendarEvent): string {
  if (event.allDay) return event.start === event.end ? event.start : `${event.start} – ${event.end}`;
  const start = toZonedDateTime(new Date(event.start.instant), event.start.zone);
  const end = toZonedDateTime(new Date(event.end.instant), event.end.zone);
  return start.date === end.date
    ? `${start.date} ${start.time}–${end.time}`
    : `${start.date} ${start.time} – ${end.date} ${end.time}`;
}

/** Builds the programme calendar of a year, from a workspace or from a bare zone; failures become exit 2. */
export function buildCalendar(
  year: number,
  source: { workspace: Workspace } | { timeZone: string },
): ProgrammeCalendar {
  const result =
    'workspace' in source
      ? programmeCalendar(year, { workspace: source.workspace })
      : programmeCalendar(year, { timeZone: source.timeZone });
  if (!result.success) {
    const first = result.issues[0]!;
    throw new CliError({ code: first.code, what: first.message, where: 'schedule', hint: T.sourceHint });
  }
  return result.data;
}

/** The JSON form of a calendar. */
export function scheduleJson(calendar: ProgrammeCalendar, lang: CliLang, ics: string | null): ScheduleJson {
  return {
    command: 'schedule',
    ok: true,
    year: calendar.year,
    timeZone: calendar.timeZone,
    municipality: calendar.municipality
      ? { name: calendar.municipality.name, regionCode: calendar.municipality.regionCode ?? null }
      : null,
    eventCount: calendar.events.length,
    events: calendar.events.map((e) => ({
      id: e.id,
      kind: e.kind,
      kindLabel: localize(CALENDAR_EVENT_KIND_LABELS[e.kind], lang),
      label: localize(e.label, lang),
      labels: { id: e.label.id, en: e.label.en },
      allDay: e.allDay,
      start: e.start,
      end: e.end,
      when: eventWhen(e),
      estimated: e.estimated === true,
      source: e.source ?? null,
    })),
    warnings: calendar.warnings.map((w) => issueJson(w, lang)),
    ics,
  };
}

/** The calendar as an aligned table with a title, for the terminal and for `summary.txt`-style files. */
export function renderSchedule(
  calendar: ProgrammeCalendar,
  lang: CliLang,
  style: Style,
  width?: number,
): string {
  const title = calendar.municipality
    ? `${tr(T.title(calendar.year), lang)} — ${calendar.municipality.name} (${calendar.timeZone})`
    : `${tr(T.title(calendar.year), lang)} (${calendar.timeZone})`;
  const anyEstimated = calendar.events.some((e) => e.estimated === true);
  const lines = [
    style.bold(title),
    '',
    renderTable(
      [tr(T.date, lang), tr(T.kind, lang), tr(T.event, lang)],
      calendar.events.map((e) => [
        eventWhen(e),
        localize(CALENDAR_EVENT_KIND_LABELS[e.kind], lang),
        `${localize(e.label, lang)}${e.estimated ? ' *' : ''}`,
      ]),
      { style, indent: 2, width },
    ),
    '',
    style.dim(
      `  ${tr(T.events(calendar.events.length), lang)}${anyEstimated ? ` · ${tr(T.estimated, lang)}` : ''}`,
    ),
  ];
  return lines.join('\n');
}

function parseYear(value: string): number {
  if (!/^\d{4}$/.test(value)) {
    throw new CliError({
      code: 'usage',
      what: T.badYear(value),
      where: 'smartcity schedule',
      hint: T.yearHint,
    });
  }
  return Number(value);
}

/** `smartcity schedule <year> --workspace <file> | --tz <zone> [--ics <file>]`. */
export const command: Command = {
  name: 'schedule',
  summary: summaryOf('schedule'),
  usage: 'schedule <year> (--workspace <file> | --tz <zone>) [--ics <file>|-] [--force]',
  positionals: [{ name: '<year>', required: true, description: T.year }],
  options: {
    workspace: { type: 'string', short: 'w', valueName: '<file>', description: T.workspace },
    tz: { type: 'string', valueName: '<zone>', description: T.tz },
    ics: { type: 'string', valueName: '<file.ics>', description: T.ics },
    force: { type: 'boolean', description: T.force },
  },
  examples: [
    {
      command: 'smartcity schedule 2025 --workspace kota-pontianak/workspace.json',
      description: {
        id: 'Kalender 2025 Kota Pontianak, termasuk inovasi dan evaluasinya',
        en: "Pontianak's 2025 calendar, including its innovations and evaluations",
      },
    },
    {
      command: 'smartcity schedule 2025 --tz Asia/Makassar --ics kalender-2025.ics',
      description: {
        id: 'Kalender umum program untuk zona WITA, juga sebagai berkas iCalendar',
        en: 'The generic programme calendar for the WITA zone, also as an iCalendar file',
      },
    },
  ],
  async run(ctx) {
    const { lang, style } = ctx;
    const year = parseYear(ctx.args.positionals[0]!);
    const workspaceFile = ctx.args.values.workspace as string | undefined;
    const zoneInput = ctx.args.values.tz as string | undefined;
    const icsFile = ctx.args.values.ics as string | undefined;
    if (icsFile === '-' && ctx.json) {
      throw new CliError({
        code: 'usage',
        what: T.icsStdoutJson,
        where: 'smartcity schedule',
        hint: T.icsStdoutJsonHint,
      });
    }
    if (workspaceFile !== undefined && zoneInput !== undefined) {
      throw new CliError({
        code: 'usage',
        what: T.bothSources,
        where: 'smartcity schedule',
        hint: T.sourceHint,
      });
    }
    let calendar: ProgrammeCalendar;
    if (workspaceFile !== undefined) {
      calendar = buildCalendar(year, { workspace: await requireWorkspace(ctx, workspaceFile) });
    } else if (zoneInput !== undefined) {
      const zone = parseTimeZone(zoneInput);
      if (!zone.success) {
        throw new CliError({
          code: 'invalid_time_zone',
          what: zone.issues[0]!.message,
          where: '--tz',
          hint: T.tzHint,
        });
      }
      calendar = buildCalendar(year, { timeZone: zone.data });
    } else {
      throw new CliError({
        code: 'usage',
        what: T.needSource,
        where: 'smartcity schedule',
        hint: T.sourceHint,
      });
    }
    if (icsFile !== undefined) {
      await writeOutput(ctx, icsFile, toICalendar(calendar, { generatedAt: ctx.now(), lang }), {
        inputs: workspaceFile === undefined ? [] : [workspaceFile],
        force: ctx.args.values.force === true,
      });
      if (icsFile === '-') {
        // The iCalendar is the output: the table would corrupt it. Notes still go to stderr.
        for (const warning of calendar.warnings)
          ctx.note(`${tr(T.warning, lang)}: ${localize(warning.message, lang)}`);
        return EXIT.ok;
      }
    }
    if (ctx.json) {
      ctx.printJson(scheduleJson(calendar, lang, icsFile ?? null));
      return EXIT.ok;
    }
    ctx.print(renderSchedule(calendar, lang, style, ctx.width));
    if (icsFile !== undefined) ctx.print(`\n${style.green('✓')} ${tr(T.icsWritten, lang)} ${icsFile}`);
    for (const warning of calendar.warnings)
      ctx.note(`${tr(T.warning, lang)}: ${localize(warning.message, lang)}`);
    return EXIT.ok;
  },
};
