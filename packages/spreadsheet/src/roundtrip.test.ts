import { parseWorkspace, type Workspace } from '@smartcity/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exportCsvFiles, exportWorkbook } from './export.js';
import { importCsv, importWorkbook } from './import.js';
import { emptied, workspaceArb } from './workspace.testutil.js';

const valid = workspaceArb.filter((ws) => !('invalid' in ws));

function base(ws: Workspace): Workspace {
  const b = parseWorkspace(emptied(ws));
  if (!b.success) throw new Error(JSON.stringify(b.issues));
  return b.data;
}

describe('export then import is the identity', () => {
  it('generates valid workspaces', () => {
    const samples = fc.sample(workspaceArb, 50);
    const invalid = samples.filter((ws) => 'invalid' in ws);
    expect(invalid.slice(0, 1)).toEqual([]);
  });

  for (const lang of ['id', 'en'] as const) {
    it(`XLSX (${lang})`, async () => {
      await fc.assert(
        fc.asyncProperty(valid, async (ws) => {
          const bytes = await exportWorkbook(ws, { lang, exportedAt: '2025-08-17T09:00:00Z' });
          const result = await importWorkbook(base(ws), bytes, { lang });
          expect(result.report.issues.filter((i) => i.code !== 'derived_id')).toEqual([]);
          expect(result.merge.workspace).toEqual(ws);
        }),
        { numRuns: 25 },
      );
    });

    it(`CSV (${lang})`, () => {
      fc.assert(
        fc.property(valid, (ws) => {
          const result = importCsv(base(ws), exportCsvFiles(ws, { lang }));
          expect(result.report.issues).toEqual([]);
          expect(result.merge.workspace).toEqual(ws);
        }),
        { numRuns: 60 },
      );
    });
  }
});
