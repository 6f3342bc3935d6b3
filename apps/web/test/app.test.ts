import { readFileSync } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import {
  formatPath,
  formatSourceLocation,
  getCollection,
  INNOVATION_STATUS_LABELS,
  INNOVATION_TRANSITIONS,
  isError,
  localize,
  PILLARS,
  parseWorkspaceJson,
  programmeCalendar,
  toZonedDateTime,
} from '@smartcity/core';
import { SAMPLE_WORKSPACES } from '@smartcity/core/samples';
import { importWorkbook } from '@smartcity/spreadsheet';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UI } from '../src/i18n.js';
import { PAGE_SIZE } from '../src/state.js';
import { AXE, axeViolations, DOCS, type Harness, openPage, startHarness } from './browser.js';

const SAMPLE = 'pontianak-2023' as const;
const ws = SAMPLE_WORKSPACES[SAMPLE];
const AS_OF = '2023-12-31';
const axeSource = readFileSync(AXE, 'utf8');
/** The page works in the background (file reading, exceljs); give it time on a busy machine. */
const POLL = { timeout: 30_000 };
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

let harness: Harness;

beforeAll(async () => {
  harness = await startHarness();
  await mkdir(DOCS, { recursive: true });
});

afterAll(async () => {
  await harness?.close();
});

async function loadSample(page: Page): Promise<void> {
  await page.selectOption('#sample', SAMPLE);
  await page.click('form:has(#sample) button[type=submit]');
  await page.waitForSelector('[data-testid=innovations-table]');
  await page.waitForSelector('[data-testid=download-json]');
}

/** Screenshot of a section (or the viewport) without a programmatic focus ring on it. */
async function shot(page: Page, name: string, selector?: string): Promise<void> {
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  if (selector) await page.locator(selector).screenshot({ path: `${DOCS}${name}.png` });
  else await page.screenshot({ path: `${DOCS}${name}.png` });
}

async function statusCount(page: Page, status: string): Promise<number> {
  return Number(await page.textContent(`[data-testid=status-counts] td[data-status="${status}"]`));
}

