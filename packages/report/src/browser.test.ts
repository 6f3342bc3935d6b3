/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
/**
 * The HTML reports in real headless Chromium (Debian's chromium driven by playwright-core): hostile input yields
 * no executable markup (no dialog, no console error, no request, only http(s)/mailto links), axe-core finds no
 * serious or critical violation, and the screenshots in docs/images are taken from here.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Workspace } from '@smartcity/core';
import { SAMPLE_IDS, SAMPLE_WORKSPACES } from '@smartcity/core/samples';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error — plain ESM module of the benchmarks without types.
import { syntheticNation } from '../../../bench/synthetic.mjs';
import {
  buildReport,
  REPORT_KINDS,
  type RenderReportOptions,
  type ReportKind,
  renderReport,
} from './index.js';
import { hostileWorkspace, TEXT_PAYLOADS } from './payloads.testutil.js';

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
const AXE = fileURLToPath(new URL('../../../node_modules/axe-core/axe.min.js', import.meta.url));
const IMAGES = fileURLToPath(new URL('../../../docs/images/', import.meta.url));
const AS_OF = '2023-12-31';
const pontianak = SAMPLE_WORKSPACES['pontianak-2023'];
const ALL = SAMPLE_IDS.map((id) => SAMPLE_WORKSPACES[id]);

let browser: Browser;
const dir = join(tmpdir(), `smartcity-report-${process.pid}`);

beforeAll(async () => {
  if (!existsSync(CHROMIUM))
    throw new Error(`${CHROMIUM} is missing; run: sudo bash scripts/setup-system.sh`);
  mkdirSync(dir, { recursive: true });
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  rmSync(dir, { recursive: true, force: true });
});

function render(input: Workspace | Workspace[], options: RenderReportOptions): string {
  const r = renderReport(input, options);
  if (!r.success) throw new Error(JSON.stringify(r.issues));
  return r.data;
}

interface Loaded {
  page: Page;
  dialogs: string[];
  errors: string[];
  requests: string[];
  close(): Promise<void>;
}

/** Opens a report from a file: URL and records every dialog, console error, page error and request. */
async function load(name: string, html: string, viewport = { width: 1100, height: 1400 }): Promise<Loaded> {
  const file = join(dir, `${name}.html`);
  writeFileSync(file, html);
  const url = pathToFileURL(file).href;
  const context = await browser.newContext({ viewport, offline: true });
  const page = await context.newPage();
  const dialogs: string[] = [];
  const errors: string[] = [];
  const requests: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('request', (r) => {
    if (r.url() !== url && !r.url().startsWith('data:')) requests.push(r.url());
  });
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForTimeout(150);
  return { page, dialogs, errors, requests, close: () => context.close() };
}

const hostile = {
  evaluation: () => hostileWorkspace(pontianak),
  catalogue: () => hostileWorkspace(pontianak, 5),
  comparison: () => ALL.map((w, i) => hostileWorkspace(w, i * 3)),
};

