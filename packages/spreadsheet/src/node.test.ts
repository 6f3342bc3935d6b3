import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Workspace } from '@smartcity/core';
import { SAMPLE_WORKSPACES } from '@smartcity/core/samples';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { exportWorkbook } from './export.js';
import { importWorkbook } from './import.js';
import { readWorkbookFile, STREAMING_THRESHOLD_ROWS, workbookRowCount, writeWorkbookFile } from './node.js';
import { sheetXmls } from './xml.testutil.js';

const dir = mkdtempSync(join(tmpdir(), 'smartcity-node-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const ws = SAMPLE_WORKSPACES['payakumbuh-2022'];
const options = { exportedAt: '2025-08-17T09:00:00Z' };

describe('writeWorkbookFile', () => {
  it('builds small workspaces in memory and streams above the threshold, with the same cells', async () => {
    expect(workbookRowCount(ws)).toBeLessThan(STREAMING_THRESHOLD_ROWS);
    const memory = await writeWorkbookFile(ws, join(dir, 'memory.xlsx'), options);
    const stream = await writeWorkbookFile(ws, join(dir, 'stream.xlsx'), { ...options, streaming: true });
    expect([memory.streaming, stream.streaming]).toEqual([false, true]);
    const a = await readWorkbookFile(join(dir, 'memory.xlsx'));
    const b = await readWorkbookFile(join(dir, 'stream.xlsx'));
    expect(a.success && b.success).toBe(true);
    if (!a.success || !b.success) return;
    expect(b.data.sheets).toEqual(a.data.sheets);
    // the streamed file has the same frozen header, filter, validations and hidden id column, and no formula
    const xml = sheetXmls(new Uint8Array(readFileSync(join(dir, 'stream.xlsx')))).sheets.get('Inovasi')!;
    expect(xml).toMatch(/state="frozen"/);
    expect(xml).toMatch(/<autoFilter /);
    expect(xml).toMatch(/<dataValidation [^>]*type="list"/);
    expect(xml).toMatch(/<col [^>]*hidden="1"/);
    expect(xml).not.toMatch(/<f[ >]/);
    const back = await importWorkbook(ws, new Uint8Array(readFileSync(join(dir, 'stream.xlsx'))));
    expect(back.report.issues).toEqual([]);
    expect(back.merge.workspace).toEqual(ws);
  });

  it('streams the same workbook as the in-memory export, read back with exceljs (a sheet longer than a batch)', async () => {
    // 700 innovations: several batches between the writer's waits for the zip; some without dates (empty cells of
    // a date column keep their format), some with a formula trigger.
    const base = SAMPLE_WORKSPACES['pontianak-2023'];
    const many: Workspace = {
      ...base,
      innovations: Array.from({ length: 700 }, (_, i) => {
        const inv = base.innovations[i % base.innovations.length]!;
        const copy = { ...inv, id: `${inv.id}-${i}`, name: i % 7 === 0 ? `=SUM(A${i})` : `${inv.name} ${i}` };
        if (i % 5 === 0) delete (copy as { startDate?: string }).startDate;
        return copy;
      }),
    };
    await writeWorkbookFile(many, join(dir, 'many.xlsx'), { ...options, streaming: true });
    const streamed = await workbookModel(new Uint8Array(readFileSync(join(dir, 'many.xlsx'))));
    const inMemory = await workbookModel(await exportWorkbook(many, options));
    expect(streamed.sheets.find((s) => s.name === 'Inovasi')!.rows).toHaveLength(701);
    expect(streamed).toEqual(inMemory);
  });

  it('reports a missing file as an issue', async () => {
    const r = await readWorkbookFile(join(dir, 'nope.xlsx'));
    expect(r.success).toBe(false);
    if (!r.success) expect(r.issues[0]!.code).toBe('unreadable_input');
  });
});

/** What a reader sees of a workbook, through exceljs: properties, and per sheet its layout and every cell. */
async function workbookModel(bytes: Uint8Array) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return {
    // (not `company`: exceljs's streaming writer leaves it out of docProps/app.xml; the city is in the subject)
    properties: [wb.title, wb.subject, wb.keywords, wb.creator, wb.description, wb.created],
    sheets: wb.worksheets.map((sheet) => {
      const rows: unknown[] = [];
      sheet.eachRow((row, number) => {
        const cells: unknown[] = [];
        row.eachCell({ includeEmpty: true }, (cell) => {
          cells.push([cell.address, cell.type, cell.value, cell.numFmt, cell.font?.bold, cell.fill]);
        });
        rows.push([number, cells]);
      });
      return {
        name: sheet.name,
        state: sheet.state,
        views: sheet.views,
        autoFilter: sheet.autoFilter,
        columns: (sheet.columns ?? []).map((c) => [c.width, c.hidden, c.numFmt]),
        validations: (sheet as unknown as { dataValidations: { model: unknown } }).dataValidations.model,
        rows,
      };
    }),
  };
}
