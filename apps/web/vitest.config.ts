import { defineProject } from 'vitest/config';

// The browser tests drive real Chromium against the static build (`dist/`, built by the package's "test" script);
// the test code itself reads the core from sources to compute the expected values.
export default defineProject({
  resolve: { conditions: ['@smartcity/source'] },
  ssr: { resolve: { conditions: ['@smartcity/source'], externalConditions: ['@smartcity/source'] } },
  test: {
    name: 'web',
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    environment: 'node',
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
