import {
  type Evidence,
  findPillar,
  HTTP_URL_PATTERN,
  type Innovation,
  isCivilDate,
  type PillarId,
  parseTimeZone,
  zonedTimeToInstant,
} from '@smartcity/core';
import type { ReportBuilder as ReportBuilderType } from '../report.js';
import { ReportBuilder } from '../report.js';
import { sniffFormat } from '../sources.js';
import { decodeText } from '../text/encoding.js';
import type {
  ImportContext,
  ImportSource,
  SpbeImportData,
  SpbeImporter,
  SpbeImportResult,
} from '../types.js';
import { normalizeLabel } from '../values.js';

/** The most datasets one CKAN response (or one portal import) maps; the rest is reported as `too_big`. */
export const MAX_DATASETS = 100_000;

type Json = Record<string, unknown>;

function isObject(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function str(v: unknown): string | undefined {
  return typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined;
}

/**
 * Reads a CKAN timestamp. CKAN writes naive ISO date-times without a zone (`"2021-04-09T11:39:37.657233"`); they
 * are read as wall-clock time in the given IANA zone (the city's), never in the machine's. Timestamps with `Z` or an
 * offset are taken as they are. Returns the UTC instant as ISO text, or `undefined` when unreadable.
 *
 * @example
 * ```ts
 * ckanInstant('2021-04-09T11:39:37.657233', 'Asia/Jakarta'); // '2021-04-09T04:39:37.657Z'
 * ckanInstant('2021-04-09T11:39:37Z', 'Asia/Jakarta'); // '2021-04-09T11:39:37.000Z'
 * ```
 */
export function ckanInstant(text: string, timeZone: string): string | undefined {
  const m = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:?\d{2})?$/.exec(
    text.trim(),
  );
  if (!m || !isCivilDate(m[1])) return undefined;
  const [, date, hh, mm, ss = '00', frac = '', zone] = m;
  if (Number(hh) > 23 || Number(mm) > 59 || Number(ss) > 59) return undefined;
  const ms = frac === '' ? 0 : Math.floor(Number(`0.${frac}`) * 1000);
  if (zone) {
    const d = new Date(
      `${date}T${hh}:${mm}:${ss}.${String(ms).padStart(3, '0')}${zone === 'Z' ? 'Z' : zone}`,
    );
    return Number.isNaN(d.getTime()) ? undefined : d.toISOString();
  }
  const zoneOk = parseTimeZone(timeZone);
  if (!zoneOk.success) return undefined;
  try {
    return new Date(zonedTimeToInstant(date!, `${hh}:${mm}:${ss}`, zoneOk.data).getTime() + ms).toISOString();
  } catch {
    return undefined;
  }
}

