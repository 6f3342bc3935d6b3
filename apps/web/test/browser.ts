// Shared set-up of the browser tests: the static build served by a tiny node:http server, Debian's Chromium driven
// by playwright-core, and per-page guards (no console error, no request beyond the page's own origin).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
// @ts-expect-error: plain ES module without types, shared with bench/web.bench.mjs
import { serveStatic } from '../scripts/static-server.mjs';

export const CHROMIUM = '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
export const DIST = fileURLToPath(new URL('../dist/', import.meta.url));
export const DOCS = fileURLToPath(new URL('../docs/', import.meta.url));
export const AXE = fileURLToPath(new URL('../../../node_modules/axe-core/axe.min.js', import.meta.url));

export interface Harness {
  browser: Browser;
  url: string;
  close(): Promise<void>;
}

/** Starts the server and Chromium; fails (never skips) when Chromium or the build is missing. */
export async function startHarness(): Promise<Harness> {
  if (!existsSync(CHROMIUM))
    throw new Error(`${CHROMIUM} is missing; run: sudo bash scripts/setup-system.sh`);
  if (!existsSync(`${DIST}index.html`))
    throw new Error('apps/web/dist is missing; run: npm run build -w @smartcity/web');
  const server: { url: string; close(): Promise<void> } = await serveStatic(DIST);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  return {
    browser,
    url: server.url,
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

/** A page with guards: `problems` collects console errors, page errors and requests to other origins. */
export async function openPage(
  h: Harness,
  options: { timezoneId?: string; path?: string } = {},
): Promise<{ context: BrowserContext; page: Page; problems: string[] }> {
  const context = await h.browser.newContext({
    viewport: { width: 1280, height: 900 },
    acceptDownloads: true,
    ...(options.timezoneId ? { timezoneId: options.timezoneId } : {}),
  });
  const page = await context.newPage();
  const problems: string[] = [];
  const origin = new URL(h.url).origin;
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('request', (r) => {
    const url = r.url();
    if (url.startsWith('blob:') || url.startsWith('data:')) return;
    if (new URL(url).origin !== origin) problems.push(`request beyond origin: ${url}`);
  });
  await page.goto(h.url + (options.path ?? ''));
  return { context, page, problems };
}

/** Runs axe-core in the page; returns serious and critical violations. */
export async function axeViolations(page: Page, axeSource: string): Promise<string[]> {
  // Evaluated through the DevTools protocol, so the page's Content-Security-Policy (script-src 'self') stays on.
  await page.evaluate(axeSource);
  const result = await page.evaluate(async () => {
    // biome-ignore lint/suspicious/noExplicitAny: axe is a global injected above
    const axe = (window as any).axe;
    const r = await axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map((v: { id: string; impact: string; nodes: { target: string[] }[] }) => ({
      id: v.id,
      impact: v.impact,
      targets: v.nodes.slice(0, 3).map((n) => n.target.join(' ')),
    }));
  });
  return result
    .filter((v: { impact: string }) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v: { id: string; impact: string; targets: string[] }) =>
        `${v.impact} ${v.id}: ${v.targets.join(', ')}`,
    );
}
