import type { LocalizedText } from '@smartcity/core';
import type { ExitCode } from '../ui/errors.js';
import type { CliLang } from '../ui/lang.js';
import type { Progress } from '../ui/progress.js';
import type { PromptOptions } from '../ui/prompt.js';
import type { Style } from '../ui/style.js';

/** One option a command accepts, parsed with `node:util` `parseArgs`. */
export interface OptionSpec {
  type: 'string' | 'boolean';
  short?: string;
  /** Shown in help after the flag, e.g. `<file>`. */
  valueName?: string;
  description: LocalizedText;
}

/** One positional argument. */
export interface PositionalSpec {
  /** As shown in usage, e.g. `<workspace.json>` or `[dir]`. */
  name: string;
  required: boolean;
  description: LocalizedText;
  /** The last positional may take any number of values (e.g. `report a.json b.json …`). */
  variadic?: boolean;
}

/** An example shown in `--help`. */
export interface ExampleSpec {
  command: string;
  description: LocalizedText;
}

/** The parsed command line given to a command. */
export interface ParsedArgs {
  positionals: string[];
  values: Record<string, string | boolean | undefined>;
}

/** Everything a command may use: parsed arguments, language, output streams, the clock. */
export interface CommandContext {
  args: ParsedArgs;
  lang: CliLang;
  json: boolean;
  debug: boolean;
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** The current instant. The CLI may read the clock (the core may not); tests may pin it with SMARTCITY_NOW. */
  now(): Date;
  /** Styling for stdout (identity when colours are off). */
  style: Style;
  /** The terminal's width in columns when stdout is a terminal (tables wrap to it), else undefined. */
  width: number | undefined;
  /** Writes a line (or lines) of human output to stdout. Ignored with `--json`. */
  print(text?: string): void;
  /** Writes the one JSON document of this run to stdout. */
  printJson(value: unknown): void;
  /** Writes raw output (e.g. `--ics -`) to stdout, also with `--json`. */
  writeStdout(chunk: string | Uint8Array): void;
  /** Writes a human warning or note to stderr. */
  note(text: string): void;
  /** True when questions may be asked: stdin and stdout are terminals and `--json` is not given. */
  interactive: boolean;
  /** Asks a question on the terminal (only when {@link CommandContext.interactive}); answers are validated as typed. */
  prompt(question: string, options?: PromptOptions): Promise<string>;
  /** A progress bar on stderr: only on a terminal, and only if the work passes one second. */
  progress(label: string, total: number): Progress;
}

/**
 * A CLI command: one module in `src/commands/`, loaded lazily by the registry. Adding a command (import, export,
 * report…) means writing one such module and one registry line.
 */
export interface Command {
  name: string;
  summary: LocalizedText;
  /** The usage line without the program name, e.g. `validate <workspace.json>`. */
  usage: string;
  positionals: readonly PositionalSpec[];
  options: Readonly<Record<string, OptionSpec>>;
  examples: readonly ExampleSpec[];
  run(ctx: CommandContext): Promise<ExitCode>;
}
