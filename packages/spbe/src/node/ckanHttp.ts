import type { LocalizedText } from '@smartcity/core';
import { MAX_DATASETS, mapCkanResponse } from '../importers/ckan.js';
import { ReportBuilder } from '../report.js';
import { decodeText } from '../text/encoding.js';
import type { ImportContext, ImportSource, SpbeImporter, SpbeImportResult } from '../types.js';

/**
 * The defaults of {@link fetchCkan} and {@link ckanHttpImporter}: 30 s per request, 50 MiB per response, pages of
 * 1,000 datasets (CKAN's usual `rows` maximum), at most 100,000 datasets per import (the CKAN mapping's limit).
 *
 * @example
 * ```ts
 * CKAN_HTTP_DEFAULTS.timeoutMs; // 30000
 * ```
 */
export const CKAN_HTTP_DEFAULTS = {
  timeoutMs: 30_000,
  maxBytes: 50 * 1024 * 1024,
  rows: 1000,
  maxDatasets: MAX_DATASETS,
} as const;

/**
 * Limits for reading a CKAN portal over HTTP; every field is optional (see {@link CKAN_HTTP_DEFAULTS}).
 *
 * @example
 * ```ts
 * const options: CkanHttpOptions = { timeoutMs: 10_000, maxBytes: 5 * 1024 * 1024 };
 * ```
 */
export interface CkanHttpOptions {
  /** Milliseconds for each request, body included (default 30,000). */
  timeoutMs?: number;
  /** Bytes read from each response at most; a larger one is abandoned and reported (default 50 MiB). */
  maxBytes?: number;
  /** Datasets asked for per `package_search` page (default 1,000). */
  rows?: number;
  /** Datasets read in all at most; more are reported as truncated (default 100,000). */
  maxDatasets?: number;
}

/**
 * What {@link fetchCkan} read: one `package_search` or `package_show` response (pages combined), the portal's
 * address for dataset links, the number of requests, and the failures, each located at the request's URL without
 * credentials. Never both empty: a failed read has `issues` with an error.
 */
export interface CkanFetch {
  /** The response, `{ help, success: true, result }`; `undefined` when nothing usable was read. */
  json?: { help?: unknown; success: true; result: unknown };
  /** The portal root (no credentials, no trailing slash), e.g. `https://data.kota.go.id/ckan`. */
  portalUrl?: string;
  /** How many GET requests were made. */
  requests: number;
  /** Errors (the read stopped) and warnings (e.g. truncated), located at a URL without credentials. */
  issues: { code: string; message: LocalizedText; file: string; severity: 'error' | 'warning' }[];
}

const USER_AGENT = '@smartcity/spbe (CKAN importer; +https://github.com/smartcity-id/smartcity)';
const ACTION = /^(.*?)\/api\/(?:3\/)?action\/([A-Za-z_]+)\/?$/;

/**
 * A URL for reports and messages: no user name, password or fragment; anything unreadable says so.
 *
 * @example
 * ```ts
 * describeCkanUrl('https://admin:rahasia@data.kota.go.id/ckan/'); // 'https://data.kota.go.id/ckan/'
 * ```
 */
export function describeCkanUrl(url: string): string {
  try {
    const u = new URL(url);
    u.username = '';
    u.password = '';
    u.hash = '';
    return u.toString();
  } catch {
    return 'http://(invalid URL)';
  }
}

/** Removes credentials (`//user:pw@`, the raw password) from an error text that may quote a URL. */
function scrub(text: string, secret: string): string {
  const clean = text.replace(/\/\/[^/\s@]*@/g, '//');
  return secret ? clean.split(secret).join('***') : clean;
}

type Json = Record<string, unknown>;

