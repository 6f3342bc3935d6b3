import { parseArgs } from 'node:util';
import { COMMANDS, findCommand, suggestCommand } from './commands/registry.js';
import type { Command, CommandContext, OptionSpec, ParsedArgs } from './commands/types.js';
import { CliError, describeError, EXIT, type ExitCode, errorJson } from './ui/errors.js';
import { commandHelpJson, GLOBAL_OPTIONS, renderCommandHelp, renderTopHelp } from './ui/help.js';
import { type CliLang, isCliLang } from './ui/lang.js';
import { MSG } from './ui/messages.js';
import { createProgress } from './ui/progress.js';
import { createPrompter, type Prompter } from './ui/prompt.js';
import { colourAllowed, createStyle } from './ui/style.js';

/** Where the CLI writes; process streams in production, replaceable for in-process use. */
export interface CliIo {
  stdout: { isTTY?: boolean; columns?: number; write(text: string | Uint8Array): boolean };
  stderr: { isTTY?: boolean; write(text: string): boolean };
  /** Where answers to questions come from (interactive commands); absent = never interactive. */
  stdin?: NodeJS.ReadableStream & { isTTY?: boolean };
  env: NodeJS.ProcessEnv;
  cwd: string;
}

interface Prescan {
  /** `null` when `--lang` was given without a value. */
  lang: string | null | undefined;
  json: boolean;
  debug: boolean;
  help: boolean;
  commandIndex: number;
}

/**
 * Finds the global flags and the command name before the command's own options are known, so that usage errors
 * can already speak the chosen language. The command is the first token that is neither an option nor the value
 * of `--lang`; scanning stops at `--`.
 */
function prescan(argv: readonly string[]): Prescan {
  const found: Prescan = { lang: undefined, json: false, debug: false, help: false, commandIndex: -1 };
  for (let i = 0; i < argv.length; i++) {
    const token = argv[i]!;
    if (token === '--') break;
    if (token === '--lang') {
      const value = argv[i + 1];
      // A missing value (or another flag in its place) is reported as such, not as an unknown language.
      found.lang = value === undefined || value.startsWith('-') ? null : value;
      if (found.lang !== null) i++;
    } else if (token.startsWith('--lang=')) found.lang = token.slice('--lang='.length);
    // `--json=yes` is a usage error (a flag takes no value), but the error itself should then be JSON.
    else if (token === '--json' || token.startsWith('--json=')) found.json = true;
    else if (token === '--debug') found.debug = true;
    else if (token === '--help' || token === '-h') found.help = true;
    else if (!token.startsWith('-') && found.commandIndex < 0) found.commandIndex = i;
  }
  return found;
}

function resolveLang(flag: string | null | undefined, env: NodeJS.ProcessEnv): CliLang {
  if (flag === null) {
    throw new CliError({
      code: 'usage',
      what: MSG.optionNeedsValue('--lang'),
      where: '--lang',
      hint: MSG.useIdOrEn,
    });
  }
  if (flag !== undefined) {
    if (isCliLang(flag)) return flag;
    throw new CliError({
      code: 'unsupported_lang',
      what: MSG.unsupportedLang(flag),
      where: '--lang',
      hint: MSG.useIdOrEn,
    });
  }
  const fromEnv = env.SMARTCITY_LANG;
  if (fromEnv === undefined || fromEnv === '') return 'id';
  if (isCliLang(fromEnv)) return fromEnv;
  throw new CliError({
    code: 'unsupported_lang',
    what: MSG.unsupportedLang(fromEnv),
    where: 'SMARTCITY_LANG',
    hint: MSG.useIdOrEn,
  });
}

function usageError(command: string, error: unknown): CliError {
  const message = error instanceof Error ? error.message : String(error);
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
  const option = /'(-{1,2}[^' ]+)/.exec(message)?.[1] ?? '';
  const what =
    code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION'
      ? MSG.unknownOption(option)
      : code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL'
        ? MSG.tooManyArguments(/'([^']*)'/.exec(message)?.[1] ?? '')
        : code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && /argument missing|ambiguous/.test(message)
          ? MSG.optionNeedsValue(option)
          : code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && /does not take an argument/.test(message)
            ? MSG.optionTakesNoValue(option)
            : MSG.badOption(message);
  return new CliError({
    code: 'usage',
    what,
    where: `smartcity ${command}`,
    hint: MSG.seeCommandHelp(command),
    cause: error,
  });
}

/**
 * `--risks -1` would make `parseArgs` read `-1` as an option and report a missing value; a value that looks like a
 * negative number is attached to its string option (`--risks=-1`) so the command can say what is wrong with it.
 */
function attachNegativeValues(argv: readonly string[], all: Readonly<Record<string, OptionSpec>>): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const token = argv[i]!;
    const next = argv[i + 1];
    const name = token.startsWith('--') ? token.slice(2) : undefined;
    if (name !== undefined && all[name]?.type === 'string' && next !== undefined && /^-\d/.test(next)) {
      out.push(`${token}=${next}`);
      i++;
    } else out.push(token);
  }
  return out;
}

