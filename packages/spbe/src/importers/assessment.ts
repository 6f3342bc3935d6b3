import type { Evaluation, Issue, LocalizedText, Workspace } from '@smartcity/core';
import { deriveStableId } from '../internal/core.js';
import { type IndicatorInfo, modelInfo, type SpbeModelId } from '../internal/models.js';
import { columnLetter, type DeferredRow, ReportBuilder } from '../report.js';
import { loadTables, sniffFormat } from '../sources.js';
import { type FieldSpec, locateHeader, type SourceTable } from '../table.js';
import type { ImportContext, ImportSource, SpbeImporter, SpbeImportResult } from '../types.js';
import {
  type CellValue,
  cellText,
  findUsDates,
  type IndicatorRef,
  normalizeLabel,
  parseIndicatorRef,
  parseLevel,
  parseNumberCell,
  parseYear,
} from '../values.js';
import { isFlatAssessment, readIndicatorForms } from './assessmentForms.js';

const A = (...labels: string[]) => labels.map(normalizeLabel);

/** The headings of self-assessment and evaluation exports (LKE, monev apps, Laravel apps), normalised. */
export const ASSESSMENT_FIELDS: readonly FieldSpec[] = [
  {
    key: 'indicator',
    aliases: A(
      'no indikator',
      'nomor indikator',
      'kode indikator',
      'indikator no',
      'no',
      'nomor',
      'no.',
      'kode',
      'idindikator',
      'id indikator',
      'indikator id',
      'indicator',
      'indicator number',
      'indicator_number',
      'indicator no',
      'indikator',
      'no_indikator',
      'kode_indikator',
    ),
    loose: false,
  },
  {
    key: 'name',
    aliases: A(
      'nama indikator',
      'nama_indikator',
      'indicator name',
      'uraian indikator',
      'nama',
      'uraian',
      'indikator',
    ),
    loose: false,
  },
  {
    key: 'self',
    aliases: A(
      'penilaian mandiri',
      'penilaianmandiri',
      'nilai mandiri',
      'nilaimandiri',
      'nilai madiri',
      'level mandiri',
      'tingkat mandiri',
      'tingkat kematangan mandiri',
      'self assessment',
      'self',
      'self level',
      'capaian',
      'jawaban',
      'level',
      'tingkat',
      'tingkat kematangan',
      'nilai',
      'level penilaian mandiri',
      'pm',
    ),
  },
  {
    key: 'verified',
    aliases: A(
      'nilai kematangan',
      'nilaikematangan',
      'nilai kematangan pusat',
      'level verifikasi',
      'tingkat verifikasi',
      'hasil verifikasi',
      'hasil evaluasi',
      'nilai evaluasi',
      'nilai asesor',
      'penilaian eksternal',
      'level eksternal',
      'level akhir',
      'nilai akhir',
      'verified',
      'verified level',
      'validasi',
      'nilai validasi',
      'level evaluasi',
      'penilaian verifikasi',
      'nilai verifikasi',
    ),
  },
  {
    key: 'explanation',
    aliases: A(
      'penjelasan',
      'keterangan',
      'explanation',
      'jawaban pertanyaan',
      'jawaban_pertanyaan',
      'penjelasan evaluasi',
      'penjelasan_evaluasi',
      'fakta',
      'analisis',
      'justifikasi',
      'catatan',
    ),
  },
  {
    key: 'recommendation',
    aliases: A('rekomendasi', 'recommendation', 'saran', 'rekomendasi perbaikan'),
  },
  {
    key: 'evidence',
    aliases: A(
      'data dukung',
      'bukti dukung',
      'bukti_dukung',
      'data pendukung',
      'evidence',
      'supporting document',
      'supporting_document',
      'proof',
      'tautan bukti',
      'link bukti',
      'link data dukung',
      'file',
      'dokumen',
    ),
  },
  { key: 'weight', aliases: A('bobot', 'bobot indikator', 'bobot_indikator', 'weight', 'bobot (%)') },
  {
    key: 'year',
    aliases: A('tahun', 'tahun penilaian', 'tahun_penilaian', 'tahun evaluasi', 'tahun_evaluasi', 'year'),
  },
  { key: 'domain', aliases: A('domain', 'nama domain'), loose: false },
  { key: 'aspect', aliases: A('aspek', 'nama aspek', 'aspect'), loose: false },
];

