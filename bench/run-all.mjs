#!/usr/bin/env node
// Runs every benchmark in turn (`npm run bench`), even when an earlier one misses its target, then lists which
// ones met their targets. Each benchmark prints its own table beside its baseline and sets a non-zero exit code
// when a target is missed; this runner exits 1 when any did, so a missed target is never silent.
import { spawnSync } from 'node:child_process';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const BENCHES = [
  ['core-parse.bench.mjs'],
  ['cli-startup.bench.mjs'],
  ['cli-schedule.bench.mjs'],
  ['bundle-size.mjs'],
  ['web.bench.mjs'],
  ['report.bench.mjs'],
  ['spreadsheet.bench.mjs'],
  ['spbe.bench.mjs', '--expose-gc'],
];
const only = process.argv.slice(2);
const results = [];
for (const [file, ...flags] of BENCHES) {
  if (only.length > 0 && !only.some((name) => file.startsWith(name))) continue;
  console.log(`\n━━ ${file} ━━`);
  const started = Date.now();
  const run = spawnSync(process.execPath, [...flags, file], { cwd: here, stdio: 'inherit' });
  results.push({ file, status: run.status ?? 1, seconds: (Date.now() - started) / 1000 });
}
console.log('\nbenchmark                 result            time');
for (const r of results) {
  const verdict = r.status === 0 ? 'targets met' : 'TARGET MISSED';
  console.log(`${r.file.padEnd(26)}${verdict.padEnd(18)}${r.seconds.toFixed(1)} s`);
}
if (results.some((r) => r.status !== 0)) process.exitCode = 1;
