// Benchmark: @smartcity/report against its targets (issue 13): one city's evaluation report as HTML ≤ 100 ms and
// as PDF ≤ 1.5 s (median of warm runs), a comparison of 514 synthetic municipalities as HTML ≤ 3 s. The baseline
// of each row is the same report built as data only (`buildReport`: every core computation, no layout), so the
// ratio shows what rendering adds. Run from the root with `npm run bench` (builds first).
import { parseWorkspace } from '@smartcity/core';
import { SAMPLE_WORKSPACES } from '@smartcity/core/samples';
import { buildReport, renderReport } from '@smartcity/report';
import { renderReportPdf } from '@smartcity/report/pdf';
import { syntheticNation, syntheticWorkspace } from './synthetic.mjs';

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
async function once(fn) {
  const t0 = process.hrtime.bigint();
  const result = await fn();
  if (result && result.success === false) throw new Error(JSON.stringify(result.issues.slice(0, 2)));
  return Number(process.hrtime.bigint() - t0) / 1e6;
}
/** Baseline and rendering measured in alternation (after warm-up), so both see the same machine state. */
async function pair(base, render, runs, warm = 3) {
  for (let i = 0; i < warm; i++) {
    await base();
    await render();
  }
  const b = [];
  const r = [];
  for (let i = 0; i < runs; i++) {
    b.push(await once(base));
    r.push(await once(render));
  }
  return { base: median(b), ms: median(r) };
}
// Synthetic workspaces are written in an older schema version: parse (and migrate) them like a user's file.
const valid = (ws) => {
  const parsed = parseWorkspace(ws);
  return parsed.success ? parsed.data : ws;
};

const sample = SAMPLE_WORKSPACES['pontianak-2023'];
const city = valid(syntheticWorkspace(7, { innovations: 100, evaluations: 2 }));
const nation = syntheticNation(514, { innovations: 100, evaluations: 2 }).map(valid);
const sampleOptions = { kind: 'evaluation', asOf: '2023-12-31' };
const cityOptions = { kind: 'evaluation', asOf: '2022-12-31' };
const nationOptions = { kind: 'comparison', asOf: '2025-12-31' };

const rows = [
  {
    what: 'evaluation, sample city (HTML)',
    target: 100,
    ...(await pair(
      () => buildReport(sample, sampleOptions),
      () => renderReport(sample, { ...sampleOptions, format: 'html' }),
      15,
    )),
  },
  {
    what: 'evaluation, 100-innovation city (HTML)',
    target: 100,
    ...(await pair(
      () => buildReport(city, cityOptions),
      () => renderReport(city, { ...cityOptions, format: 'html' }),
      15,
    )),
  },
  {
    what: 'evaluation, sample city (Markdown)',
    target: 100,
    ...(await pair(
      () => buildReport(sample, sampleOptions),
      () => renderReport(sample, { ...sampleOptions, format: 'md' }),
      15,
    )),
  },
  {
    what: 'evaluation, sample city (PDF)',
    target: 1500,
    ...(await pair(
      () => buildReport(sample, sampleOptions),
      () => renderReportPdf(sample, sampleOptions),
      5,
      2,
    )),
  },
  {
    what: 'comparison, 514 municipalities (HTML)',
    target: 3000,
    ...(await pair(
      () => buildReport(nation, nationOptions),
      () => renderReport(nation, { ...nationOptions, format: 'html' }),
      3,
      1,
    )),
  },
];

console.log('report: median of warm runs; baseline = buildReport (the same report as data, no layout)');
console.log(
  `  ${'report'.padEnd(40)} ${'baseline'.padStart(9)} ${'render'.padStart(9)} ${'ratio'.padStart(6)} ${'target'.padStart(9)}`,
);
let failed = false;
for (const r of rows) {
  const ok = r.ms <= r.target;
  failed ||= !ok;
  console.log(
    `  ${r.what.padEnd(40)} ${`${r.base.toFixed(1)} ms`.padStart(9)} ${`${r.ms.toFixed(1)} ms`.padStart(9)} ${`${(r.ms / r.base).toFixed(1)}×`.padStart(6)} ${`≤ ${r.target} ms`.padStart(9)}  ${ok ? 'ok' : 'OVER'}`,
  );
}
if (failed) process.exitCode = 1;
