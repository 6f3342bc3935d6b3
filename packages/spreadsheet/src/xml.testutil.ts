// Opens a written .xlsx the plain way (fflate) to inspect the sheet XML itself.
import { strFromU8, unzipSync } from 'fflate';

/** Sheet name → its worksheet XML, plus the styles part. */
export function sheetXmls(bytes: Uint8Array): {
  sheets: Map<string, string>;
  styles: string;
  workbook: string;
  core: string;
} {
  const files = unzipSync(bytes);
  const text = (name: string) => (files[name] ? strFromU8(files[name]!) : '');
  const workbook = text('xl/workbook.xml');
  const rels = text('xl/_rels/workbook.xml.rels');
  const sheets = new Map<string, string>();
  for (const m of workbook.matchAll(/<sheet [^>]*name="([^"]*)"[^>]*r:id="([^"]*)"/g)) {
    const target = new RegExp(`Id="${m[2]}"[^>]*Target="([^"]*)"|Target="([^"]*)"[^>]*Id="${m[2]}"`).exec(
      rels,
    );
    const path = (target?.[1] ?? target?.[2] ?? '').replace(/^\/?(xl\/)?/, 'xl/');
    sheets.set(m[1]!.replace(/&amp;/g, '&'), text(path));
  }
  return { sheets, styles: text('xl/styles.xml'), workbook, core: text('docProps/core.xml') };
}

/** The `<c>` elements of a sheet XML with their reference, type, style and whether they hold a formula. */
export function cellsOf(
  xml: string,
): { ref: string; t?: string; s?: string; formula: boolean; v?: string }[] {
  const out: { ref: string; t?: string; s?: string; formula: boolean; v?: string }[] = [];
  for (const m of xml.matchAll(/<c ([^>]*?)(\/>|>([\s\S]*?)<\/c>)/g)) {
    const attrs = m[1]!;
    const ref = /r="([^"]+)"/.exec(attrs)?.[1] ?? '';
    const t = /\bt="([^"]+)"/.exec(attrs)?.[1];
    const s = /\bs="([^"]+)"/.exec(attrs)?.[1];
    const body = m[3] ?? '';
    const v = /<v>([\s\S]*?)<\/v>/.exec(body)?.[1] ?? /<t[^>]*>([\s\S]*?)<\/t>/.exec(body)?.[1];
    out.push({
      ref,
      ...(t ? { t } : {}),
      ...(s ? { s } : {}),
      formula: /<f[ >]/.test(body),
      ...(v !== undefined ? { v } : {}),
    });
  }
  return out;
}
