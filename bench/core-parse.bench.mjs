// Benchmark: parse + validate a synthetic national-scale workspace set (514 municipalities × 100 innovations × 2
// evaluations) with @smartcity/core, against JSON.parse of the same text; and check that the cross-record checks
// scale linearly (10× data ≤ 11× time). Run from the root with `npm run bench` (builds first).
import { parseWorkspace, parseWorkspaceJson, validateWorkspace } from '@smartcity/core';
import { syntheticNation, syntheticWorkspace } from './synthetic.mjs';

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
function time(fn, runs) {
  const samples = [];
  for (let r = 0; r < runs; r++) {
    const t0 = process.hrtime.bigint();
    fn();
    samples.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  return median(samples);
}

const nation = syntheticNation(514, { innovations: 100, evaluations: 2 });
const texts = nation.map((ws) => JSON.stringify(ws));
const megabytes = texts.reduce((n, t) => n + t.length, 0) / 1e6;

// Sanity: the synthetic data must be valid, or we would be timing the error path.
const first = parseWorkspaceJson(texts[0]);
if (!first.success) {
  console.error('synthetic workspace is invalid:', JSON.stringify(first.issues.slice(0, 3), null, 2));
  process.exit(1);
}

// Warm up both paths.
for (let i = 0; i < 2; i++) {
  for (const t of texts) JSON.parse(t);
  for (const t of texts) parseWorkspaceJson(t);
}
const runs = 5;
const jsonMs = time(() => {
  for (const t of texts) JSON.parse(t);
}, runs);
const coreMs = time(() => {
  for (const t of texts) {
    const r = parseWorkspaceJson(t);
    if (!r.success) throw new Error('unexpected issues');
  }
}, runs);

console.log(
  `core-parse: ${nation.length} workspaces, ${nation.length * 100} innovations, ${megabytes.toFixed(1)} MB of JSON`,
);
console.log(`  JSON.parse                        ${jsonMs.toFixed(0).padStart(6)} ms`);
console.log(`  parseWorkspaceJson (parse+validate) ${coreMs.toFixed(0).padStart(4)} ms`);
console.log(
  `  ratio to JSON.parse               ${(coreMs / jsonMs).toFixed(2).padStart(6)}×   (target ≤ 3×)`,
);

// Linearity of the cross-record checks: one workspace with N and with 10 N innovations.
const small = parseWorkspace(syntheticWorkspace(1, { innovations: 1_000, evaluations: 20 }));
const large = parseWorkspace(syntheticWorkspace(1, { innovations: 10_000, evaluations: 200 }));
if (!small.success || !large.success) throw new Error('synthetic workspace invalid');
for (let i = 0; i < 3; i++) {
  validateWorkspace(small.data);
  validateWorkspace(large.data);
}
const smallMs = time(() => validateWorkspace(small.data), 15);
const largeMs = time(() => validateWorkspace(large.data), 15);
console.log(
  `cross-record checks: 1,000 innovations ${smallMs.toFixed(2)} ms, 10,000 innovations ${largeMs.toFixed(2)} ms`,
);
console.log(
  `  scaling for 10× data              ${(largeMs / smallMs).toFixed(2).padStart(6)}×   (target ≤ 11×)`,
);
