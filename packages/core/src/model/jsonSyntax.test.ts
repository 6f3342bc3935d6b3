import { describe, expect, it } from 'vitest';
import { findJsonSyntaxError, lineColumn } from './jsonSyntax.js';

describe('findJsonSyntaxError', () => {
  it('finds no error in valid JSON (agreeing with JSON.parse)', () => {
    for (const text of [
      '{}',
      '[]',
      ' 1 ',
      '"a\\u00e9\\n"',
      '{"a":[1,-2.5e+3,true,false,null,{"b":{}}]}',
      '\t\r\n[ ]',
    ]) {
      expect(() => JSON.parse(text)).not.toThrow();
      expect(findJsonSyntaxError(text), text).toBeUndefined();
    }
  });
  it.each([
    ['', 1, 1, 'empty'],
    ['   ', 1, 4, 'empty'],
    ['{"a":}', 1, 6, 'expected a value'],
    ['{"a":1', 1, 7, 'ends before'],
    ['{"a":1,}', 1, 8, 'trailing comma'],
    ['[1,2,]', 1, 6, 'trailing comma'],
    ['[1 2]', 1, 4, '"," or "]"'],
    ['{"a":1 "b":2}', 1, 8, '"," or "}"'],
    ['{"a" 1}', 1, 6, '":"'],
    ["{'a':1}", 1, 2, 'double quotes'],
    ['{a:1}', 1, 2, 'property name'],
    ['{"a":"x\ny"}', 1, 8, 'control character'],
    ['{"a":"\\x"}', 1, 7, 'escape'],
    ['{"a":"\\u12G4"}', 1, 7, 'escape'],
    ['{"a":"abc', 1, 10, 'not closed'],
    ['{"a":01}', 1, 6, 'invalid number'],
    ['{"a":+1}', 1, 6, 'invalid number'],
    ['{"a":1.}', 1, 8, 'invalid number'],
    ['{"a":1e}', 1, 8, 'invalid number'],
    ['{"a":NaN}', 1, 6, 'invalid number'],
    ['{"a":tru}', 1, 6, 'unknown word'],
    ['{"a":truex}', 1, 10, '"," or "}"'],
    ['{"a":undefined}', 1, 6, 'unknown word'],
    ['{"a":1} x', 1, 9, 'after the end'],
    ['// c\n{}', 1, 1, 'comments'],
    ['{\n  "a": 1,\n  "b": ]\n}', 3, 8, 'expected a value'],
    ['{\r\n"a":}', 2, 5, 'expected a value'],
  ])('%j → line %i, column %i (%s)', (text, line, column, reason) => {
    expect(() => JSON.parse(text)).toThrow();
    const found = findJsonSyntaxError(text);
    expect(found && [found.line, found.column]).toEqual([line, column]);
    expect(found?.reason.en).toContain(reason);
    expect(found?.reason.id.length).toBeGreaterThan(0);
  });
  it('handles very deep nesting iteratively', () => {
    const text = `${'['.repeat(200_000)}1${']'.repeat(199_999)}`;
    const found = findJsonSyntaxError(text);
    expect(found?.reason.en).toContain('ends before');
  });
});

describe('lineColumn', () => {
  it('counts \\n, \\r\\n and lone \\r as line breaks', () => {
    expect(lineColumn('ab\ncd', 4)).toEqual({ line: 2, column: 2 });
    expect(lineColumn('ab\r\ncd', 5)).toEqual({ line: 2, column: 2 });
    expect(lineColumn('ab\rcd', 4)).toEqual({ line: 2, column: 2 });
    expect(lineColumn('abc', 0)).toEqual({ line: 1, column: 1 });
  });
});
