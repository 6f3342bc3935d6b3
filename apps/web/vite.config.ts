import { defineConfig } from 'vite';

// Workspace packages resolve to their TypeScript sources (the `@smartcity/source` export condition), so the app
// builds without building the packages first. `base: './'` gives relative asset paths: `dist/` works from any
// file server and any sub-directory.
export default defineConfig({
  base: './',
  resolve: { conditions: ['@smartcity/source', 'module', 'browser', 'development|production'] },
  build: { target: 'es2022', outDir: 'dist', emptyOutDir: true, chunkSizeWarningLimit: 2000 },
});