describe('the dashboard in Chromium', () => {
  it('loads a sample and shows pillars, index, innovations, calendar, evaluations and risks without a11y violations', async () => {
    const { context, page, problems } = await openPage(harness, { path: `?asOf=${AS_OF}` });
    await loadSample(page);
    expect(await page.textContent('[data-testid=summary-total] dd')).toBe(String(ws.innovations.length));
    const pillarRows = await page.locator('[data-testid=pillars-table] tbody tr').count();
    expect(pillarRows).toBe(PILLARS.length);
    expect(await page.locator('svg.radar[role=img] title').count()).toBe(1);
    expect(await page.locator('[data-testid=innovations-table] tbody tr').count()).toBe(
      ws.innovations.length,
    );
    expect(await page.locator('[data-testid=evaluations-table] thead th').count()).toBe(
      ws.evaluations.length + 1,
    );
    expect(await page.locator('[data-testid=heatmap] tbody tr').count()).toBe(5);
    expect(await axeViolations(page, axeSource)).toEqual([]);
    await shot(page, 'dashboard-id');
    await shot(page, 'pillars', '#pillars');
    await shot(page, 'evaluations', '#evaluations');
    await shot(page, 'risks', '#risks');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('switches language, remembers it, and labels domain values from the core catalogues', async () => {
    const { context, page, problems } = await openPage(harness, { path: `?asOf=${AS_OF}` });
    await loadSample(page);
    expect(await page.textContent('h1')).toBe(UI.appTitle.id);
    await page.selectOption('#lang', 'en');
    expect(await page.textContent('h1')).toBe(UI.appTitle.en);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    // The announcement made before the switch is re-made in the new language.
    expect(await page.textContent('#status')).toBe(UI.loaded.en.replace('{name}', SAMPLE));
    const statusHeaders = await page.locator('[data-testid=status-counts] thead th').allTextContents();
    expect(statusHeaders[0]).toBe(localize(INNOVATION_STATUS_LABELS.planned, 'en'));
    expect(await axeViolations(page, axeSource)).toEqual([]);
    await shot(page, 'dashboard-en');
    await page.reload();
    expect(await page.textContent('h1')).toBe(UI.appTitle.en);
    expect(await page.inputValue('#lang')).toBe('en');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('filters innovations by pillar, status and text', async () => {
    const { context, page, problems } = await openPage(harness, { path: `?asOf=${AS_OF}` });
    await loadSample(page);
    const pillar = ws.innovations[0]!.pillarId;
    await page.selectOption('#filter-pillar', pillar);
    await shot(page, 'innovations-filtered', '#innovations');
    const expected = ws.innovations.filter((i) => i.pillarId === pillar);
    const ids = await page
      .locator('[data-testid=innovations-table] tbody tr')
      .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-id')));
    expect(ids).toEqual(expected.map((i) => i.id));
    await page.selectOption('#filter-pillar', '');
    const status = ws.innovations[1]!.status;
    await page.selectOption('#filter-status', status);
    expect(await page.locator('[data-testid=innovations-table] tbody tr').count()).toBe(
      ws.innovations.filter((i) => i.status === status).length,
    );
    await page.selectOption('#filter-status', '');
    await page.fill('#filter-text', 'zzz-no-such-innovation');
    expect(await page.locator('[data-testid=innovations-table]').count()).toBe(0);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('renders a long list a page at a time, with a "show more" button', async () => {
    const { context, page, problems } = await openPage(harness, { path: `?asOf=${AS_OF}` });
    // Two pages and 20 more: the sample's own innovations, then copies with new ids (ids and names stay unique).
    const total = 2 * PAGE_SIZE + 20;
    const big = structuredClone(ws);
    const base = big.innovations;
    big.innovations = Array.from({ length: total }, (_, i) =>
      i < base.length
        ? base[i]!
        : { ...base[i % base.length]!, id: `salinan-${i}`, name: `Salinan ${i}`, kpis: [], budget: [] },
    );
    await page.setInputFiles('#file', {
      name: 'big.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(big)),
    });
    await page.waitForSelector('[data-testid=innovations-table]', POLL);
    const rows = page.locator('[data-testid=innovations-table] tbody tr');
    const more = (n: number) =>
      page.locator('#innovations button', { hasText: UI.showMore.id.replace('{n}', String(n)) });
    expect(await rows.count()).toBe(PAGE_SIZE);
    await more(PAGE_SIZE).click();
    expect(await rows.count()).toBe(2 * PAGE_SIZE);
    await more(20).click();
    expect(await rows.count()).toBe(total);
    expect(
      await page.locator('#innovations button', { hasText: UI.showMore.id.split(' ')[0]! }).count(),
    ).toBe(0);
    expect(await rows.evaluateAll((r) => r.map((x) => x.getAttribute('data-id')))).toEqual(
      big.innovations.map((i) => i.id),
    );
    expect(problems).toEqual([]);
    await context.close();
  });

  it('moves an innovation through the lifecycle and the summary follows; saves the workspace JSON', async () => {
    const { context, page, problems } = await openPage(harness, { path: `?asOf=${AS_OF}` });
    await loadSample(page);
    const inn = ws.innovations.find((i) => (INNOVATION_TRANSITIONS[i.status] ?? []).length > 0)!;
    const to = INNOVATION_TRANSITIONS[inn.status]![0]!;
    const before = { from: await statusCount(page, inn.status), to: await statusCount(page, to) };
    await page.click(`tr[data-id="${inn.id}"] button`);
    await expect.poll(() => page.evaluate(() => document.activeElement?.id), POLL).toBe('editor-h');
    expect(await axeViolations(page, axeSource)).toEqual([]);
    await page.selectOption('#edit-status', to);
    const last = inn.history.at(-1)?.date ?? AS_OF;
    await page.fill('#edit-date', last > AS_OF ? last : AS_OF);
    await shot(page, 'editor', '#editor');
    await page.click('[data-testid=status-form] button[type=submit]');
    expect(await statusCount(page, inn.status)).toBe(before.from - 1);
    expect(await statusCount(page, to)).toBe(before.to + 1);
    expect(await page.getAttribute(`tr[data-id="${inn.id}"] td[data-col=status] span`, 'class')).toContain(
      to,
    );
    // A KPI measurement, validated as you type by the core.
    const withKpi = ws.innovations.find((i) => i.kpis.length > 0)!;
    await page.click(`tr[data-id="${withKpi.id}"] button`);
    await page.fill('#m-value', 'banyak');
    await expect.poll(() => page.getAttribute('#m-value', 'aria-invalid'), POLL).toBe('true');
    const kpi = withKpi.kpis[0]!;
    const taken = new Set(kpi.measurements.map((m) => m.date));
    let date = AS_OF;
    while (taken.has(date)) date = `${Number(date.slice(0, 4)) + 1}${date.slice(4)}`;
    const value = (kpi.target.value + (kpi.baseline ?? 0)) / 2;
    await page.fill('#m-date', date);
    await page.fill('#m-value', String(value));
    await expect.poll(() => page.getAttribute('#m-value', 'aria-invalid'), POLL).toBe(null);
    await page.click('[data-testid=measurement-form] button[type=submit]');
    await expect.poll(() => page.textContent('#status'), POLL).toBe(UI.measurementAdded.id);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.click('[data-testid=download-json]'),
    ]);
    const saved = parseWorkspaceJson(await readFile((await download.path())!, 'utf8'));
    expect(saved.success && saved.data.innovations.find((i) => i.id === inn.id)?.status).toBe(to);
    const savedKpi = saved.success
      ? saved.data.innovations.find((i) => i.id === withKpi.id)?.kpis[0]
      : undefined;
    expect(savedKpi?.measurements.find((m) => m.date === date)?.value).toBe(value);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('validates a new innovation as you type, then adds it', async () => {
    const { context, page, problems } = await openPage(harness, { path: `?asOf=${AS_OF}` });
    await page.selectOption('#lang', 'en');
    await loadSample(page);
    await page.fill('#new-id', ws.innovations[0]!.id);
    await page.fill('#new-name', 'Layanan Baru');
    await page.selectOption('#new-pillar', 'living');
    await page.selectOption('#new-element', PILLARS.find((p) => p.id === 'living')!.elements[0]!.id);
    await page.selectOption('#new-agency', ws.agencies[0]!.id);
    // A duplicate id is found by the core's workspace checks, shown beside the id field in English.
    await expect.poll(() => page.getAttribute('#new-id', 'aria-invalid'), POLL).toBe('true');
    expect(await page.textContent('#new-id-err')).not.toBe('');
    await shot(page, 'new-innovation', '#new-innovation');
    await page.fill('#new-id', 'layanan-baru');
    await expect.poll(() => page.getAttribute('#new-id', 'aria-invalid'), POLL).toBe(null);
    const total = ws.innovations.length;
    await page.click('[data-testid=new-form] button[type=submit]');
    expect(await page.textContent('[data-testid=summary-total] dd')).toBe(String(total + 1));
    expect(problems).toEqual([]);
    await context.close();
  });

  it('shows a broken file’s located errors in the chosen language', async () => {
    const { context, page, problems } = await openPage(harness, { path: `?asOf=${AS_OF}` });
    await page.selectOption('#lang', 'en');
    const broken = structuredClone(ws) as unknown as { innovations: Record<string, unknown>[] };
    broken.innovations[0]!.agencyId = 'no-such-agency';
    broken.innovations[1]!.endDate = '2023-02-30';
    const text = JSON.stringify(broken, null, 2);
    const expected = parseWorkspaceJson(text);
    expect(expected.success).toBe(false);
    if (expected.success) return;
    await page.setInputFiles('#file', {
      name: 'broken.json',
      mimeType: 'application/json',
      buffer: Buffer.from(text),
    });
    await page.waitForSelector('[data-testid=load-issues-table]');
    const rows = await page.locator('[data-testid=load-issues-table] tbody tr').allTextContents();
    expect(rows.length).toBe(expected.issues.length);
    for (const item of expected.issues) {
      expect(rows.some((r) => r.includes(formatPath(item.path)) && r.includes(item.message.en))).toBe(true);
    }
    await shot(page, 'broken-file-en', '[data-testid=load-issues]');
    // Switching language re-renders the same issues in Bahasa Indonesia.
    await page.selectOption('#lang', 'id');
    const rowsId = await page.locator('[data-testid=load-issues-table] tbody tr').allTextContents();
    for (const item of expected.issues) expect(rowsId.some((r) => r.includes(item.message.id))).toBe(true);
    // A JSON syntax error is located too.
    await page.setInputFiles('#file', {
      name: 'syntax.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"a": 1,,}'),
    });
    const syntax = parseWorkspaceJson('{"a": 1,,}');
    expect(syntax.success).toBe(false);
    if (!syntax.success)
      await expect
        .poll(() => page.textContent('[data-testid=load-issues-table]'), POLL)
        .toContain(syntax.issues[0]!.message.id);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('shows the calendar in the city’s zone whatever the laptop’s zone, and downloads it as iCalendar', async () => {
    const { context, page, problems } = await openPage(harness, {
      path: `?asOf=${AS_OF}`,
      timezoneId: 'America/Sao_Paulo',
    });
    await loadSample(page);
    const cal = programmeCalendar(Number(AS_OF.slice(0, 4)), { workspace: ws });
    expect(cal.success).toBe(true);
    if (!cal.success) return;
    const timed = cal.data.events.find((e) => !e.allDay);
    if (timed && !timed.allDay) {
      const local = toZonedDateTime(new Date(timed.start.instant), ws.municipality.timeZone);
      const row = await page.textContent(`[data-testid=calendar-table] tr[data-id="${timed.id}"]`);
      expect(row).toContain(local.time.slice(0, 5));
    }
    expect(await page.locator('[data-testid=calendar-table] tbody tr').count()).toBe(
      cal.data.events.filter((e) => e.kind !== 'semester').length,
    );
    await shot(page, 'calendar', '#calendar');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.click('[data-testid=download-ics]'),
    ]);
    const ics = await readFile((await download.path())!, 'utf8');
    expect(ics.startsWith('BEGIN:VCALENDAR')).toBe(true);
    expect(ics.match(/BEGIN:VEVENT/g)?.length).toBe(cal.data.events.length);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('downloads the HTML report, made in the browser by @smartcity/report', async () => {
    const { context, page, problems } = await openPage(harness, { path: `?asOf=${AS_OF}` });
    await loadSample(page);
    const [html] = await Promise.all([
      page.waitForEvent('download'),
      page.click('[data-testid=download-html]'),
    ]);
    expect(html.suggestedFilename()).toMatch(/\.html$/);
    const report = await readFile((await html.path())!, 'utf8');
    expect(report).toMatch(/<html/i);
    expect(report).toContain(ws.municipality.name);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('downloads the workbook (opened with exceljs) and the PDF report, made in the browser', async () => {
    const { context, page, problems } = await openPage(harness, { path: `?asOf=${AS_OF}` });
    await loadSample(page);
    const [xlsx] = await Promise.all([
      page.waitForEvent('download'),
      page.click('[data-testid=download-xlsx]'),
    ]);
    expect(xlsx.suggestedFilename()).toMatch(/\.xlsx$/);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile((await xlsx.path())!);
    const cells: string[] = [];
    book.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell((c) => cells.push(String(c.value)))));
    for (const inn of ws.innovations) expect(cells).toContain(inn.name);
    const [pdf] = await Promise.all([
      page.waitForEvent('download'),
      page.click('[data-testid=download-pdf]'),
    ]);
    expect(pdf.suggestedFilename()).toMatch(/\.pdf$/);
    const bytes = await readFile((await pdf.path())!);
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('merges an edited workbook, and locates the errors of a broken one by sheet, row and column', async () => {
    const { context, page, problems } = await openPage(harness, { path: `?asOf=${AS_OF}` });
    await page.selectOption('#lang', 'en');
    await loadSample(page);
    const [xlsx] = await Promise.all([
      page.waitForEvent('download'),
      page.click('[data-testid=download-xlsx]'),
    ]);
    const exported = await readFile((await xlsx.path())!);
    // Edit the name of the first innovation where the workbook has it, as a person would in Excel.
    const edit = async (value: string, header: string) => {
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(exported as unknown as ArrayBuffer);
      for (const sheet of book.worksheets) {
        sheet.eachRow((row) =>
          row.eachCell((cell, colNumber) => {
            // The row whose id (column A) is the innovation's: its own row, not a row that refers to it.
            if (colNumber !== 1 || cell.value !== ws.innovations[0]!.id) return;
            const headers = sheet.getRow(1).values as unknown[];
            const col = headers.indexOf(header);
            if (col > 0) row.getCell(col).value = value;
          }),
        );
      }
      return Buffer.from(await book.xlsx.writeBuffer());
    };
    const nameHeader = localize(
      getCollection('innovations').fields.find((f) => f.key === 'name')!.label,
      'en',
    );
    const renamed = await edit('Komanda Hijau Lestari', nameHeader);
    await page.setInputFiles('#file', { name: 'edited.xlsx', mimeType: XLSX_TYPE, buffer: renamed });
    await expect
      .poll(() => page.textContent(`tr[data-id="${ws.innovations[0]!.id}"] th`), POLL)
      .toContain('Komanda Hijau Lestari');
    // A status no lifecycle knows: the errors say where they are in the workbook, as the spreadsheet adapter does.
    const statusHeader = localize(
      getCollection('innovations').fields.find((f) => f.key === 'status')!.label,
      'en',
    );
    const broken = await edit('Entah', statusHeader);
    const expected = await importWorkbook(ws, new Uint8Array(broken), {
      lang: 'en',
      fileName: 'broken.xlsx',
    });
    expect(expected.ok).toBe(false);
    await page.setInputFiles('#file', { name: 'broken.xlsx', mimeType: XLSX_TYPE, buffer: broken });
    await page.waitForSelector('[data-testid=load-issues-table]');
    const text = await page.textContent('[data-testid=load-issues-table]');
    for (const item of expected.report.issues.filter(isError)) {
      expect(text).toContain(item.message.en);
      if (item.source) expect(text).toContain(formatSourceLocation(item.source, 'en'));
    }
    await shot(page, 'broken-workbook-en', '[data-testid=load-issues]');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('works with the keyboard alone: skip link, filters, edit button, focus visible', async () => {
    const { context, page, problems } = await openPage(harness, { path: `?asOf=${AS_OF}` });
    await loadSample(page);
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('skip');
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(outline).not.toBe('none');
    await page.focus('#filter-pillar');
    await page.keyboard.press('ArrowDown');
    const first = ws.innovations.filter((i) => i.pillarId === PILLARS[0]!.id).length;
    await expect
      .poll(() => page.textContent('[data-testid=innovation-count]'), POLL)
      .toContain(String(first));
    expect(problems).toEqual([]);
    await context.close();
  });
});
