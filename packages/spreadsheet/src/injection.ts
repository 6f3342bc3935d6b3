// Formula and CSV injection (OWASP "CSV Injection"): a text that starts with = + - @, a tab, CR or LF, or their
// full-width forms ＝ ＋ － ＠, is run as a formula by Excel, LibreOffice or Google Sheets when a CSV is opened or
// a cell is edited. Every user text is written with one extra leading apostrophe when it starts (after any
// apostrophes already there) with such a trigger; reading strips exactly one apostrophe in the same case, so
// the rule is reversible for every string, including ones that already start with apostrophes.

const TRIGGER = /^'*[=+\-@\t\r\n\uFF1D\uFF0B\uFF0D\uFF20]/;
const ESCAPED = /^'+[=+\-@\t\r\n\uFF1D\uFF0B\uFF0D\uFF20]/;

/**
 * Makes a user text safe to put in a spreadsheet cell or CSV field: prefixes one `'` when the text starts with a
 * formula trigger (`= + - @`, tab, CR, LF, or full-width `＝ ＋ － ＠`), possibly after apostrophes. Numbers are
 * never passed through here: a real number stays a number.
 *
 * @example
 * ```ts
 * neutraliseFormula('=HYPERLINK("http://evil")'); // "'=HYPERLINK(\"http://evil\")"
 * neutraliseFormula('Dinas Kominfo'); // 'Dinas Kominfo'
 * ```
 */
export function neutraliseFormula(text: string): string {
  return TRIGGER.test(text) ? `'${text}` : text;
}

/**
 * Undoes {@link neutraliseFormula}: strips the one apostrophe it added. `restoreFormula(neutraliseFormula(s)) === s`
 * for every string `s`.
 *
 * @example
 * ```ts
 * restoreFormula("'=1+1"); // '=1+1'
 * restoreFormula("'Jl. Merdeka"); // "'Jl. Merdeka" (not a trigger: untouched)
 * ```
 */
export function restoreFormula(text: string): string {
  return ESCAPED.test(text) ? text.slice(1) : text;
}

/**
 * Whether a text, as it stands, would be taken for a formula by a spreadsheet program.
 *
 * @example
 * ```ts
 * startsWithFormulaTrigger('+62 812'); // true
 * startsWithFormulaTrigger("'+62 812"); // false
 * ```
 */
export function startsWithFormulaTrigger(text: string): boolean {
  return /^[=+\-@\t\r\n\uFF1D\uFF0B\uFF0D\uFF20]/.test(text);
}
