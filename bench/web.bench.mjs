// apps/web in Debian's Chromium: the initial JavaScript of the built page (gzip), a workspace with 5,000
// innovations loaded from a file, validated and shown, and filtering it. Times come from the page's own
// performance marks (`load:start` → `render:painted`, `filter:start` → `filter:painted`), so they measure the app,
// not the test driver. Baseline: the budgets of issue 12 (250 kB gzip, 1 s, 100 ms); the ratio is measured/budget.
import { existsSync, readFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { parseWorkspaceJson, provinceOfRegionCode } from '@smartcity/core';
import { chromium } from 'playwright-core';
import { serveStatic } from '../apps/web/scripts/static-server.mjs';
import { syntheticWorkspace } from './synthetic.mjs';

const DIST = fileURLToPath(new URL('../apps/web/dist/', import.meta.url));
const CHROMIUM = '/usr/bin/chromium';
const RUNS = Number(process.env.WEB_BENCH_RUNS ?? 5);
const INNOVATIONS = 5000;

if (!existsSync(CHROMIUM)) {
  console.error(`${CHROMIUM} is missing; run: sudo bash scripts/setup-system.sh`);
  process.exit(1);
}
if (!existsSync(join(DIST, 'index.html'))) {
  console.error('apps/web/dist is missing; run: npm run build -w @smartcity/web');
  process.exit(1);
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const server = await serveStatic(DIST);
const browser = await chromium.launch({
  executablePath: CHROMIUM,
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
});
// The synthetic generator writes schema v1; a file saved by the app is the current version, so migrate it once here.
// Its province names are placeholders: take the real province and zone of the region code.
const synthetic = syntheticWorkspace(7, { innovations: INNOVATIONS, evaluations: 4 });
const province = provinceOfRegionCode(synthetic.municipality.regionCode);
if (province) Object.assign(synthetic.municipality, { province: province.name, timeZone: province.timeZone });
const migrated = parseWorkspaceJson(JSON.stringify(synthetic));
if (!migrated.success)
  throw new Error(`synthetic workspace is invalid: ${JSON.stringify(migrated.issues.slice(0, 3))}`);
const text = JSON.stringify(migrated.data);

// Initial JavaScript: every script the page fetches before any click (entry, static imports, preloads), gzip.
const initial = new Set();
{
  const page = await browser.newPage();
  page.on('response', (r) => {
    if (r.url().endsWith('.js')) initial.add(new URL(r.url()).pathname.replace(/^\//, ''));
  });
  await page.goto(server.url, { waitUntil: 'networkidle' });
  await page.close();
}
let initialGzip = 0;
for (const file of initial) initialGzip += gzipSync(readFileSync(join(DIST, file)), { level: 9 }).length;
const asOf = '2025-06-30';
const loads = [];
const filters = [];
const parts = [];
const completes = [];
let shownRows = 0;
try {
  for (let run = 0; run < RUNS; run++) {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${server.url}?asOf=${asOf}`);
    await page.setInputFiles('#file', {
      name: 'synthetic.json',
      mimeType: 'application/json',
      buffer: Buffer.from(text),
    });
    await page.waitForSelector('[data-testid=innovations-table]', { timeout: 60_000 });
    await page.waitForFunction(() => {
      const start = performance.getEntriesByName('load:start').at(-1);
      const end = performance.getEntriesByName('render:complete').at(-1);
      return start && end && end.startTime > start.startTime;
    });
    const t = await page.evaluate((json) => {
      const at = (name) => performance.getEntriesByName(name).at(-1).startTime;
      // Baseline in the same page: JSON.parse of the same text.
      const s = performance.now();
      JSON.parse(json);
      const jsonParse = performance.now() - s;
      return {
        total: at('render:painted') - at('load:start'),
        complete: at('render:complete') - at('load:start'),
        parse: at('load:parsed') - at('load:read'),
        summary: at('load:summarized') - at('load:parsed'),
        build: at('render:built') - at('load:summarized'),
        paint: at('render:painted') - at('render:built'),
        jsonParse,
      };
    }, text);
    loads.push(t.total);
    completes.push(t.complete);
    parts.push(t);
    shownRows = await page.locator('[data-testid=innovations-table] tbody tr').count();
    const pillars = ['living', 'economy', ''];
    for (let i = 0; i < pillars.length; i++) {
      await page.selectOption('#filter-pillar', pillars[i]);
      await page.waitForFunction((n) => performance.getEntriesByName('filter:painted').length >= n, i + 1);
      filters.push(
        await page.evaluate(() => {
          const start = performance.getEntriesByName('filter:start').at(-1).startTime;
          const end = performance.getEntriesByName('filter:painted').at(-1).startTime;
          return end - start;
        }),
      );
    }
    if (errors.length) throw new Error(`page errors: ${errors.join('; ')}`);
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}

const part = (key) => median(parts.map((p) => p[key]));
const rows = [
  ['initial JavaScript (gzip)', initialGzip / 1024, 250, 'kB'],
  [
    `load + validate + first screen, ${INNOVATIONS.toLocaleString('en')} innovations (median)`,
    median(loads),
    1000,
    'ms',
  ],
  ['  … and the rest of the page built and painted (median)', median(completes), 1000, 'ms'],
  ['filter by pillar (median)', median(filters), 100, 'ms'],
];
console.log(
  `web (Chromium, ${RUNS} runs; ${initial.size} initial script(s); ${shownRows} rows rendered, rest paged; ` +
    `load average ${loadavg()[0].toFixed(1)} on ${availableParallelism()} CPU(s)):`,
);
console.log(`  ${'measure'.padEnd(60)} ${'value'.padStart(10)} ${'budget'.padStart(8)}  ratio`);
let failed = false;
for (const [label, value, budget, unit] of rows) {
  const ratio = value / budget;
  if (ratio > 1) failed = true;
  console.log(
    `  ${label.padEnd(60)} ${`${value.toFixed(1)} ${unit}`.padStart(10)} ${`${budget} ${unit}`.padStart(8)}  ${ratio.toFixed(2)}× ${ratio > 1 ? 'OVER' : 'ok'}`,
  );
}
const jsonParse = part('jsonParse');
console.log(
  `  load, step by step (median): parse + validate ${part('parse').toFixed(0)} ms, summary ${part('summary').toFixed(0)} ms, ` +
    `build the DOM ${part('build').toFixed(0)} ms, layout + paint ${part('paint').toFixed(0)} ms`,
);
console.log(
  `  baseline: JSON.parse of the same ${(text.length / 1e6).toFixed(1)} MB in the page ${jsonParse.toFixed(0)} ms; ` +
    `the whole load is ${(median(loads) / jsonParse).toFixed(1)}× JSON.parse, filtering ${(median(filters) / jsonParse).toFixed(2)}×`,
);
if (failed) process.exitCode = 1;
