import { defineConfig } from 'tsup';

export default defineConfig({
  // `index`: isomorphic HTML/Markdown/charts; `pdf`: the pdfmake renderer, a separate entry so that browsers load
  // pdfmake and its fonts only when a PDF is asked for.
  entry: { index: 'src/index.ts', pdf: 'src/pdf.ts' },
  format: ['esm', 'cjs'],
  dts: true,
  sourcemap: true,
  clean: true,
  target: 'es2022',
  platform: 'neutral',
  external: ['pdfmake', 'pdfmake/build/vfs_fonts.js', 'd3-shape', '@smartcity/core'],
});
