import type { Lang, LocalizedText } from '../i18n/index.js';
import { localize } from '../i18n/index.js';
import { formatSourceLocation, type SourceLocation } from './source.js';

export { columnLetter, formatSourceLocation, type SourceLocation } from './source.js';

/**
 * Where in a document an issue is: object keys and array indexes from the root, e.g.
 * `['innovations', 3, 'kpis', 0, 'target']`. File-based adapters may prefix it with file, sheet, row and column.
 *
 * @example
 * ```ts
 * const path: IssuePath = ['innovations', 3, 'endDate'];
 * ```
 */
export type IssuePath = (string | number)[];

/**
 * The machine-readable kinds of issue the core reports. Adapters may add their own codes (any string), so
 * consumers should switch on the codes they know and treat the rest generically.
 *
 * @example
 * ```ts
 * const code: IssueCode = 'unknown_reference';
 * ```
 */
export type IssueCode =
  | 'invalid_type'
  | 'invalid_value'
  | 'invalid_format'
  | 'too_small'
  | 'too_big'
  | 'unrecognized_key'
  | 'forbidden_key'
  | 'required'
  | 'duplicate_id'
  | 'unknown_reference'
  | 'element_not_in_pillar'
  | 'date_order'
  | 'unit_mismatch'
  | 'invalid_transition'
  | 'invalid_json'
  | 'unsupported_version'
  | 'invalid_weights'
  | 'invalid_time_zone'
  | 'invalid_key'
  | 'too_deep'
  | 'ambiguous_reference'
  | 'out_of_range'
  | 'duplicate_date'
  | 'inconsistent_history'
  | 'region_code_kind'
  | 'migration_failed'
  | 'unreadable_input'
  | 'unknown_indicator'
  | 'ambiguous_value'
  | 'custom'
  | (string & {});

/**
 * How serious an issue is. An `error` stops the data from being used as it is (parsing fails, an import row is
 * rejected); a `warning` is worth a look but the data was used (a value was normalised, a column was kept as
 * extension data). An issue without a severity is an error.
 *
 * @example
 * ```ts
 * const severity: Severity = 'warning';
 * ```
 */
export type Severity = 'error' | 'warning';

/**
 * A problem found in user data: where it is, what kind it is, and a message in both languages. Issues from files
 * may say where in the file they come from (`source`); `severity` is absent for errors.
 * Issues are values, never thrown: every `parse*` entry point returns them in a {@link Result}.
 *
 * @example
 * ```ts
 * const issue: Issue = {
 *   path: ['innovations', 0, 'agencyId'],
 *   code: 'unknown_reference',
 *   message: { id: 'Perangkat daerah "dishub" tidak dikenal', en: 'Unknown agency "dishub"' },
 * };
 * ```
 */
export interface Issue {
  /** Location from the document root. */
  path: IssuePath;
  /** Machine-readable kind. */
  code: IssueCode;
  /** What is wrong and what was expected, in `id` and `en`. */
  message: LocalizedText;
  /** `warning` when the data could still be used; absent means `error`. */
  severity?: Severity;
  /** Where in a source file (file, sheet, row, column, header, original value) the problem is. */
  source?: SourceLocation;
}

/**
 * The severity of an issue: its `severity`, or `error` when it has none.
 *
 * @example
 * ```ts
 * issueSeverity({ path: [], code: 'required', message: { id: 'Wajib', en: 'Required' } }); // 'error'
 * ```
 */
export function issueSeverity(item: Issue): Severity {
  return item.severity === 'warning' ? 'warning' : 'error';
}

/**
 * Whether an issue is an error (no severity, or `severity: 'error'`).
 *
 * @example
 * ```ts
 * isError({ path: [], code: 'custom', message: { id: 'Catatan', en: 'Note' }, severity: 'warning' }); // false
 * ```
 */
export function isError(item: Issue): boolean {
  return issueSeverity(item) === 'error';
}

