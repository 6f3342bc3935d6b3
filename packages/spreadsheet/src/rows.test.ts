import { getFieldValue, listRows } from '@smartcity/core';
import { SAMPLE_WORKSPACES } from '@smartcity/core/samples';
import { describe, expect, it } from 'vitest';
import { sheetPlans } from './columns.js';
import { planRows, rowCount } from './rows.js';

describe('planRows', () => {
  it("walks every sheet's rows in the order of the core's listRows, with their ancestors and list", () => {
    for (const ws of Object.values(SAMPLE_WORKSPACES)) {
      for (const plan of sheetPlans()) {
        const listed = listRows(ws, plan.collection.id);
        const rows = [...planRows(ws, plan)];
        expect(rows.map((r) => r.row)).toEqual(listed.map((r) => r.row));
        expect(rowCount(ws, plan)).toBe(listed.length);
        rows.forEach((r, i) => {
          // the parent's id is the core's parentId; every ancestor id is the id of the row on the path
          const path = listed[i]!.path;
          const expected = plan.ancestors.map((a) => {
            let node: unknown = ws;
            for (const step of path.slice(0, a.path.length))
              node = (node as Record<string | number, unknown>)[step];
            const id = getFieldValue(node, a.idField);
            return typeof id === 'string' ? id : '';
          });
          expect(r.ancestorIds).toEqual(expected);
          if (listed[i]!.parentId !== undefined) expect(r.ancestorIds.at(-1)).toBe(listed[i]!.parentId);
          if (plan.columns.some((c) => c.kind === 'group')) expect(r.group).toBe(String(path.at(-2)));
        });
      }
    }
  });

  it('stops after a limit', () => {
    const ws = SAMPLE_WORKSPACES['pontianak-2023'];
    const plan = sheetPlans().find((p) => p.collection.id === 'innovations')!;
    expect([...planRows(ws, plan, 2)].map((r) => r.row)).toEqual(
      listRows(ws, 'innovations')
        .slice(0, 2)
        .map((r) => r.row),
    );
    expect([...planRows(ws, plan, 0)]).toEqual([]);
  });
});
