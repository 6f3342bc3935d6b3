import type { Issue, IssuePath, Result } from '../issues/index.js';
import { issue } from '../issues/index.js';
import {
  INNOVATION_STATUSES,
  type Innovation,
  type InnovationHistoryEntry,
  type InnovationStatus,
} from './innovation.js';
import {
  EXPECTATIONS,
  historyBreakMessage,
  historyDateMessage,
  historyStatusMessage,
  invalidFormatMessage,
  invalidTransitionMessage,
  invalidValueMessage,
  MESSAGE_KEYS,
} from './messages.js';
import { type CivilDate, isCivilDate } from './primitives.js';

/**
 * The innovation lifecycle as data: for each status, the statuses it may move to.
 *
 * | from | to |
 * |---|---|
 * | planned | in-progress, discontinued |
 * | in-progress | implemented, discontinued |
 * | implemented | evaluated, in-progress (re-opened), discontinued |
 * | evaluated | in-progress (next cycle), discontinued |
 * | discontinued | — (final) |
 *
 * An innovation is evaluated every year (tahap I/II, domain.md §2.2), so "evaluated" leads back to "in-progress"
 * for the next cycle rather than being final; only "discontinued" is final.
 *
 * @example
 * ```ts
 * INNOVATION_TRANSITIONS.implemented; // ['evaluated', 'in-progress', 'discontinued']
 * ```
 */
export const INNOVATION_TRANSITIONS: Readonly<Record<InnovationStatus, readonly InnovationStatus[]>> = {
  planned: ['in-progress', 'discontinued'],
  'in-progress': ['implemented', 'discontinued'],
  implemented: ['evaluated', 'in-progress', 'discontinued'],
  evaluated: ['in-progress', 'discontinued'],
  discontinued: [],
};

const STATUS_SET: ReadonlySet<string> = new Set(INNOVATION_STATUSES);

/**
 * Whether a value is an innovation status.
 *
 * @example
 * ```ts
 * isInnovationStatus('evaluated'); // true
 * isInnovationStatus('done'); // false
 * ```
 */
export function isInnovationStatus(value: unknown): value is InnovationStatus {
  return typeof value === 'string' && STATUS_SET.has(value);
}

/**
 * Whether the lifecycle allows moving from one status to another (see {@link INNOVATION_TRANSITIONS}).
 *
 * @example
 * ```ts
 * canTransition('planned', 'in-progress'); // true
 * canTransition('discontinued', 'planned'); // false
 * ```
 */
export function canTransition(from: InnovationStatus, to: InnovationStatus): boolean {
  return isInnovationStatus(from) && (INNOVATION_TRANSITIONS[from] as readonly string[]).includes(to);
}

/**
 * Options of {@link transitionInnovation}.
 *
 * @example
 * ```ts
 * const options: TransitionOptions = { date: '2024-03-01', note: 'Diluncurkan wali kota' };
 * ```
 */
export interface TransitionOptions {
  /** The civil date of the move; not before the last history entry. */
  date: CivilDate;
  /** Why, in the user's words. */
  note?: string;
}

/**
 * Moves an innovation to another status: returns a new innovation (the input is not changed) with the status set
 * and a history entry appended. Issues: `invalid_transition` (at `status`) when the table does not allow the move,
 * `invalid_format` when the date is not a civil date, `date_order` (at `date`) when it is before the last entry.
 *
 * @example
 * ```ts
 * const result = transitionInnovation(innovation, 'in-progress', { date: '2024-03-01' });
 * if (result.success) result.data.history.at(-1); // { from: 'planned', to: 'in-progress', date: '2024-03-01' }
 * ```
 */
export function transitionInnovation(
  innovation: Innovation,
  to: InnovationStatus,
  options: TransitionOptions,
): Result<Innovation> {
  const issues: Issue[] = [];
  const from = innovation.status;
  if (!isInnovationStatus(to)) {
    issues.push(issue(['status'], 'invalid_value', invalidValueMessage(to, INNOVATION_STATUSES)));
  } else if (!canTransition(from, to)) {
    issues.push(
      issue(
        ['status'],
        'invalid_transition',
        invalidTransitionMessage(from, to, INNOVATION_TRANSITIONS[from] ?? []),
      ),
    );
  }
  const date = options?.date;
  if (!isCivilDate(date)) {
    issues.push(
      issue(['date'], 'invalid_format', invalidFormatMessage(date, EXPECTATIONS[MESSAGE_KEYS.civilDate])),
    );
  } else {
    const last = innovation.history.at(-1);
    if (last && date < last.date)
      issues.push(issue(['date'], 'date_order', historyDateMessage(date, last.date)));
  }
  if (issues.length > 0) return { success: false, issues };
  const entry: InnovationHistoryEntry = { from, to, date };
  if (options.note !== undefined) entry.note = options.note;
  return { success: true, data: { ...innovation, status: to, history: [...innovation.history, entry] } };
}

/**
 * Checks an innovation's history against its status and the lifecycle: each entry continues from the previous
 * one (`from` = previous `to`; only the first may have `from: null`), every move is allowed, dates do not go back,
 * and the last entry ends at the current status. Issues are pushed to `out` with paths under `base`.
 */
export function checkInnovationHistory(innovation: Innovation, base: IssuePath, out: Issue[]): void {
  const history = innovation.history;
  let previous: InnovationHistoryEntry | undefined;
  for (let i = 0; i < history.length; i++) {
    const entry = history[i]!;
    if (previous === undefined) {
      if (entry.from !== null && !canTransition(entry.from, entry.to)) {
        out.push(
          issue(
            [...base, 'history', i, 'to'],
            'invalid_transition',
            invalidTransitionMessage(entry.from, entry.to, INNOVATION_TRANSITIONS[entry.from]),
          ),
        );
      }
    } else {
      if (entry.from !== previous.to) {
        out.push(
          issue(
            [...base, 'history', i, 'from'],
            'inconsistent_history',
            historyBreakMessage(entry.from, previous.to),
          ),
        );
      } else if (!canTransition(entry.from, entry.to)) {
        out.push(
          issue(
            [...base, 'history', i, 'to'],
            'invalid_transition',
            invalidTransitionMessage(entry.from, entry.to, INNOVATION_TRANSITIONS[entry.from]),
          ),
        );
      }
      if (entry.date < previous.date) {
        out.push(
          issue([...base, 'history', i, 'date'], 'date_order', historyDateMessage(entry.date, previous.date)),
        );
      }
    }
    previous = entry;
  }
  if (previous !== undefined && previous.to !== innovation.status) {
    out.push(
      issue(
        [...base, 'status'],
        'inconsistent_history',
        historyStatusMessage(previous.to, innovation.status),
      ),
    );
  }
}