const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);

interface Entry {
  key: string;
  self?: number;
  verified?: number;
  explanation?: string;
  recommendation?: string;
  evidence?: string[];
  weight?: number;
  row: number;
  sheet?: string;
  deferred?: DeferredRow;
}

interface YearGroup {
  year: number | undefined;
  entries: Map<string, Entry>;
  /** Rows whose indicator is not in the model, kept as extension data. */
  extra: Record<string, unknown>[];
  refs: IndicatorRef[];
  levelZero: boolean;
  levels: number[];
}

const LEVEL_NAME_FIELD: Record<'self' | 'verified', LocalizedText> = {
  self: { id: 'level penilaian mandiri', en: 'self-assessed level' },
  verified: { id: 'level terverifikasi', en: 'verified level' },
};

function nameIndex(model: SpbeModelId): Map<string, string> {
  const map = new Map<string, string>();
  for (const i of modelInfo(model).indicators) {
    if (!i.name || i.id.includes('-')) continue;
    const n = normalizeLabel(i.name).replace(/^tingkat kematangan /, '');
    map.set(n, i.id);
  }
  return map;
}

const NAME_VARIANTS: [RegExp, string][] = [
  [/\bsektoral\b/g, 'sektor'],
  [/^tk /, ''],
  [/^tingkat kematangan /, ''],
];

function indicatorFromName(text: string): { model: SpbeModelId; id: string }[] {
  let n = normalizeLabel(text);
  for (const [re, to] of NAME_VARIANTS) n = n.replace(re, to);
  const out: { model: SpbeModelId; id: string }[] = [];
  for (const model of ['spbe-2020', 'spbe-2018'] as const) {
    const index = nameIndex(model);
    const exact = index.get(n);
    if (exact) out.push({ model, id: exact });
  }
  return out;
}

/**
 * Detects the SPBE model of a set of indicator keys and levels, given the evaluation year: indicators above 35 mean
 * 2020 (47 indicators), repeats `35-2`/`35-3` or level 0 mean 2018; otherwise the year decides (the 2020 model
 * applies from 2021). Returns the model and whether the evidence conflicts.
 *
 * @example
 * ```ts
 * detectSpbeModel(['1', '43'], [3], 2019).model; // 'spbe-2020' (indicator 43 exists only in 2020), conflict: true
 * detectSpbeModel(['1', '35-2'], [0], undefined).model; // 'spbe-2018'
 * ```
 */
export function detectSpbeModel(
  keys: readonly string[],
  levels: readonly number[],
  year: number | undefined,
): { model: SpbeModelId; conflict: boolean; reason: 'indicators' | 'levels' | 'year' | 'default' } {
  const max = keys.reduce((m, k) => Math.max(m, Number.parseInt(k, 10) || 0), 0);
  const repeats = keys.some((k) => /^35-[23]$/.test(k));
  const byYear: SpbeModelId | undefined =
    year === undefined ? undefined : year >= 2021 ? 'spbe-2020' : 'spbe-2018';
  // The repeats of indicator 35 exist only in the 2018 questionnaire: the strongest sign.
  if (repeats)
    return { model: 'spbe-2018', conflict: byYear === 'spbe-2020' || max > 35, reason: 'indicators' };
  if (max > 35) return { model: 'spbe-2020', conflict: byYear === 'spbe-2018', reason: 'indicators' };
  if (levels.includes(0)) return { model: 'spbe-2018', conflict: byYear === 'spbe-2020', reason: 'levels' };
  if (byYear) return { model: byYear, conflict: false, reason: 'year' };
  return { model: 'spbe-2020', conflict: false, reason: 'default' };
}

function splitEvidence(text: string): string[] {
  return text
    .split(/\r?\n|;|\s\|\s/)
    .map((s) => s.trim())
    .filter((s) => s !== '' && s !== '-');
}

function yearFromName(name: string): number | undefined {
  const m = /(?:^|[^\d])((?:20[12])\d)(?:[^\d]|$)/.exec(name);
  return m ? Number(m[1]) : undefined;
}

