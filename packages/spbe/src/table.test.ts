import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import {
  detectDelimiter,
  locateHeader,
  readCsvTable,
  type SourceTable,
  tablesFromWorkbook,
} from './table.js';
import { normalizeLabel } from './values.js';

const enc = (t: string) => new TextEncoder().encode(t);

describe('readCsvTable', () => {
  it('detects , ; and tab and accepts an override', () => {
    expect(detectDelimiter('a,b,c\n1,2,3\n')).toBe(',');
    expect(detectDelimiter('No;Nilai\n1;2,5\n2;3,0\n')).toBe(';');
    expect(detectDelimiter('No\tNilai\n1\t2,5\n')).toBe('\t');
    expect(detectDelimiter('"a;b",c\n"1;2",3\n')).toBe(',');
    const forced = readCsvTable(enc('a;b,c\n1;2,3\n'), { file: 'x.csv', delimiter: ',' });
    expect(forced.table?.rows[0]?.cells).toEqual(['a;b', 'c']);
    expect(forced.delimiter).toBe(',');
  });
  it('reads Windows-1252 bytes with a warning and repairs mojibake per cell', () => {
    const bytes = iconv.encode('Nama;Server\nSIPEDAS;Intel Xeon® – Café\n', 'win1252');
    const r = readCsvTable(bytes, { file: 'a.csv' });
    expect(r.encoding).toBe('windows-1252');
    expect(r.table?.rows[1]?.cells[1]).toBe('Intel Xeon® – Café');
    expect(r.notes.map((n) => n.code)).toEqual(['encoding_fallback']);
    const moji = readCsvTable(enc('Nama;Server\nSIPEDAS;XeonÂ® E5\n'), { file: 'b.csv' });
    expect(moji.table?.rows[1]?.cells[1]).toBe('Xeon® E5');
    expect(moji.notes[0]).toMatchObject({ code: 'mojibake_repaired', row: 2, column: 1, value: 'XeonÂ® E5' });
  });
  it('reads UTF-16 LE with BOM, tab separated (Excel "Unicode text")', () => {
    const body = iconv.encode('No\tPenilaian Mandiri\r\n1\tLevel 3\r\n', 'utf16le');
    const bytes = new Uint8Array([0xff, 0xfe, ...body]);
    const r = readCsvTable(bytes, { file: 'u.txt' });
    expect(r.encoding).toBe('utf-16le');
    expect(r.delimiter).toBe('\t');
    expect(r.table?.rows[1]?.cells).toEqual(['1', 'Level 3']);
  });
  it('tolerates ragged rows and stray quotes, never throws', () => {
    const r = readCsvTable(enc('a,b\n1,"x"y,3\n2\n'), { file: 'r.csv' });
    expect(r.table?.rows.length).toBe(3);
    const bad = readCsvTable(enc('a,b\n"unterminated,1\n'), { file: 'q.csv' });
    expect(bad.notes.some((n) => n.severity === 'error') || bad.table !== undefined).toBe(true);
  });
});

describe('locateHeader', () => {
  const specs = [
    { key: 'name', aliases: ['nama aplikasi'].map(normalizeLabel) },
    { key: 'agency', aliases: ['perangkat daerah'].map(normalizeLabel) },
    { key: 'cpu', aliases: ['server cpu'].map(normalizeLabel) },
  ];
  it('skips title rows above the heading', () => {
    const t: SourceTable = {
      file: 'a.csv',
      date1904: false,
      merges: [],
      rows: [
        { row: 1, cells: ['Daftar Aplikasi Kota Pontianak'] },
        { row: 3, cells: ['Nama Aplikasi', 'Perangkat Daerah'] },
        { row: 4, cells: ['SIPEDAS', 'Diskominfo'] },
      ],
    };
    const h = locateHeader(t, specs);
    expect(h?.headerRows).toEqual([3]);
    expect(h?.dataStart).toBe(2);
  });
  it('combines two-row merged headings (vertical and group merges)', () => {
    const t: SourceTable = {
      file: 'Aplikasi_0308.xlsx',
      sheet: 'Sheet1',
      date1904: false,
      merges: ['A1:A2', 'B1:B2', 'C1:D1'],
      rows: [
        { row: 1, cells: ['Nama Aplikasi', 'Perangkat Daerah', 'Server', null] },
        { row: 2, cells: [null, null, 'CPU', 'RAM'] },
        { row: 3, cells: ['SIPEDAS', 'Diskominfo', 'Xeon', '16 GB'] },
      ],
    };
    const h = locateHeader(t, specs);
    expect(h?.headerRows).toEqual([1, 2]);
    expect(h?.headers).toEqual(['Nama Aplikasi', 'Perangkat Daerah', 'Server CPU', 'Server RAM']);
    expect(h?.fields.get('cpu')).toBe(2);
    expect(h?.dataStart).toBe(2);
  });
  it('recognises a two-row heading in a CSV (merged cells exported as blanks)', () => {
    const t: SourceTable = {
      file: 'a.csv',
      date1904: false,
      merges: [],
      rows: [
        { row: 1, cells: ['Nama Aplikasi', 'Perangkat Daerah', 'Server', ''] },
        { row: 2, cells: ['', '', 'CPU', 'RAM'] },
        { row: 3, cells: ['SIPEDAS', 'Diskominfo', 'Xeon', '16'] },
      ],
    };
    expect(locateHeader(t, specs)?.headers).toEqual([
      'Nama Aplikasi',
      'Perangkat Daerah',
      'Server CPU',
      'Server RAM',
    ]);
  });
  it('turns a workbook into tables and repairs mojibake', () => {
    const { tables, notes } = tablesFromWorkbook(
      { date1904: true, sheets: [{ name: 'S', merges: [], rows: [{ row: 1, cells: ['XeonÂ®', 5] }] }] },
      'w.xlsx',
    );
    expect(tables[0]).toMatchObject({ sheet: 'S', date1904: true, rows: [{ row: 1, cells: ['Xeon®', 5] }] });
    expect(notes[0]?.sheet).toBe('S');
  });
});
