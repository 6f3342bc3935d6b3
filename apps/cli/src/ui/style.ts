/** Text styling that degrades to plain text: every function is the identity when colours are off. */
export interface Style {
  readonly enabled: boolean;
  bold(text: string): string;
  dim(text: string): string;
  red(text: string): string;
  green(text: string): string;
  yellow(text: string): string;
  cyan(text: string): string;
}

/**
 * Whether a stream may be coloured: only a terminal, never when `NO_COLOR` is set to a non-empty value
 * (https://no-color.org), and never for `--json` output.
 */
export function colourAllowed(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv, json: boolean): boolean {
  if (json) return false;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.TERM === 'dumb') return false;
  return stream.isTTY === true;
}

function wrap(enabled: boolean, open: number, close: number): (text: string) => string {
  if (!enabled) return (text) => text;
  return (text) => `\u001b[${open}m${text}\u001b[${close}m`;
}

/** Builds the styling functions for one stream. */
export function createStyle(enabled: boolean): Style {
  return {
    enabled,
    bold: wrap(enabled, 1, 22),
    dim: wrap(enabled, 2, 22),
    red: wrap(enabled, 31, 39),
    green: wrap(enabled, 32, 39),
    yellow: wrap(enabled, 33, 39),
    cyan: wrap(enabled, 36, 39),
  };
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: matching ANSI escapes is the point
const ANSI = /\u001b\[[0-9;]*m/g;

/** The width a string takes in a terminal: ANSI escapes and combining marks take none. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text.replace(ANSI, '').normalize('NFC')) {
    const code = char.codePointAt(0) ?? 0;
    if (code >= 0x300 && code <= 0x36f) continue;
    // CJK and full-width forms take two cells.
    width +=
      code >= 0x1100 && /[\p{Script=Han}\p{Script=Hangul}\u3000-\u30ff\uff00-\uff60]/u.test(char) ? 2 : 1;
  }
  return width;
}