/**
 * Maps self-assessment/evaluation tables (already read from CSV, XLSX or a database) into SPBE evaluations,
 * reporting into `report`. Used by the file importer and by the database importers of `@smartcity/spbe/node`.
 *
 * @example
 * ```ts
 * const report = new ReportBuilder({ file: 'lke.csv' });
 * const table = { file: 'lke.csv', date1904: false, merges: [], rows: [
 *   { row: 1, cells: ['No', 'Penilaian Mandiri'] }, { row: 2, cells: ['1', 'Level 3'] }] };
 * mapAssessmentTables([table], { workspace, year: 2023 }, report)[0]?.scores.spbe?.indicators['1'];
 * // { self: 3 }
 * ```
 */
export function mapAssessmentTables(
  tables: readonly SourceTable[],
  context: Pick<ImportContext, 'workspace' | 'year' | 'model'>,
  report: ReportBuilder,
): Evaluation[] {
  const groups = new Map<string, YearGroup>();
  const group = (year: number | undefined): YearGroup => {
    const k = String(year ?? '');
    let g = groups.get(k);
    if (!g) {
      g = { year, entries: new Map(), extra: [], refs: [], levelZero: false, levels: [] };
      groups.set(k, g);
    }
    return g;
  };
  for (const table of tables) {
    const header = locateHeader(table, ASSESSMENT_FIELDS);
    const col = header?.fields;
    const hasLevel = col && (col.has('self') || col.has('verified'));
    if (!header || !col || !(col.has('indicator') || col.has('name')) || !hasLevel) {
      if (tables.length === 1 || header) {
        report.add(
          'no_assessment_columns',
          {
            id: 'Tidak ditemukan kolom indikator dan level (mis. "No", "Indikator", "Penilaian Mandiri", "Nilai Kematangan")',
            en: 'No indicator and level columns found (e.g. "No", "Indikator", "Penilaian Mandiri", "Nilai Kematangan")',
          },
          { file: table.file, sheet: table.sheet },
          'error',
        );
      }
      continue;
    }
    const fileYear = yearFromName(table.file) ?? (table.sheet ? yearFromName(table.sheet) : undefined);
    for (let r = header.dataStart; r < table.rows.length; r++) {
      const row = table.rows[r]!;
      const at = (key: string): CellValue => {
        const c = col.get(key);
        return c === undefined ? undefined : row.cells[c];
      };
      const loc = (key?: string) => {
        const c = key === undefined ? undefined : col.get(key);
        if (c !== undefined && row.origins) {
          // An assembled row (a per-indicator form sheet): point to the cell the value came from.
          const o = row.origins[c];
          return {
            file: table.file,
            sheet: table.sheet,
            row: o?.row ?? row.row,
            column: o?.column === undefined ? undefined : columnLetter(o.column),
            header: o?.header,
            value: row.cells[c],
          };
        }
        return {
          file: table.file,
          sheet: table.sheet,
          row: row.row,
          column: c === undefined ? undefined : columnLetter(c),
          header: c === undefined ? undefined : header.headers[c],
          value: c === undefined ? undefined : row.cells[c],
        };
      };
      // Indicator: by number or code, else by name.
      let ref = parseIndicatorRef(at('indicator'));
      let byName: { model: SpbeModelId; id: string }[] = [];
      if (!ref) {
        const name = cellText(at('name')) ?? cellText(at('indicator'));
        if (name) {
          ref = parseIndicatorRef(name);
          if (!ref) byName = indicatorFromName(name);
          if (!ref && byName.length > 0)
            ref = { number: Number.parseInt(byName[0]!.id, 10), key: byName[0]!.id };
        }
      }
      const yearCell = at('year');
      const year = parseYear(yearCell) ?? context.year ?? fileYear;
      if (!ref) {
        const text = cellText(at('indicator')) ?? cellText(at('name'));
        if (
          text === undefined &&
          cellText(at('self')) === undefined &&
          cellText(at('verified')) === undefined
        ) {
          continue; // a blank or decoration row
        }
        // Section headings ("Domain 1 …", "Aspek 2 …") are not indicator rows.
        if (text && /^(domain|aspek|aspect)\b/i.test(text.trim()) && cellText(at('self')) === undefined)
          continue;
        report.add(
          'unknown_indicator',
          {
            id: `Indikator tidak dikenali: "${text ?? ''}"; baris disimpan sebagai data tambahan`,
            en: `Indicator not recognised: "${text ?? ''}"; the row is kept as extension data`,
          },
          loc(col.has('indicator') ? 'indicator' : 'name'),
        );
        group(year).extra.push(rowExtension(row.cells, header.headers));
        report.row(loc(), 'extension');
        continue;
      }
      const entry: Entry = { key: ref.key, row: row.row, sheet: table.sheet };
      let rejected = false;
      for (const field of ['self', 'verified'] as const) {
        const raw = at(field);
        if (cellText(raw) === undefined) continue;
        const level = parseLevel(raw);
        if (level === undefined) {
          report.add(
            'invalid_level',
            {
              id: `${LEVEL_NAME_FIELD[field].id} tidak terbaca: "${cellText(raw)}" (contoh: 3, "Level 3", "Tingkat 3", "Terdefinisi")`,
              en: `Unreadable ${LEVEL_NAME_FIELD[field].en}: "${cellText(raw)}" (e.g. 3, "Level 3", "Tingkat 3", "Terdefinisi")`,
            },
            loc(field),
            'error',
          );
          rejected = true;
          continue;
        }
        entry[field] = level;
      }
      if (entry.self === undefined && entry.verified === undefined && !rejected) {
        report.add(
          'missing_level',
          { id: 'Baris tanpa level; diabaikan', en: 'Row without a level; ignored' },
          loc(col.has('self') ? 'self' : 'verified'),
        );
        report.row(loc(), 'rejected');
        continue;
      }
      const explanation = cellText(at('explanation'));
      if (explanation) {
        entry.explanation = explanation;
        for (const d of findUsDates(explanation)) {
          report.add(
            'us_date',
            {
              id: `Tanggal bergaya AS "${d}" (bulan/hari/tahun) di teks bebas; tidak ditafsirkan`,
              en: `US-style date "${d}" (month/day/year) in free text; not interpreted`,
            },
            { ...loc('explanation'), value: d },
          );
        }
      }
      const recommendation = cellText(at('recommendation'));
      if (recommendation) entry.recommendation = recommendation;
      const evidence = cellText(at('evidence'));
      if (evidence) entry.evidence = splitEvidence(evidence);
      const weight = parseNumberCell(at('weight')).value;
      if (weight !== undefined) entry.weight = weight;
      if (rejected && entry.self === undefined && entry.verified === undefined) {
        report.row(loc(), 'rejected');
        continue;
      }
      const g = group(year);
      if (g.entries.has(entry.key)) {
        const first = g.entries.get(entry.key)!;
        const other = first.sheet !== undefined && first.sheet !== table.sheet;
        report.add(
          'duplicate_indicator',
          {
            id: `Indikator ${entry.key} sudah ada di ${other ? `lembar "${first.sheet}" ` : ''}baris ${first.row}; baris ini diabaikan`,
            en: `Indicator ${entry.key} already given in ${other ? `sheet "${first.sheet}" ` : ''}row ${first.row}; this row is ignored`,
          },
          loc('indicator'),
        );
        report.row(loc(), 'rejected');
        continue;
      }
      g.entries.set(entry.key, entry);
      g.refs.push(ref);
      for (const l of [entry.self, entry.verified]) if (l !== undefined) g.levels.push(l);
      entry.deferred = report.defer(loc());
    }
  }
  const evaluations: Evaluation[] = [];
  for (const g of groups.values()) {
    if (g.entries.size === 0) continue;
    const ev = buildEvaluation(g, context, report, tables[0]?.file ?? '');
    if (ev) evaluations.push(ev);
  }
  return evaluations;
}

