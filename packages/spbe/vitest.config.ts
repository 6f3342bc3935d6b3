import { defineProject } from 'vitest/config';

export default defineProject({
  resolve: { conditions: ['@smartcity/source'] },
  ssr: { resolve: { conditions: ['@smartcity/source'], externalConditions: ['@smartcity/source'] } },
  test: {
    name: 'spbe',
    include: ['src/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 120_000,
    globalSetup: ['./test-support/global-setup.ts'],
  },
});
