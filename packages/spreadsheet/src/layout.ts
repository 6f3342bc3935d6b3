// Builds a workbook from a workspace on any exceljs workbook: the in-memory `Workbook` (browser, small files) or
// the streaming `WorkbookWriter` (Node, large files). Both share this code, so both files are the same.

import {
  type CollectionId,
  type Lang,
  localize,
  PILLARS,
  programmeCalendar,
  type Workspace,
} from '@smartcity/core';
import type ExcelJS from 'exceljs';
import { columnLetters } from './cells.js';
import { encodeXString, NUMBER_FORMATS, type XlsxCell, xlsxEncoderOf } from './codec.js';
import { type SheetColumn, type SheetPlan, sheetPlans } from './columns.js';
import { neutraliseFormula } from './injection.js';
import { columnReader, planRows, rowCounts, rowValue } from './rows.js';

/**
 * Options of {@link exportWorkbook} and `writeWorkbookFile`.
 *
 * @example
 * ```ts
 * const options: ExportWorkbookOptions = { lang: 'en', exportedAt: '2025-08-17T09:00:00Z', title: 'Inovasi 2025' };
 * ```
 */
export interface ExportWorkbookOptions {
  /** Language of headers, sheet names, labels and the summary (default `id`). */
  lang?: Lang;
  /** The export time, an ISO instant given by the caller (the library never reads the clock). */
  exportedAt: string;
  /** Workbook title (default: "Smart city – <municipality>"). */
  title?: string;
}

/** Names of the sheets that are not data (the importer ignores them). */
export const INFO_SHEETS = {
  summary: { id: 'Ringkasan', en: 'Summary' },
  pillars: { id: 'Dimensi dan elemen', en: 'Pillars and elements' },
  calendar: { id: 'Kalender', en: 'Calendar' },
  lists: { id: 'Daftar pilihan', en: 'Lists' },
} as const;

/** Marker written in the workbook's keywords, so an importer can tell a smartcity workbook. */
export const WORKBOOK_KEYWORD = 'smartcity-workbook/1';

type AnyWorkbook = ExcelJS.Workbook | ExcelJS.stream.xlsx.WorkbookWriter;
type AnySheet = ExcelJS.Worksheet;

const HEADER_FONT = { bold: true } as const;
const HEADER_FILL = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF7' } } as const;

function commitRow(row: ExcelJS.Row, streaming: boolean): void {
  if (streaming) row.commit();
}

async function commitSheet(sheet: AnySheet, streaming: boolean): Promise<void> {
  if (streaming) await (sheet as unknown as { commit(): Promise<void> }).commit();
}

/** Rows written between two looks at how much of the sheet the zip has not taken yet. */
const ROWS_PER_CHECK = 256;
/** Sheet XML the streaming writer may hold before the writer waits for the zip to take it. */
const MAX_PENDING_BYTES = 2 * 1024 * 1024;

/**
 * Lets the zip take what the streaming writer has produced. exceljs' `WorkbookWriter` pipes each sheet into the
 * zip without back-pressure, so a loop that adds rows without yielding holds the whole sheet's XML in memory
 * (about 1 KiB a row); waiting here keeps it under {@link MAX_PENDING_BYTES} and lets zlib compress on its own
 * thread while the next rows are made.
 */
