import { defineProject } from 'vitest/config';

export default defineProject({
  resolve: { conditions: ['@smartcity/source'] },
  ssr: { resolve: { conditions: ['@smartcity/source'], externalConditions: ['@smartcity/source'] } },
  test: {
    name: 'core',
    include: ['src/**/*.test.ts'],
    environment: 'node',
    // Property tests and exhaustive comparisons take seconds on a busy CI machine (as in the other packages).
    testTimeout: 60_000,
  },
});
