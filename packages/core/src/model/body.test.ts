import { describe, expect, it } from 'vitest';
import { BODY_KIND_LABELS, BODY_KINDS, BodySchema } from './body.js';

describe('BodySchema', () => {
  it('parses a body, defaulting members to []', () => {
    const b = BodySchema.parse({ id: 'forum', kind: 'forum', name: 'Forum Smart City', active: false });
    expect(b.members).toEqual([]);
  });
  it('requires active and a known kind', () => {
    expect(BodySchema.safeParse({ id: 'd', kind: 'dewan', name: 'Dewan' }).success).toBe(false);
    expect(BodySchema.safeParse({ id: 'd', kind: 'komite', name: 'K', active: true }).success).toBe(false);
  });
  it('labels the four bodies with their programme names', () => {
    expect(Object.keys(BODY_KIND_LABELS)).toEqual([...BODY_KINDS]);
    expect(BODY_KIND_LABELS.dewan).toEqual({ id: 'Dewan Smart City', en: 'Smart City Council' });
    expect(BODY_KIND_LABELS['tim-pelaksana'].id).toContain('Tim Pelaksana');
    expect(BODY_KIND_LABELS['tim-teknis'].id).toContain('Tim Teknis');
    expect(BODY_KIND_LABELS.forum.id).toBe('Forum Smart City');
  });
});
