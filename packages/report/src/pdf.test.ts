import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PILLARS, type Workspace } from '@smartcity/core';
import { SAMPLE_IDS, SAMPLE_WORKSPACES } from '@smartcity/core/samples';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { hostileWorkspace, TEXT_PAYLOADS } from './payloads.testutil.js';
import { renderReportPdf } from './pdf.js';

const AS_OF = '2023-12-31';
const pontianak = SAMPLE_WORKSPACES['pontianak-2023'];
const ALL = SAMPLE_IDS.map((id) => SAMPLE_WORKSPACES[id]);
// 1×1 red PNG.
const PNG =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==';
let dir: string;

beforeAll(() => {
  for (const tool of ['/usr/bin/pdftotext', '/usr/bin/pdftoppm', '/usr/bin/pdfinfo']) {
    if (!existsSync(tool)) throw new Error(`${tool} is missing; run: sudo bash scripts/setup-system.sh`);
  }
  dir = mkdtempSync(join(tmpdir(), 'smartcity-pdf-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function pdfFile(
  name: string,
  input: Workspace | Workspace[],
  options: Parameters<typeof renderReportPdf>[1],
) {
  const result = await renderReportPdf(input, options);
  if (!result.success) throw new Error(JSON.stringify(result.issues));
  const file = join(dir, `${name}.pdf`);
  writeFileSync(file, result.data);
  return file;
}

const text = (file: string) => execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
const info = (file: string) => execFileSync('pdfinfo', [file], { encoding: 'utf8' });

/** Share of non-white pixels on the first page, from pdftoppm's raw PPM (P6) output. */
function inkOfFirstPage(file: string): number {
  const base = join(dir, 'page');
  execFileSync('pdftoppm', ['-f', '1', '-l', '1', '-r', '30', file, base]);
  const ppm = readFileSync(`${base}-1.ppm`);
  const header = ppm.toString('latin1', 0, 64).match(/^P6\s+(\d+)\s+(\d+)\s+255\s/);
  if (!header) throw new Error('not a PPM');
  const pixels = Number(header[1]) * Number(header[2]);
  let ink = 0;
  for (let i = header[0].length; i + 2 < ppm.length; i += 3)
    if (ppm[i]! + ppm[i + 1]! + ppm[i + 2]! < 600) ink++;
  return ink / pixels;
}

describe('renderReportPdf', () => {
  it('writes the city, the index and every pillar, with metadata, embedded fonts and a non-blank first page', async () => {
    const file = await pdfFile('evaluation', pontianak, {
      kind: 'evaluation',
      asOf: AS_OF,
      theme: { logoDataUrl: PNG },
    });
    const t = text(file);
    expect(t).toContain('Kota Pontianak');
    expect(t).toContain('3,41');
    for (const p of PILLARS) expect(t).toContain(p.label.id);
    expect(t).toContain('Yang perlu ditingkatkan berikutnya');
    const meta = info(file);
    expect(meta).toMatch(/Title:\s+Laporan Evaluasi Smart City — Kota Pontianak/);
    expect(meta).toMatch(/Author:\s+Kota Pontianak/);
    expect(meta).toMatch(/Creator:\s+@smartcity\/report/);
    expect(meta).toMatch(/JavaScript:\s+no/);
    const fonts = execFileSync('pdffonts', [file], { encoding: 'utf8' });
    expect(fonts).toMatch(/Roboto-Regular\s+CID TrueType\s+Identity-H\s+yes/);
    expect(inkOfFirstPage(file)).toBeGreaterThan(0.01);
    execFileSync('pdftoppm', ['-png', '-f', '1', '-l', '1', '-r', '40', file, join(dir, 'first')]);
    const png = readFileSync(join(dir, 'first-1.png'));
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(png.byteLength).toBeGreaterThan(5_000);
  }, 240_000);

  it('renders the catalogue and the comparison in English', async () => {
    const catalogue = text(
      await pdfFile('catalogue', pontianak, { kind: 'catalogue', lang: 'en', asOf: AS_OF }),
    );
    expect(catalogue).toContain('Smart City Innovation Catalogue');
    expect(catalogue).toContain('Pionirs');
    const comparison = text(
      await pdfFile('comparison', ALL, { kind: 'comparison', lang: 'en', asOf: AS_OF }),
    );
    expect(comparison).toContain('Pekalongan');
    expect(comparison).toContain('Data coverage');
  }, 240_000);

  it('keeps hostile text as text and never fetches a URL', async () => {
    const fetchSpy = vi.fn(() => Promise.reject(new Error('no network in reports')));
    const original = globalThis.fetch;
    globalThis.fetch = fetchSpy as unknown as typeof fetch;
    try {
      const file = await pdfFile('hostile', hostileWorkspace(pontianak), {
        kind: 'catalogue',
        asOf: AS_OF,
        theme: { cityName: TEXT_PAYLOADS[0] },
      });
      const t = text(file);
      expect(t).toContain('<script>alert("xss-1")</script>');
      expect(info(file)).toMatch(/JavaScript:\s+no/);
      const raw = readFileSync(file, 'latin1');
      expect(raw).not.toMatch(/\/S\s*\/JavaScript|\/JS\s*\(/);
      expect(raw).not.toContain('javascript:');
    } finally {
      globalThis.fetch = original;
    }
    expect(fetchSpy).not.toHaveBeenCalled();
  }, 240_000);

  it('returns issues for bad input instead of throwing', async () => {
    expect(
      (await renderReportPdf(null as unknown as Workspace, { kind: 'evaluation', asOf: AS_OF })).success,
    ).toBe(false);
    expect((await renderReportPdf(pontianak, { kind: 'evaluation', asOf: 'kemarin' })).success).toBe(false);
    expect(
      (
        await renderReportPdf(pontianak, {
          kind: 'evaluation',
          asOf: AS_OF,
          theme: { colors: { primary: 'url(x)' } },
        })
      ).success,
    ).toBe(false);
  });
});