function rowExtension(cells: readonly CellValue[], headers: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  cells.forEach((v, c) => {
    const h = headers[c] || columnLetter(c);
    const t = cellText(v);
    if (t !== undefined && !FORBIDDEN.has(h)) out[h] = t;
  });
  return out;
}

function buildEvaluation(
  g: YearGroup,
  context: Pick<ImportContext, 'workspace' | 'year' | 'model'>,
  report: ReportBuilder,
  file: string,
): Evaluation | undefined {
  const keys = [...g.entries.keys()];
  const detected = detectSpbeModel(keys, g.levels, g.year);
  const modelId = context.model ?? detected.model;
  if (!context.model && detected.conflict) {
    report.add(
      'model_conflict',
      {
        id: `Indikator menunjuk model ${detected.model} tetapi tahun ${g.year} memakai model lain; dipakai ${detected.model}`,
        en: `The indicators point to model ${detected.model} but year ${g.year} uses the other model; using ${detected.model}`,
      },
      { file },
    );
  }
  if (g.year === undefined) {
    report.add(
      'missing_year',
      {
        id: 'Tahun evaluasi tidak diketahui (tidak ada kolom "Tahun" atau tahun di nama berkas); berikan --year',
        en: 'Evaluation year unknown (no "Tahun" column and no year in the file name); give --year',
      },
      { file },
      'error',
    );
    report.settle();
    for (const e of g.entries.values()) if (e.deferred) report.resolve(e.deferred, 'rejected');
    return undefined;
  }
  const model = modelInfo(modelId);
  const known = new Map<string, IndicatorInfo>(model.indicators.map((i) => [i.id, i]));
  const indicators: Record<string, Record<string, unknown>> = {};
  const weightMismatch: string[] = [];
  const extension: Record<string, unknown>[] = [...g.extra];
  for (const e of g.entries.values()) {
    const info = known.get(e.key);
    const where = e.deferred?.source ?? { file, row: e.row };
    const settle = (status: 'mapped' | 'extension' | 'rejected', late: Issue[] = []) => {
      if (e.deferred) report.resolve(e.deferred, status, late);
    };
    if (!info) {
      const issue = report.add(
        'unknown_indicator',
        {
          id: `Indikator ${e.key} tidak ada di model ${modelId}; disimpan sebagai data tambahan`,
          en: `Indicator ${e.key} is not in model ${modelId}; kept as extension data`,
        },
        where,
      );
      report.settle();
      extension.push({ indicator: e.key, self: e.self, verified: e.verified });
      settle('extension', [issue]);
      continue;
    }
    const item: Record<string, unknown> = {};
    const late: Issue[] = [];
    for (const field of ['self', 'verified'] as const) {
      const level = e[field];
      if (level === undefined) continue;
      if (level < model.levels.min || level > model.levels.max) {
        late.push(
          report.add(
            'level_out_of_range',
            {
              id: `Level ${level} di luar rentang ${model.levels.min}–${model.levels.max} model ${modelId} (indikator ${e.key}); diabaikan`,
              en: `Level ${level} is outside ${model.levels.min}–${model.levels.max} of model ${modelId} (indicator ${e.key}); ignored`,
            },
            where,
            'error',
          ),
        );
        report.settle();
        continue;
      }
      item[field] = level;
    }
    if (item.self === undefined && item.verified === undefined) {
      settle('rejected', late);
      continue;
    }
    if (e.explanation) item.explanation = e.explanation;
    if (e.recommendation) item.recommendation = e.recommendation;
    if (e.evidence && e.evidence.length > 0) item.evidence = e.evidence;
    indicators[e.key] = item;
    settle('mapped', late);
    if (
      e.weight !== undefined &&
      info.weight !== undefined &&
      !sameWeight(e.weight, info.weight, modelId, e.key)
    ) {
      weightMismatch.push(e.key);
    }
  }
  if (weightMismatch.length > 0) {
    report.add(
      'weight_mismatch',
      {
        id: `Bobot di berkas berbeda dari bobot resmi ${modelId} untuk indikator ${weightMismatch.join(', ')}; indeks dihitung dengan bobot resmi`,
        en: `The file's weights differ from the official ${modelId} weights for indicators ${weightMismatch.join(', ')}; the index uses the official weights`,
      },
      { file },
    );
    report.settle();
  }
  if (Object.keys(indicators).length === 0) return undefined;
  const year = g.year as number;
  const hasVerified = Object.values(indicators).some((i) => i.verified !== undefined);
  const existing = findEvaluation(context.workspace, year, modelId);
  const id =
    existing?.id ??
    deriveStableId(['spbe', year], { taken: new Set(context.workspace.evaluations.map((e) => e.id)) });
  const base: Record<string, unknown> = existing
    ? structuredClone(existing as unknown as Record<string, unknown>)
    : {
        id,
        kind: hasVerified ? 'external' : 'self-assessment',
        cycle: { year },
        title: `Evaluasi SPBE ${year}`,
        assessors: [],
        findings: { strengths: [], weaknesses: [], recommendations: [] },
        evidence: [],
        innovationIds: [],
      };
  const scores = (base.scores ?? {}) as Record<string, unknown>;
  const prior = scores.spbe as { model?: string; indicators?: Record<string, unknown> } | undefined;
  const merged: Record<string, unknown> =
    prior && prior.model === modelId ? { ...(prior.indicators ?? {}) } : {};
  for (const [k, v] of Object.entries(indicators)) merged[k] = v;
  scores.spbe = {
    ...(prior && prior.model === modelId ? prior : {}),
    model: modelId,
    indicators: sortKeys(merged),
  };
  base.scores = scores;
  if (extension.length > 0) {
    base.extensions = {
      ...((base.extensions as Record<string, unknown>) ?? {}),
      'spbe.extraRows': extension,
    };
  }
  return base as unknown as Evaluation;
}

