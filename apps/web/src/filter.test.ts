import { SAMPLE_IDS, SAMPLE_WORKSPACES } from '@smartcity/core/samples';
import { describe, expect, it } from 'vitest';
import { filterInnovations } from './filter.js';
import { EMPTY_FILTERS } from './state.js';

describe('filterInnovations', () => {
  for (const id of SAMPLE_IDS) {
    const list = SAMPLE_WORKSPACES[id].innovations;
    it(`${id}: each filter keeps exactly the matching innovations, in order`, () => {
      expect(filterInnovations(list, EMPTY_FILTERS)).toEqual(list.map((_, i) => i));
      for (const inn of list) {
        const byKey = {
          pillar: (x: typeof inn) => x.pillarId === inn.pillarId,
          element: (x: typeof inn) => x.elementId === inn.elementId,
          agency: (x: typeof inn) => x.agencyId === inn.agencyId,
          status: (x: typeof inn) => x.status === inn.status,
          horizon: (x: typeof inn) => x.horizon === inn.horizon,
        };
        const values = {
          pillar: inn.pillarId,
          element: inn.elementId,
          agency: inn.agencyId,
          status: inn.status,
          horizon: inn.horizon,
        };
        for (const key of Object.keys(byKey) as (keyof typeof byKey)[]) {
          const expected = list.flatMap((x, i) => (byKey[key](x) ? [i] : []));
          expect(filterInnovations(list, { ...EMPTY_FILTERS, [key]: values[key] })).toEqual(expected);
        }
      }
    });
  }

  it('matches names case-insensitively and combines filters with AND', () => {
    const list = SAMPLE_WORKSPACES['pontianak-2023'].innovations;
    const first = list[0]!;
    const hits = filterInnovations(list, { ...EMPTY_FILTERS, text: first.name.toUpperCase() });
    expect(hits).toContain(0);
    expect(filterInnovations(list, { ...EMPTY_FILTERS, text: first.name, pillar: 'no-such-pillar' })).toEqual(
      [],
    );
  });
});
