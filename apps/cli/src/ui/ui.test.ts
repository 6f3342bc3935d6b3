import { describe, expect, it } from 'vitest';
import { CliError, describeError, errorJson } from './errors.js';
import { createProgress } from './progress.js';
import { colourAllowed, createStyle, displayWidth } from './style.js';
import { renderPairs, renderTable, wrapText } from './table.js';

const plain = createStyle(false);

describe('renderTable', () => {
  it('aligns columns by display width and right-aligns numbers', () => {
    const text = renderTable(
      ['Pilar', 'Jumlah'],
      [
        ['Smart Governance', '3'],
        ['Smart Living', '12'],
      ],
      { style: plain, align: ['left', 'right'] },
    );
    expect(text).toBe(
      [
        'Pilar             Jumlah',
        '────────────────  ──────',
        'Smart Governance       3',
        'Smart Living          12',
      ].join('\n'),
    );
  });

  it('ignores colour codes when measuring', () => {
    const style = createStyle(true);
    const text = renderTable(['a', 'b'], [[style.red('xx'), 'y']], { style });
    expect(text.split('\n')[2]).toBe(`${style.red('xx')}  y`);
    expect(displayWidth(style.bold('héllo'))).toBe(5);
  });

  it('wraps the last column to the terminal width, continuing under that column', () => {
    const text = renderTable(
      ['Lokasi', 'Masalah'],
      [['a.b', 'satu dua tiga empat lima enam tujuh delapan sembilan']],
      {
        style: plain,
        width: 32,
      },
    );
    expect(text.split('\n')).toEqual([
      'Lokasi  Masalah',
      '──────  ────────────────────────',
      'a.b     satu dua tiga empat lima',
      '        enam tujuh delapan',
      '        sembilan',
    ]);
  });

  it('splits text at spaces and cuts words longer than a line', () => {
    expect(wrapText('abc def', 3)).toEqual(['abc', 'def']);
    expect(wrapText('abcdefgh', 3)).toEqual(['abc', 'def', 'gh']);
    expect(wrapText('short', 10)).toEqual(['short']);
  });

  it('pads labels of pairs to one width', () => {
    expect(
      renderPairs(
        [
          ['Kota', 'Pontianak'],
          ['Zona waktu', 'Asia/Pontianak'],
        ],
        { style: plain, indent: 2 },
      ),
    ).toBe('  Kota        Pontianak\n  Zona waktu  Asia/Pontianak');
  });
});

describe('colourAllowed', () => {
  it('allows colour only on a terminal, without NO_COLOR and without --json', () => {
    expect(colourAllowed({ isTTY: true }, {}, false)).toBe(true);
    expect(colourAllowed({ isTTY: false }, {}, false)).toBe(false);
    expect(colourAllowed({ isTTY: true }, { NO_COLOR: '1' }, false)).toBe(false);
    expect(colourAllowed({ isTTY: true }, {}, true)).toBe(false);
    expect(colourAllowed({ isTTY: true }, { TERM: 'dumb' }, false)).toBe(false);
  });
});

describe('createProgress', () => {
  function fakeStream() {
    const writes: string[] = [];
    return { writes, stream: { isTTY: true, write: (text: string) => writes.push(text) > 0 } };
  }

  it('stays silent for work shorter than the delay', () => {
    const { writes, stream } = fakeStream();
    let t = 0;
    const progress = createProgress({ stream, enabled: true, total: 4, label: 'x', now: () => t });
    for (let i = 0; i < 4; i++) {
      t += 200;
      progress.tick();
    }
    progress.done();
    expect(writes).toEqual([]);
  });

  it('draws a bar once the work passes the delay and clears it at the end', () => {
    const { writes, stream } = fakeStream();
    let t = 0;
    const progress = createProgress({ stream, enabled: true, total: 4, label: 'kota', now: () => t });
    t = 1500;
    progress.tick(2, 'pontianak');
    expect(writes.at(-1)).toContain(' 50% pontianak');
    progress.done();
    expect(writes.at(-1)).toBe('\r\u001b[2K');
  });

  it('does nothing when disabled', () => {
    const { writes, stream } = fakeStream();
    let t = 0;
    const progress = createProgress({ stream, enabled: false, total: 1, label: 'x', now: () => t });
    t = 5000;
    progress.tick();
    progress.done();
    expect(writes).toEqual([]);
  });
});

describe('CliError', () => {
  it('reads as one line: what (where). what to do.', () => {
    const error = new CliError({
      code: 'file_not_found',
      what: { id: 'berkas tidak ditemukan', en: 'file not found' },
      where: 'a.json',
      hint: { id: 'Periksa jalurnya', en: 'Check the path' },
    });
    expect(describeError(error, 'en')).toBe('file not found (a.json). Check the path.');
    expect(describeError(error, 'id')).toBe('berkas tidak ditemukan (a.json). Periksa jalurnya.');
    expect(errorJson(error, 'id')).toEqual({
      code: 'file_not_found',
      exitCode: 2,
      message: 'berkas tidak ditemukan (a.json). Periksa jalurnya.',
      messages: {
        id: 'berkas tidak ditemukan (a.json). Periksa jalurnya.',
        en: 'file not found (a.json). Check the path.',
      },
      where: 'a.json',
    });
  });
});
