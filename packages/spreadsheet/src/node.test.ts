import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SAMPLE_WORKSPACES } from '@smartcity/core/samples';
import { afterAll, describe, expect, it } from 'vitest';
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

  it('reports a missing file as an issue', async () => {
    const r = await readWorkbookFile(join(dir, 'nope.xlsx'));
    expect(r.success).toBe(false);
    if (!r.success) expect(r.issues[0]!.code).toBe('unreadable_input');
  });
});
