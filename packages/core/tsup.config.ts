import { rmSync } from 'node:fs';
import { defineConfig } from 'tsup';

// tsup runs the two builds below in parallel, so neither may clean `dist` (one would delete the other's files):
// clean it once, here, before both start.
rmSync(new URL('./dist', import.meta.url), { recursive: true, force: true });

const entries = { index: 'src/index.ts', 'samples/index': 'src/samples/index.ts' };
const common = { sourcemap: true, target: 'es2022', platform: 'neutral' } as const;

export default defineConfig([
  // ESM: one file per source module (not bundled), so that with `"sideEffects": false` an app's bundler keeps only
  // the modules it uses. A single bundled file would keep every top-level schema construction, and with it zod, in
  // an app that only scores SPBE (issue 8 "pay for what you use"; measured by bench/bundle-size.mjs).
  {
    ...common,
    entry: ['src/**/*.ts', '!src/**/*.test.ts', '!src/**/*.testutil.ts', '!src/**/__*__/**'],
    format: ['esm'],
    bundle: false,
    dts: { entry: entries },
    clean: false,
  },
  // CommonJS: one bundled file per entry point (Node's require does not tree-shake anyway).
  {
    ...common,
    entry: entries,
    format: ['cjs'],
    dts: true,
    clean: false,
  },
]);