/** Parses a command's arguments strictly (global options included) the way `node:util` `parseArgs` does. */
export function parseCommandArgs(command: Command, argv: readonly string[]): ParsedArgs {
  const options: Record<string, { type: 'string' | 'boolean'; short?: string }> = {};
  const all: Record<string, OptionSpec> = { ...GLOBAL_OPTIONS, ...command.options };
  for (const [name, spec] of Object.entries(all)) {
    options[name] = spec.short === undefined ? { type: spec.type } : { type: spec.type, short: spec.short };
  }
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({
      args: attachNegativeValues(argv, all),
      options,
      strict: true,
      allowPositionals: true,
      tokens: true,
    });
  } catch (error) {
    throw usageError(command.name, error);
  }
  // A repeated option silently keeping the last value hides mistakes like `--tz A --tz B`; flags are treated the
  // same way (`--json --json`), so every option is given at most once.
  const seen = new Set<string>();
  for (const token of parsed.tokens ?? []) {
    if (token.kind !== 'option' || all[token.name] === undefined) continue;
    if (seen.has(token.name)) {
      throw new CliError({
        code: 'usage',
        what: MSG.optionRepeated(`--${token.name}`),
        where: `smartcity ${command.name}`,
        hint: MSG.seeCommandHelp(command.name),
      });
    }
    seen.add(token.name);
  }
  return { positionals: parsed.positionals, values: parsed.values as ParsedArgs['values'] };
}

function checkPositionals(command: Command, positionals: readonly string[]): void {
  const max = command.positionals.at(-1)?.variadic ? Number.POSITIVE_INFINITY : command.positionals.length;
  if (positionals.length > max) {
    throw new CliError({
      code: 'usage',
      what: MSG.tooManyArguments(positionals[max]!),
      where: `smartcity ${command.name}`,
      hint: MSG.seeCommandHelp(command.name),
    });
  }
  command.positionals.forEach((spec, index) => {
    if (spec.required && positionals[index] === undefined) {
      throw new CliError({
        code: 'usage',
        what: MSG.missingArgument(spec.name),
        where: `smartcity ${command.name}`,
        hint: MSG.seeCommandHelp(command.name),
      });
    }
  });
}

const ISO_INSTANT =
  /^(\d{4})-(\d{2})-(\d{2})T([01]\d|2[0-3]):([0-5]\d)(?::([0-5]\d)(?:\.\d{1,9})?)?(Z|[+-](?:[01]\d|2[0-3]):?[0-5]\d)$/;

/**
 * Reads `SMARTCITY_NOW` strictly: an ISO 8601 instant with a real calendar date and an offset (`Date` would turn
 * 2026-02-30 into 2 March, and read a bare date-time in the machine's zone).
 */