function sortKeys(record: Record<string, unknown>): Record<string, unknown> {
  const keys = Object.keys(record).sort((a, b) => {
    const [an, ar] = a.split('-').map(Number);
    const [bn, br] = b.split('-').map(Number);
    return an! - bn! || (ar ?? 1) - (br ?? 1);
  });
  return Object.fromEntries(keys.map((k) => [k, record[k]]));
}

function sameWeight(fileWeight: number, official: number, model: SpbeModelId, key: string): boolean {
  // The 2018 public-service aspect is stored as six rows of 3.3 (= 20/6, spbe.md §2.1).
  if (model === 'spbe-2018' && /^(3[2-5])(-[23])?$/.test(key) && Math.abs(fileWeight - 3.3) < 0.05)
    return true;
  return Math.abs(fileWeight - official) < 0.005 || Math.abs(fileWeight / 100 - official) < 0.00005;
}

function findEvaluation(ws: Workspace, year: number, model: SpbeModelId): Evaluation | undefined {
  return ws.evaluations.find((e) => {
    const spbe = e.scores?.spbe as { model?: string } | undefined;
    return e.cycle.year === year && spbe !== undefined && spbe.model === model;
  });
}

/**
 * Self-assessment and evaluation results (penilaian mandiri / hasil evaluasi) from CSV and XLSX exports: indicators
 * by number or code (`1`, `ID-1`, `D1 A1 ID-1`, `Indikator 1`, `35-2`) or name, levels from numbers, `Level 3`,
 * `Tingkat 3`, level names or free text, self and verified levels with explanation, recommendation and evidence;
 * the model (2018 or 2020) detected from the indicators and the year. A workbook with one form sheet per indicator
 * (the 2018 LKE, see `readIndicatorForms`) is read form by form; a flat summary sheet beside the forms is then not
 * imported (a `summary_disagrees` warning names where it differs) and other sheets are ignored (`sheets_ignored`).
 *
 * @example
 * ```ts
 * const bytes = new TextEncoder().encode('No;Indikator;Penilaian Mandiri\n1;Kebijakan Internal Arsitektur SPBE;3\n');
 * const { data, report } = await assessmentImporter.import({ name: 'lke-2023.csv', bytes }, { workspace });
 * data.evaluations?.[0]?.scores.spbe?.model; // 'spbe-2020'
 * ```
 */
