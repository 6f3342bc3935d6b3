// Bundle size of @smartcity/core as an app would ship it: esbuild bundles the built ESM entry (`dist/`, one module
// per source file, `"sideEffects": false`) with every dependency (zod) included, minified,
// then gzip (level 9). Targets of issue 8 ("pay for what you use"): importing only `scoreSpbe` ≤ 12 kB, only
// `parseWorkspace` ≤ 55 kB, everything ≤ 85 kB. The baseline is core 0.1.0 (one bundled ESM file), measured the
// same way: scoreSpbe2020 48.6 kB, parseWorkspace 53.1 kB, everything 82.2 kB.
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

async function measure(contents) {
  const result = await build({
    stdin: { contents, resolveDir: import.meta.dirname, loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    treeShaking: true,
    logLevel: 'silent',
    metafile: true,
  });
  const code = result.outputFiles[0].contents;
  // Files that put bytes into the output (the metafile also lists files reached but dropped entirely).
  const output = Object.values(result.metafile.outputs)[0];
  const inputs = Object.entries(output.inputs)
    .filter(([, info]) => info.bytesInOutput > 0)
    .map(([path]) => path);
  // The largest contributors (minified bytes before gzip), listed for a bundle over its target.
  const largest = Object.entries(output.inputs)
    .filter(([, info]) => info.bytesInOutput > 0)
    .sort((a, b) => b[1].bytesInOutput - a[1].bytesInOutput)
    .slice(0, 12)
    .map(([path, info]) => ({
      path: path.replace(/^.*node_modules\//, '').replace(/^.*packages\//, ''),
      bytes: info.bytesInOutput,
    }));
  return {
    largest,
    min: code.length,
    gzip: gzipSync(code, { level: 9 }).length,
    // Which zod: none, only the mini/core modules, or classic (its schema classes carry `.toJSONSchema()` and
    // register the English locale on import: 25.7 kB gzip for one schema against 6.3 kB with zod/mini).
    zod: inputs.some((path) => path.includes('node_modules/zod/v4/classic/'))
      ? 'classic'
      : inputs.some((path) => path.includes('node_modules/zod/'))
        ? 'mini'
        : 'no',
    samples: inputs.some((path) => path.includes('/samples/')),
  };
}

const kB = (bytes) => `${(bytes / 1024).toFixed(1)} kB`;
const rows = [
  {
    label: 'scoreSpbe only',
    contents: "export { scoreSpbe } from '@smartcity/core';",
    before: 48.6,
    beforeNote: 'scoreSpbe2020',
    target: 12,
  },
  {
    label: 'parseWorkspace only',
    contents: "export { parseWorkspace } from '@smartcity/core';",
    before: 53.1,
    target: 55,
  },
  { label: 'everything', contents: "export * from '@smartcity/core';", before: 82.2, target: 85 },
  {
    label: 'scoreSpbe2020 only',
    contents: "export { scoreSpbe2020 } from '@smartcity/core';",
    before: 48.6,
  },
  {
    label: 'calendar helpers',
    contents:
      "export { semesterOf, currentCycle, addWorkingDays, nationalHolidays, sortCalendarEvents, toICalendar, upcomingMilestones, findOverdue, formatCivilDate } from '@smartcity/core';",
  },
  {
    label: 'programmeCalendar only',
    contents: "export { programmeCalendar } from '@smartcity/core';",
  },
  {
    label: 'summarizeWorkspace only',
    contents: "export { summarizeWorkspace } from '@smartcity/core';",
  },
  { label: '@smartcity/core/samples', contents: "export * from '@smartcity/core/samples';" },
];

console.log('bundle-size (esbuild, minified + gzip -9, dependencies included; baseline: core 0.1.0):');
console.log(
  `  ${'import'.padEnd(26)} ${'min'.padStart(9)} ${'gzip'.padStart(9)} ${'0.1.0'.padStart(9)} ${'ratio'.padStart(6)} ${'target'.padStart(9)}  zod     samples`,
);
let failed = false;
for (const row of rows) {
  const m = await measure(row.contents);
  const gz = m.gzip / 1024;
  const ok = row.target === undefined || gz <= row.target;
  if (!ok) failed = true;
  console.log(
    `  ${row.label.padEnd(26)} ${kB(m.min).padStart(9)} ${kB(m.gzip).padStart(9)} ${
      row.before === undefined ? '—'.padStart(9) : `${row.before.toFixed(1)} kB`.padStart(9)
    } ${row.before === undefined ? '—'.padStart(6) : `${(gz / row.before).toFixed(2)}×`.padStart(6)} ${
      row.target === undefined ? '—'.padStart(9) : `≤ ${row.target} kB`.padStart(9)
    }  ${m.zod.padEnd(7)} ${m.samples ? 'yes' : 'no'}${row.target === undefined ? '' : ok ? '  ok' : '  OVER'}`,
  );
  if (!ok) {
    console.log('    largest inputs (minified bytes in the bundle):');
    for (const { path, bytes } of m.largest) console.log(`      ${kB(bytes).padStart(9)}  ${path}`);
  }
}
if (failed) {
  console.log('  at least one bundle is over its target (issue 8)');
  process.exitCode = 1;
}
