import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readWorkbook } from './reader.js';
import { DATE_STYLES, forgeDeclaredSize, handWorkbook } from './xlsx.testutil.js';

async function read(bytes: Uint8Array, options = {}) {
  return readWorkbook(bytes, { fileName: 'test.xlsx', ...options });
}

describe('readWorkbook on well-formed files', () => {
  it('normalises an exceljs workbook: rich text, hyperlinks, formulas, errors, dates', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Data');
    ws.getCell('A1').value = 'Teks biasa';
    ws.getCell('B1').value = 1234.5;
    ws.getCell('C1').value = true;
    ws.getCell('D1').value = new Date(Date.UTC(2025, 7, 17));
    ws.getCell('E1').value = { richText: [{ text: 'Kota ', font: { bold: true } }, { text: 'Pontianak' }] };
    ws.getCell('F1').value = { text: 'Situs', hyperlink: 'https://pontianak.go.id' };
    ws.getCell('G1').value = { formula: 'B1*2', result: 2469 };
    ws.getCell('H1').value = { error: '#N/A' };
    ws.getCell('I1').value = { formula: 'A1&"!"', result: 'Teks biasa!' };
    ws.getCell('A3').value = 'baris tiga';
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    const result = await read(bytes);
    expect(result.success).toBe(true);
    if (!result.success) return;
    const sheet = result.data.sheets[0]!;
    expect(sheet.name).toBe('Data');
    expect(sheet.rows).toEqual([
      {
        row: 1,
        cells: [
          'Teks biasa',
          1234.5,
          true,
          { date: '2025-08-17' },
          'Kota Pontianak',
          'Situs',
          2469,
          { error: '#N/A' },
          'Teks biasa!',
        ],
      },
      { row: 3, cells: ['baris tiga'] },
    ]);
  });

  it('reads inline strings, shared rich text without phonetic runs, and merges', async () => {
    const bytes = handWorkbook(
      [
        {
          name: 'S',
          xml: '<row r="1"><c r="A1" t="inlineStr"><is><r><t>a</t></r><r><t xml:space="preserve"> b</t></r></is></c><c r="B1" t="s"><v>0</v></c><c r="C1" t="s"><v>1</v></c></row>',
        },
      ],
      {
        sharedStrings: [
          '<r><t>Ka</t></r><r><t>nji</t></r><rPh><t>kanji</t></rPh>',
          'x &amp; y_x000D__x000A_z',
        ],
      },
    );
    const sheetXmlWithMerge = bytes; // merges covered below
    const result = await read(sheetXmlWithMerge);
    expect(result.success && result.data.sheets[0]!.rows[0]!.cells).toEqual(['a b', 'Kanji', 'x & y\r\nz']);
  });

  it('converts date serials in both date systems, by style', async () => {
    const body =
      '<row r="1"><c r="A1" s="1"><v>45886</v></c><c r="B1" s="2"><v>45886.5</v></c><c r="C1" s="3"><v>0.25</v></c><c r="D1" s="1"><v>1</v></c></row>';
    const r1900 = await read(handWorkbook([{ name: 'D', xml: body }], { styles: DATE_STYLES }));
    expect(r1900.success && r1900.data.sheets[0]!.rows[0]!.cells).toEqual([
      { date: '2025-08-17' },
      { date: '2025-08-17T12:00:00' },
      0.25,
      { date: '1900-01-01' },
    ]);
    const r1904 = await read(
      handWorkbook([{ name: 'D', xml: body }], { styles: DATE_STYLES, date1904: true }),
    );
    expect(r1904.success && r1904.data.date1904).toBe(true);
    expect(r1904.success && r1904.data.sheets[0]!.rows[0]!.cells[0]).toEqual({ date: '2029-08-18' });
  });

  it('infers positions of cells without r= and warns once, located', async () => {
    const result = await read(
      handWorkbook([
        {
          name: 'NoRef',
          xml: '<row><c t="inlineStr"><is><t>a</t></is></c><c><v>2</v></c></row><row><c><v>3</v></c></row>',
        },
      ]),
    );
    expect(result.success).toBe(true);
    if (!result.success) return;
    expect(result.data.sheets[0]!.rows).toEqual([
      { row: 1, cells: ['a', 2] },
      { row: 2, cells: [3] },
    ]);
    expect(result.data.issues.map((i) => [i.code, i.severity, i.source?.sheet])).toEqual([
      ['missing_reference', 'warning', 'NoRef'],
    ]);
  });

  it('warns about a formula without a cached result and reads it as empty', async () => {
    const result = await read(
      handWorkbook([{ name: 'F', xml: '<row r="1"><c r="A1"><f>1+1</f></c><c r="B1"><v>5</v></c></row>' }]),
    );
    expect(result.success && result.data.sheets[0]!.rows[0]!.cells).toEqual([undefined, 5]);
    expect(result.success && result.data.issues[0]?.code).toBe('formula_without_value');
  });

  it('reads only the requested sheets and marks hidden ones', async () => {
    const bytes = handWorkbook([
      { name: 'A', xml: '<row r="1"><c r="A1"><v>1</v></c></row>' },
      { name: 'B', xml: '<row r="1"><c r="A1"><v>2</v></c></row>', state: 'hidden' },
    ]);
    const only = await read(bytes, { sheets: ['B'] });
    expect(only.success && only.data.sheets.map((s) => [s.name, s.hidden])).toEqual([['B', true]]);
  });
});