export const assessmentImporter: SpbeImporter = {
  id: 'assessment',
  label: { id: 'Penilaian mandiri / hasil evaluasi SPBE', en: 'SPBE self-assessment / evaluation results' },
  async detect(source, context = {}) {
    const format = sniffFormat(source);
    if (format !== 'csv' && format !== 'xlsx') return 0;
    const report = new ReportBuilder({ file: source.name });
    const tables = await loadTables(source, context, report);
    if (!tables) return 0;
    let best = 0;
    const forms = readIndicatorForms(tables).forms;
    if (forms.length > 0) {
      // Per-indicator form sheets (2018 LKE): as sure as a flat table with an explanation when several agree.
      const described = forms.some(
        (f) => f.rows[1]?.cells[4] !== undefined || f.rows[1]?.cells[5] !== undefined,
      );
      best = 0.7 + (forms.length >= 2 ? 0.1 : 0) + (described ? 0.15 : 0);
    }
    for (const t of tables) {
      const h = locateHeader(t, ASSESSMENT_FIELDS);
      if (!h) continue;
      const f = h.fields;
      let score = 0;
      if (f.has('indicator') || f.has('name')) score += 0.35;
      if (f.has('self') || f.has('verified')) score += 0.35;
      if (f.has('explanation') || f.has('evidence') || f.has('recommendation')) score += 0.15;
      if (f.has('verified') || f.has('weight') || f.has('domain') || f.has('aspect')) score += 0.1;
      best = Math.max(best, score);
    }
    return Math.min(best, 0.95);
  },
  async import(source: ImportSource, context: ImportContext): Promise<SpbeImportResult> {
    const format = sniffFormat(source);
    const report = new ReportBuilder({ file: source.name, kind: 'assessment', format });
    const tables = await loadTables(source, context, report);
    const evaluations = tables ? mapAssessmentWorkbook(tables, context, report) : [];
    return { data: { evaluations }, report: report.build() };
  },
};

