/**
 * `@smartcity/spreadsheet/node`: file helpers for Node — a streaming workbook writer for large workspaces and a
 * file reader. The main entry stays browser-safe; only this subpath touches `node:fs`.
 *
 * @packageDocumentation
 */
import { readFile, stat, writeFile } from 'node:fs/promises';
import type { Result, Workspace } from '@smartcity/core';
import { sheetPlans } from './columns.js';
import { exportWorkbook, loadExcelJS } from './export.js';
import { buildWorkbook, type ExportWorkbookOptions } from './layout.js';
import { DEFAULT_WORKBOOK_LIMITS } from './limits.js';
import { type ReadWorkbookOptions, readWorkbook, type WorkbookData } from './reader.js';
import { rowCounts } from './rows.js';

/**
 * Above this many data rows (all sheets together) {@link writeWorkbookFile} streams the workbook to disk with
 * exceljs' `WorkbookWriter` instead of building it in memory: memory then stays flat instead of growing with the
 * workspace (the benchmark's whole process, holding 100,000 innovations, peaked at 194 and 234 MiB in two runs).
 *
 * @example
 * ```ts
 * STREAMING_THRESHOLD_ROWS; // 5000
 * ```
 */
export const STREAMING_THRESHOLD_ROWS = 5_000;

/**
 * Options of {@link writeWorkbookFile}.
 *
 * @example
 * ```ts
 * const options: WriteWorkbookFileOptions = { exportedAt: '2025-08-17T09:00:00Z', lang: 'en', streaming: 'auto' };
 * ```
 */
export interface WriteWorkbookFileOptions extends ExportWorkbookOptions {
  /** `'auto'` (default): stream above {@link STREAMING_THRESHOLD_ROWS}; `true`/`false` force one writer. */
  streaming?: boolean | 'auto';
}

/**
 * Counts the data rows a workbook of this workspace would have (every collection's sheet).
 *
 * @example
 * ```ts
 * import { SAMPLE_WORKSPACES } from '@smartcity/core/samples';
 * workbookRowCount(SAMPLE_WORKSPACES['pontianak-2023']) > 0; // true
 * ```
 */
export function workbookRowCount(ws: Workspace): number {
  return total(rowCounts(ws, sheetPlans()));
}

function total(counts: ReadonlyMap<unknown, number>): number {
  let n = 0;
  for (const count of counts.values()) n += count;
  return n;
}

/**
 * Writes a workspace's workbook to a file (the same workbook as `exportWorkbook`), streaming above
 * {@link STREAMING_THRESHOLD_ROWS} rows. Writes exactly the path given: callers that must not overwrite a
 * user's file write to a temporary path and rename (as the CLI does).
 *
 * @example
 * ```ts
 * import { SAMPLE_WORKSPACES } from '@smartcity/core/samples';
 * import { writeWorkbookFile } from '@smartcity/spreadsheet/node';
 * const { streaming } = await writeWorkbookFile(SAMPLE_WORKSPACES['pontianak-2023'], '/tmp/pontianak.xlsx',
 *   { exportedAt: '2025-08-17T09:00:00Z' });
 * streaming; // false: a small workspace is built in memory
 * ```
 */
export async function writeWorkbookFile(
  ws: Workspace,
  path: string,
  options: WriteWorkbookFileOptions,
): Promise<{ rows: number; streaming: boolean }> {
  const counts = rowCounts(ws, sheetPlans());
  const rows = total(counts);
  const streaming =
    options.streaming === 'auto' || options.streaming === undefined
      ? rows > STREAMING_THRESHOLD_ROWS
      : options.streaming;
  if (!streaming) {
    await writeFile(path, await exportWorkbook(ws, options));
    return { rows, streaming };
  }
  const ExcelJS = await loadExcelJS();
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({
    filename: path,
    useStyles: true,
    useSharedStrings: false,
  });
  await buildWorkbook(wb, ws, options, true, counts);
  await wb.commit();
  return { rows, streaming };
}

/**
 * Reads a workbook file with {@link readWorkbook}'s safety checks (the file's size is checked against
 * `maxFileBytes` before it is read).
 *
 * @example
 * ```ts
 * import { readWorkbookFile } from '@smartcity/spreadsheet/node';
 * const result = await readWorkbookFile('/tmp/pontianak.xlsx');
 * if (result.success) console.log(result.data.sheets.map((s) => s.name));
 * ```
 */
export async function readWorkbookFile(
  path: string,
  options: ReadWorkbookOptions = {},
): Promise<Result<WorkbookData>> {
  const fileName = options.fileName ?? path.replace(/^.*[\\/]/, '');
  try {
    const info = await stat(path);
    const max = options.limits?.maxFileBytes ?? DEFAULT_WORKBOOK_LIMITS.maxFileBytes;
    if (info.size > max) {
      return {
        success: false,
        issues: [
          {
            path: [],
            code: 'too_big',
            message: {
              id: `Berkas terlalu besar (${info.size} byte; batas ${max})`,
              en: `File too large (${info.size} bytes; limit ${max})`,
            },
            source: { file: fileName },
          },
        ],
      };
    }
    const bytes = new Uint8Array(await readFile(path));
    return readWorkbook(bytes, { ...options, fileName });
  } catch (e) {
    return {
      success: false,
      issues: [
        {
          path: [],
          code: 'unreadable_input',
          message: {
            id: `Berkas tidak dapat dibaca (${(e as Error).message})`,
            en: `The file cannot be read (${(e as Error).message})`,
          },
          source: { file: fileName },
        },
      ],
    };
  }
}
