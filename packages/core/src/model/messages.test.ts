import { describe, expect, it } from 'vitest';
import {
  EXPECTATIONS,
  invalidTimeZoneMessage,
  invalidTypeMessage,
  isMessageKey,
  MESSAGE_KEYS,
  receivedType,
  requiredMessage,
  showValue,
  tooBigMessage,
  tooSmallMessage,
  unrecognizedKeyMessage,
  unsupportedVersionMessage,
} from './messages.js';

describe('messages', () => {
  it('has an expectation in both languages for every message key', () => {
    for (const key of Object.values(MESSAGE_KEYS)) {
      expect(isMessageKey(key)).toBe(true);
      expect(EXPECTATIONS[key].id.length).toBeGreaterThan(0);
      expect(EXPECTATIONS[key].en.length).toBeGreaterThan(0);
    }
    expect(isMessageKey('Invalid input')).toBe(false);
  });
  it('names received types precisely', () => {
    expect(
      [null, [], Number.NaN, Number.POSITIVE_INFINITY, 1, 1.5, 'x', {}, undefined, new Date(0)].map(
        receivedType,
      ),
    ).toEqual(['null', 'array', 'nan', 'infinity', 'int', 'number', 'string', 'object', 'undefined', 'date']);
  });
  it('shows user values safely and briefly', () => {
    expect(showValue('x'.repeat(100))).toHaveLength(60);
    expect(showValue({ a: 1 })).toBe('{…}');
    expect(showValue([1, 2])).toBe('[… 2]');
    expect(showValue(5n)).toBe('5n');
  });
  it('builds readable sentences in both languages', () => {
    expect(invalidTypeMessage('number', 'string')).toEqual({
      id: 'Diharapkan angka, tetapi diterima teks.',
      en: 'Expected a number, received text.',
    });
    expect(requiredMessage(0).en).toBe('Field [0] is required.');
    expect(requiredMessage(undefined).en).toBe('A value is required.');
    expect(tooSmallMessage('array', 1, true).en).toBe('Must have at least 1 items.');
    expect(tooSmallMessage('number', 0, false).en).toBe('Value must be > 0.');
    expect(tooBigMessage('string', 10, true).en).toBe('Must have at most 10 characters.');
    expect(unrecognizedKeyMessage('x', [], undefined).en).toBe('Unknown field "x". Allowed fields: —.');
    expect(invalidTimeZoneMessage('WIB', ['Asia/Jakarta', 'Asia/Pontianak']).id).toContain(
      '"Asia/Jakarta" atau "Asia/Pontianak"',
    );
    expect(unsupportedVersionMessage(3, 1).en).toContain('Upgrade @smartcity/core');
  });
});