function isObject(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** CKAN's `error` object as one line: `Not Found Error: Not found`, or the field errors of a validation error. */
function ckanErrorText(error: unknown): string {
  if (!isObject(error)) return '';
  const type = typeof error.__type === 'string' ? error.__type : '';
  const message = typeof error.message === 'string' ? error.message : '';
  const fields = Object.entries(error)
    .filter(([k]) => k !== '__type' && k !== 'message')
    .map(([k, v]) => `${k}: ${Array.isArray(v) ? v.join(' ') : String(v)}`)
    .join('; ');
  return [type, message || fields].filter((x) => x !== '').join(': ');
}

type Page = { ok: true; json: Json; finalUrl: string } | { ok: false; code: string; message: LocalizedText };

/** One GET with a timeout and a byte cap; never throws. */
async function getJson(
  url: URL,
  auth: { header?: string; secret: string },
  options: Required<CkanHttpOptions>,
): Promise<Page> {
  const secret = auth.secret;
  let response: Response;
  const headers: Record<string, string> = { accept: 'application/json', 'user-agent': USER_AGENT };
  if (auth.header) headers.authorization = auth.header;
  for (let attempt = 1; ; attempt++) {
    try {
      response = await fetch(url, {
        method: 'GET',
        headers,
        redirect: 'follow',
        signal: AbortSignal.timeout(options.timeoutMs),
      });
      break;
    } catch (error) {
      // A kept-alive connection the server closed just as it was reused fails before any answer; a GET may be
      // sent again, once, on a fresh connection.
      if (attempt === 1 && closedBeforeAnswer(error)) continue;
      return requestFailure(error, options.timeoutMs, secret);
    }
  }
  const bytes: Uint8Array[] = [];
  let total = 0;
  try {
    const declared = Number(response.headers.get('content-length') ?? Number.NaN);
    if (declared > options.maxBytes) {
      await response.body?.cancel().catch(() => undefined);
      return tooBig(options.maxBytes);
    }
    const reader = response.body?.getReader();
    for (;;) {
      const chunk = reader ? await reader.read() : { done: true as const, value: undefined };
      if (chunk.done) break;
      total += chunk.value.byteLength;
      if (total > options.maxBytes) {
        await reader?.cancel().catch(() => undefined);
        return tooBig(options.maxBytes);
      }
      bytes.push(chunk.value);
    }
  } catch (error) {
    return requestFailure(error, options.timeoutMs, secret);
  }
  const body = new Uint8Array(total);
  let at = 0;
  for (const b of bytes) {
    body.set(b, at);
    at += b.byteLength;
  }
  let json: unknown;
  try {
    json = JSON.parse(decodeText(body).text);
  } catch {
    json = undefined;
  }
  const failed = isObject(json) && json.success === false;
  if (failed || (!response.ok && isObject(json) && isObject(json.error))) {
    const err = ckanErrorText(isObject(json) ? json.error : undefined);
    const status = response.ok ? '' : ` (HTTP ${response.status})`;
    return {
      ok: false,
      code: 'ckan_error',
      message: {
        id: `Portal CKAN menjawab gagal${status}${err ? `: ${scrub(err, secret)}` : ''}`,
        en: `The CKAN portal answered with a failure${status}${err ? `: ${scrub(err, secret)}` : ''}`,
      },
    };
  }
  if (!response.ok) {
    const text = `HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`;
    return {
      ok: false,
      code: 'http_status',
      message: { id: `Portal menjawab ${text}`, en: `The portal answered ${text}` },
    };
  }
  if (!isObject(json)) {
    const type = scrub(response.headers.get('content-type') ?? '?', secret).slice(0, 100);
    return {
      ok: false,
      code: 'invalid_json',
      message: {
        id: `Jawaban bukan JSON (${type}); apakah ini portal CKAN?`,
        en: `The answer is not JSON (${type}); is this a CKAN portal?`,
      },
    };
  }
  return { ok: true, json, finalUrl: response.url };
}

/** Whether a fetch failed because the connection was closed or reset before the server answered. */
function closedBeforeAnswer(error: unknown): boolean {
  const cause = error instanceof Error ? (error.cause as { code?: unknown } | undefined) : undefined;
  const code = typeof cause?.code === 'string' ? cause.code : '';
  return code === 'UND_ERR_SOCKET' || code === 'ECONNRESET' || code === 'EPIPE';
}

function tooBig(maxBytes: number): Page {
  return {
    ok: false,
    code: 'response_too_big',
    message: {
      id: `Jawaban lebih dari ${maxBytes} byte; pembacaan dihentikan`,
      en: `The answer is larger than ${maxBytes} bytes; reading stopped`,
    },
  };
}

function requestFailure(error: unknown, timeoutMs: number, secret: string): Page {
  const name = error instanceof Error ? error.name : '';
  if (name === 'TimeoutError' || name === 'AbortError') {
    return {
      ok: false,
      code: 'timeout',
      message: {
        id: `Portal tidak menjawab dalam ${timeoutMs} ms`,
        en: `The portal did not answer within ${timeoutMs} ms`,
      },
    };
  }
  const cause = error instanceof Error && error.cause instanceof Error ? error.cause : undefined;
  const reason = scrub(
    cause ? cause.message : error instanceof Error ? error.message : String(error),
    secret,
  ).slice(0, 300);
  return {
    ok: false,
    code: 'request_failed',
    message: { id: `Permintaan gagal: ${reason}`, en: `The request failed: ${reason}` },
  };
}

/** The portal root of an action URL or a root URL, without credentials, query or trailing slash. */
function rootOf(url: URL): string {
  const u = new URL(describeCkanUrl(url.toString()));
  const m = ACTION.exec(u.pathname);
  return `${u.origin}${(m?.[1] ?? u.pathname).replace(/\/+$/, '')}`;
}

function positive(value: number | undefined, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 1 ? Math.floor(value) : fallback;
}

/**
 * Reads datasets straight from a CKAN portal with GET requests: a portal root (`https://data.kota.go.id`, or with a
 * path prefix such as `/ckan`) or a `package_search` URL is paged with `start` and `rows` until the `count` the
 * portal reports (at most `maxDatasets`, truncation reported); a `package_show` URL is one request. Each request has
 * a timeout and a byte cap; credentials in the URL are sent as HTTP Basic auth and never appear in `issues`.
 * Never throws.
 *
 * @example
 * ```ts
 * const read = await fetchCkan('https://data.pontianak.go.id', { timeoutMs: 10_000 });
 * read.requests; // 3 for 2,500 datasets
 * (read.json?.result as { results: unknown[] }).results.length; // 2500
 * ```
 */
export async function fetchCkan(url: string, options: CkanHttpOptions = {}): Promise<CkanFetch> {
  const o: Required<CkanHttpOptions> = {
    timeoutMs: positive(options.timeoutMs, CKAN_HTTP_DEFAULTS.timeoutMs),
    maxBytes: positive(options.maxBytes, CKAN_HTTP_DEFAULTS.maxBytes),
    rows: positive(options.rows, CKAN_HTTP_DEFAULTS.rows),
    maxDatasets: positive(options.maxDatasets, CKAN_HTTP_DEFAULTS.maxDatasets),
  };
  const file = describeCkanUrl(url);
  const out: CkanFetch = { requests: 0, issues: [] };
  let given: URL;
  try {
    given = new URL(url);
  } catch {
    given = new URL('invalid:');
  }
  if (given.protocol !== 'http:' && given.protocol !== 'https:') {
    out.issues.push({
      code: 'invalid_url',
      file,
      severity: 'error',
      message: { id: 'Bukan alamat http(s):// yang valid', en: 'Not a valid http(s):// address' },
    });
    return out;
  }
  // fetch refuses URLs with credentials: they travel as an Authorization header instead.
  const user = decodeURIComponent(given.username);
  const secret = decodeURIComponent(given.password);
  const auth = {
    header: user || secret ? `Basic ${Buffer.from(`${user}:${secret}`).toString('base64')}` : undefined,
    secret,
  };
  const bare = new URL(file);
  const action = ACTION.exec(bare.pathname)?.[2];
  out.portalUrl = rootOf(bare);
  const fail = (request: URL, page: Extract<Page, { ok: false }>) => {
    out.issues.push({
      code: page.code,
      message: page.message,
      file: describeCkanUrl(request.toString()),
      severity: 'error',
    });
  };
  if (action !== undefined && action !== 'package_search') {
    if (action !== 'package_show') {
      out.issues.push({
        code: 'unsupported_ckan_action',
        file,
        severity: 'error',
        message: {
          id: `Aksi "${action}" tidak didukung; hanya package_show dan package_search`,
          en: `The action "${action}" is not supported; only package_show and package_search`,
        },
      });
      return out;
    }
    out.requests++;
    const page = await getJson(bare, auth, o);
    if (!page.ok) fail(bare, page);
    else {
      out.json = { help: page.json.help, success: true, result: page.json.result };
      out.portalUrl = rootOf(new URL(page.finalUrl || bare.toString()));
    }
    return out;
  }
  const search = action ? bare : new URL(`${out.portalUrl}/api/3/action/package_search`);
  const pageRows = Math.min(positive(Number(search.searchParams.get('rows') ?? Number.NaN), o.rows), o.rows);
  const first = Math.max(0, Math.floor(Number(search.searchParams.get('start') ?? 0)) || 0);
  const results: unknown[] = [];
  const seen = new Set<string>();
  let help: unknown;
  let count: number | undefined;
  let start = first;
  while (results.length < o.maxDatasets && (count === undefined || start < count)) {
    const request = new URL(search.toString());
    request.searchParams.set('start', String(start));
    request.searchParams.set('rows', String(Math.min(pageRows, o.maxDatasets - results.length)));
    out.requests++;
    const page = await getJson(request, auth, o);
    if (!page.ok) {
      fail(request, page);
      break;
    }
    const result = page.json.result;
    const list = isObject(result) && Array.isArray(result.results) ? result.results : undefined;
    if (!list || typeof (result as Json).count !== 'number') {
      out.issues.push({
        code: 'not_ckan',
        file: describeCkanUrl(request.toString()),
        severity: 'error',
        message: {
          id: 'Bukan hasil package_search CKAN ({count, results})',
          en: 'Not a CKAN package_search result ({count, results})',
        },
      });
      break;
    }
    if (count === undefined) {
      help = page.json.help;
      out.portalUrl = rootOf(new URL(page.finalUrl || request.toString()));
    }
    count = (result as Json).count as number;
    for (const ds of list) {
      if (results.length >= o.maxDatasets) break;
      // A dataset added while paging shifts the pages: one seen before is not taken twice.
      const key = isObject(ds) ? String(ds.id ?? ds.name ?? '') : '';
      if (key !== '' && seen.has(key)) continue;
      if (key !== '') seen.add(key);
      results.push(ds);
    }
    if (list.length === 0) break;
    start += list.length;
  }
  if (count !== undefined && results.length >= o.maxDatasets && count - first > o.maxDatasets) {
    out.issues.push({
      code: 'too_big',
      file,
      severity: 'warning',
      message: {
        id: `Portal mencatat ${count} dataset; hanya ${o.maxDatasets} pertama yang dibaca`,
        en: `The portal lists ${count} datasets; only the first ${o.maxDatasets} were read`,
      },
    });
  }
  if (count !== undefined) out.json = { help, success: true, result: { count, results } };
  return out;
}

function optionsOf(source: ImportSource): CkanHttpOptions {
  const o = source.options ?? {};
  const num = (v: unknown) => (typeof v === 'number' ? v : undefined);
  return {
    timeoutMs: num(o.timeoutMs),
    maxBytes: num(o.maxBytes),
    rows: num(o.rows),
    maxDatasets: num(o.maxDatasets),
  };
}

/**
 * CKAN open-data portals read live over HTTP(S): a source whose `url` is a portal root or a `package_search` /
 * `package_show` Action API URL. The pages are combined into one `package_search` response and mapped like a saved
 * one ({@link ckanImporter}): datasets become evidence for innovations and pillars, naive timestamps are read in the
 * city's zone. `options` on the source: `timeoutMs`, `maxBytes`, `rows`, `maxDatasets` ({@link CkanHttpOptions}),
 * `portalUrl` (the address for dataset links). Failures are errors in the report, never exceptions. Node only.
 *
 * @example
 * ```ts
 * const { data, report } = await ckanHttpImporter.import(
 *   { name: 'https://data.pontianak.go.id/', url: 'https://data.pontianak.go.id' }, { workspace });
 * report.counts.read; // every dataset of the portal
 * ```
 */
export const ckanHttpImporter: SpbeImporter = {
  id: 'ckan-http',
  label: { id: 'Portal data terbuka CKAN (langsung)', en: 'CKAN open-data portal (live)' },
  async detect(source) {
    if (!source.url || !/^https?:\/\//i.test(source.url)) return 0;
    return /\/api\/(?:3\/)?action\//i.test(source.url) ? 1 : 0.9;
  },
  async import(source: ImportSource, context: ImportContext): Promise<SpbeImportResult> {
    const url = source.url ?? '';
    const file = describeCkanUrl(url);
    const report = new ReportBuilder({ file, kind: 'ckan', format: 'http' });
    const read = await fetchCkan(url, optionsOf(source));
    for (const i of read.issues) report.add(i.code, i.message, { file: i.file }, i.severity);
    if (!read.json) return { data: {}, report: report.build() };
    const given = source.options?.portalUrl;
    const portalUrl = typeof given === 'string' ? given : read.portalUrl;
    const data = mapCkanResponse(read.json, file, { ...context, portalUrl }, report);
    return { data, report: report.build() };
  },
};
