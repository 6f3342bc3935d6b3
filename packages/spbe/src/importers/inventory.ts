import {
  type Agency,
  type Application,
  HTTP_URL_PATTERN,
  type Innovation,
  type Workspace,
} from '@smartcity/core';
import { deriveStableId } from '../internal/core.js';
import { columnLetter, ReportBuilder } from '../report.js';
import { loadTables, sniffFormat } from '../sources.js';
import { type FieldSpec, locateHeader, type SourceTable, type TableRow } from '../table.js';
import type {
  ImportContext,
  ImportSource,
  SpbeImportData,
  SpbeImporter,
  SpbeImportResult,
} from '../types.js';
import {
  type CellValue,
  cellText,
  findUsDates,
  normalizeLabel,
  parseBoolean,
  parseDateCell,
  parseYear,
} from '../values.js';

const A = (...labels: string[]) => labels.map(normalizeLabel);

/** The headings of application inventory exports (flat, two-row merged, and database column names), normalised. */
export const INVENTORY_FIELDS: readonly FieldSpec[] = [
  {
    key: 'name',
    aliases: A(
      'nama aplikasi',
      'nama_aplikasi',
      'nama app',
      'nama_app',
      'judul',
      'judul aplikasi',
      'aplikasi',
      'application',
      'application name',
      'nama',
    ),
  },
  {
    key: 'agency',
    aliases: A(
      'perangkat daerah',
      'opd',
      'unit',
      'kode opd',
      'kode_opd',
      'opd id',
      'opd_id',
      'nama opd',
      'instansi',
      'unit kerja',
      'satuan kerja',
      'skpd',
      'kode skpd',
      'agency',
      'pemilik',
      'pemilik aplikasi',
      'perangkat daerah pemilik',
    ),
  },
  {
    key: 'url',
    aliases: A('url', 'link', 'tautan', 'alamat url', 'alamat aplikasi', 'alamat web', 'website'),
  },
  {
    key: 'status',
    aliases: A('status', 'sts aktif', 'sts_aktif', 'status aktif', 'status aplikasi', 'aktif'),
  },
  {
    key: 'description',
    aliases: A(
      'fungsi aplikasi',
      'fungsi_aplikasi',
      'fungsi app',
      'fungsi_app',
      'infofungsi',
      'info fungsi',
      'deskripsi',
      'keterangan aplikasi',
      'fungsi',
      'description',
      'uraian',
    ),
  },
  {
    key: 'kind',
    aliases: A(
      'layanan aplikasi',
      'jenis layanan',
      'layanan',
      'kind',
      'jenis aplikasi',
      'layananapp',
      'layanan app',
    ),
  },
  {
    key: 'yearBuilt',
    aliases: A('tahun pembuatan', 'thn pembuatan', 'thn_pembuatan', 'tahun buat', 'tahun_buat', 'tahun'),
  },
  {
    key: 'innovation',
    aliases: A('inovasi', 'nama inovasi', 'id inovasi', 'innovation', 'innovation id', 'kode inovasi'),
  },
  { key: 'integrated', aliases: A('integrasi', 'terintegrasi', 'sudah integrasi') },
  {
    key: 'otherApps',
    aliases: A(
      'inte app lain',
      'inte_app_lain',
      'integrasi aplikasi lain',
      'interoperabilitas',
      'interoprabilitas',
    ),
  },
  {
    key: 'intangibleAsset',
    aliases: A('aset tak berwujud', 'aset takberwujud', 'aset_takberwujud', 'aset tidak berwujud'),
  },
  { key: 'createdAt', aliases: A('created at', 'created_at', 'dibuat', 'tanggal dibuat', 'dlu') },
  { key: 'legacyId', aliases: A('id app', 'id_app', 'id aplikasi', 'id'), loose: false },
];

const BOOLEAN_FIELDS = ['integrated', 'otherApps', 'intangibleAsset'] as const;
const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);

function stripZeros(code: string): string {
  return code.replace(/^0+(?=\d)/, '');
}

interface Resolver {
  agency(text: string): { agency: Agency; created: boolean };
  created: Agency[];
}

