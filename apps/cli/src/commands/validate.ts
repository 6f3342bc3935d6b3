import { localize, MUNICIPALITY_KIND_LABELS } from '@smartcity/core';
import { issueJson, readWorkspace } from '../io/workspace.js';
import { EXIT } from '../ui/errors.js';
import { tr } from '../ui/lang.js';
import { renderTable } from '../ui/table.js';
import { summaryOf } from './registry.js';
import type { Command } from './types.js';

const T = {
  file: { id: 'berkas workspace JSON (atau - untuk stdin)', en: 'workspace JSON file (or - for stdin)' },
  valid: { id: 'workspace valid', en: 'valid workspace' },
  issues: (n: number) => ({ id: `${n} masalah ditemukan`, en: `${n} issue${n === 1 ? '' : 's'} found` }),
  where: { id: 'Lokasi', en: 'Location' },
  problem: { id: 'Masalah', en: 'Problem' },
  counts: (w: { innovations: unknown[]; evaluations: unknown[]; risks: unknown[]; agencies: unknown[] }) => ({
    id: `${w.agencies.length} perangkat daerah · ${w.innovations.length} inovasi · ${w.evaluations.length} evaluasi · ${w.risks.length} risiko`,
    en: `${w.agencies.length} agencies · ${w.innovations.length} innovations · ${w.evaluations.length} evaluations · ${w.risks.length} risks`,
  }),
};

/** `smartcity validate <workspace.json>`: every issue with its path, exit 0 valid / 1 invalid / 2 unreadable. */
export const command: Command = {
  name: 'validate',
  summary: summaryOf('validate'),
  usage: 'validate <workspace.json> [--json] [--lang id|en]',
  positionals: [{ name: '<workspace.json>', required: true, description: T.file }],
  options: {},
  examples: [
    {
      command: 'smartcity validate kota-pontianak/workspace.json',
      description: { id: 'Memeriksa satu workspace', en: 'Check one workspace' },
    },
    {
      command: 'smartcity validate workspace.json --json --lang en | jq ".issues[].pathText"',
      description: { id: 'Daftar lokasi masalah untuk skrip', en: 'List issue locations for a script' },
    },
  ],
  async run(ctx) {
    const file = ctx.args.positionals[0]!;
    const result = await readWorkspace(ctx, file);
    const { style, lang } = ctx;
    if (result.success) {
      const w = result.data;
      const m = w.municipality;
      if (ctx.json) {
        ctx.printJson({
          command: 'validate',
          ok: true,
          file,
          valid: true,
          issueCount: 0,
          issues: [],
          workspace: {
            schemaVersion: w.schemaVersion,
            municipality: m.name,
            kind: m.kind,
            regionCode: m.regionCode,
            timeZone: m.timeZone,
            counts: {
              agencies: w.agencies.length,
              innovations: w.innovations.length,
              evaluations: w.evaluations.length,
              risks: w.risks.length,
              programmes: w.masterplan?.programmes.length ?? 0,
            },
          },
        });
      } else {
        ctx.print(
          `${style.green('✓')} ${style.bold(file)}: ${tr(T.valid, lang)} (schemaVersion ${w.schemaVersion})`,
        );
        ctx.print(
          `  ${m.name} · ${localize(MUNICIPALITY_KIND_LABELS[m.kind], lang)} · ${m.regionCode} · ${m.province} · ${m.timeZone}`,
        );
        ctx.print(`  ${tr(T.counts(w), lang)}`);
      }
      return EXIT.ok;
    }
    const issues = result.issues;
    if (ctx.json) {
      ctx.printJson({
        command: 'validate',
        ok: false,
        file,
        valid: false,
        issueCount: issues.length,
        issues: issues.map((i) => issueJson(i, lang)),
        workspace: null,
      });
    } else {
      ctx.print(`${style.red('✗')} ${style.bold(file)}: ${tr(T.issues(issues.length), lang)}`);
      ctx.print();
      ctx.print(
        renderTable(
          [tr(T.where, lang), tr(T.problem, lang)],
          issues.map((i) => [
            style.cyan(issueJson(i, lang).pathText),
            `${localize(i.message, lang)} ${style.dim(`[${i.code}]`)}`,
          ]),
          { style, indent: 2, width: ctx.width },
        ),
      );
    }
    return EXIT.invalid;
  },
};
