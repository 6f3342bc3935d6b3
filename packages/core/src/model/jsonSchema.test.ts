import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  WORKSPACE_SCHEMA_ID,
  workspaceJsonSchema,
  workspaceJsonSchemaText,
} from '../../scripts/json-schema.js';

const committedPath = new URL('../../workspace.schema.json', import.meta.url);

describe('workspace.schema.json', () => {
  it('is up to date with the zod schemas', () => {
    const committed = readFileSync(committedPath, 'utf8');
    expect(
      committed === workspaceJsonSchemaText(),
      'packages/core/workspace.schema.json is out of date. Regenerate it with:\n' +
        '  cd packages/core && npx tsx --conditions=@smartcity/source scripts/write-json-schema.ts',
    ).toBe(true);
  });
  it('has the id, title and the entities as $defs', () => {
    const schema = workspaceJsonSchema();
    expect(schema.$id).toBe('https://smartcity.id/schema/workspace-2.json');
    expect(schema.$id).toBe(WORKSPACE_SCHEMA_ID);
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.title).toContain('schemaVersion 2');
    expect(Object.keys(schema.$defs as object)).toEqual(
      expect.arrayContaining([
        'Municipality',
        'Agency',
        'Innovation',
        'Kpi',
        'Evaluation',
        'Risk',
        'Masterplan',
      ]),
    );
    expect(schema.required).toEqual(['schemaVersion', 'municipality']);
    expect(schema.additionalProperties).toBe(false);
  });
  it('is written pretty-printed with a trailing newline', () => {
    const text = workspaceJsonSchemaText();
    expect(text.endsWith('}\n')).toBe(true);
    expect(text.split('\n')[1]).toMatch(/^ {2}"\$schema"/);
  });
});
