import { describe, expect, it } from 'vitest';
import {
  CivilDateSchema,
  EvidenceSchema,
  HttpUrlSchema,
  IdSchema,
  isCivilDate,
  NameSchema,
  ProvenanceSchema,
  RupiahSchema,
  TEXT_MAX_LENGTH,
  YearSchema,
} from './primitives.js';

describe('IdSchema', () => {
  it('accepts lower-case slugs up to 64 characters', () => {
    for (const id of ['a', 'diskominfo', 'inv.sipedas-2024', 'x_1', '9lives', 'a'.repeat(64)]) {
      expect(IdSchema.safeParse(id).success, id).toBe(true);
    }
  });
  it('rejects upper case, spaces, leading punctuation, empty and too long ids', () => {
    for (const id of ['', 'Dinkes', 'dinas kesehatan', '-x', '.x', 'a'.repeat(65), 'ä', 'a/b']) {
      expect(IdSchema.safeParse(id).success, id).toBe(false);
    }
  });
});

describe('CivilDateSchema', () => {
  it('accepts real dates including leap days', () => {
    for (const d of ['2024-02-29', '2000-02-29', '2023-12-31', '1999-01-01'])
      expect(isCivilDate(d), d).toBe(true);
  });
  it('rejects impossible dates and other shapes', () => {
    for (const d of [
      '2023-02-29',
      '1900-02-29',
      '2023-02-30',
      '2023-04-31',
      '2023-13-01',
      '2023-1-01',
      '2023-01-01T00:00',
      '',
    ]) {
      expect(CivilDateSchema.safeParse(d).success, d).toBe(false);
    }
    expect(isCivilDate(20230101)).toBe(false);
  });
});

describe('RupiahSchema', () => {
  it('accepts whole non-negative safe integers only', () => {
    expect(RupiahSchema.safeParse(0).success).toBe(true);
    expect(RupiahSchema.safeParse(Number.MAX_SAFE_INTEGER).success).toBe(true);
    for (const v of [-1, 1.5, Number.MAX_SAFE_INTEGER + 1, Number.NaN, Number.POSITIVE_INFINITY, '1000']) {
      expect(RupiahSchema.safeParse(v).success, String(v)).toBe(false);
    }
  });
});

describe('YearSchema', () => {
  it('accepts 1900–2100 integers', () => {
    expect(YearSchema.safeParse(2024).success).toBe(true);
    expect(YearSchema.safeParse(1899).success).toBe(false);
    expect(YearSchema.safeParse(20244).success).toBe(false);
    expect(YearSchema.safeParse(2024.5).success).toBe(false);
  });
});

describe('HttpUrlSchema', () => {
  it('accepts http and https links', () => {
    for (const u of [
      'https://pontianak.go.id',
      'http://localhost:8080/x?y=1#z',
      'https://a.b/c d'.replace(' ', '%20'),
    ]) {
      expect(HttpUrlSchema.safeParse(u).success, u).toBe(true);
    }
  });
  it('rejects other schemes, missing hosts and spaces', () => {
    for (const u of [
      'javascript:alert(1)',
      'data:text/html,x',
      'ftp://x.y',
      'https://',
      'https:/x',
      ' https://a.b',
      'https://a.b/c d',
      'HTTPS://A.B',
    ]) {
      expect(HttpUrlSchema.safeParse(u).success, u).toBe(false);
    }
  });
});

describe('text bounds', () => {
  it('names are non-empty and at most one Excel cell long', () => {
    expect(NameSchema.safeParse('').success).toBe(false);
    expect(NameSchema.safeParse('x'.repeat(TEXT_MAX_LENGTH)).success).toBe(true);
    expect(NameSchema.safeParse('x'.repeat(TEXT_MAX_LENGTH + 1)).success).toBe(false);
  });
});

describe('EvidenceSchema and ProvenanceSchema', () => {
  it('accept the documented shapes and reject unknown keys', () => {
    expect(
      EvidenceSchema.safeParse({ label: 'Foto', url: 'https://x.id/a.jpg', kind: 'photo' }).success,
    ).toBe(true);
    expect(
      EvidenceSchema.safeParse({ label: 'Foto', url: 'https://x.id/a.jpg', kind: 'audio' }).success,
    ).toBe(false);
    expect(EvidenceSchema.safeParse({ label: 'Foto', url: 'https://x.id/a.jpg', extra: 1 }).success).toBe(
      false,
    );
    expect(ProvenanceSchema.safeParse({ sources: ['a'], illustrative: ['*'] }).success).toBe(true);
    expect(ProvenanceSchema.safeParse({ source: ['a'] }).success).toBe(false);
  });
});
