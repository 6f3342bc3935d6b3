/** A progress indicator for work made of countable steps. */
export interface Progress {
  /** Records `steps` more steps done, optionally naming the current one. */
  tick(steps?: number, label?: string): void;
  /** Ends the indicator and clears its line. */
  done(): void;
}

/** Options of {@link createProgress}. */
export interface ProgressOptions {
  /** Where to draw: stderr, so stdout stays clean for pipes and `--json`. */
  stream: { isTTY?: boolean; write(text: string): boolean };
  /** False for a non-terminal, `--json` or `NO_COLOR`-less pipes: the indicator then does nothing. */
  enabled: boolean;
  total: number;
  label: string;
  /** Work shorter than this never shows a bar (default 1000 ms). */
  delayMs?: number;
  /** Clock in ms; injectable for tests. */
  now?: () => number;
}

const WIDTH = 24;

/**
 * A progress bar on stderr that appears only when the work has already taken longer than `delayMs` and the stream
 * is a terminal, so quick commands and redirected output never see it.
 */
export function createProgress(options: ProgressOptions): Progress {
  const now = options.now ?? (() => performance.now());
  const delay = options.delayMs ?? 1000;
  const start = now();
  const total = Math.max(1, options.total);
  let done = 0;
  let label = options.label;
  let shown = false;
  let lastDraw = 0;

  const draw = () => {
    const fraction = Math.min(1, done / total);
    const filled = Math.round(fraction * WIDTH);
    const bar = `${'█'.repeat(filled)}${'░'.repeat(WIDTH - filled)}`;
    const percent = `${Math.round(fraction * 100)}`.padStart(3);
    options.stream.write(`\r\u001b[2K${bar} ${percent}% ${label}`);
    shown = true;
    lastDraw = now();
  };

  return {
    tick(steps = 1, next) {
      if (!options.enabled) return;
      done += steps;
      if (next !== undefined) label = next;
      const t = now();
      if (t - start < delay) return;
      if (shown && t - lastDraw < 80) return;
      draw();
    },
    done() {
      if (!options.enabled || !shown) return;
      options.stream.write('\r\u001b[2K');
      shown = false;
    },
  };
}
