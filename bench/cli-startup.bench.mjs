// Startup time of the CLI: `smartcity --version` against a bare `node -e 0`, run sequentially (3 warm-ups, then
// N timed runs each, interleaved so that machine noise hits both alike). Target: median ratio under 3×.
// Usage: node bench/cli-startup.bench.mjs [runs]   (needs apps/cli/dist: `npm run build` first)
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const cli = fileURLToPath(new URL('../apps/cli/dist/cli.js', import.meta.url));
const runs = Number(process.argv[2] ?? 30);
const WARMUPS = 3;
const TARGET = 3;

if (!existsSync(cli)) {
  console.error(`cli-startup: ${cli} is missing; run "npm run build" first.`);
  process.exit(2);
}

function time(args) {
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.status !== 0) {
    throw new Error(`node ${args.join(' ')} exited ${result.status}: ${result.stderr.toString()}`);
  }
  return ms;
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

const baselineArgs = ['-e', '0'];
const cliArgs = [cli, '--version'];
for (let i = 0; i < WARMUPS; i++) {
  time(baselineArgs);
  time(cliArgs);
}
const baseline = [];
const version = [];
for (let i = 0; i < runs; i++) {
  baseline.push(time(baselineArgs));
  version.push(time(cliArgs));
}
const b = median(baseline);
const v = median(version);
const ratio = v / b;
console.log(`cli-startup (${runs} runs each, ${WARMUPS} warm-ups, median)`);
console.log(`  node -e 0                ${b.toFixed(1)} ms`);
console.log(`  smartcity --version      ${v.toFixed(1)} ms`);
console.log(
  `  ratio                    ${ratio.toFixed(2)}× (target < ${TARGET}×) ${ratio < TARGET ? 'ok' : 'OVER TARGET'}`,
);
