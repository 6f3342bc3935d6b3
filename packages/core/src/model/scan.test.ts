import { describe, expect, it } from 'vitest';
import { DEFAULT_INPUT_LIMITS, FORBIDDEN_KEYS, pathHasForbiddenKey, scanInput } from './scan.js';

describe('scanInput', () => {
  it('passes clean input and primitives', () => {
    expect(scanInput({ a: [1, { b: 'c' }], d: null })).toEqual({ issues: [], fatal: false });
    for (const v of [null, undefined, 1, 'x', true]) expect(scanInput(v).issues).toEqual([]);
  });
  it('locates every forbidden key in document order, including inside arrays and under forbidden keys', () => {
    const input = JSON.parse('{"a":[{"__proto__":{}}],"constructor":{"prototype":{}},"b":{"prototype":1}}');
    const r = scanInput(input);
    expect(r.fatal).toBe(false);
    expect(r.issues.map((i) => [i.code, i.path])).toEqual([
      ['forbidden_key', ['constructor']],
      ['forbidden_key', ['a', 0, '__proto__']],
      ['forbidden_key', ['constructor', 'prototype']],
      ['forbidden_key', ['b', 'prototype']],
    ]);
    expect(r.issues[0]!.message.en).toContain('"constructor" is forbidden');
  });
  it('caps the number of forbidden-key issues', () => {
    const input = Array.from({ length: 500 }, () => JSON.parse('{"__proto__":1}'));
    expect(scanInput(input).issues).toHaveLength(100);
  });
  it('stops at the depth limit with one fatal issue at the deep path', () => {
    let deep: unknown = 1;
    for (let i = 0; i < 10; i++) deep = [deep];
    const r = scanInput(deep, { ...DEFAULT_INPUT_LIMITS, maxDepth: 5 });
    expect(r.fatal).toBe(true);
    expect(r.issues.map((i) => [i.code, i.path])).toEqual([['too_deep', [0, 0, 0, 0, 0, 0]]]);
    expect(scanInput(deep, { ...DEFAULT_INPUT_LIMITS, maxDepth: 10 }).fatal).toBe(false);
  });
  it('stops at the container limit', () => {
    const r = scanInput(
      Array.from({ length: 20 }, () => ({})),
      { maxDepth: 64, maxContainers: 10 },
    );
    expect(r.fatal).toBe(true);
    expect(r.issues.map((i) => i.code)).toEqual(['too_big']);
  });
  it('does not walk into typed arrays', () => {
    expect(scanInput({ bytes: new Uint8Array(1_000_000) }).issues).toEqual([]);
  });
});

describe('pathHasForbiddenKey', () => {
  it('detects a forbidden segment anywhere', () => {
    expect(FORBIDDEN_KEYS).toEqual(['__proto__', 'constructor', 'prototype']);
    expect(pathHasForbiddenKey(['a', 0, 'prototype', 'b'])).toBe(true);
    expect(pathHasForbiddenKey(['a', 0, 'proto'])).toBe(false);
  });
});