export function parseInstant(text: string): Date | undefined {
  const match = ISO_INSTANT.exec(text);
  if (!match) return undefined;
  const [, y, m, d] = match;
  const year = Number(y);
  const month = Number(m);
  const day = Number(d);
  const monthDays = [
    31,
    year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28,
    31,
    30,
    31,
    30,
    31,
    31,
    30,
    31,
    30,
    31,
  ];
  if (month < 1 || month > 12 || day < 1 || day > monthDays[month - 1]!) return undefined;
  const date = new Date(text);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

function pinnedNow(env: NodeJS.ProcessEnv): () => Date {
  const pinned = env.SMARTCITY_NOW;
  if (pinned === undefined || pinned === '') return () => new Date();
  const date = parseInstant(pinned);
  if (date === undefined) {
    throw new CliError({
      code: 'usage',
      what: {
        id: `SMARTCITY_NOW bukan waktu ISO 8601 yang valid: "${pinned}"`,
        en: `SMARTCITY_NOW is not a valid ISO 8601 instant: "${pinned}"`,
      },
      where: 'SMARTCITY_NOW',
      hint: { id: 'Contoh: 2024-07-01T09:00:00+07:00', en: 'Example: 2024-07-01T09:00:00+07:00' },
    });
  }
  return () => new Date(date.getTime());
}

function createContext(
  io: CliIo,
  args: ParsedArgs,
  lang: CliLang,
  json: boolean,
  debug: boolean,
): CommandContext & { dispose(): void } {
  const style = createStyle(colourAllowed(io.stdout, io.env, json));
  const errStyle = createStyle(colourAllowed(io.stderr, io.env, false));
  const interactive = io.stdin?.isTTY === true && io.stdout.isTTY === true && !json;
  let prompter: Prompter | undefined;
  return {
    interactive,
    async prompt(question, options) {
      if (!interactive || io.stdin === undefined) {
        throw new Error('prompt() outside an interactive session');
      }
      prompter ??= createPrompter(io.stdin, io.stdout, lang);
      return prompter.ask(style.bold(question), options);
    },
    dispose() {
      prompter?.close();
    },
    args,
    lang,
    json,
    debug,
    cwd: io.cwd,
    env: io.env,
    now: pinnedNow(io.env),
    style,
    width: io.stdout.isTTY === true && !json ? io.stdout.columns : undefined,
    print(text = '') {
      if (!json) io.stdout.write(`${text}\n`);
    },
    printJson(value) {
      io.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
    },
    writeStdout(chunk) {
      io.stdout.write(chunk);
    },
    note(text) {
      io.stderr.write(`${errStyle.yellow(text)}\n`);
    },
    progress(label, total) {
      return createProgress({
        stream: io.stderr,
        enabled: io.stderr.isTTY === true && !json,
        total,
        label,
      });
    },
  };
}

/** Reports a failure: one line on stderr (stack only with --debug) and, with --json, an envelope on stdout. */
export function reportFailure(
  error: unknown,
  io: CliIo,
  state: { lang: CliLang; json: boolean; debug: boolean; command: string | null },
): ExitCode {
  const known =
    error instanceof CliError
      ? error
      : new CliError({
          code: 'internal',
          what: MSG.internalError(error instanceof Error ? error.message : String(error)),
          hint: MSG.internalErrorHint,
          exitCode: EXIT.internal,
          cause: error,
        });
  const style = createStyle(colourAllowed(io.stderr, io.env, false));
  io.stderr.write(`${style.red('smartcity:')} ${describeError(known, state.lang)}\n`);
  if (state.debug) {
    const original = known.cause ?? known;
    io.stderr.write(
      `${original instanceof Error ? (original.stack ?? original.message) : String(original)}\n`,
    );
  }
  if (state.json) {
    io.stdout.write(
      `${JSON.stringify({ command: state.command, ok: false, error: errorJson(known, state.lang) }, null, 2)}\n`,
    );
  }
  return known.exitCode;
}

/**
 * Runs the CLI for the arguments after the program name and returns the exit code. Never throws: every failure
 * becomes one line on stderr and a documented exit code.
 */
export async function run(argv: readonly string[], version: string, io: CliIo): Promise<ExitCode> {
  const state: { lang: CliLang; json: boolean; debug: boolean; command: string | null } = {
    lang: 'id',
    json: false,
    debug: false,
    command: null,
  };
  try {
    const pre = prescan(argv);
    state.json = pre.json;
    state.debug = pre.debug;
    state.lang = resolveLang(pre.lang, io.env);
    const style = createStyle(colourAllowed(io.stdout, io.env, state.json));

    let rest = [...argv];
    let name = pre.commandIndex >= 0 ? argv[pre.commandIndex]! : undefined;
    let wantsHelp = pre.help;
    if (name === 'help') {
      // `smartcity help [command]` is `smartcity [command] --help`.
      rest = argv.filter((_, i) => i !== pre.commandIndex);
      const next = prescan(rest);
      name = next.commandIndex >= 0 ? rest[next.commandIndex] : undefined;
      wantsHelp = true;
    }
    if (name === undefined) {
      const text = renderTopHelp(COMMANDS, version, state.lang, style);
      if (state.json) {
        io.stdout.write(
          `${JSON.stringify(
            {
              command: 'help',
              // Without a command (and without --help) the run is a usage error (exit 2): not ok.
              ok: wantsHelp,
              version,
              commands: COMMANDS.map((c) => ({
                name: c.name,
                summary: c.summary[state.lang],
                summaries: c.summary,
              })),
            },
            null,
            2,
          )}\n`,
        );
        return wantsHelp ? EXIT.ok : EXIT.usage;
      }
      if (wantsHelp) {
        io.stdout.write(`${text}\n`);
        return EXIT.ok;
      }
      io.stderr.write(`${text}\n`);
      return EXIT.usage;
    }

    const entry = findCommand(name);
    if (!entry) {
      const suggestion = suggestCommand(name);
      throw new CliError({
        code: 'unknown_command',
        what: MSG.unknownCommand(name),
        hint: suggestion ? MSG.didYouMean(suggestion) : MSG.seeCommandList,
      });
    }
    state.command = entry.name;
    const command = await entry.load();
    const args = parseCommandArgs(
      command,
      rest.filter((_, i) => i !== prescan(rest).commandIndex),
    );
    if (wantsHelp || args.values.help === true) {
      io.stdout.write(
        state.json
          ? `${JSON.stringify(commandHelpJson(command, state.lang), null, 2)}\n`
          : `${renderCommandHelp(command, state.lang, style)}\n`,
      );
      return EXIT.ok;
    }
    checkPositionals(command, args.positionals);
    const ctx = createContext(io, args, state.lang, state.json, state.debug);
    try {
      return await command.run(ctx);
    } finally {
      ctx.dispose();
    }
  } catch (error) {
    return reportFailure(error, io, state);
  }
}
