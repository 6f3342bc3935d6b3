import { formatIssue, type Lang, programmeCalendar, toICalendar, type Workspace } from '@smartcity/core';

/** A file made in the browser, or the reason it could not be made (in the chosen language). */
export type Made = { ok: true; name: string; type: string; data: BlobPart } | { ok: false; reason: string };

/** Hands a file to the browser's download (no server involved). */
export function saveFile(name: string, type: string, data: BlobPart): void {
  const url = URL.createObjectURL(new Blob([data], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.rel = 'noopener';
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** `pontianak-2023-12-31` style stem for file names. */
export function fileStem(ws: Workspace, asOf: string): string {
  const city = ws.municipality.name
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `${city || 'workspace'}-${asOf}`;
}

/** The workspace as JSON, as the core reads it back. */
export function makeJson(ws: Workspace, asOf: string): Made {
  return {
    ok: true,
    name: `${fileStem(ws, asOf)}.json`,
    type: 'application/json',
    data: `${JSON.stringify(ws, null, 2)}\n`,
  };
}

/** The programme calendar of the as-of year as iCalendar (the core's `toICalendar`). */
export function makeCalendar(ws: Workspace, asOf: string, lang: Lang, now: Date): Made {
  const cal = programmeCalendar(Number(asOf.slice(0, 4)), { workspace: ws });
  if (!cal.success) return { ok: false, reason: cal.issues.map((i) => formatIssue(i, lang)).join('; ') };
  return {
    ok: true,
    name: `${fileStem(ws, asOf)}.ics`,
    type: 'text/calendar',
    data: toICalendar(cal.data, { lang, generatedAt: now }),
  };
}

/** The workbook (`exportWorkbook` from @smartcity/spreadsheet, loaded on demand: exceljs is large). */
export async function makeWorkbook(ws: Workspace, asOf: string, lang: Lang, now: Date): Promise<Made> {
  const { exportWorkbook } = await import('@smartcity/spreadsheet');
  const bytes = await exportWorkbook(ws, { lang, exportedAt: now.toISOString() });
  return {
    ok: true,
    name: `${fileStem(ws, asOf)}.xlsx`,
    type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    data: bytes as Uint8Array<ArrayBuffer>,
  };
}

/** The HTML report (`renderReport` from @smartcity/report, loaded on demand). */
export async function makeReportHtml(ws: Workspace, asOf: string, lang: Lang): Promise<Made> {
  const { renderReport } = await import('@smartcity/report');
  const result = renderReport(ws, { kind: 'evaluation', format: 'html', lang, asOf });
  if (!result.success)
    return { ok: false, reason: result.issues.map((i) => formatIssue(i, lang)).join('; ') };
  return { ok: true, name: `${fileStem(ws, asOf)}-report.html`, type: 'text/html', data: result.data };
}

/** The PDF report (`@smartcity/report/pdf`, loaded on demand: pdfmake and its fonts are large). */
export async function makeReportPdf(ws: Workspace, asOf: string, lang: Lang): Promise<Made> {
  const { renderReportPdf } = await import('@smartcity/report/pdf');
  const result = await renderReportPdf(ws, { kind: 'evaluation', lang, asOf });
  if (!result.success)
    return { ok: false, reason: result.issues.map((i) => formatIssue(i, lang)).join('; ') };
  return {
    ok: true,
    name: `${fileStem(ws, asOf)}-report.pdf`,
    type: 'application/pdf',
    data: result.data as Uint8Array<ArrayBuffer>,
  };
}
