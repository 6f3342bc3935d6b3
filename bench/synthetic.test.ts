import { parseWorkspace } from '@smartcity/core';
import { describe, expect, it } from 'vitest';
import { syntheticNation, syntheticWorkspace } from './synthetic.mjs';

describe('synthetic benchmark data', () => {
  it('is a valid workspace, so the benchmark times the success path', () => {
    const result = parseWorkspace(syntheticWorkspace(7, { innovations: 50, evaluations: 2 }));
    expect(result.success ? [] : result.issues).toEqual([]);
  });

  it('is deterministic and covers kota and kabupaten in all four zones', () => {
    const a = syntheticNation(20, { innovations: 3, evaluations: 1 });
    const b = syntheticNation(20, { innovations: 3, evaluations: 1 });
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    expect(new Set(a.map((w) => w.municipality.kind))).toEqual(new Set(['kota', 'kabupaten']));
    expect(new Set(a.map((w) => w.municipality.timeZone)).size).toBe(4);
    for (const ws of a) expect(parseWorkspace(ws).success).toBe(true);
  });
});
