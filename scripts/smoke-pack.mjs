#!/usr/bin/env node
// Packaging smoke test: `npm pack` every publishable workspace, install the tarballs into a fresh project outside
// the monorepo, and load each public entry point from both ESM (`import`) and CJS (`require`). This is what a
// municipality's developer gets from npm; it catches missing files, broken exports maps and CJS/ESM mismatches
// that in-repo tests (which resolve sources) cannot see.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const run = (args, cwd) =>
  execFileSync(npm, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });

const publishable = readdirSync(join(root, 'packages'))
  .map((dir) => join(root, 'packages', dir))
  .filter((dir) => existsSync(join(dir, 'package.json')))
  .map((dir) => ({ dir, pkg: JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) }))
  .filter(({ pkg }) => !pkg.private);

const work = mkdtempSync(join(tmpdir(), 'smartcity-smoke-'));
let failed = false;
try {
  const tarballs = publishable.map(({ dir }) => {
    const out = JSON.parse(run(['pack', '--json', '--pack-destination', work], dir));
    return join(work, out[0].filename);
  });
  const project = join(work, 'consumer');
  execFileSync('mkdir', ['-p', project]);
  writeFileSync(
    join(project, 'package.json'),
    JSON.stringify({ name: 'consumer', private: true, version: '0.0.0' }),
  );
  run(['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error', ...tarballs], project);

  for (const { pkg } of publishable) {
    // Every subpath of the exports map that is code (not package.json or JSON data).
    const subpaths = Object.keys(pkg.exports ?? { '.': {} }).filter((k) => !k.endsWith('.json'));
    for (const sub of subpaths) {
      const spec = sub === '.' ? pkg.name : `${pkg.name}/${sub.slice(2)}`;
      const esm = `const m = await import(${JSON.stringify(spec)}); const n = Object.keys(m).length; if (n === 0) throw new Error('no exports'); console.log('esm ' + ${JSON.stringify(spec)} + ': ' + n + ' exports');`;
      const cjs = `const m = require(${JSON.stringify(spec)}); const n = Object.keys(m).length; if (n === 0) throw new Error('no exports'); console.log('cjs ' + ${JSON.stringify(spec)} + ': ' + n + ' exports');`;
      for (const [kind, code, file] of [
        ['esm', esm, 'check.mjs'],
        ['cjs', cjs, 'check.cjs'],
      ]) {
        writeFileSync(join(project, file), code);
        try {
          process.stdout.write(execFileSync(process.execPath, [file], { cwd: project, encoding: 'utf8' }));
        } catch (error) {
          failed = true;
          console.error(`smoke-pack: ${kind} load of ${spec} failed:\n${error.stderr ?? error.message}`);
        }
      }
    }
  }
  // A behavioural check on the installed core, from both module systems.
  const behaviour = (load) => `${load}
const ws = samples.SAMPLE_WORKSPACES ? Object.values(samples.SAMPLE_WORKSPACES)[0] : undefined;
if (core.findPillar('Smart Living')?.id !== 'living') throw new Error('findPillar');
if (ws) { const r = core.parseWorkspace(JSON.parse(JSON.stringify(ws))); if (!r.success) throw new Error('sample does not parse: ' + JSON.stringify(r.issues[0])); }
console.log('behaviour ok');`;
  writeFileSync(
    join(project, 'behaviour.mjs'),
    behaviour("import * as core from '@smartcity/core'; import * as samples from '@smartcity/core/samples';"),
  );
  writeFileSync(
    join(project, 'behaviour.cjs'),
    behaviour("const core = require('@smartcity/core'); const samples = require('@smartcity/core/samples');"),
  );
  for (const file of ['behaviour.mjs', 'behaviour.cjs']) {
    try {
      process.stdout.write(
        `${file}: ${execFileSync(process.execPath, [file], { cwd: project, encoding: 'utf8' })}`,
      );
    } catch (error) {
      failed = true;
      console.error(`smoke-pack: ${file} failed:\n${error.stderr ?? error.message}`);
    }
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
if (failed) {
  console.error('smoke-pack: FAILED');
  process.exit(1);
}
console.log(
  `smoke-pack: ${publishable.length} package(s) installed from tarballs and loaded from ESM and CJS`,
);
