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
  `  ratio to JSON.parse               ${(coreMs / jsonMs).toFixed(2).padStart(6)}×   (target ≤ 1.6×, issue 8)`,
);

// Linearity of the cross-record checks, two ways. (a) 10× the municipalities (51 → 514 workspaces of 100
// innovations): the national-scale question. (b) 10× the innovations inside one workspace (1,000 → 10,000): the
// same linear pass, but its id maps outgrow the CPU caches, so the ratio also shows memory effects. Best of N runs.
// A plain walk over the same records (ids, dates, KPI measurements, history) with a Set of ids: the memory-traffic
// baseline. Dividing by its own scaling separates what the hardware does from what the checks add.
function baselineWalk(ws) {
  const seen = new Set();
  let n = 0;
  for (const inn of ws.innovations) {
    seen.add(inn.id);
    n += inn.startDate.length + inn.agencyId.length;
    for (const kpi of inn.kpis) for (const m of kpi.measurements) n += m.date.length;
    for (const h of inn.history) n += h.date.length;
  }
  for (const e of ws.evaluations) for (const id of e.innovationIds) n += seen.has(id) ? 1 : 0;
  return n;
}
const best = (fn, runs) => {
  let min = Infinity;
  for (let r = 0; r < runs; r++) {
    const t0 = process.hrtime.bigint();
    fn();
    min = Math.min(min, Number(process.hrtime.bigint() - t0) / 1e6);
  }
  return min;
};
const parsedNation = texts.map((t) => parseWorkspaceJson(t)).map((r) => (r.success ? r.data : undefined));
const tenth = parsedNation.slice(0, 51);
for (let i = 0; i < 3; i++) for (const ws of parsedNation) validateWorkspace(ws);
const tenthMs = best(() => {
  for (const ws of tenth) validateWorkspace(ws);
}, 20);
const nationMs = best(() => {
  for (const ws of parsedNation.slice(0, 510)) validateWorkspace(ws);
}, 10);
const walkTenth = best(() => {
  for (const ws of tenth) baselineWalk(ws);
}, 20);
const walkNation = best(() => {
  for (const ws of parsedNation.slice(0, 510)) baselineWalk(ws);
}, 10);
console.log(
  `cross-record checks (a): 51 workspaces ${tenthMs.toFixed(1)} ms, 510 workspaces ${nationMs.toFixed(1)} ms`,
);
console.log(
  `  scaling for 10× municipalities     ${(nationMs / tenthMs).toFixed(2).padStart(6)}×   (target ≤ 11×)`,
);
console.log(
  `  plain walk baseline scaling        ${(walkNation / walkTenth).toFixed(2).padStart(6)}×   (memory effects alone)`,
);

const small = parseWorkspace(syntheticWorkspace(1, { innovations: 1_000, evaluations: 20 }));
const large = parseWorkspace(syntheticWorkspace(1, { innovations: 10_000, evaluations: 200 }));
if (!small.success || !large.success) throw new Error('synthetic workspace invalid');
for (let i = 0; i < 3; i++) {
  validateWorkspace(small.data);
  validateWorkspace(large.data);
}
const smallMs = best(() => validateWorkspace(small.data), 30);
const largeMs = best(() => validateWorkspace(large.data), 10);
console.log(
  `cross-record checks (b): 1,000 innovations ${smallMs.toFixed(2)} ms, 10,000 innovations ${largeMs.toFixed(2)} ms`,
);
const walkSmall = best(() => baselineWalk(small.data), 30);
const walkLarge = best(() => baselineWalk(large.data), 10);
console.log(
  `  scaling for 10× innovations        ${(largeMs / smallMs).toFixed(2).padStart(6)}×   (no target: maps outgrow the caches; compare the walk)`,
);
console.log(
  `  plain walk baseline scaling        ${(walkLarge / walkSmall).toFixed(2).padStart(6)}×   (memory effects alone)`,
);