function agencyCode(a: Agency): string | undefined {
  const ext = a.extensions as Record<string, unknown> | undefined;
  const code = ext?.['spbe.kode'] ?? ext?.kode ?? ext?.kodeOpd;
  return typeof code === 'string' || typeof code === 'number' ? String(code) : undefined;
}

function agencyResolver(ws: Workspace): Resolver {
  const byKey = new Map<string, Agency>();
  const taken = new Set(ws.agencies.map((a) => a.id));
  for (const a of ws.agencies) {
    byKey.set(`id:${a.id}`, a);
    byKey.set(`n:${normalizeLabel(a.name)}`, a);
    byKey.set(`n:${normalizeLabel(a.abbreviation)}`, a);
    const code = agencyCode(a);
    if (code) byKey.set(`c:${stripZeros(code)}`, a);
  }
  // The agency column repeats a few names or codes over thousands of rows: each text is resolved once.
  const cache = new Map<string, { agency: Agency; created: boolean }>();
  const created: Agency[] = [];
  return {
    created,
    agency(text) {
      const hit = cache.get(text);
      if (hit) return hit;
      const isCode = /^\d[\d.]*$/.test(text);
      const found = isCode
        ? (byKey.get(`c:${stripZeros(text)}`) ?? byKey.get(`id:${text}`))
        : (byKey.get(`id:${text}`) ?? byKey.get(`n:${normalizeLabel(text)}`));
      if (found) {
        const known = { agency: found, created: false };
        cache.set(text, known);
        return known;
      }
      const id = deriveStableId(['opd', isCode ? stripZeros(text) : text], { taken });
      taken.add(id);
      const agency: Agency = isCode
        ? { id, name: `OPD ${text}`, abbreviation: text, extensions: { 'spbe.kode': text } }
        : { id, name: text, abbreviation: text };
      created.push(agency);
      byKey.set(isCode ? `c:${stripZeros(text)}` : `n:${normalizeLabel(text)}`, agency);
      cache.set(text, { agency, created: false });
      return { agency, created: true };
    },
  };
}

function kindOf(text: string | undefined): Application['kind'] | undefined {
  if (!text) return undefined;
  const n = normalizeLabel(text);
  if (/\bpublik\b|\bpublic\b/.test(n)) return 'public-service';
  if (/administrasi|pemerintah|administrative|internal/.test(n)) return 'administrative';
  return undefined;
}

function inner<V>(outer: Map<string, Map<string, V>>, key: string): Map<string, V> {
  let map = outer.get(key);
  if (!map) {
    map = new Map();
    outer.set(key, map);
  }
  return map;
}

/** At most this many distinct texts are remembered per value cache, so memory stays bounded on any input. */
const CACHE_LIMIT = 1024;

/**
 * Remembers what a pure function of a cell's text gave, for the columns whose few words repeat over every row
 * (status, booleans, kinds, years, timestamps). Non-text cells (numbers, dates of a workbook) are not cached.
 */
function cached<T>(read: (value: CellValue) => T): (value: CellValue) => T {
  const memo = new Map<string, T>();
  return (value) => {
    if (typeof value !== 'string') return read(value);
    const hit = memo.get(value);
    if (hit !== undefined || memo.has(value)) return hit as T;
    const result = read(value);
    if (memo.size < CACHE_LIMIT) memo.set(value, result);
    return result;
  };
}

/**
 * Where a table's rows come from and how they are dated, without the rows (which may still be streaming in).
 *
 * @example
 * ```ts
 * const meta: TableMeta = { file: 'mysql://reader@db/spbe', sheet: 'applications', date1904: false, merges: [] };
 * ```
 */
export type TableMeta = Omit<SourceTable, 'rows'>;

/**
 * Receives a table's rows one at a time (in order) and maps each as soon as the headings are known.
 *
 * @example
 * ```ts
 * sink.push({ row: 2, cells: ['SIPEDAS', 'Diskominfo', 'Aktif'] });
 * sink.end();
 * ```
 */
export interface RowSink {
  push(row: TableRow): void;
  end(): void;
}

/** Rows held back before the headings are located: enough for `locateHeader`'s scan and the row after it. */
const HEADER_WINDOW = 16;

