import { type CellOrigin, locateHeader, parseRange, type SourceTable, type TableRow } from '../table.js';
import { type CellValue, cellText, normalizeLabel, parseIndicatorRef, parseLevel } from '../values.js';
import { ASSESSMENT_FIELDS } from './assessment.js';

/** The fields a per-indicator form sheet holds, in the column order of the synthetic flat table. */
const FORM_COLUMNS = [
  ['indicator', 'Indikator'],
  ['name', 'Nama Indikator'],
  ['self', 'Penilaian Mandiri'],
  ['verified', 'Nilai Kematangan'],
  ['explanation', 'Penjelasan'],
  ['evidence', 'Data Dukung'],
  ['recommendation', 'Rekomendasi'],
  ['year', 'Tahun'],
] as const;

type FormField = (typeof FORM_COLUMNS)[number][0];
type LabelField = Exclude<FormField, 'name'> | 'other';

/** Self-assessment labels too general to trust when a more specific one (`Jawaban`, `Penilaian Mandiri`) exists. */
const WEAK_LEVEL_LABELS = new Set([
  'level',
  'tingkat',
  'nilai',
  'tingkat kematangan',
  'capaian',
  'self',
  'pm',
]);

/** Labels of the questionnaire that hold no imported value; a value search stops at them. */
const OTHER_LABELS = [
  'domain',
  'aspek',
  'aspect',
  'pertanyaan',
  'kriteria',
  'kriteria level',
  'kriteria tingkat',
  'deskripsi',
  'deskripsi indikator',
  'ketentuan penilaian',
  'no',
  'nomor',
];

const INDICATOR_LABELS = [
  'indikator',
  'indicator',
  'no indikator',
  'nomor indikator',
  'kode indikator',
  'nama indikator',
];

/** Form-only verified labels beside the flat ones of `ASSESSMENT_FIELDS`. */
const EXTRA_VERIFIED = ['penilaian verifikasi', 'nilai verifikasi', 'verifikasi', 'penilaian evaluator'];

let labelIndex: Map<string, LabelField> | undefined;

/** Label (normalised) → field, built on first use from `ASSESSMENT_FIELDS` (a module cycle forbids it earlier). */
function labels(): Map<string, LabelField> {
  if (labelIndex) return labelIndex;
  const map = new Map<string, LabelField>();
  for (const l of INDICATOR_LABELS) map.set(l, 'indicator');
  for (const spec of ASSESSMENT_FIELDS) {
    if (!['self', 'verified', 'explanation', 'evidence', 'recommendation', 'year'].includes(spec.key))
      continue;
    for (const alias of spec.aliases) if (!map.has(alias)) map.set(alias, spec.key as LabelField);
  }
  for (const l of EXTRA_VERIFIED) if (!map.has(l)) map.set(l, 'verified');
  for (const l of OTHER_LABELS) if (!map.has(l)) map.set(l, 'other');
  labelIndex = map;
  return map;
}

/** At most this many rows and columns of a sheet are read as a form: a questionnaire block is small. */
const MAX_ROWS = 300;
const MAX_COLUMNS = 40;

interface Cell {
  /** Index of the cell's row in the grid of non-empty rows. */
  index: number;
  row: number;
  column: number;
  value: CellValue;
  text: string;
}

interface Label {
  field: LabelField;
  /** The label text as written (without the colon and the value). */
  label: string;
  cell: Cell;
  /** The value written after a colon in the same cell. */
  inline?: string;
  weak: boolean;
}

interface Found {
  label: Label;
  value?: { value: CellValue; row: number; column: number };
}

function readLabel(cell: Cell): Label | undefined {
  const text = cell.text;
  const colon = text.indexOf(':');
  const head = colon >= 0 ? text.slice(0, colon) : text;
  if (head.length > 40) return undefined;
  const key = normalizeLabel(head);
  const field = labels().get(key);
  if (field === undefined) return undefined;
  const rest = colon >= 0 ? text.slice(colon + 1).trim() : '';
  const inline = rest === '' || isPlaceholder(rest) ? undefined : rest;
  return {
    field,
    label: head.trim(),
    cell,
    inline,
    weak: field === 'self' && WEAK_LEVEL_LABELS.has(key),
  };
}

