import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { neutraliseFormula, restoreFormula, startsWithFormulaTrigger } from './injection.js';
import { INJECTION_CORPUS } from './injection.testutil.js';

describe('formula injection', () => {
  it('neutralises every corpus entry so that it no longer starts with a trigger', () => {
    for (const payload of INJECTION_CORPUS) {
      const safe = neutraliseFormula(payload);
      expect(startsWithFormulaTrigger(safe), payload).toBe(false);
      expect(restoreFormula(safe)).toBe(payload);
    }
  });

  it('leaves ordinary text alone', () => {
    for (const s of ['Dinas Kominfo', "'Jl. Merdeka", '12,5%', 'e-KTP', 'Smart-City'])
      expect(neutraliseFormula(s)).toBe(s);
  });

  it('is reversible for every string', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.string().map((s) => `'${s}`),
          fc.constantFrom(...INJECTION_CORPUS).chain((p) => fc.string().map((s) => p + s)),
        ),
        (s) => {
          expect(restoreFormula(neutraliseFormula(s))).toBe(s);
          expect(startsWithFormulaTrigger(neutraliseFormula(s))).toBe(false);
        },
      ),
      { numRuns: 2000 },
    );
  });
});
