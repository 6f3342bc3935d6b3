import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeText, repairMojibake } from './encoding.js';

describe('decodeText', () => {
  it('reads UTF-8 with and without BOM', () => {
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0x43, 0x61, 0x66, 0xc3, 0xa9]))).toEqual({
      text: 'Café',
      encoding: 'utf-8-bom',
      notes: [],
    });
    expect(decodeText(new Uint8Array([0x43, 0x61, 0x66, 0xc3, 0xa9])).text).toBe('Café');
  });
  it('reads UTF-16 LE and BE with BOM (Excel Unicode text)', () => {
    const le = new Uint8Array([0xff, 0xfe, 0x4e, 0x00, 0x6f, 0x00, 0x09, 0x00, 0xe9, 0x00]);
    expect(decodeText(le)).toMatchObject({ text: 'No\té', encoding: 'utf-16le' });
    const be = new Uint8Array([0xfe, 0xff, 0x00, 0x4e, 0x00, 0x6f]);
    expect(decodeText(be)).toMatchObject({ text: 'No', encoding: 'utf-16be' });
  });
  it('falls back to Windows-1252 with a warning, including the 0x80–0x9F range', () => {
    // "Biaya €5 – “SPBE”" in cp1252: € = 0x80, – = 0x96, “ ” = 0x93 0x94.
    const bytes = new Uint8Array([
      0x42, 0x69, 0x61, 0x79, 0x61, 0x20, 0x80, 0x35, 0x20, 0x96, 0x20, 0x93, 0x53, 0x50, 0x42, 0x45, 0x94,
    ]);
    const decoded = decodeText(bytes);
    expect(decoded.text).toBe('Biaya €5 – “SPBE”');
    expect(decoded.encoding).toBe('windows-1252');
    expect(decoded.notes[0]?.code).toBe('encoding_fallback');
    expect(decoded.notes[0]?.message.en).toMatch(/Windows-1252/);
  });
});

describe('repairMojibake', () => {
  it('repairs UTF-8 double-encoded through Latin-1', () => {
    expect(repairMojibake('Intel XeonÂ® E5')).toBe('Intel Xeon® E5');
    const double = iconv.decode(Buffer.from('Dinas Pariwisata – Café', 'utf8'), 'win1252');
    expect(repairMojibake(double)).toBe('Dinas Pariwisata – Café');
  });
  it('leaves clean text and genuine accents alone', () => {
    expect(repairMojibake('Kota Pontianak')).toBeUndefined();
    expect(repairMojibake('Café')).toBeUndefined();
    expect(repairMojibake('Ã alone')).toBeUndefined();
  });
});
