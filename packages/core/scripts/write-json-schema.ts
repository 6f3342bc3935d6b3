// Writes packages/core/workspace.schema.json and src/scoring/evaluation-score-json-schema.generated.ts. Run from
// packages/core:
//   npx tsx --conditions=@smartcity/source scripts/write-json-schema.ts   (or: npm run schema)
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { evaluationScoreJsonSchemaModule, workspaceJsonSchemaText } from './json-schema.js';

const workspaceTarget = fileURLToPath(new URL('../workspace.schema.json', import.meta.url));
writeFileSync(workspaceTarget, workspaceJsonSchemaText());
console.log(`wrote ${workspaceTarget}`);

const scoreTarget = fileURLToPath(
  new URL('../src/scoring/evaluation-score-json-schema.generated.ts', import.meta.url),
);
writeFileSync(scoreTarget, evaluationScoreJsonSchemaModule());
// Formatted like the rest of the sources, so that `biome check` passes on the generated module.
const biome = createRequire(import.meta.url).resolve('@biomejs/biome/bin/biome');
execFileSync(process.execPath, [biome, 'format', '--write', scoreTarget], { stdio: 'ignore' });
console.log(`wrote ${scoreTarget}`);
