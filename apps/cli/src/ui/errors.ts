import type { LocalizedText } from '@smartcity/core';
import { type CliLang, tr } from './lang.js';

/** Exit codes: the CLI's contract with scripts (documented in docs/cli.md). */
export const EXIT = {
  /** Success. */
  ok: 0,
  /** The data is invalid (validate) or the command found problems. */
  invalid: 1,
  /** Usage error, or input that cannot be read (missing, a directory, too large, not UTF-8). */
  usage: 2,
  /** An unexpected internal error: a bug. */
  internal: 3,
} as const;

/** One of the documented exit codes. */
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/**
 * An error the CLI expects and explains to a person: what went wrong, where, and what to do. Printed as one line
 * `smartcity: <what> (<where>). <what to do>`; its stack is shown only with `--debug`.
 */
export class CliError extends Error {
  readonly code: string;
  readonly what: LocalizedText;
  readonly where: string | undefined;
  readonly hint: LocalizedText | undefined;
  readonly exitCode: ExitCode;

  constructor(init: {
    code: string;
    what: LocalizedText;
    where?: string | undefined;
    hint?: LocalizedText | undefined;
    exitCode?: ExitCode;
    cause?: unknown;
  }) {
    super(init.what.en, init.cause === undefined ? undefined : { cause: init.cause });
    this.name = 'CliError';
    this.code = init.code;
    this.what = init.what;
    this.where = init.where;
    this.hint = init.hint;
    this.exitCode = init.exitCode ?? EXIT.usage;
  }
}

function sentence(text: string): string {
  const trimmed = text.trim();
  return /[.!?]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}

/** The one-line form of an error in a language, without the `smartcity: ` prefix. */
export function describeError(error: CliError, lang: CliLang): string {
  const what = tr(error.what, lang).replace(/[.\s]+$/, '');
  const where = error.where === undefined ? '' : ` (${error.where})`;
  const hint = error.hint === undefined ? '' : ` ${sentence(tr(error.hint, lang))}`;
  return `${what}${where}.${hint}`;
}

/** The machine form of an error, used in `--json` envelopes. */
export function errorJson(error: CliError, lang: CliLang) {
  return {
    code: error.code,
    exitCode: error.exitCode,
    message: describeError(error, lang),
    messages: { id: describeError(error, 'id'), en: describeError(error, 'en') },
    where: error.where ?? null,
  };
}
