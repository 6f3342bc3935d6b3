/// <reference lib="dom" />
/**
 * The main entry and `@smartcity/report/pdf` run in a browser: both are bundled for the browser (esbuild, the way
 * a web app's bundler resolves them: `browser` fields, no Node built-ins) and run in headless Chromium, where the
 * HTML report and a PDF are made.
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';

const CHROMIUM = '/usr/bin/chromium';
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const dir = mkdtempSync(join(tmpdir(), 'smartcity-iso-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('in a browser', () => {
  it('bundles without Node built-ins and renders HTML and PDF in Chromium', async () => {
    if (!existsSync(CHROMIUM))
      throw new Error(`${CHROMIUM} is missing; run: sudo bash scripts/setup-system.sh`);
    const entry = join(dir, 'entry.js');
    const index = fileURLToPath(new URL('./index.ts', import.meta.url));
    const pdf = fileURLToPath(new URL('./pdf.ts', import.meta.url));
    writeFileSync(
      entry,
      `import { renderReport } from ${JSON.stringify(index)};
import { renderReportPdf } from ${JSON.stringify(pdf)};
import { SAMPLE_WORKSPACES } from '@smartcity/core/samples';
window.run = async () => {
  const ws = SAMPLE_WORKSPACES['pontianak-2023'];
  const html = renderReport(ws, { kind: 'evaluation', format: 'html', asOf: '2023-12-31' });
  const out = await renderReportPdf(ws, { kind: 'catalogue', lang: 'en', asOf: '2023-12-31' });
  return {
    html: html.success ? html.data.slice(0, 40) : JSON.stringify(html.issues),
    pdf: out.success ? String.fromCharCode(...out.data.slice(0, 5)) : JSON.stringify(out.issues),
    size: out.success ? out.data.byteLength : 0,
  };
};`,
    );
    const result = await build({
      entryPoints: [entry],
      bundle: true,
      outfile: join(dir, 'bundle.js'),
      platform: 'browser',
      format: 'iife',
      conditions: ['@smartcity/source'],
      mainFields: ['browser', 'module', 'main'],
      nodePaths: [fileURLToPath(new URL('../../../node_modules/', import.meta.url))],
      logLevel: 'silent',
      metafile: true,
    });
    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs.some((i) => i.includes('pdfmake/build/pdfmake.js'))).toBe(true);
    expect(inputs.filter((i) => i.startsWith('node:'))).toEqual([]);
    writeFileSync(
      join(dir, 'index.html'),
      '<!DOCTYPE html><html lang="en"><title>t</title><script src="bundle.js"></script>',
    );
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
    try {
      const page = await browser.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(pathToFileURL(join(dir, 'index.html')).href);
      const out = (await page.evaluate(() => (window as unknown as { run(): Promise<unknown> }).run())) as {
        html: string;
        pdf: string;
        size: number;
      };
      expect(out.html).toMatch(/^<!DOCTYPE html>\n<html lang="id">/);
      expect(out.pdf).toBe('%PDF-');
      expect(out.size).toBeGreaterThan(10_000);
      expect(errors).toEqual([]);
    } finally {
      await browser.close();
    }
  }, 300_000);
});
