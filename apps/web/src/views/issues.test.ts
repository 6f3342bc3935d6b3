import { describe, expect, it } from 'vitest';
import { valueAt } from './issues.js';

describe('valueAt (the value an issue concerns, in an unvalidated file)', () => {
  it('walks objects and arrays', () => {
    const raw = { innovations: [{ id: 'a' }, { id: 'b', endDate: '2023-02-30' }] };
    expect(valueAt(raw, ['innovations', 1, 'endDate'])).toEqual({ found: true, value: '2023-02-30' });
    expect(valueAt(raw, [])).toEqual({ found: true, value: raw });
  });

  it('never follows inherited keys or throws on hostile shapes', () => {
    const raw = JSON.parse('{"a": null, "b": "text", "c": {"__proto__": {"x": 1}}}');
    expect(valueAt(raw, ['a', 'x'])).toEqual({ found: false });
    expect(valueAt(raw, ['b', 'length'])).toEqual({ found: false });
    expect(valueAt(raw, ['toString'])).toEqual({ found: false });
    expect(valueAt(raw, ['c', '__proto__', 'x'])).toEqual({ found: true, value: 1 });
    expect(valueAt(undefined, ['a'])).toEqual({ found: false });
  });
});
