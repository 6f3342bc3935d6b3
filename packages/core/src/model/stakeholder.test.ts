import { describe, expect, it } from 'vitest';
import { LANGS } from '../i18n/index.js';
import { PENTAHELIX_ROLE_LABELS, PENTAHELIX_ROLES, StakeholderSchema } from './stakeholder.js';

describe('StakeholderSchema', () => {
  it('parses the five pentahelix roles and nothing else', () => {
    for (const role of PENTAHELIX_ROLES) {
      expect(StakeholderSchema.safeParse({ id: 's', name: 'S', role }).success).toBe(true);
    }
    expect(StakeholderSchema.safeParse({ id: 's', name: 'S', role: 'ngo' }).success).toBe(false);
  });
  it('labels the roles (Akademisi, Dunia usaha, Komunitas, Pemerintah, Media)', () => {
    expect(PENTAHELIX_ROLE_LABELS.academia).toEqual({ id: 'Akademisi', en: 'Academia' });
    for (const r of PENTAHELIX_ROLES)
      for (const l of LANGS) expect(PENTAHELIX_ROLE_LABELS[r][l]).not.toBe('');
  });
});