describe('readWorkbook on hostile files', () => {
  const expectIssue = async (bytes: Uint8Array, code: string, options = {}) => {
    const result = await read(bytes, options);
    expect(result.success).toBe(false);
    if (result.success) return undefined;
    expect(result.issues[0]!.code).toBe(code);
    expect(result.issues[0]!.message.id.length).toBeGreaterThan(0);
    expect(result.issues[0]!.message.en.length).toBeGreaterThan(0);
    return result.issues[0]!;
  };

  it('refuses non-zip input of any shape with a typed issue', async () => {
    await expectIssue(new Uint8Array(0), 'not_a_workbook');
    await expectIssue(strToU8('name;value\n1;2\n'), 'not_a_workbook');
    const valid = handWorkbook([{ name: 'A', xml: '' }]);
    await expectIssue(valid.subarray(0, valid.length - 30), 'not_a_workbook');
  });

  it('refuses a zip that is not a workbook', async () => {
    await expectIssue(zipSync({ 'hello.txt': strToU8('hi') }), 'not_a_workbook');
  });

  it('never expands a DTD: <!DOCTYPE> anywhere is refused (billion laughs)', async () => {
    const laughs = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&lol2;</t></is></c></row></sheetData></worksheet>`;
    const issue = await expectIssue(handWorkbook([{ name: 'X', xml: laughs }]), 'dtd_refused');
    expect(issue?.source?.file).toBe('test.xlsx');
    await expectIssue(
      handWorkbook([{ name: 'X', xml: '<row r="1"><c r="A1" t="s"><v>0</v></c></row>' }], {
        sharedStrings: ['a'],
        extra: {
          'xl/sharedStrings.xml': '<!DOCTYPE x SYSTEM "file:///etc/passwd"><sst><si><t>&x;</t></si></sst>',
        },
      }),
      'dtd_refused',
    );
  });

  it('leaves undeclared entities literal', async () => {
    const result = await read(
      handWorkbook([
        { name: 'E', xml: '<row r="1"><c r="A1" t="inlineStr"><is><t>&xxe; &#65;&#x42;</t></is></c></row>' },
      ]),
    );
    expect(result.success && result.data.sheets[0]!.rows[0]!.cells[0]).toBe('&xxe; AB');
  });

  it('reports references beyond the grid with sheet and value, never a TypeError', async () => {
    const col = await expectIssue(
      handWorkbook([{ name: 'Grid', xml: '<row r="1"><c r="XFE1"><v>1</v></c></row>' }]),
      'beyond_grid',
    );
    expect(col?.source).toMatchObject({ file: 'test.xlsx', sheet: 'Grid', value: 'XFE1' });
    await expectIssue(
      handWorkbook([{ name: 'Grid', xml: '<row r="1048577"><c><v>1</v></c></row>' }]),
      'beyond_grid',
    );
    await expectIssue(
      handWorkbook([{ name: 'Grid', xml: '<row r="1"><c r="A0"><v>1</v></c></row>' }]),
      'beyond_grid',
    );
    await expectIssue(
      handWorkbook([{ name: 'Grid', xml: '<row r="1"><c r="1A"><v>1</v></c></row>' }]),
      'beyond_grid',
    );
  });

  it('reports a broken shared-string index and a non-numeric number cell with row and column', async () => {
    const s = await expectIssue(
      handWorkbook([{ name: 'S', xml: '<row r="4"><c r="C4" t="s"><v>7</v></c></row>' }], {
        sharedStrings: ['a'],
      }),
      'invalid_cell',
    );
    expect(s?.source).toMatchObject({ sheet: 'S', row: 4, column: 'C' });
    await expectIssue(
      handWorkbook([{ name: 'S', xml: '<row r="1"><c r="A1"><v>abc</v></c></row>' }]),
      'invalid_cell',
    );
  });

  it('skips a sheet whose part is missing, with a located warning', async () => {
    const bytes = handWorkbook([{ name: 'A', xml: '' }], {
      extra: {
        'xl/workbook.xml':
          '<workbook xmlns:r="r"><sheets><sheet name="A" sheetId="1" r:id="rId1"/><sheet name="Ghost" sheetId="2" r:id="rId9"/></sheets></workbook>',
      },
    });
    const result = await read(bytes);
    expect(result.success).toBe(true);
    if (!result.success) return;
    expect(result.data.sheets.map((s) => s.name)).toEqual(['A']);
    expect(result.data.issues[0]).toMatchObject({
      code: 'missing_sheet',
      severity: 'warning',
      source: { sheet: 'Ghost' },
    });
  });

  it('enforces row, cell-length, entry-count and sheet-count limits', async () => {
    const rows = Array.from(
      { length: 20 },
      (_, i) => `<row r="${i + 1}"><c r="A${i + 1}"><v>${i}</v></c></row>`,
    ).join('');
    const tooMany = await expectIssue(handWorkbook([{ name: 'R', xml: rows }]), 'too_many_rows', {
      limits: { maxRows: 10 },
    });
    expect(tooMany?.source).toMatchObject({ sheet: 'R', row: 11 });
    const long = await expectIssue(
      handWorkbook([
        { name: 'L', xml: `<row r="1"><c r="B1" t="inlineStr"><is><t>${'x'.repeat(200)}</t></is></c></row>` },
      ]),
      'cell_too_long',
      { limits: { maxCellLength: 100 } },
    );
    expect(long?.source).toMatchObject({ sheet: 'L', row: 1, column: 'B' });
    const many: Record<string, Uint8Array> = {};
    for (let i = 0; i < 50; i++) many[`junk/${i}.txt`] = strToU8('x');
    await expectIssue(zipSync(many), 'too_many_entries', { limits: { maxEntries: 20 } });
    await expectIssue(
      handWorkbook([
        { name: 'A', xml: '' },
        { name: 'B', xml: '' },
      ]),
      'too_many_sheets',
      { limits: { maxSheets: 1 } },
    );
  });

  it('rejects a zip bomb from its declared size, before inflating', async () => {
    const bomb = handWorkbook([
      { name: 'B', xml: `<row r="1"><c r="A1"><v>0</v></c></row>${'<row/>'.repeat(2_000_000)}` },
    ]);
    expect(bomb.length).toBeLessThan(200_000);
    const issue = await expectIssue(bomb, 'zip_bomb', { limits: { maxEntryBytes: 1_000_000 } });
    expect(issue?.message.en).toMatch(/inflates to more than/);
  });

  it('rejects a zip bomb that lies about its size while inflating', async () => {
    const bomb = forgeDeclaredSize(
      handWorkbook([{ name: 'B', xml: '<row/>'.repeat(2_000_000) }]),
      'xl/worksheets/sheet1.xml',
      1_000,
    );
    const issue = await expectIssue(bomb, 'zip_bomb');
    expect(issue?.message.en).toMatch(/larger than the archive declares/);
  });

  it('never throws on random corruption of a valid workbook', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Inovasi');
    for (let i = 1; i <= 30; i++)
      ws.addRow([`inovasi-${i}`, i * 1.5, new Date(Date.UTC(2024, 0, i)), i % 2 === 0]);
    const valid = new Uint8Array(await wb.xlsx.writeBuffer());
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.nat({ max: valid.length - 1 }), fc.integer({ min: 0, max: 255 })), {
          minLength: 1,
          maxLength: 8,
        }),
        fc.option(fc.nat({ max: valid.length }), { nil: undefined }),
        async (flips, cut) => {
          const bytes = valid.slice(0, cut ?? valid.length);
          for (const [at, value] of flips) if (at < bytes.length) bytes[at] = value;
          const result = await readWorkbook(bytes);
          if (!result.success) {
            expect(result.issues.length).toBeGreaterThan(0);
            expect(result.issues[0]!.code).not.toBe('unreadable_input');
          }
        },
      ),
      { numRuns: 150 },
    );
  });
});