async function letZipCatchUp(sheet: AnySheet): Promise<void> {
  // The sheet's stream is piped into a readable-stream `PassThrough` the zip reads from; its buffered length is
  // in its stream states (readable-stream 2 has no `writableLength`).
  const pipe = (sheet as unknown as { _stream?: { pipes?: PendingStream[] } })._stream?.pipes?.[0];
  const writable = pipe?._writableState;
  const pending = (writable?.length ?? 0) + (pipe?._readableState?.length ?? 0);
  if (pipe && writable?.needDrain && pending > MAX_PENDING_BYTES) {
    await new Promise<void>((resolve) => pipe.once('drain', () => resolve()));
  } else {
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
}

interface PendingStream {
  _writableState?: { length: number; needDrain: boolean };
  _readableState?: { length: number };
  once(event: 'drain', listener: () => void): unknown;
}

const NO_STYLE = {};

/**
 * Gives a data row's cells their column's style object and the row an empty one, shared by every row: exceljs
 * caches a style's id by object, so a shared object is looked up once instead of being serialised for every
 * cell (it builds a fresh object per cell otherwise). The file is the same.
 */
function shareStyles(row: ExcelJS.Row, styles: readonly (object | undefined)[], width: number): void {
  (row as unknown as { style: object }).style = NO_STYLE;
  for (let column = 1; column <= width; column++) {
    const cell = row.findCell(column);
    if (cell) cell.style = (styles[column - 1] ?? NO_STYLE) as ExcelJS.Style;
  }
}

function numFmtOf(column: SheetColumn, lang: Lang): string | undefined {
  switch (column.kind) {
    case 'rupiah':
      return NUMBER_FORMATS.rupiah;
    case 'percent':
      return NUMBER_FORMATS.percent;
    case 'year':
    case 'integer':
      return NUMBER_FORMATS.integer;
    case 'civilDate':
      return lang === 'id' ? NUMBER_FORMATS.dateId : NUMBER_FORMATS.dateEn;
    default:
      return undefined;
  }
}

function widthOf(column: SheetColumn, header: string, sample: readonly unknown[]): number {
  let w = header.length + 2;
  switch (column.kind) {
    case 'civilDate':
      return Math.max(w, 12);
    case 'rupiah':
      return Math.max(w, 18);
    case 'longText':
    case 'object':
    case 'list':
      w = Math.max(w, 30);
      break;
  }
  for (const v of sample) {
    const len = typeof v === 'string' ? Math.min(60, v.length) : typeof v === 'number' ? String(v).length : 8;
    if (len + 2 > w) w = len + 2;
  }
  return Math.min(60, Math.max(8, w));
}

interface ListRange {
  formula: string;
}

/** Adds the workbook's sheets and rows to `wb`. */
export async function buildWorkbook(
  wb: AnyWorkbook,
  ws: Workspace,
  options: ExportWorkbookOptions,
  streaming: boolean,
  counts: ReadonlyMap<SheetPlan, number> = rowCounts(ws, sheetPlans()),
): Promise<void> {
  const lang: Lang = options.lang === 'en' ? 'en' : 'id';
  const exportedAt = new Date(options.exportedAt);
  const validDate = !Number.isNaN(exportedAt.getTime());
  const municipality = ws.municipality?.name ?? '';
  wb.creator = 'smartcity';
  wb.lastModifiedBy = 'smartcity';
  if (validDate) {
    wb.created = exportedAt;
    wb.modified = exportedAt;
  }
  const title = options.title ?? `Smart city – ${municipality}`;
  Object.assign(wb, {
    title: encodeXString(title),
    subject: encodeXString(municipality),
    keywords: WORKBOOK_KEYWORD,
    company: encodeXString(municipality),
    description: encodeXString(
      lang === 'id'
        ? `Diekspor dari workspace smart city ${municipality} pada ${options.exportedAt}`
        : `Exported from the ${municipality} smart city workspace at ${options.exportedAt}`,
    ),
  });

  const plans = sheetPlans();

  // 1. Summary
  const summary = wb.addWorksheet(INFO_SHEETS.summary[lang], { views: [{ state: 'frozen', ySplit: 0 }] });
  summary.columns = [{ width: 34 }, { width: 60 }];
  const say = (label: { id: string; en: string }, value: ExcelJS.CellValue) =>
    commitRow(summary.addRow([localize(label, lang), value]), streaming);
  const titleRow = summary.addRow([encodeXString(neutraliseFormula(title))]);
  titleRow.font = { bold: true, size: 14 };
  commitRow(titleRow, streaming);
  say({ id: 'Daerah', en: 'Municipality' }, encodeXString(neutraliseFormula(municipality)));
  say({ id: 'Waktu ekspor', en: 'Exported at' }, options.exportedAt.replace(/^[=+\-@]/, "'$&"));
  say({ id: 'Bahasa', en: 'Language' }, lang);
  say({ id: 'Format', en: 'Format' }, WORKBOOK_KEYWORD);
  commitRow(summary.addRow([]), streaming);
  const head = summary.addRow([
    localize({ id: 'Lembar', en: 'Sheet' }, lang),
    localize({ id: 'Jumlah baris', en: 'Rows' }, lang),
  ]);
  head.font = HEADER_FONT;
  commitRow(head, streaming);
  for (const plan of plans) say(plan.name, counts.get(plan) ?? 0);
  commitRow(summary.addRow([]), streaming);
  for (const line of GUIDE[lang]) commitRow(summary.addRow([line]), streaming);
  await commitSheet(summary, streaming);

  // 2. Pillars and elements (reference, read-only)
  const pillars = wb.addWorksheet(INFO_SHEETS.pillars[lang], { views: [{ state: 'frozen', ySplit: 1 }] });
  pillars.columns = [{ width: 16 }, { width: 28 }, { width: 34 }, { width: 48 }];
  const ph = pillars.addRow(
    lang === 'id'
      ? ['Dimensi (kode)', 'Dimensi', 'Elemen (kode)', 'Elemen']
      : ['Pillar (code)', 'Pillar', 'Element (code)', 'Element'],
  );
  ph.font = HEADER_FONT;
  commitRow(ph, streaming);
  for (const p of PILLARS) {
    for (const e of p.elements)
      commitRow(pillars.addRow([p.id, localize(p.label, lang), e.id, localize(e.label, lang)]), streaming);
  }
  await commitSheet(pillars, streaming);

  // 3. Lists for dropdowns: written first as data, placed on a hidden sheet at the end of the workbook.
  const lists: string[][] = [];
  const listHeaders: string[] = [];
  const listIndex = new Map<string, ListRange>();
  const listSheetName = INFO_SHEETS.lists[lang];
  const addList = (key: string, header: string, values: readonly string[]): ListRange | undefined => {
    if (values.length === 0) return undefined;
    const found = listIndex.get(key);
    if (found) return found;
    const col = columnLetters(lists.length + 1);
    lists.push(values.map((v) => encodeXString(neutraliseFormula(v))));
    listHeaders.push(header);
    const range = { formula: `'${listSheetName}'!$${col}$2:$${col}$${values.length + 1}` };
    listIndex.set(key, range);
    return range;
  };
  const idsOf = (collection: CollectionId) => {
    const plan = plans.find((p) => p.collection.id === collection);
    const idField = plan?.collection.idField;
    if (!plan || !idField) return [];
    const ids: string[] = [];
    for (const r of planRows(ws, plan)) {
      const v = rowValue(r.row, idField);
      if (typeof v === 'string') ids.push(v);
    }
    return ids;
  };

  // 4. Data sheets
  for (const plan of plans) {
    const sheet = wb.addWorksheet(plan.name[lang], { views: [{ state: 'frozen', ySplit: 1 }] });
    const headers = plan.columns.map((c) => localize(c.label, lang));
    const readers = plan.columns.map((c) => columnReader(plan, c));
    const encoders = plan.columns.map((c) => xlsxEncoderOf(c, lang));
    const width = plan.columns.length;
    // Widths from the header and the first rows (the sheet is never held, so a sample is looked at).
    const sample: unknown[][] = plan.columns.map(() => []);
    for (const r of planRows(ws, plan, 200)) {
      for (let i = 0; i < width; i++) sample[i]!.push(readers[i]!(r));
    }
    // One style object per column, shared by its cells: exceljs then finds each cell's style id in its cache
    // instead of serialising a fresh style object for every cell.
    const styles = plan.columns.map((c) => {
      const numFmt = numFmtOf(c, lang);
      return numFmt ? { numFmt } : undefined;
    });
    sheet.columns = plan.columns.map((c, i) => ({
      key: c.key,
      width: widthOf(c, headers[i]!, sample[i]!),
      hidden: c.hidden,
      ...(styles[i] ? { style: { ...styles[i] } } : {}),
    }));
    const headerRow = sheet.addRow(headers.map((h) => encodeXString(neutraliseFormula(h))));
    headerRow.font = HEADER_FONT;
    headerRow.eachCell((cell) => {
      cell.fill = HEADER_FILL as ExcelJS.Fill;
    });
    commitRow(headerRow, streaming);
    let count = 0;
    // Each row is made, written and committed in turn.
    for (const r of planRows(ws, plan)) {
      const values: (XlsxCell | undefined)[] = new Array(width);
      for (let i = 0; i < width; i++) {
        const v = encoders[i]!(readers[i]!(r));
        // An empty cell of a plain column is no cell at all (exceljs writes nothing for it either way); one of a
        // formatted column keeps its format, as a styled empty cell.
        values[i] = v === null && !styles[i] ? undefined : v;
      }
      const row = sheet.addRow(values);
      shareStyles(row, styles, width);
      count++;
      if (streaming) {
        row.commit();
        if (count % ROWS_PER_CHECK === 0) await letZipCatchUp(sheet);
      }
    }
    const lastRow = Math.max(2, count + 1);
    // Room for rows added by hand; not the whole column (exceljs expands a validation range cell by cell on load).
    const validationEnd = Math.min(1_048_576, count + 1 + VALIDATION_SPARE_ROWS);
    sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: lastRow, column: width } };
    plan.columns.forEach((c, i) => {
      let range: ListRange | undefined;
      const header = `${plan.name[lang]} › ${headers[i]}`;
      if (c.options) {
        range = addList(
          `opt:${c.options.map((o) => o.value).join('|')}`,
          header,
          c.options.map((o) => localize(o.label, lang)),
        );
      } else if (c.reference && c.kind !== 'list') {
        range =
          listIndex.get(`ref:${c.reference}`) ?? addList(`ref:${c.reference}`, header, idsOf(c.reference));
      }
      if (!range) return;
      const col = columnLetters(i + 1);
      (
        sheet as unknown as { dataValidations: { add(range: string, v: ExcelJS.DataValidation): void } }
      ).dataValidations.add(`${col}2:${col}${validationEnd}`, {
        type: 'list',
        allowBlank: true,
        formulae: [range.formula],
        showErrorMessage: true,
        errorStyle: c.options ? 'stop' : 'warning',
        errorTitle: localize({ id: 'Nilai tidak ada di daftar', en: 'Value not in the list' }, lang),
        error: localize(
          c.options
            ? { id: 'Pilih salah satu nilai dari daftar.', en: 'Pick one of the values in the list.' }
            : {
                id: 'Id ini tidak ada di lembar rujukannya; pastikan barisnya ada.',
                en: 'This id is not on its sheet; make sure the row exists.',
              },
          lang,
        ),
      });
    });
    await commitSheet(sheet, streaming);
  }

  // 5. Calendar of the export year (read-only)
  if (validDate) {
    const year = exportedAt.getUTCFullYear();
    // The programme's own events for the city (not one per innovation: that list is the data sheets).
    const calendar = programmeCalendar(year, {
      timeZone: ws.municipality.timeZone,
      ...(ws.calendar === undefined ? {} : { overrides: ws.calendar }),
    });
    const sheet = wb.addWorksheet(INFO_SHEETS.calendar[lang], { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.columns = [{ width: 14 }, { width: 14 }, { width: 70 }, { width: 26 }];
    const h = sheet.addRow(
      lang === 'id' ? ['Mulai', 'Selesai', 'Kegiatan', 'Jenis'] : ['Start', 'End', 'Event', 'Kind'],
    );
    h.font = HEADER_FONT;
    commitRow(h, streaming);
    if (calendar.success) {
      for (const e of calendar.data.events) {
        commitRow(
          sheet.addRow([
            whenOf(e.start),
            whenOf(e.end),
            encodeXString(neutraliseFormula(localize(e.label, lang))),
            e.kind,
          ]),
          streaming,
        );
      }
    }
    await commitSheet(sheet, streaming);
  }

  // 6. The hidden list sheet
  const listSheet = wb.addWorksheet(listSheetName, { state: 'hidden' });
  const lh = listSheet.addRow(listHeaders.map((h) => encodeXString(neutraliseFormula(h))));
  lh.font = HEADER_FONT;
  commitRow(lh, streaming);
  const longest = lists.reduce((m, l) => Math.max(m, l.length), 0);
  for (let i = 0; i < longest; i++) {
    // `undefined`, not `null`: exceljs makes no cell at all for it (a null cell is an object written as nothing).
    const row = listSheet.addRow(lists.map((l) => l[i]));
    shareStyles(row, [], lists.length);
    if (streaming) {
      row.commit();
      if ((i + 1) % ROWS_PER_CHECK === 0) await letZipCatchUp(listSheet);
    }
  }
  await commitSheet(listSheet, streaming);
}

/** Rows below the data that still get the dropdowns, for rows people add. */
export const VALIDATION_SPARE_ROWS = 1000;

function whenOf(when: string | { instant: string; zone: string }): string {
  return typeof when === 'string' ? when : `${when.instant.slice(0, 16).replace('T', ' ')} UTC`;
}

const GUIDE: Readonly<Record<Lang, readonly string[]>> = {
  id: [
    'Cara menyunting:',
    '• Ubah sel pada lembar data, tambahkan baris di bawah, atau hapus baris; lalu impor kembali buku kerja ini.',
    '• Kolom Id (tersembunyi) mengenali setiap baris; baris baru boleh tanpa Id (Id dibuat dari namanya).',
    '• Kolom pilihan memakai daftar turun (dropdown); tanggal dan rupiah adalah sel tanggal dan angka sungguhan.',
    '• Teks yang diawali = + - @ ditulis dengan tanda petik tunggal di depannya agar tidak dijalankan sebagai rumus.',
    '• Lembar Ringkasan, Dimensi dan elemen, dan Kalender hanya informasi: perubahan di sana tidak diimpor.',
  ],
  en: [
    'How to edit:',
    '• Change cells on the data sheets, add rows at the bottom or delete rows; then import this workbook again.',
    '• The hidden Id column identifies each row; new rows may leave it blank (the id is derived from the name).',
    '• Option columns have dropdowns; dates and rupiah are real date and number cells.',
    '• Text starting with = + - @ is written with a leading apostrophe so that it never runs as a formula.',
    '• The Summary, Pillars and elements, and Calendar sheets are information only: changes there are not imported.',
  ],
};
