// Builds small .xlsx files by hand (parts as strings) so tests can craft exactly the hostile shapes they need.
import { strToU8, zipSync } from 'fflate';

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"></Types>`;
const ROOT_RELS = `<?xml version="1.0" encoding="UTF-8"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>
</Relationships>`;

export interface HandSheet {
  name: string;
  xml: string; // the <sheetData> content (or a whole worksheet when it starts with '<?xml' or '<worksheet')
  state?: 'hidden';
}

export function sheetXml(body: string): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheetData>${body}</sheetData></worksheet>`;
}

export function handWorkbook(
  sheets: HandSheet[],
  options: {
    sharedStrings?: string[];
    date1904?: boolean;
    styles?: string;
    extra?: Record<string, string>;
  } = {},
): Uint8Array {
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8(CONTENT_TYPES),
    '_rels/.rels': strToU8(ROOT_RELS),
  };
  const rels: string[] = [];
  const defs: string[] = [];
  sheets.forEach((s, i) => {
    const n = i + 1;
    rels.push(
      `<Relationship Id="rId${n}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${n}.xml"/>`,
    );
    defs.push(
      `<sheet name="${s.name}" sheetId="${n}" r:id="rId${n}"${s.state ? ` state="${s.state}"` : ''}/>`,
    );
    const xml = s.xml.startsWith('<?xml') || s.xml.startsWith('<worksheet') ? s.xml : sheetXml(s.xml);
    files[`xl/worksheets/sheet${n}.xml`] = strToU8(xml);
  });
  if (options.sharedStrings) {
    rels.push(
      '<Relationship Id="rIdS" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>',
    );
    files['xl/sharedStrings.xml'] = strToU8(
      `<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${options.sharedStrings
        .map((s) => (s.startsWith('<') ? `<si>${s}</si>` : `<si><t>${s}</t></si>`))
        .join('')}</sst>`,
    );
  }
  if (options.styles) {
    rels.push(
      '<Relationship Id="rIdT" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>',
    );
    files['xl/styles.xml'] = strToU8(options.styles);
  }
  files['xl/_rels/workbook.xml.rels'] = strToU8(
    `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.join('')}</Relationships>`,
  );
  files['xl/workbook.xml'] = strToU8(
    `<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">${
      options.date1904 ? '<workbookPr date1904="1"/>' : '<workbookPr/>'
    }<sheets>${defs.join('')}</sheets></workbook>`,
  );
  for (const [k, v] of Object.entries(options.extra ?? {})) files[k] = strToU8(v);
  return zipSync(files, { level: 6 });
}

/** A styles part whose cellXfs index 1 is a date (numFmtId 14) and index 2 a custom 'dd/mm/yyyy'. */
export const DATE_STYLES = `<?xml version="1.0"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
<numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/></numFmts>
<cellXfs count="4"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="164"/><xf numFmtId="10"/></cellXfs></styleSheet>`;

/** Rewrites the declared uncompressed size of a zip entry in both headers (to forge a lying archive). */
export function forgeDeclaredSize(zip: Uint8Array, entryName: string, size: number): Uint8Array {
  const out = zip.slice();
  const view = new DataView(out.buffer, out.byteOffset, out.byteLength);
  const name = strToU8(entryName);
  for (let i = 0; i + 46 < out.length; i++) {
    const sig = view.getUint32(i, true);
    if (sig === 0x02014b50 || sig === 0x04034b50) {
      const nameOffset = sig === 0x02014b50 ? 46 : 30;
      const nameLen = view.getUint16(i + (sig === 0x02014b50 ? 28 : 26), true);
      if (
        nameLen === name.length &&
        out.subarray(i + nameOffset, i + nameOffset + nameLen).every((b, k) => b === name[k])
      ) {
        view.setUint32(i + (sig === 0x02014b50 ? 24 : 22), size, true);
      }
    }
  }
  return out;
}
