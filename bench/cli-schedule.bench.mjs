// Benchmark (issue 9, defect 9): `smartcity schedule <year> --ics` on a workspace of 20,000 innovations against
// `smartcity validate` on the same file, both as the built CLI in a child process (3 interleaved runs each,
// medians), with the peak resident memory of each child. Targets: schedule ≤ 3× validate, peak RSS ≤ 400 MiB.
// Usage: node bench/cli-schedule.bench.mjs [innovations] [runs]   (needs apps/cli/dist: `npm run build` first)
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { provinceOfRegionCode } from '@smartcity/core';
import { syntheticWorkspace } from './synthetic.mjs';

const cli = fileURLToPath(new URL('../apps/cli/dist/cli.js', import.meta.url));
const innovations = Number(process.argv[2] ?? 20_000);
const runs = Number(process.argv[3] ?? 3);
const TARGET_RATIO = 3;
const TARGET_RSS_MIB = 400;

if (!existsSync(cli)) {
  console.error(`cli-schedule: ${cli} is missing; run "npm run build" first.`);
  process.exit(2);
}

const dir = mkdtempSync(join(tmpdir(), 'smartcity-bench-schedule-'));
try {
  const workspace = syntheticWorkspace(0, { innovations });
  // The synthetic province is a placeholder; the real one keeps the workspace valid under the region cross-check.
  const province = provinceOfRegionCode(workspace.municipality.regionCode);
  if (province) workspace.municipality.province = province.name;
  const file = join(dir, 'workspace.json');
  writeFileSync(file, JSON.stringify(workspace));
  const year = String(workspace.innovations[0].startDate.slice(0, 4));
  // Each child reports its own peak RSS (KiB) on fd 3 when it exits.
  const probe = join(dir, 'rss.cjs');
  writeFileSync(
    probe,
    "process.on('exit', () => require('fs').writeSync(3, String(process.resourceUsage().maxRSS)));\n",
  );

  const run = (args) => {
    const start = process.hrtime.bigint();
    const result = spawnSync(process.execPath, ['--require', probe, cli, ...args], {
      stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
      encoding: 'utf8',
      maxBuffer: 1024 * 1024,
    });
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    if (result.status !== 0)
      throw new Error(`smartcity ${args.join(' ')} exited ${result.status}: ${result.stderr}`);
    return { ms, rssMiB: Number(result.output[3]) / 1024 };
  };
  const median = (values) => {
    const sorted = [...values].sort((a, b) => a - b);
    const mid = Math.floor(sorted.length / 2);
    return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  };

  const validateArgs = ['validate', file];
  const scheduleArgs = ['schedule', year, '--workspace', file, '--ics', join(dir, 'calendar.ics')];
  run(validateArgs);
  run(scheduleArgs);
  const validate = [];
  const schedule = [];
  for (let i = 0; i < runs; i++) {
    validate.push(run(validateArgs));
    schedule.push(run(scheduleArgs));
  }
  const v = median(validate.map((r) => r.ms));
  const s = median(schedule.map((r) => r.ms));
  const vRss = Math.max(...validate.map((r) => r.rssMiB));
  const sRss = Math.max(...schedule.map((r) => r.rssMiB));
  const ratio = s / v;
  console.log(
    `cli-schedule (${innovations} innovations, ${runs} runs each after a warm-up, median; peak RSS max)`,
  );
  console.log(
    `  smartcity validate              ${v.toFixed(0).padStart(7)} ms   ${vRss.toFixed(0).padStart(5)} MiB   (baseline)`,
  );
  console.log(
    `  smartcity schedule ${year} --ics   ${s.toFixed(0).padStart(7)} ms   ${sRss.toFixed(0).padStart(5)} MiB`,
  );
  console.log(
    `  ratio                           ${ratio.toFixed(2)}× (target ≤ ${TARGET_RATIO}×) ${ratio <= TARGET_RATIO ? 'ok' : 'OVER TARGET'}`,
  );
  console.log(
    `  peak RSS of schedule            ${sRss.toFixed(0)} MiB (target ≤ ${TARGET_RSS_MIB} MiB) ${sRss <= TARGET_RSS_MIB ? 'ok' : 'OVER TARGET'}`,
  );
  if (ratio > TARGET_RATIO || sRss > TARGET_RSS_MIB) process.exitCode = 1;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
