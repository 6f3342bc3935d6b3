import { type Evaluation, type SpbeScore, scoreSpbe2020 } from '@smartcity/core';

/** The SPBE index of an evaluation as self-assessed and as verified (either may be absent). */
export interface SpbeSides {
  self: SpbeScore | null;
  verified: SpbeScore | null;
}

type Level = number | { self?: number; verified?: number } | null | undefined;

/**
 * Scores an evaluation's SPBE part for both sides. A workspace v2 indicator is `{ self?, verified? }`; a v1
 * indicator is one level, which counts as verified for an external evaluation and as self-assessed otherwise
 * (the same rule as the core's v1 → v2 migration). Each side is scored with the core's SPBE 2020 scorer.
 */
export function spbeSides(e: Evaluation): SpbeSides {
  const spbe = e.scores.spbe as
    | { indicators: Record<string, Level>; domains?: Record<string, number> }
    | undefined;
  if (!spbe) return { self: null, verified: null };
  const self: Record<string, number> = {};
  const verified: Record<string, number> = {};
  const legacy = e.kind === 'external' ? verified : self;
  for (const [key, level] of Object.entries(spbe.indicators ?? {})) {
    if (typeof level === 'number') legacy[key] = level;
    else if (level && typeof level === 'object') {
      if (typeof level.self === 'number') self[key] = level.self;
      if (typeof level.verified === 'number') verified[key] = level.verified;
    }
  }
  const side = (indicators: Record<string, number>, withDomains: boolean): SpbeScore | null => {
    const domains = withDomains ? spbe.domains : undefined;
    if (Object.keys(indicators).length === 0 && !domains) return null;
    return scoreSpbe2020({ indicators, domains });
  };
  // Domain indices recorded without indicator levels are the published (verified or self) figures of that kind.
  return {
    self: side(self, e.kind !== 'external'),
    verified: side(verified, e.kind === 'external'),
  };
}
