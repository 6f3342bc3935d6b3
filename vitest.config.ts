import { defineConfig } from 'vitest/config';

// Root config: `npx vitest run` runs every workspace; `npx vitest run --project core` runs one.
export default defineConfig({
  test: {
    projects: ['packages/*', 'apps/*', 'bench'],
  },
});