/**
 * The outcome of parsing or validating user data: the data (with the warnings found, if any), or the list of
 * issues (errors and warnings). Never an exception.
 *
 * @example
 * ```ts
 * const result: Result<number> = { success: true, data: 42 };
 * if (!result.success) console.log(result.issues);
 * else for (const w of result.warnings ?? []) console.log(w.message.en);
 * ```
 */
export type Result<T> = { success: true; data: T; warnings?: Issue[] } | { success: false; issues: Issue[] };

/**
 * Builds an issue.
 *
 * @example
 * ```ts
 * issue(['municipality', 'regionCode'], 'invalid_format', { id: 'Format salah', en: 'Wrong format' });
 * ```
 */
export function issue(
  path: IssuePath,
  code: IssueCode,
  message: LocalizedText,
  options?: { severity?: Severity; source?: SourceLocation },
): Issue {
  const out: Issue = { path: [...path], code, message };
  if (options?.severity === 'warning') out.severity = 'warning';
  if (options?.source) out.source = { ...options.source };
  return out;
}

/**
 * Builds a warning: an issue with `severity: 'warning'`.
 *
 * @example
 * ```ts
 * warning([], 'custom', { id: 'Kolom "Catatan" disimpan di extensions', en: 'Column "Catatan" kept in extensions' });
 * ```
 */
export function warning(
  path: IssuePath,
  code: IssueCode,
  message: LocalizedText,
  options?: { source?: SourceLocation },
): Issue {
  return issue(path, code, message, { severity: 'warning', source: options?.source });
}

/**
 * Attaches a source location to issues, keeping fields each issue already has (a more precise column, say).
 *
 * @example
 * ```ts
 * const located = locateIssues(result.issues, { file: 'inovasi.xlsx', sheet: 'Inovasi', row: 12 });
 * ```
 */
export function locateIssues(items: readonly Issue[], source: SourceLocation): Issue[] {
  return items.map((i) => ({ ...i, source: { ...source, ...i.source } }));
}

/**
 * Renders a path the way people read it: `innovations[3].kpis[0].target`. The root is `(root)`.
 *
 * @example
 * ```ts
 * formatPath(['innovations', 3, 'kpis', 0, 'target']); // 'innovations[3].kpis[0].target'
 * ```
 */
export function formatPath(path: IssuePath): string {
  if (path.length === 0) return '(root)';
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(part)) out += out === '' ? part : `.${part}`;
    else out += `[${JSON.stringify(part)}]`;
  }
  return out;
}

/**
 * One line for a person: `path: message` in the chosen language. An issue with a source location starts with it,
 * and shows the path in the workspace (when there is one) in parentheses:
 * `inovasi.xlsx › Inovasi › baris 12 › kolom C (Status) (innovations[10].status): …`.
 *
 * @example
 * ```ts
 * formatIssue({ path: ['name'], code: 'required', message: { id: 'Wajib diisi', en: 'Required' } }, 'en');
 * // 'name: Required'
 * formatIssue({ path: [], code: 'required', message: { id: 'Wajib diisi', en: 'Required' },
 *   source: { file: 'a.csv', row: 3, column: 2 } }, 'en');
 * // 'a.csv › row 3 › column B: Required'
 * ```
 */
export function formatIssue(item: Issue, lang: Lang = 'id'): string {
  const text = localize(item.message, lang);
  const where = item.source ? formatSourceLocation(item.source, lang) : '';
  if (where === '') return `${formatPath(item.path)}: ${text}`;
  return item.path.length === 0 ? `${where}: ${text}` : `${where} (${formatPath(item.path)}): ${text}`;
}

/**
 * Prefixes every issue's path, e.g. to place issues of a nested document inside a larger one.
 *
 * @example
 * ```ts
 * prefixIssues(['workspaces', 2], [issue(['name'], 'required', { id: 'Wajib', en: 'Required' })]);
 * // [{ path: ['workspaces', 2, 'name'], … }]
 * ```
 */
export function prefixIssues(prefix: IssuePath, items: readonly Issue[]): Issue[] {
  return items.map((i) => ({ ...i, path: [...prefix, ...i.path] }));
}
