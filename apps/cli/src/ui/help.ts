import type { CommandEntry } from '../commands/registry.js';
import type { Command, OptionSpec } from '../commands/types.js';
import { type CliLang, tr } from './lang.js';
import { MSG } from './messages.js';
import { displayWidth, type Style } from './style.js';

/** The options every command accepts, parsed before the command's own. */
export const GLOBAL_OPTIONS: Readonly<Record<string, OptionSpec>> = {
  json: { type: 'boolean', description: MSG.optJson },
  lang: { type: 'string', valueName: '<id|en>', description: MSG.optLang },
  debug: { type: 'boolean', description: MSG.optDebug },
  help: { type: 'boolean', short: 'h', description: MSG.optHelp },
};

function flag(name: string, spec: OptionSpec, lang: CliLang): string {
  const short = spec.short ? `-${spec.short}, ` : '    ';
  const value = spec.type === 'string' ? ` ${spec.valueName ?? `<${tr(MSG.optionValue, lang)}>`}` : '';
  return `${short}--${name}${value}`;
}

function columns(rows: readonly (readonly [string, string])[], indent = 2): string[] {
  const width = Math.max(0, ...rows.map(([left]) => displayWidth(left)));
  return rows.map(
    ([left, right]) => `${' '.repeat(indent)}${left}${' '.repeat(width - displayWidth(left) + 3)}${right}`,
  );
}

function optionRows(options: Readonly<Record<string, OptionSpec>>, lang: CliLang): [string, string][] {
  return Object.entries(options).map(([name, spec]) => [flag(name, spec, lang), tr(spec.description, lang)]);
}

/** `smartcity --help`: the commands, the global options, the exit codes. */
export function renderTopHelp(
  commands: readonly CommandEntry[],
  version: string,
  lang: CliLang,
  style: Style,
): string {
  const lines = [
    `${style.bold('smartcity')} ${version} — ${tr(MSG.tagline, lang)}`,
    '',
    style.bold(`${tr(MSG.usage, lang)}:`),
    `  smartcity ${tr(MSG.commandPlaceholder, lang)}`,
    '',
    style.bold(`${tr(MSG.commands, lang)}:`),
    ...columns(commands.map((c) => [style.cyan(c.name), tr(c.summary, lang)])),
    '',
    style.bold(`${tr(MSG.globalOptions, lang)}:`),
    ...columns([...optionRows(GLOBAL_OPTIONS, lang), ['-v, --version', tr(MSG.optVersion, lang)]]),
    '',
    style.bold(`${tr(MSG.examples, lang)}:`),
    '  $ smartcity init kota-contoh --city Contoh --code 61.71 --tz Asia/Pontianak --province "Kalimantan Barat"',
    '  $ smartcity validate kota-contoh/workspace.json --lang en',
    '  $ smartcity demo --out ./smartcity-demo',
    '',
    `${style.bold(`${tr(MSG.exitCodes, lang)}:`)} ${tr(MSG.exitCodeList, lang)}`,
    tr(MSG.moreHelp, lang),
  ];
  return lines.join('\n');
}

/** `smartcity <command> --help`: usage, arguments, options, examples. */
export function renderCommandHelp(command: Command, lang: CliLang, style: Style): string {
  const lines = [
    `${style.bold(`smartcity ${command.name}`)} — ${tr(command.summary, lang)}`,
    '',
    style.bold(`${tr(MSG.usage, lang)}:`),
    `  smartcity ${command.usage}`,
  ];
  if (command.positionals.length > 0) {
    lines.push('', style.bold(`${tr(MSG.arguments, lang)}:`));
    lines.push(...columns(command.positionals.map((p) => [p.name, tr(p.description, lang)])));
  }
  if (Object.keys(command.options).length > 0) {
    lines.push('', style.bold(`${tr(MSG.options, lang)}:`), ...columns(optionRows(command.options, lang)));
  }
  lines.push('', style.bold(`${tr(MSG.globalOptions, lang)}:`), ...columns(optionRows(GLOBAL_OPTIONS, lang)));
  if (command.examples.length > 0) {
    lines.push('', style.bold(`${tr(MSG.examples, lang)}:`));
    for (const example of command.examples) {
      lines.push(`  $ ${example.command}`, style.dim(`    ${tr(example.description, lang)}`));
    }
  }
  lines.push('', `${style.bold(`${tr(MSG.exitCodes, lang)}:`)} ${tr(MSG.exitCodeList, lang)}`);
  return lines.join('\n');
}

/** One option in `--help --json`. */
export interface OptionHelpJson {
  flag: string;
  short: string | null;
  takesValue: boolean;
  valueName: string | null;
  description: string;
}

function optionJson(name: string, spec: OptionSpec, lang: CliLang): OptionHelpJson {
  return {
    flag: `--${name}`,
    short: spec.short === undefined ? null : `-${spec.short}`,
    takesValue: spec.type === 'string',
    valueName: spec.type === 'string' ? (spec.valueName ?? null) : null,
    description: tr(spec.description, lang),
  };
}

/** `smartcity <command> --help --json`: the same help as data (documented in docs/cli.md). */
export function commandHelpJson(command: Command, lang: CliLang) {
  return {
    command: 'help' as const,
    ok: true as const,
    name: command.name,
    summary: tr(command.summary, lang),
    usage: `smartcity ${command.usage}`,
    arguments: command.positionals.map((p) => ({
      name: p.name,
      required: p.required,
      description: tr(p.description, lang),
    })),
    options: Object.entries(command.options).map(([name, spec]) => optionJson(name, spec, lang)),
    globalOptions: Object.entries(GLOBAL_OPTIONS).map(([name, spec]) => optionJson(name, spec, lang)),
    examples: command.examples.map((e) => ({ command: e.command, description: tr(e.description, lang) })),
  };
}
