import type { Innovation } from '@smartcity/core';
import type { Filters } from './state.js';

/**
 * Indexes of the innovations that pass the filters, in workspace order. Plain loops over the array: 5,000
 * innovations filter in well under a millisecond.
 *
 * @example
 * ```ts
 * filterInnovations(ws.innovations, { ...EMPTY_FILTERS, pillar: 'living' }); // [2, 7, …]
 * ```
 */
export function filterInnovations(innovations: readonly Innovation[], f: Filters): number[] {
  const text = f.text.trim().toLocaleLowerCase();
  const out: number[] = [];
  for (let i = 0; i < innovations.length; i++) {
    const inn = innovations[i]!;
    if (f.pillar && inn.pillarId !== f.pillar) continue;
    if (f.element && inn.elementId !== f.element) continue;
    if (f.agency && inn.agencyId !== f.agency) continue;
    if (f.status && inn.status !== f.status) continue;
    if (f.horizon && inn.horizon !== f.horizon) continue;
    if (text && !inn.name.toLocaleLowerCase().includes(text) && !inn.id.includes(text)) continue;
    out.push(i);
  }
  return out;
}
