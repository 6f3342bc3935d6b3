import { readFileSync } from 'node:fs';
import { defineConfig } from 'tsup';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as {
  version: string;
};

export default defineConfig({
  entry: { cli: 'src/cli.ts' },
  format: ['esm'],
  dts: false,
  sourcemap: true,
  clean: true,
  target: 'node20',
  platform: 'node',
  splitting: true,
  banner: { js: '#!/usr/bin/env node' },
  // `smartcity --version` prints this without reading package.json at run time.
  define: { __CLI_VERSION__: JSON.stringify(pkg.version) },
  // The core is bundled from its sources (through the `@smartcity/source` export condition, still only via the
  // public `@smartcity/core` and `@smartcity/core/samples` entry points), so the CLI builds and its tests run
  // without building the core first. Code splitting keeps it out of the `--version` path.
  noExternal: ['@smartcity/core', '@smartcity/report', '@smartcity/spreadsheet', '@smartcity/spbe'],
  // pdfmake (CommonJS, with dynamic requires) stays a runtime dependency of @smartcity/report, loaded only for PDFs;
  // exceljs likewise of @smartcity/spreadsheet, loaded only when a workbook is written.
  // mysql2, iconv-lite and csv-parse (CommonJS or Node-only) stay runtime dependencies of @smartcity/spbe.
  external: ['pdfmake', 'pdfmake/build/vfs_fonts.js', 'exceljs', 'mysql2', 'iconv-lite', 'csv-parse'],
  esbuildOptions(options) {
    options.conditions = ['@smartcity/source'];
  },
});
