import { defineProject } from 'vitest/config';

export default defineProject({
  resolve: { conditions: ['@smartcity/source'] },
  ssr: { resolve: { conditions: ['@smartcity/source'], externalConditions: ['@smartcity/source'] } },
  test: { name: 'bench', include: ['*.test.ts'], environment: 'node' },
});
