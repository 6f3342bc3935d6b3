// Bundle size of @smartcity/core as an app would ship it: esbuild bundles the built ESM entry with every
// dependency (zod, date-fns, @date-fns/tz) included, minified, then gzip. Target: ≤ 30 kB gzip for the main entry.
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

async function measure(label, contents) {
  const result = await build({
    stdin: { contents, resolveDir: import.meta.dirname, loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    treeShaking: true,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0].contents;
  const gz = gzipSync(code, { level: 9 }).length;
  console.log(
    `  ${label.padEnd(44)} ${(code.length / 1024).toFixed(1).padStart(7)} kB min  ${(gz / 1024).toFixed(1).padStart(6)} kB gzip`,
  );
  return gz;
}

console.log('bundle-size (esbuild, minified, dependencies included):');
const full = await measure('@smartcity/core (everything)', "export * from '@smartcity/core';");
await measure('@smartcity/core: parseWorkspace only', "export { parseWorkspace } from '@smartcity/core';");
await measure('@smartcity/core: scoreSpbe2020 only', "export { scoreSpbe2020 } from '@smartcity/core';");
await measure('@smartcity/core/samples', "export * from '@smartcity/core/samples';");
console.log(`  core main entry: ${(full / 1024).toFixed(1)} kB gzip (target ≤ 30 kB)`);