describe('hostile input in every user field', () => {
  for (const kind of REPORT_KINDS) {
    it(`${kind}: no executable markup, no dialog, no console error, no request`, async () => {
      const input = hostile[kind]();
      const theme = { cityName: TEXT_PAYLOADS[1] };
      const options = { kind, format: 'html', asOf: AS_OF, theme } as const;
      const html = render(input as Workspace, options);
      const built = buildReport(input as Workspace, options);
      if (!built.success) throw new Error('build failed');
      const loaded = await load(`hostile-${kind}`, html);
      const dom = await loaded.page.evaluate(() => ({
        scripts: [...document.querySelectorAll('script')].map((s) => s.type),
        handlers: [...document.querySelectorAll('*')].flatMap((el) =>
          [...el.attributes]
            .filter((a) => a.name.toLowerCase().startsWith('on'))
            .map((a) => `${el.tagName}@${a.name}`),
        ),
        links: [...document.querySelectorAll('[href], [*|href]')].map(
          (el) => el.getAttribute('href') ?? el.getAttribute('xlink:href') ?? '',
        ),
        embedded: document.querySelectorAll(
          'iframe, object, embed, base, link, style:not(head > style), meta[http-equiv="refresh"], foreignObject',
        ).length,
        images: [...document.querySelectorAll('img, image')].map(
          (el) => el.getAttribute('src') ?? el.getAttribute('href') ?? '',
        ),
        background: getComputedStyle(document.body).backgroundImage,
        title: document.title,
        json: document.getElementById('report-data')?.textContent ?? '',
      }));
      expect(loaded.dialogs).toEqual([]);
      expect(loaded.errors).toEqual([]);
      expect(loaded.requests).toEqual([]);
      expect(dom.scripts).toEqual(['application/json']);
      expect(dom.handlers).toEqual([]);
      expect(dom.embedded).toBe(0);
      expect(dom.images).toEqual([]);
      expect(dom.background).toBe('none');
      for (const href of dom.links) expect(href).toMatch(/^(?:https?:\/\/|mailto:|#s-)/);
      // Only the corpus' https and mailto URLs may survive as links; the javascript:, data: and relative ones are text.
      for (const href of dom.links.filter((h) => !h.startsWith('#s-'))) {
        expect(['https://pontianak.go.id/laporan?a=1&b=<2>"', 'mailto:smartcity@pontianak.go.id']).toContain(
          href,
        );
      }
      expect(html).toContain('&lt;script&gt;alert(&quot;xss-1&quot;)&lt;/script&gt;');
      // The inline JSON round-trips, U+2028 and </script> included.
      expect(JSON.parse(dom.json)).toEqual(JSON.parse(JSON.stringify(built.data.data)));
      expect(dom.title).toBe(
        built.data.title
          // biome-ignore lint/suspicious/noControlCharactersInRegex: the title drops control characters, as HTML does.
          .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '')
          .replace(/\s+/g, ' ')
          .trim(),
      );
      await loaded.close();
    }, 180_000);
  }
});

describe('accessibility (axe-core)', () => {
  const axe = readFileSync(AXE, 'utf8');
  const cases: [ReportKind, 'id' | 'en'][] = REPORT_KINDS.flatMap((k) => [
    [k, 'id'] as [ReportKind, 'id'],
    [k, 'en'] as [ReportKind, 'en'],
  ]);
  for (const [kind, lang] of cases) {
    it(`${kind} (${lang}) has no serious or critical violation`, async () => {
      const html = render(kind === 'comparison' ? ALL : pontianak, {
        kind,
        format: 'html',
        lang,
        asOf: AS_OF,
      });
      const loaded = await load(`axe-${kind}-${lang}`, html);
      // Evaluated through the DevTools protocol, so the page's CSP (no scripts) does not block axe itself.
      await loaded.page.evaluate(axe);
      const violations = (await loaded.page.evaluate(async () => {
        const result = await (
          window as unknown as {
            axe: {
              run(o: unknown): Promise<{ violations: { id: string; impact: string; nodes: unknown[] }[] }>;
            };
          }
        ).axe.run({ resultTypes: ['violations'] });
        return result.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length }));
      })) as { id: string; impact: string }[];
      expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
      expect(loaded.errors).toEqual([]);
      await loaded.close();
    }, 180_000);
  }
});

/** A deterministic spread of scores so the comparison picture shows a ranking, not a tie. */
function variedNation(): Workspace[] {
  const nation = syntheticNation(60, { innovations: 4, evaluations: 2 }) as Workspace[];
  nation.forEach((ws, i) => {
    const d = ws.evaluations[1]!.scores.smartCityIndex!.dimensions;
    const k = ((i * 37) % 23) / 23;
    d.baseline = Math.round((2.4 + k * 1.3) * 100) / 100;
    d.output = Math.round((2.6 + ((i * 13) % 17) / 17) * 100) / 100;
    d.outcome = Math.round((2.5 + k * 1.1) * 100) / 100;
    if (i % 11 === 3) delete d.impact;
    ws.evaluations[1]!.cycle = { year: 2024, stage: 'II' };
    ws.evaluations[1]!.date = '2024-11-15';
    (ws.municipality as { cohortYear?: number }).cohortYear = 2019;
  });
  return nation;
}

describe('screenshots for docs/report.md', () => {
  const shots: [string, () => string, string | null][] = [
    ['report-evaluation', () => render(pontianak, { kind: 'evaluation', format: 'html', asOf: AS_OF }), null],
    [
      'report-evaluation-charts',
      () => render(pontianak, { kind: 'evaluation', format: 'html', asOf: AS_OF, lang: 'en' }),
      's-indeks',
    ],
    ['report-catalogue', () => render(pontianak, { kind: 'catalogue', format: 'html', asOf: AS_OF }), null],
    [
      'report-comparison',
      () => render(variedNation(), { kind: 'comparison', format: 'html', asOf: '2024-12-31', lang: 'en' }),
      's-kelompok-kota-2019',
    ],
  ];
  for (const [name, html, selector] of shots) {
    it(`${name}.png renders and is written when missing or asked for`, async () => {
      const loaded = await load(name, html());
      const png = selector
        ? await loaded.page.locator(`section[aria-labelledby="${selector}"]`).screenshot()
        : await loaded.page.screenshot({ fullPage: false });
      expect(png.byteLength).toBeGreaterThan(20_000);
      expect(loaded.errors).toEqual([]);
      const file = join(IMAGES, `${name}.png`);
      if (!existsSync(file) || process.env.SMARTCITY_SCREENSHOTS === '1') {
        mkdirSync(IMAGES, { recursive: true });
        writeFileSync(file, png);
      }
      await loaded.close();
    }, 180_000);
  }
});
