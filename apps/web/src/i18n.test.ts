import { LANGS } from '@smartcity/core';
import { describe, expect, it } from 'vitest';
import { t, UI, type UiKey } from './i18n.js';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('the app string table', () => {
  it('has every string in both languages, with the same placeholders', () => {
    for (const [key, text] of Object.entries(UI)) {
      for (const lang of LANGS) expect(text[lang].trim(), `${key}.${lang}`).not.toBe('');
      expect(placeholders(text.en), key).toEqual(placeholders(text.id));
    }
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    const key: UiKey = 'shownOf';
    expect(t(key, 'en', { shown: 3, total: 10 })).toBe(
      UI.shownOf.en.replace('{shown}', '3').replace('{total}', '10'),
    );
    expect(t(key, 'id', { shown: 3 })).toContain('{total}');
    expect(t(key, 'en', { ['__proto__']: 'x', shown: 1, total: 2 })).not.toContain('undefined');
  });
});