/** The questionnaire's instruction (`Pilih tingkat 1, 2, 3, 4, atau 5`) is not an answer. */
function isPlaceholder(text: string): boolean {
  return /\bpilih\b|\bchoose\b|\b\d\s*,\s*\d\s*,\s*\d/i.test(text) || /^[.…_\s]+$/.test(text);
}

/** A row of the criteria table: `Tingkat 3 | Kriteria …` or `Level 3: Kriteria …` (not a lone answer `Level 3`). */
function isCriteriaRow(cells: readonly Cell[]): boolean {
  const m = CRITERIA_HEAD.exec(cells[0]?.text ?? '');
  return m !== null && (cells.length > 1 || cells[0]!.text.length - m[0].length >= 15);
}

const CRITERIA_HEAD = /^\s*(?:tingkat|level)\s*(?:ke\s*[-.]?\s*)?[0-5](?!\d)/i;

const INDICATOR_HEAD =
  /^\s*(?:indikator|indicator|ind\.?|id)\s*[-.]?\s*(?:ke\s*[-.]?\s*|no\.?\s*|nomor\s*|#)?\d{1,2}(?:\s*[-–]\s*\d(?!\d))?(?!\d)/i;

/**
 * Whether a cell opens with one indicator: `Indikator 3`, `Indikator 3: Kebijakan …`, `ID-3 - …`, `Indikator 03
 * Kebijakan …`, but not prose such as `Indikator 1 sampai 35` (a lower-case word after the number).
 */
function isIndicatorHead(text: string, lenient: boolean): boolean {
  const m = INDICATOR_HEAD.exec(text);
  if (!m) return false;
  const rest = text.slice(m[0].length).trimStart();
  return lenient || rest === '' || /^[:.)(\-–]/.test(rest) || /^\p{Lu}/u.test(rest);
}

function sheetIndicator(name: string): string | undefined {
  const copy = /^(.*\S)\s*\((\d)\)\s*$/.exec(name);
  const base = copy ? copy[1]! : name;
  if (!isIndicatorHead(base, true)) return undefined;
  const ref = parseIndicatorRef(base);
  if (!ref) return undefined;
  // An Excel copy of a sheet, "Indikator 35 (2)", is the second answer to indicator 35.
  return copy && !ref.key.includes('-') ? `${ref.number}-${copy[2]}` : ref.key;
}

/**
 * What {@link readIndicatorForms} found in a workbook.
 *
 * @example
 * ```ts
 * const read: IndicatorFormRead = { forms: [], others: [] };
 * ```
 */
export interface IndicatorFormRead {
  /**
   * One synthetic flat table per form sheet (a heading row `Indikator, Nama Indikator, Penilaian Mandiri, Nilai
   * Kematangan, Penjelasan, Data Dukung, Rekomendasi, Tahun` and one data row whose `origins` point to the cells of
   * the form), ready for `mapAssessmentTables`.
   */
  forms: SourceTable[];
  /** The tables that are not forms, untouched (flat layouts, covers, summaries). */
  others: SourceTable[];
}

/**
 * Reads the per-indicator form sheets of a 2018 LKE self-assessment workbook (one sheet per indicator, PermenPANRB
 * 5/2018; the layout is inferred from the official questionnaire block, not from a real file). A sheet is a form
 * when its name (`Indikator 3`, `Indikator 03`, `ID-3`, `Indikator 3 - Kebijakan Internal …`, `Indikator 35 (2)` for
 * the repeat `35-2`) or one of its first cells (`Indikator 3: …`, or an `Indikator` label with the number or name
 * beside it) names one indicator, and it has a level label (`Jawaban`, `Penilaian Mandiri`, `Tingkat`, `Level`,
 * `Nilai`, or a verified one such as `Penilaian Verifikasi`, `Hasil Evaluasi`). Each label's value is read after a
 * colon in the same cell (`Jawaban: 3`), else from the next non-empty cell to the right (merged cells), else from
 * the cell below; the instruction `Pilih tingkat 1, 2, 3, 4, atau 5` and the criteria rows (`Tingkat 3 | …`) are
 * never taken as the answer. Each form becomes a one-row flat table for `mapAssessmentTables`, its cells keeping the
 * row and column of the original cell. Never throws.
 *
 * @example
 * ```ts
 * const sheet = { file: 'lke-2018.xlsx', sheet: 'Indikator 3', date1904: false, merges: [], rows: [
 *   { row: 13, cells: ['Jawaban: Pilih tingkat 1, 2, 3, 4, atau 5', 3] },
 *   { row: 14, cells: ['Penjelasan: Sudah ada Perwal'] }] };
 * const { forms } = readIndicatorForms([sheet]);
 * forms[0]?.rows[1]?.cells; // ['3', undefined, 3, undefined, 'Sudah ada Perwal', undefined, undefined, undefined]
 * forms[0]?.rows[1]?.origins?.[2]; // { row: 13, column: 1, header: 'Jawaban' }
 * ```
 */
export function readIndicatorForms(tables: readonly SourceTable[]): IndicatorFormRead {
  const out: IndicatorFormRead = { forms: [], others: [] };
  for (const table of tables) {
    const form = table.sheet === undefined ? undefined : readForm(table);
    if (form) out.forms.push(form);
    else out.others.push(table);
  }
  return out;
}

/**
 * Whether a table has the flat self-assessment layout (a heading row naming an indicator column and a level
 * column), as `mapAssessmentTables` needs it.
 *
 * @example
 * ```ts
 * isFlatAssessment({ file: 'a.csv', date1904: false, merges: [],
 *   rows: [{ row: 1, cells: ['No', 'Penilaian Mandiri'] }, { row: 2, cells: ['1', '3'] }] }); // true
 * ```
 */
export function isFlatAssessment(table: SourceTable): boolean {
  const f = locateHeader(table, ASSESSMENT_FIELDS)?.fields;
  return f !== undefined && (f.has('indicator') || f.has('name')) && (f.has('self') || f.has('verified'));
}

function readForm(table: SourceTable): SourceTable | undefined {
  const named = sheetIndicator(table.sheet ?? '');
  // A sheet not named after an indicator that holds a flat list of indicators is a summary, not a form.
  if (!named && isFlatAssessment(table)) return undefined;
  const grid: Cell[][] = [];
  for (const r of table.rows.slice(0, MAX_ROWS)) {
    const cells: Cell[] = [];
    const width = Math.min(r.cells.length, MAX_COLUMNS);
    for (let c = 0; c < width; c++) {
      const value = r.cells[c];
      const text = cellText(value);
      if (text !== undefined)
        cells.push({ index: grid.length, row: r.row, column: c, value, text: text.trim() });
    }
    if (cells.length > 0) grid.push(cells);
  }
  const merges = table.merges
    .slice(0, 10_000)
    .map(parseRange)
    .filter((m) => m !== undefined);
  const criteria = new Set<number>();
  grid.forEach((cells, i) => {
    if (isCriteriaRow(cells)) criteria.add(i);
  });
  const labelled: Label[] = [];
  const labelAt = new Map<string, Label>();
  grid.forEach((cells, i) => {
    if (criteria.has(i)) return;
    for (const cell of cells) {
      const l = readLabel(cell);
      if (l) {
        labelled.push(l);
        labelAt.set(`${cell.row}:${cell.column}`, l);
      }
    }
  });

  const valueFor = (l: Label): Found['value'] => {
    if (l.inline !== undefined) return { value: l.inline, row: l.cell.row, column: l.cell.column };
    const i = l.cell.index;
    const merge = merges.find((m) => m.r1 === l.cell.row && m.c1 === l.cell.column);
    const right = grid[i]!.filter((c) => c.column > (merge?.c2 ?? l.cell.column));
    const take = (c: Cell): Found['value'] | null => {
      const other = labelAt.get(`${c.row}:${c.column}`);
      if (!other) return { value: c.value, row: c.row, column: c.column };
      // "Penilaian Mandiri" above "Tingkat: 3": the nested label's own value answers.
      if (other.weak && other.inline !== undefined && parseLevel(other.inline) !== undefined)
        return { value: other.inline, row: c.row, column: c.column };
      return null;
    };
    if (right.length > 0) {
      if (l.field === 'evidence') {
        const stop = right.findIndex((c) => labelAt.has(`${c.row}:${c.column}`));
        const texts = stop < 0 ? right : right.slice(0, stop);
        if (texts.length === 0) return undefined;
        return { value: texts.map((c) => c.text).join('\n'), row: texts[0]!.row, column: texts[0]!.column };
      }
      // The next cell is a heading ("Tingkat | Kriteria"): a table heading row, not a label with a value.
      return take(right[0]!) ?? undefined;
    }
    const belowRow = (merge?.r2 ?? l.cell.row) + 1;
    const j =
      grid[i + 1]?.[0]?.row === belowRow ? i + 1 : grid.findIndex((cells) => cells[0]?.row === belowRow);
    if (j < 0 || criteria.has(j)) return undefined;
    const below = grid[j]!.find((c) => c.column === l.cell.column);
    return below ? (take(below) ?? undefined) : undefined;
  };

  const pick = (field: LabelField): Found | undefined => {
    const found = labelled
      .filter((l) => l.field === field)
      .map((label) => ({ label, value: valueFor(label) }))
      // A weak label ("Tingkat") whose value is a heading or missing is the criteria table's heading.
      .filter((f) => !(f.label.weak && f.value === undefined));
    found.sort(
      (a, b) =>
        Number(a.label.weak) - Number(b.label.weak) ||
        Number(b.value !== undefined) - Number(a.value !== undefined),
    );
    return found[0];
  };

  // The indicator: the sheet name, else one of the first cells.
  let indicator: { key?: string; name?: string; origin?: CellOrigin } | undefined = named
    ? { key: named, origin: { header: 'Nama lembar / sheet name' } }
    : undefined;
  if (!indicator) {
    for (const cells of grid.slice(0, 12)) {
      for (const cell of cells) {
        if (isIndicatorHead(cell.text, false)) {
          const ref = parseIndicatorRef(cell.text.split(':')[0]!) ?? parseIndicatorRef(cell.text);
          if (ref) indicator = { key: ref.key, origin: { row: cell.row, column: cell.column } };
        } else {
          const l = labelAt.get(`${cell.row}:${cell.column}`);
          const v = l?.field === 'indicator' ? valueFor(l) : undefined;
          const text = v ? cellText(v.value) : undefined;
          if (l && v && text) {
            const ref = parseIndicatorRef(text) ?? parseIndicatorRef(/^\s*(\d{1,2})\b/.exec(text)?.[1]);
            const origin = { row: v.row, column: v.column, header: l.label };
            indicator = ref ? { key: ref.key, origin } : { name: text, origin };
          }
        }
        if (indicator) break;
      }
      if (indicator) break;
    }
  }
  if (!indicator) return undefined;
  const self = pick('self');
  const verified = pick('verified');
  if (!self && !verified) return undefined;

  const cells: CellValue[] = [];
  const origins: (CellOrigin | undefined)[] = [];
  const put = (field: FormField, value: CellValue, origin: CellOrigin | undefined) => {
    const c = FORM_COLUMNS.findIndex(([k]) => k === field);
    cells[c] = value;
    origins[c] = origin;
  };
  if (indicator.key !== undefined) put('indicator', indicator.key, indicator.origin);
  if (indicator.name !== undefined) put('name', indicator.name, indicator.origin);
  let row: number | undefined;
  for (const field of ['self', 'verified', 'explanation', 'evidence', 'recommendation', 'year'] as const) {
    const f = field === 'self' ? self : field === 'verified' ? verified : pick(field);
    if (!f) continue;
    const v = f.value;
    put(field, v?.value, {
      row: v?.row ?? f.label.cell.row,
      column: v?.column ?? f.label.cell.column,
      header: f.label.label,
    });
    if ((field === 'self' || field === 'verified') && row === undefined) row = v?.row ?? f.label.cell.row;
  }
  for (let c = 0; c < FORM_COLUMNS.length; c++) if (!(c in cells)) cells[c] = undefined;
  const data: TableRow = { row: row ?? 1, cells, origins };
  return {
    file: table.file,
    sheet: table.sheet,
    date1904: table.date1904,
    merges: [],
    rows: [{ row: 0, cells: FORM_COLUMNS.map(([, heading]) => heading) }, data],
  };
}
