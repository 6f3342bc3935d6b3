import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  EVALUATION_SCORE_SCHEMA_ID,
  evaluationScoreJsonSchemaFromZod,
  evaluationScoreJsonSchemaModule,
} from '../../scripts/json-schema.js';
import { evaluationScoreJsonSchema } from './evaluation-score-schema.js';

const REGENERATE =
  'src/scoring/evaluation-score-json-schema.generated.ts is out of date. Regenerate it with:\n' +
  '  npm run schema -w @smartcity/core';

// evaluationScoreJsonSchema() returns static data, so that the runtime carries no JSON Schema code from zod. This
// regenerates it from EvaluationScoreSchema with zod's toJSONSchema, so the two can never drift apart.
describe('evaluationScoreJsonSchema (generated data)', () => {
  it('equals the JSON Schema zod generates from EvaluationScoreSchema, key order included', () => {
    const generated = evaluationScoreJsonSchemaFromZod();
    expect(evaluationScoreJsonSchema(), REGENERATE).toStrictEqual(generated);
    expect(JSON.stringify(evaluationScoreJsonSchema()), REGENERATE).toBe(JSON.stringify(generated));
    expect(evaluationScoreJsonSchema().$id).toBe(EVALUATION_SCORE_SCHEMA_ID);
  });

  it('is the module the write script produces (same data, before formatting)', () => {
    const committed = readFileSync(
      new URL('./evaluation-score-json-schema.generated.ts', import.meta.url),
      'utf8',
    );
    const header = (text: string) => text.slice(0, text.indexOf('= {'));
    expect(header(committed), REGENERATE).toBe(header(evaluationScoreJsonSchemaModule()));
  });
});
