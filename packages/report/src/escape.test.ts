import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { escapeHtml, escapeMarkdown, jsonForScript, safeUrl } from './escape.js';
import { TEXT_PAYLOADS, URL_PAYLOADS } from './payloads.testutil.js';
import { sha256Base64, toBase64 } from './sha256.js';

describe('escapeHtml', () => {
  it('leaves no markup character in any payload', () => {
    for (const payload of TEXT_PAYLOADS) {
      const escaped = escapeHtml(payload);
      expect(escaped).not.toMatch(/[<>"'`]/);
      expect([...escaped].some((c) => c.charCodeAt(0) < 9)).toBe(false);
    }
  });
  it('keeps ordinary Indonesian text', () => {
    expect(escapeHtml('Kota Pontianak — inovasi “Pionirs” & kawan')).toBe(
      'Kota Pontianak — inovasi “Pionirs” &amp; kawan',
    );
  });
  it('does not throw on non-strings', () => {
    expect(escapeHtml(undefined)).toBe('');
    expect(escapeHtml(42)).toBe('42');
  });
});

describe('safeUrl', () => {
  it('keeps only absolute http(s) and mailto URLs', () => {
    const kept = URL_PAYLOADS.map((u) => safeUrl(u)).filter((u) => u !== null);
    expect(kept).toEqual(['https://pontianak.go.id/laporan?a=1&b=<2>"', 'mailto:smartcity@pontianak.go.id']);
  });
  it('refuses schemes hidden by case, spaces or control characters', () => {
    expect(safeUrl('JAVASCRIPT:alert(1)')).toBeNull();
    expect(safeUrl('https:\n//x')).toBeNull();
    expect(safeUrl('https://')).toBeNull();
    expect(safeUrl(null)).toBeNull();
  });
});

describe('jsonForScript', () => {
  it('cannot end a script element and round-trips', () => {
    const value = { name: TEXT_PAYLOADS[3], all: TEXT_PAYLOADS };
    const json = jsonForScript(value);
    expect(json).not.toMatch(/[<>\u2028\u2029]/);
    expect(json.toLowerCase()).not.toContain('</script');
    expect(JSON.parse(json)).toEqual(value);
  });
});

describe('escapeMarkdown', () => {
  it('turns links, images, raw HTML, headings and table pipes into text', () => {
    const md = escapeMarkdown('# judul\n[x](javascript:alert(1)) ![i](https://e/x.png) <b>|</b>');
    expect(md).not.toMatch(/(^|[^\\])\[/);
    expect(md).not.toContain('<');
    expect(md).not.toContain('\n');
    expect(md.startsWith('\\#')).toBe(true);
    expect(md).toContain('\\|');
  });
  it('keeps numbers readable', () => {
    expect(escapeMarkdown('3,41')).toBe('3,41');
    expect(escapeMarkdown('+0.14')).toBe('+0.14');
    expect(escapeMarkdown('1. butir')).toBe('1\\. butir');
  });
});

describe('sha256Base64', () => {
  it('matches node:crypto on edge lengths and non-ASCII text', () => {
    for (const text of [
      '',
      'abc',
      'x'.repeat(55),
      'x'.repeat(56),
      'x'.repeat(64),
      'Tahap II — indeks ✓'.repeat(30),
    ]) {
      expect(sha256Base64(text)).toBe(createHash('sha256').update(text).digest('base64'));
    }
  });
  it('encodes base64 with padding', () => {
    expect(toBase64(new TextEncoder().encode('ab'))).toBe(Buffer.from('ab').toString('base64'));
    expect(toBase64(new TextEncoder().encode('abcd'))).toBe(Buffer.from('abcd').toString('base64'));
  });
});