/**
 * Maps the tables of one source: flat tables as they are, or, when the workbook has per-indicator form sheets (the
 * 2018 LKE), the forms. The forms win over a flat summary sheet ("Rekap") in the same workbook, which is not
 * imported (no double count); where it disagrees with the forms a warning names the indicators. Other sheets (a
 * cover "Petunjuk") are ignored with one warning naming them.
 */
function mapAssessmentWorkbook(
  tables: readonly SourceTable[],
  context: Pick<ImportContext, 'workspace' | 'year' | 'model'>,
  report: ReportBuilder,
): Evaluation[] {
  const read = readIndicatorForms(tables);
  if (read.forms.length === 0) return mapAssessmentTables(tables, context, report);
  const file = tables[0]?.file ?? '';
  const flat = read.others.filter(isFlatAssessment);
  const ignored = read.others
    .filter((t) => !flat.includes(t) && t.rows.length > 0)
    .map((t) => t.sheet ?? t.file);
  if (ignored.length > 0) {
    const names = shortList(ignored.map((n) => `"${n}"`));
    report.add(
      'sheets_ignored',
      {
        id: `Lembar yang bukan formulir indikator diabaikan: ${names}`,
        en: `Sheets that are not indicator forms are ignored: ${names}`,
      },
      { file },
    );
    report.settle();
  }
  const evaluations = mapAssessmentTables(read.forms, context, report);
  for (const summary of flat) compareSummary(summary, evaluations, context, report);
  return evaluations;
}

type Levels = { self?: number; verified?: number };

function levelsOf(evaluations: readonly Evaluation[]): Map<string, Levels> {
  const out = new Map<string, Levels>();
  for (const e of evaluations) {
    const indicators =
      (e.scores?.spbe as { indicators?: Record<string, Levels> } | undefined)?.indicators ?? {};
    for (const [k, v] of Object.entries(indicators)) if (!out.has(k)) out.set(k, v);
  }
  return out;
}

function compareSummary(
  summary: SourceTable,
  evaluations: readonly Evaluation[],
  context: Pick<ImportContext, 'workspace' | 'year' | 'model'>,
  report: ReportBuilder,
): void {
  const side = levelsOf(mapAssessmentTables([summary], context, new ReportBuilder({ file: summary.file })));
  const forms = levelsOf(evaluations);
  const show = (l: Levels) => `${l.self ?? '–'}${l.verified === undefined ? '' : `/${l.verified}`}`;
  const id: string[] = [];
  const en: string[] = [];
  for (const [key, s] of side) {
    const f = forms.get(key);
    if (!f) {
      id.push(`${key} (ringkasan ${show(s)}, tanpa lembar)`);
      en.push(`${key} (summary ${show(s)}, no sheet)`);
    } else if (f.self !== s.self || (s.verified !== undefined && f.verified !== s.verified)) {
      id.push(`${key} (ringkasan ${show(s)}, lembar ${show(f)})`);
      en.push(`${key} (summary ${show(s)}, sheet ${show(f)})`);
    }
  }
  if (id.length === 0) return;
  report.add(
    'summary_disagrees',
    {
      id: `Lembar ringkasan "${summary.sheet ?? summary.file}" tidak diimpor (lembar per indikator yang dipakai) dan berbeda untuk indikator ${shortList(id)}`,
      en: `Summary sheet "${summary.sheet ?? summary.file}" is not imported (the per-indicator sheets are used) and differs for indicators ${shortList(en)}`,
    },
    { file: summary.file, sheet: summary.sheet },
  );
  report.settle();
}

/** The first ten items joined by commas, then ` … (+n)` for the n left out. */
function shortList(items: readonly string[]): string {
  const shown = items.slice(0, 10).join(', ');
  return items.length > 10 ? `${shown} … (+${items.length - 10})` : shown;
}