function portalBase(envelope: Json, override: unknown): string | undefined {
  const given = str(override);
  if (given && HTTP_URL_PATTERN.test(given)) return given.replace(/\/+$/, '');
  const help = str(envelope.help);
  if (!help) return undefined;
  const m = /^(https?:\/\/[^\s?#]+?)\/api\/(?:\d\/)?action\//.exec(help);
  return m ? m[1] : undefined;
}

function datasetsOf(result: unknown): Json[] | undefined {
  if (isObject(result) && Array.isArray(result.results)) return result.results.filter(isObject);
  if (isObject(result) && (typeof result.name === 'string' || typeof result.id === 'string')) return [result];
  return undefined;
}

function labelsOf(ds: Json): string[] {
  const out: string[] = [];
  for (const key of ['tags', 'groups'] as const) {
    const list = ds[key];
    if (!Array.isArray(list)) continue;
    for (const t of list.slice(0, 500)) {
      if (typeof t === 'string') out.push(t);
      else if (isObject(t)) {
        for (const f of ['name', 'display_name', 'title']) {
          const v = str(t[f]);
          if (v) out.push(v);
        }
      }
    }
  }
  const extras = ds.extras;
  if (Array.isArray(extras)) {
    for (const e of extras.slice(0, 500)) {
      if (!isObject(e)) continue;
      const k = normalizeLabel(str(e.key) ?? '');
      const v = str(e.value);
      if (v && /^(inovasi|innovation|pilar|pillar|smart city|dimensi)/.test(k)) out.push(v);
    }
  }
  return out;
}

function pillarFor(label: string): PillarId | undefined {
  const pillar = findPillar(label) ?? findPillar(label.replace(/[-_]+/g, ' '));
  if (pillar) return pillar.id as PillarId;
  const n = normalizeLabel(label).replace(/^smart /, '');
  return findPillar(n)?.id as PillarId | undefined;
}

/**
 * Maps a CKAN action API response (`package_show` or `package_search`, envelope `{help, success, result}`) to
 * evidence: each dataset becomes a link attached to the innovations and pillars its tags, groups or extras name.
 */
export function mapCkanResponse(
  json: unknown,
  file: string,
  context: Pick<ImportContext, 'workspace' | 'timeZone'> & { portalUrl?: string },
  report: ReportBuilderType,
): SpbeImportData {
  const zone = context.timeZone ?? context.workspace.municipality.timeZone;
  if (
    !isObject(json) ||
    typeof json.success !== 'boolean' ||
    (json.success === true && !('result' in json))
  ) {
    report.add(
      'not_ckan',
      {
        id: 'Bukan respons API CKAN ({help, success, result})',
        en: 'Not a CKAN API response ({help, success, result})',
      },
      { file },
      'error',
    );
    return {};
  }
  if (json.success !== true) {
    const err = isObject(json.error) ? (str(json.error.message) ?? str(json.error.__type)) : undefined;
    report.add(
      'ckan_error',
      {
        id: `Portal CKAN menjawab gagal${err ? `: ${err}` : ''}`,
        en: `The CKAN portal answered with a failure${err ? `: ${err}` : ''}`,
      },
      { file },
      'error',
    );
    return {};
  }
  const datasets = datasetsOf(json.result);
  if (!datasets) {
    report.add(
      'unsupported_ckan_action',
      {
        id: 'Hanya package_show dan package_search yang didukung',
        en: 'Only package_show and package_search are supported',
      },
      { file },
      'error',
    );
    return {};
  }
  const base = portalBase(json, context.portalUrl);
  const ws = context.workspace;
  const innovationById = new Map(ws.innovations.map((i) => [i.id, i]));
  const innovationByName = new Map(ws.innovations.map((i) => [normalizeLabel(i.name), i]));
  const toInnovation = new Map<string, Evidence[]>();
  const toPillar = new Map<PillarId, Evidence[]>();
  const unattached: Evidence[] = [];
  datasets.slice(0, MAX_DATASETS).forEach((ds, index) => {
    const row = index + 1;
    const name = str(ds.name);
    const title = str(ds.title) ?? name;
    const loc = { file, row, column: 'result', value: name ?? title };
    if (!title) {
      report.add(
        'required',
        { id: 'Dataset tanpa nama dan judul', en: 'Dataset without name and title' },
        loc,
        'error',
      );
      report.row(loc, 'rejected');
      return;
    }
    let url: string | undefined;
    if (base && name && /^[a-z0-9_-]{1,100}$/.test(name)) url = `${base}/dataset/${name}`;
    if (!url && Array.isArray(ds.resources)) {
      url = ds.resources
        .filter(isObject)
        .map((r) => str(r.url))
        .find((u) => u !== undefined && HTTP_URL_PATTERN.test(u) && u.length <= 2048);
    }
    const own = str(ds.url);
    if (!url && own && HTTP_URL_PATTERN.test(own)) url = own;
    if (!url) {
      report.add(
        'missing_url',
        {
          id: `Dataset "${title}" tanpa alamat web (berikan alamat portal)`,
          en: `Dataset "${title}" has no web address (give the portal URL)`,
        },
        loc,
        'error',
      );
      report.row(loc, 'rejected');
      return;
    }
    const ext: Record<string, unknown> = {};
    const id = str(ds.id);
    if (id) ext['ckan.id'] = id;
    if (name) ext['ckan.name'] = name;
    const org = isObject(ds.organization)
      ? (str(ds.organization.title) ?? str(ds.organization.name))
      : undefined;
    if (org) ext['ckan.organization'] = org;
    for (const [field, key] of [
      ['metadata_created', 'ckan.created'],
      ['metadata_modified', 'ckan.modified'],
    ] as const) {
      const t = str(ds[field]);
      if (!t) continue;
      const instant = ckanInstant(t, zone);
      if (instant) ext[key] = instant;
      else {
        report.add(
          'invalid_format',
          { id: `Waktu "${t}" tidak terbaca`, en: `Unreadable timestamp "${t}"` },
          { ...loc, column: field, value: t },
        );
      }
    }
    const license = str(ds.license_title) ?? str(ds.license_id);
    if (license) ext['ckan.license'] = license;
    const evidence: Evidence = { label: title.slice(0, 32_767), url, kind: 'link', extensions: ext };
    const labels = labelsOf(ds);
    let attached = false;
    const innovations = new Set<string>();
    const pillars = new Set<PillarId>();
    for (const l of labels) {
      const inn = innovationById.get(l) ?? innovationByName.get(normalizeLabel(l));
      if (inn) innovations.add(inn.id);
      const p = pillarFor(l);
      if (p) pillars.add(p);
    }
    for (const i of innovations) {
      push(toInnovation, i, evidence);
      attached = true;
    }
    for (const p of pillars) {
      push(toPillar, p, evidence);
      attached = true;
    }
    if (!attached) {
      report.add(
        'not_attached',
        {
          id: `Dataset "${title}" tidak menyebut inovasi atau pilar (tag, grup, extras); disimpan sebagai data tambahan`,
          en: `Dataset "${title}" names no innovation or pillar (tags, groups, extras); kept as extension data`,
        },
        loc,
      );
      unattached.push(evidence);
      report.row(loc, 'extension');
      return;
    }
    report.row(loc, 'mapped');
  });
  if (datasets.length > MAX_DATASETS) {
    report.add(
      'too_big',
      {
        id: `Lebih dari ${MAX_DATASETS} dataset; sisanya diabaikan`,
        en: `More than ${MAX_DATASETS} datasets; the rest is ignored`,
      },
      { file },
    );
  }
  const innovations: Innovation[] = [];
  for (const [id, list] of toInnovation) {
    const inn = innovationById.get(id)!;
    const urls = new Set(inn.evidence.map((e) => e.url));
    const add = list.filter((e) => !urls.has(e.url));
    const updated = inn.evidence.map((e) => list.find((n) => n.url === e.url) ?? e);
    const changed = add.length > 0 || JSON.stringify(updated) !== JSON.stringify(inn.evidence);
    if (changed) innovations.push({ ...inn, evidence: [...updated, ...add] });
  }
  const data: SpbeImportData = {};
  if (innovations.length > 0) data.innovations = innovations;
  if (toPillar.size > 0)
    data.pillarEvidence = [...toPillar].map(([pillarId, evidence]) => ({ pillarId, evidence }));
  if (unattached.length > 0) data.datasets = unattached;
  return data;
}

function push<K>(map: Map<K, Evidence[]>, key: K, e: Evidence): void {
  const list = map.get(key);
  if (list) {
    if (!list.some((x) => x.url === e.url)) list.push(e);
  } else map.set(key, [e]);
}

/**
 * Open-data portals (CKAN, Satu Data): `package_show` / `package_search` responses saved as JSON become datasets
 * attached as evidence to innovations and pillars (by tags, groups and extras); naive timestamps are read in the
 * city's zone. Set `options.portalUrl` on the source when the response's `help` field does not name the portal.
 *
 * @example
 * ```ts
 * const json = { help: 'https://data.example.go.id/api/3/action/help_show?name=package_show', success: true,
 *   result: { id: 'a1', name: 'jumlah-umkm', title: 'Jumlah UMKM', tags: [{ name: 'smart-economy' }] } };
 * const { data } = await ckanImporter.import(
 *   { name: 'umkm.json', bytes: new TextEncoder().encode(JSON.stringify(json)) }, { workspace });
 * data.pillarEvidence?.[0]?.pillarId; // 'economy'
 * ```
 */
export const ckanImporter: SpbeImporter = {
  id: 'ckan',
  label: { id: 'Portal data terbuka (CKAN)', en: 'Open-data portal (CKAN)' },
  async detect(source) {
    if (sniffFormat(source) !== 'json' || !source.bytes) return 0;
    const head = decodeText(source.bytes.subarray(0, 4096)).text;
    if (/"success"\s*:/.test(head) && /"result"\s*:/.test(head)) return 0.95;
    if (/"help"\s*:\s*"[^"]*\/api\/3\/action/.test(head)) return 0.9;
    return 0.1;
  },
  async import(source: ImportSource, context: ImportContext): Promise<SpbeImportResult> {
    const report = new ReportBuilder({ file: source.name, kind: 'ckan', format: 'json' });
    let json: unknown;
    try {
      json = JSON.parse(decodeText(source.bytes ?? new Uint8Array()).text);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      report.add(
        'invalid_json',
        { id: `JSON tidak valid: ${reason}`, en: `Invalid JSON: ${reason}` },
        { file: source.name },
        'error',
      );
      return { data: {}, report: report.build() };
    }
    const portalUrl = typeof source.options?.portalUrl === 'string' ? source.options.portalUrl : undefined;
    const data = mapCkanResponse(json, source.name, { ...context, portalUrl }, report);
    return { data, report: report.build() };
  },
};
