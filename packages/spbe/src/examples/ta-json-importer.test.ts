import { describe, expect, it } from 'vitest';
import { importSpbe, SPBE_IMPORTERS } from '../index.js';
import { testWorkspace } from '../testing/workspace.testutil.js';
import { taJsonImporter } from './ta-json-importer.js';

const JSON_EXPORT = {
  submitted_date: '2023-10-12T07:20:50.52Z',
  results: [
    {
      domain: 1,
      aspect: 1,
      indicator_number: 1,
      level: 3,
      explanation: 'Perwal arsitektur',
      supporting_document: 'https://jdih.example.go.id/perwal-1.pdf',
    },
    {
      domain: 4,
      aspect: 8,
      indicator_number: 43,
      level: 'Level 4',
      explanation: 'Portal data',
      supporting_document: null,
    },
    { indicator_number: 'abc', level: 9 },
  ],
};

describe('the worked example of docs/writing-an-importer.md', () => {
  it('plugs into importSpbe next to the built-in importers', async () => {
    const bytes = new TextEncoder().encode(JSON.stringify(JSON_EXPORT));
    const { merge, reports, importers } = await importSpbe([{ name: 'assessment.json', bytes }], {
      into: testWorkspace(),
      importers: [...SPBE_IMPORTERS, taJsonImporter],
    });
    expect(importers).toEqual(['ta-json']);
    expect(merge.workspace.evaluations[0]?.scores.spbe?.indicators).toEqual({
      '1': {
        self: 3,
        explanation: 'Perwal arsitektur',
        evidence: ['https://jdih.example.go.id/perwal-1.pdf'],
      },
      '43': { self: 4, explanation: 'Portal data' },
    });
    expect(reports[0]?.counts).toEqual({ read: 3, mapped: 2, extension: 1, rejected: 0 });
    const bad = await taJsonImporter.import(
      { name: 'x.json', bytes: new TextEncoder().encode('{') },
      { workspace: testWorkspace() },
    );
    expect(bad.report.issues[0]?.code).toBe('invalid_json');
  });
});