/**
 * An application inventory mapper that takes rows as they stream in (from a database query or a parsed file) and
 * keeps only the mapped applications: each row is mapped once, with the headings located on the first rows and
 * the per-column readers chosen once per table. {@link mapInventoryTables} is this mapper fed whole tables.
 *
 * @example
 * ```ts
 * const report = new ReportBuilder({ file: 'aplikasi.csv' });
 * const mapper = createInventoryMapper({ workspace }, report);
 * const sink = mapper.table({ file: 'aplikasi.csv', date1904: false, merges: [] }, true);
 * sink.push({ row: 1, cells: ['Nama Aplikasi', 'Perangkat Daerah'] });
 * sink.push({ row: 2, cells: ['SIPEDAS', 'Diskominfo'] });
 * sink.end();
 * mapper.finish().applications?.[0]?.id; // 'app-sipedas'
 * ```
 */
export function createInventoryMapper(
  context: Pick<ImportContext, 'workspace'>,
  report: ReportBuilder,
): { table(meta: TableMeta, only: boolean): RowSink; finish(): SpbeImportData } {
  const ws = context.workspace;
  const resolver = agencyResolver(ws);
  // Applications are keyed by agency, then by normalised name: two lookups, but no joined key string per row.
  const existing = new Map<string, Map<string, Application>>();
  for (const app of ws.applications) inner(existing, app.agencyId).set(normalizeLabel(app.name), app);
  const taken = new Set(ws.applications.map((a) => a.id));
  const seen = new Map<string, Map<string, number>>();
  const idOptions = { prefix: 'app', taken };
  const applications: Application[] = [];
  const innovationById = new Map(ws.innovations.map((i) => [i.id, i]));
  const innovationByName = new Map(ws.innovations.map((i) => [normalizeLabel(i.name), i]));
  const links = new Map<string, Set<string>>();
  const booleanOf = cached(parseBoolean);
  const kindOfCell = cached((v) => kindOf(cellText(v)));
  const yearOf = cached(parseYear);

  function table(meta: TableMeta, only: boolean): RowSink {
    const held: TableRow[] = [];
    let mapRow: ((row: TableRow) => void) | undefined;
    let located = false;
    const locate = () => {
      located = true;
      const started = start(meta, { ...meta, rows: held }, only);
      if (started) {
        mapRow = started.map;
        for (let r = started.dataStart; r < held.length; r++) mapRow(held[r]!);
      }
      held.length = 0;
    };
    return {
      push(row) {
        if (located) mapRow?.(row);
        else {
          held.push(row);
          if (held.length >= HEADER_WINDOW) locate();
        }
      },
      end() {
        if (!located) locate();
      },
    };
  }

  /** Locates the headings of a table and returns the mapper of its data rows (undefined: not an inventory). */
  function start(
    meta: TableMeta,
    first: SourceTable,
    only: boolean,
  ): { map: (row: TableRow) => void; dataStart: number } | undefined {
    const header = locateHeader(first, INVENTORY_FIELDS);
    if (!header?.fields.has('name')) {
      if (only) {
        report.add(
          'no_inventory_columns',
          {
            id: 'Tidak ditemukan kolom nama aplikasi (mis. "Nama Aplikasi", "judul")',
            en: 'No application name column found (e.g. "Nama Aplikasi", "judul")',
          },
          { file: meta.file, sheet: meta.sheet },
          'error',
        );
      }
      return undefined;
    }
    const col = header.fields;
    const headers = header.headers;
    const extraCols = header.unmatched.filter((c) => !FORBIDDEN.has(headers[c] ?? ''));
    const extraKeys = extraCols.map((c) => headers[c] || columnLetter(c));
    for (const c of header.unmatched) {
      if (FORBIDDEN.has((headers[c] ?? '').trim())) {
        report.add(
          'forbidden_key',
          {
            id: `Kolom "${headers[c]}" tidak boleh dipakai sebagai nama data; kolom diabaikan`,
            en: `Column "${headers[c]}" cannot be used as a data key; the column is ignored`,
          },
          {
            file: meta.file,
            sheet: meta.sheet,
            row: header.headerRows[0],
            column: columnLetter(c),
            header: headers[c],
          },
        );
      }
    }
    report.settle();
    const cName = col.get('name')!;
    const cAgency = col.get('agency');
    const cUrl = col.get('url');
    const cStatus = col.get('status');
    const cDesc = col.get('description');
    const cKind = col.get('kind');
    const cYear = col.get('yearBuilt');
    const cInnovation = col.get('innovation');
    const cCreated = col.get('createdAt');
    const cLegacy = col.get('legacyId');
    const booleanCols: [string, number][] = [];
    for (const f of BOOLEAN_FIELDS) {
      const c = col.get(f);
      if (c !== undefined) booleanCols.push([`spbe.${f}`, c]);
    }
    const date1904 = meta.date1904;
    // Timestamps repeat less than words, but a date's reading is still one per distinct text (bounded).
    const dateCached = cached((v) => parseDateCell(v, date1904));
    // A problem is read afresh each time, so that no two issues share one message object.
    const dateOf = (v: CellValue) => {
      const d = dateCached(v);
      return d.problem ? parseDateCell(v, date1904) : d;
    };
    const at = (row: TableRow, c?: number, value?: unknown) => ({
      file: meta.file,
      sheet: meta.sheet,
      row: row.row,
      column: c === undefined ? undefined : columnLetter(c),
      header: c === undefined ? undefined : headers[c],
      value: value ?? (c === undefined ? undefined : row.cells[c]),
    });
    const map = (row: TableRow): void => {
      const cells = row.cells;
      const name = cellText(cells[cName]);
      if (name === undefined) {
        if (cells.every((v) => cellText(v) === undefined)) return;
        report.add(
          'required',
          { id: 'Nama aplikasi kosong; baris diabaikan', en: 'Empty application name; row ignored' },
          at(row, cName),
          'error',
        );
        report.row(at(row), 'rejected');
        return;
      }
      const agencyText = cAgency === undefined ? undefined : cellText(cells[cAgency]);
      if (agencyText === undefined) {
        report.add(
          'required',
          {
            id: `Aplikasi "${name}" tanpa perangkat daerah; baris diabaikan`,
            en: `Application "${name}" has no agency; row ignored`,
          },
          at(row, cAgency),
          'error',
        );
        report.row(at(row), 'rejected');
        return;
      }
      const { agency, created } = resolver.agency(agencyText);
      if (created) {
        report.add(
          'agency_created',
          {
            id: `Perangkat daerah "${agencyText}" belum ada di workspace; ditambahkan sebagai "${agency.id}"`,
            en: `Agency "${agencyText}" is not in the workspace; added as "${agency.id}"`,
          },
          at(row, cAgency),
        );
      }
      const key = normalizeLabel(name);
      const seenHere = inner(seen, agency.id);
      const before = seenHere.get(key);
      if (before !== undefined) {
        report.add(
          'duplicate_application',
          {
            id: `Aplikasi "${name}" milik ${agency.id} sudah ada di baris ${before}; baris ini diabaikan`,
            en: `Application "${name}" of ${agency.id} already given in row ${before}; this row is ignored`,
          },
          at(row, cName),
        );
        report.row(at(row), 'rejected');
        return;
      }
      seenHere.set(key, row.row);
      const prior = existing.get(agency.id)?.get(key);
      let id = prior?.id;
      if (!id) {
        id = deriveStableId([name], idOptions);
        taken.add(id);
      }
      let status: Application['status'] = prior?.status ?? 'active';
      if (cStatus !== undefined) {
        const statusRaw = cells[cStatus];
        const statusText = cellText(statusRaw);
        if (statusText !== undefined) {
          const b = booleanOf(statusRaw);
          if (b === undefined) {
            report.add(
              'invalid_value',
              {
                id: `Status "${statusText}" tidak dikenal (Aktif/Tidak Aktif, aktif/naktif, 1/0); dianggap aktif`,
                en: `Unknown status "${statusText}" (Aktif/Tidak Aktif, aktif/naktif, 1/0); taken as active`,
              },
              at(row, cStatus),
            );
          } else status = b ? 'active' : 'inactive';
        }
      }
      const app: Application = { id, name, agencyId: agency.id, status };
      const urlText = cUrl === undefined ? undefined : cellText(cells[cUrl]);
      if (urlText) {
        if (HTTP_URL_PATTERN.test(urlText) && urlText.length <= 2048) app.url = urlText;
        else if (/^[a-z0-9-]+(\.[a-z0-9-]+)+(?::\d+)?(?:[/?#]\S*)?$/i.test(urlText)) {
          app.url = `http://${urlText}`;
          report.add(
            'url_scheme_added',
            {
              id: `Alamat "${urlText}" tanpa http(s)://; ditulis sebagai "${app.url}"`,
              en: `Address "${urlText}" has no http(s)://; written as "${app.url}"`,
            },
            at(row, cUrl),
          );
        } else {
          report.add(
            'invalid_format',
            {
              id: `Alamat "${urlText}" bukan URL http(s); disimpan sebagai data tambahan`,
              en: `Address "${urlText}" is not an http(s) URL; kept as extension data`,
            },
            at(row, cUrl),
          );
        }
      }
      if (cKind !== undefined) {
        const kind = kindOfCell(cells[cKind]);
        if (kind) app.kind = kind;
      }
      const description = cDesc === undefined ? undefined : cellText(cells[cDesc]);
      if (description) {
        app.description = description;
        for (const d of findUsDates(description)) {
          report.add(
            'us_date',
            {
              id: `Tanggal bergaya AS "${d}" (bulan/hari/tahun) di teks bebas; tidak ditafsirkan`,
              en: `US-style date "${d}" (month/day/year) in free text; not interpreted`,
            },
            at(row, cDesc, d),
          );
        }
      }
      const ext: Record<string, unknown> = {};
      let extCount = 0;
      const legacy = cLegacy === undefined ? undefined : cellText(cells[cLegacy]);
      if (legacy !== undefined) {
        ext['spbe.legacyId'] = legacy;
        extCount++;
      }
      const year = cYear === undefined ? undefined : yearOf(cells[cYear]);
      if (year !== undefined) {
        ext['spbe.yearBuilt'] = year;
        extCount++;
      }
      for (const [extKey, c] of booleanCols) {
        const raw = cells[c];
        const text = cellText(raw);
        if (text === undefined) continue;
        const b = booleanOf(raw);
        extCount++;
        if (b === undefined) {
          report.add(
            'invalid_value',
            {
              id: `"${text}" bukan ya/tidak (Ya/Tidak, sudah/belum, ada/noada); disimpan apa adanya`,
              en: `"${text}" is not yes/no (Ya/Tidak, sudah/belum, ada/noada); kept as is`,
            },
            at(row, c),
          );
          ext[extKey] = text;
        } else ext[extKey] = b;
      }
      if (cCreated !== undefined && cellText(cells[cCreated]) !== undefined) {
        const d = dateOf(cells[cCreated]);
        if (d.value) {
          ext['spbe.createdAt'] = d.value;
          extCount++;
        } else if (d.problem) report.add(d.problem.code, d.problem.message, at(row, cCreated));
      }
      if (urlText && !app.url) {
        ext['spbe.url'] = urlText;
        extCount++;
      }
      if (extraCols.length > 0) {
        let extra: Record<string, unknown> | undefined;
        for (let i = 0; i < extraCols.length; i++) {
          const c = extraCols[i]!;
          const v = cellText(cells[c]);
          if (v === undefined) continue;
          extra ??= {};
          extra[extraKeys[i]!] = typedCell(cells[c], v);
        }
        if (extra) {
          ext['spbe.columns'] = extra;
          extCount++;
        }
      }
      if (extCount > 0) app.extensions = prior?.extensions ? { ...prior.extensions, ...ext } : ext;
      else if (prior?.extensions) app.extensions = prior.extensions;
      if (prior?.provenance) app.provenance = prior.provenance;
      applications.push(app);
      if (cInnovation !== undefined) {
        const text = cellText(cells[cInnovation]);
        if (text !== undefined) {
          const inn = innovationById.get(text) ?? innovationByName.get(normalizeLabel(text));
          if (inn) {
            const set = links.get(inn.id) ?? new Set<string>();
            links.set(inn.id, set);
            set.add(app.id);
          } else {
            report.add(
              'unknown_reference',
              {
                id: `Inovasi "${text}" tidak ada di workspace; tautan diabaikan`,
                en: `Innovation "${text}" is not in the workspace; link ignored`,
              },
              at(row, cInnovation),
            );
          }
        }
      }
      if (report.rowHasIssues) report.row(at(row), 'mapped');
      else report.mappedClean();
    };
    return { map, dataStart: header.dataStart };
  }

  function finish(): SpbeImportData {
    const innovations: Innovation[] = [];
    for (const [innId, apps] of links) {
      const inn = innovationById.get(innId)!;
      const ids = [...new Set([...inn.applicationIds, ...apps])];
      if (ids.length !== inn.applicationIds.length) innovations.push({ ...inn, applicationIds: ids });
    }
    const data: SpbeImportData = { applications };
    if (resolver.created.length > 0) data.agencies = resolver.created;
    if (innovations.length > 0) data.innovations = innovations;
    return data;
  }

  return { table, finish };
}

/**
 * Maps application inventory tables (from CSV, XLSX or a database) to applications linked to agencies (by name,
 * abbreviation or zero-padded OPD code; unknown ones are created) and to innovations, reporting into `report`.
 *
 * @example
 * ```ts
 * const report = new ReportBuilder({ file: 'aplikasi.csv' });
 * const table = { file: 'aplikasi.csv', date1904: false, merges: [], rows: [
 *   { row: 1, cells: ['Nama Aplikasi', 'Perangkat Daerah', 'Status'] },
 *   { row: 2, cells: ['SIPEDAS', 'Diskominfo', 'Aktif'] }] };
 * mapInventoryTables([table], { workspace }, report).applications?.[0]?.status; // 'active'
 * ```
 */
export function mapInventoryTables(
  tables: readonly SourceTable[],
  context: Pick<ImportContext, 'workspace'>,
  report: ReportBuilder,
): SpbeImportData {
  const mapper = createInventoryMapper(context, report);
  for (const t of tables) {
    const sink = mapper.table(t, tables.length === 1);
    for (const row of t.rows) sink.push(row);
    sink.end();
  }
  return mapper.finish();
}

function typedCell(raw: CellValue, text: string): unknown {
  if (typeof raw === 'number' || typeof raw === 'boolean') return raw;
  return text;
}

/**
 * Application inventories (inventarisasi/katalog aplikasi SPBE) from CSV and XLSX: flat headings, two-row merged
 * headings, zero-padded OPD codes, database column names; `-` and empty as missing; Aktif/Tidak Aktif,
 * aktif/naktif, Ya/Tidak, sudah/belum, ada/noada as booleans.
 *
 * @example
 * ```ts
 * const bytes = new TextEncoder().encode('Nama Aplikasi,Perangkat Daerah,Status\nSIPEDAS,Diskominfo,Aktif\n');
 * const { data } = await inventoryImporter.import({ name: 'aplikasi.csv', bytes }, { workspace });
 * data.applications?.[0]?.status; // 'active'
 * ```
 */
export const inventoryImporter: SpbeImporter = {
  id: 'inventory',
  label: { id: 'Inventaris aplikasi SPBE', en: 'SPBE application inventory' },
  async detect(source, context = {}) {
    const format = sniffFormat(source);
    if (format !== 'csv' && format !== 'xlsx') return 0;
    const report = new ReportBuilder({ file: source.name });
    const tables = await loadTables(source, context, report);
    if (!tables) return 0;
    let best = 0;
    for (const t of tables) {
      const h = locateHeader(t, INVENTORY_FIELDS);
      if (!h?.fields.has('name')) continue;
      let score = 0.3;
      if (h.fields.has('agency')) score += 0.3;
      if (h.fields.has('url') || h.fields.has('status')) score += 0.2;
      if (h.fields.has('description') || h.fields.has('yearBuilt') || h.fields.has('kind')) score += 0.1;
      best = Math.max(best, score);
    }
    return Math.min(best, 0.9);
  },
  async import(source: ImportSource, context: ImportContext): Promise<SpbeImportResult> {
    const format = sniffFormat(source);
    const report = new ReportBuilder({ file: source.name, kind: 'inventory', format });
    const tables = await loadTables(source, context, report);
    const data = tables ? mapInventoryTables(tables, context, report) : {};
    return { data, report: report.build() };
  },
};
