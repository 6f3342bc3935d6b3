#!/usr/bin/env node
// Runs the calendar tests once per machine time zone and fails if any run fails. The calendar must give the same
// results whatever zone the machine is in (its source never reads it), so the tests compare against committed
// golden files and explicit values under each zone; src/calendar/tzGuard.test.ts checks that TZ really took effect
// (Node silently treats a mistyped TZ such as `UTC+07:00` or `WIB` as UTC).
//
// Usage (from packages/core, as its `test` script does): node ../../scripts/tz-matrix.mjs
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ZONES = ['UTC', 'Asia/Jakarta', 'Asia/Jayapura', 'America/Sao_Paulo', 'Pacific/Apia'];
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const core = join(root, 'packages', 'core');
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';

let failed = 0;
for (const zone of ZONES) {
  const started = Date.now();
  const run = spawnSync(npx, ['vitest', 'run', 'src/calendar'], {
    cwd: core,
    env: { ...process.env, TZ: zone, FORCE_COLOR: '0', NO_COLOR: '1' },
    encoding: 'utf8',
    shell: process.platform === 'win32',
  });
  const output = `${run.stdout ?? ''}${run.stderr ?? ''}`;
  const tests = /Tests\s+(.+?)\s*(?:\(|$)/m.exec(output)?.[1]?.trim() ?? 'no test summary';
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  const ok = run.status === 0;
  console.log(`${ok ? 'ok  ' : 'FAIL'} TZ=${zone.padEnd(18)} ${tests} (${seconds}s)`);
  if (!ok) {
    failed += 1;
    console.log(output);
  }
}
if (failed > 0) {
  console.log(`tz-matrix: ${failed} of ${ZONES.length} zones failed`);
  process.exit(1);
}
console.log(`tz-matrix: calendar tests pass under all ${ZONES.length} zones`);
