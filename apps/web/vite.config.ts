import { defaultClientConditions, defineConfig } from 'vite';

// Workspace packages resolve to their TypeScript sources (the `@smartcity/source` export condition), so the app
// builds without building the packages first. `base: './'` gives relative asset paths: `dist/` works from any
// file server and any sub-directory.
export default defineConfig({
  base: './',
  resolve: {
    conditions: ['@smartcity/source', ...defaultClientConditions],
    alias: [
      // csv-stringify's main build expects Node's global `Buffer` when it loads; its browser build brings its own.
      { find: /^csv-stringify\/sync$/, replacement: 'csv-stringify/browser/esm/sync' },
    ],
  },
  build: { target: 'es2022', outDir: 'dist', emptyOutDir: true, chunkSizeWarningLimit: 2000 },
});
