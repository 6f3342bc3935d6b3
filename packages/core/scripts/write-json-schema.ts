// Writes packages/core/workspace.schema.json. Run from packages/core:
//   npx tsx --conditions=@smartcity/source scripts/write-json-schema.ts   (or: npm run schema)
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { workspaceJsonSchemaText } from './json-schema.js';

const target = fileURLToPath(new URL('../workspace.schema.json', import.meta.url));
writeFileSync(target, workspaceJsonSchemaText());
console.log(`wrote ${target}`);
