// Stable ids for rows that come without one: nested rows of a version 1 file (budget lines, measurements,
// findings, body members) and rows an importer reads from a spreadsheet or a legacy system. The same source keys
// always give the same id, so a re-import of an edited row matches the row it came from.

const MAX_ID_LENGTH = 64;
const HASH_PREFIX = 'id-';

/** Lower-case ASCII slug: accents dropped, runs of anything else become one `-`. */
function slugify(text: string): string {
  return slugifyAscii(text) ?? slugifyUnicode(text);
}

/** The general rule, for any text (NFKD, accents dropped; see {@link slugifyAscii} for the same rule in one pass). */
function slugifyUnicode(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9._]+/g, '-')
    .replace(/[-.]{2,}/g, (run) => (run.includes('-') ? '-' : '.'))
    .replace(/^[^a-z0-9]+|[^a-z0-9]+$/g, '');
}

/**
 * {@link slugifyUnicode}'s result in one pass without regular expressions, for ASCII text (the usual case: ids
 * derived for 100,000 imported rows); `undefined` when the text has a non-ASCII character. A run of characters
 * other than letters, digits and `_` becomes `.` when it is only dots and `-` otherwise; then separators and `_`
 * are trimmed from both ends. The property test in `ids.test.ts` checks it against the general rule.
 */
function slugifyAscii(text: string): string | undefined {
  let out = '';
  let start = 0; // start of the pending run of kept characters
  let i = 0;
  const n = text.length;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c > 0x7f) return undefined;
    if ((c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || c === 0x5f) {
      i++;
      continue;
    }
    if (c >= 0x41 && c <= 0x5a) {
      // An upper-case letter: flush, then keep going in lower case.
      out += text.slice(start, i) + String.fromCharCode(c + 32);
      start = ++i;
      continue;
    }
    // A separator run: only dots → '.', anything else in it → '-'.
    out += text.slice(start, i);
    let dotsOnly = true;
    while (i < n) {
      const d = text.charCodeAt(i);
      if (d > 0x7f) return undefined;
      if ((d >= 0x61 && d <= 0x7a) || (d >= 0x30 && d <= 0x39) || d === 0x5f || (d >= 0x41 && d <= 0x5a))
        break;
      if (d !== 0x2e) dotsOnly = false;
      i++;
    }
    out += dotsOnly ? '.' : '-';
    start = i;
  }
  out += text.slice(start);
  // Trim what is not a letter or digit from both ends.
  let a = 0;
  let b = out.length;
  while (a < b && !isAlnum(out.charCodeAt(a))) a++;
  while (b > a && !isAlnum(out.charCodeAt(b - 1))) b--;
  return a === 0 && b === out.length ? out : out.slice(a, b);
}

function isAlnum(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39);
}

/** The last prefix slugified (importers derive thousands of ids with the same prefix). */
let lastPrefix: { text: string; slug: string } | undefined;

function prefixSlug(prefix: string): string {
  if (lastPrefix?.text !== prefix) lastPrefix = { text: prefix, slug: slugify(prefix) };
  return lastPrefix.slug;
}

/** FNV-1a over UTF-16 code units, as 7 base-36 digits: a short, deterministic tag for unsluggable input. */
function shortHash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(36).padStart(7, '0');
}

/** Cuts a slug to `max` characters, at a `-` when one is near the end, never leaving a trailing separator. */
function cut(slug: string, max: number): string {
  if (slug.length <= max) return slug;
  let out = slug.slice(0, max);
  const dash = out.lastIndexOf('-');
  if (dash >= max - 16 && dash > 0) out = out.slice(0, dash);
  return out.replace(/[^a-z0-9]+$/, '');
}

/**
 * Options of {@link deriveStableId}.
 *
 * @example
 * ```ts
 * const options: DeriveStableIdOptions = { prefix: 'budget', taken: new Set(['budget-apbd-2024']) };
 * ```
 */
export interface DeriveStableIdOptions {
  /** Put in front of the slug (itself slugified), e.g. `'kpi'` → `kpi-…`. */
  prefix?: string;
  /** Ids already used among the sibling rows; a taken slug gets `-2`, `-3`… */
  taken?: ReadonlySet<string>;
}

/**
 * A deterministic id (a slug matching `ID_PATTERN`: lower-case ASCII letters, digits, `.`, `_`, `-`, at most 64
 * characters) from the keys that identify a row in its source, e.g. a budget line's source and year. Accents are
 * dropped (`Dinas Pariwisata & Olahraga` → `dinas-pariwisata-olahraga`); when the slug is in `taken`, `-2`, `-3`…
 * is appended; input that gives no letters or digits gets a short hash (`id-…`). Pure: the same input always gives
 * the same id, so re-importing an edited row finds the row it came from.
 *
 * @example
 * ```ts
 * deriveStableId(['APBD', 2024]); // 'apbd-2024'
 * deriveStableId(['APBD', 2024], { taken: new Set(['apbd-2024']) }); // 'apbd-2024-2'
 * deriveStableId(['Belum ada Perbup masterplan'], { prefix: 'w' }); // 'w-belum-ada-perbup-masterplan'
 * deriveStableId(['???']); // 'id-…' (a hash)
 * ```
 */
export function deriveStableId(
  parts: readonly (string | number)[],
  options: DeriveStableIdOptions = {},
): string {
  const source = parts.length === 1 ? String(parts[0]) : parts.map((p) => String(p)).join(' ');
  const prefix = options.prefix === undefined ? '' : prefixSlug(options.prefix);
  let slug = slugify(source);
  if (slug === '') slug = HASH_PREFIX + shortHash(source);
  if (prefix !== '') slug = `${prefix}-${slug}`;
  const taken = options.taken;
  const base = cut(slug, MAX_ID_LENGTH);
  if (taken === undefined || !taken.has(base)) return base;
  for (let n = 2; ; n++) {
    const suffix = `-${n}`;
    const candidate = cut(slug, MAX_ID_LENGTH - suffix.length) + suffix;
    if (!taken.has(candidate)) return candidate;
  }
}
