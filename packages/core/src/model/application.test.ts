import { describe, expect, it } from 'vitest';
import {
  APPLICATION_KIND_LABELS,
  APPLICATION_KINDS,
  APPLICATION_STATUS_LABELS,
  APPLICATION_STATUSES,
  ApplicationSchema,
} from './application.js';

describe('ApplicationSchema', () => {
  it('parses an application of the SPBE inventory', () => {
    const app = {
      id: 'e-kinerja',
      name: 'e-Kinerja',
      agencyId: 'bkpsdm',
      status: 'active',
      kind: 'administrative',
    };
    expect(ApplicationSchema.parse(app)).toEqual(app);
    expect(ApplicationSchema.safeParse({ ...app, status: 'retired' }).success).toBe(false);
  });
  it('labels kinds and statuses', () => {
    expect(Object.keys(APPLICATION_KIND_LABELS)).toEqual([...APPLICATION_KINDS]);
    expect(Object.keys(APPLICATION_STATUS_LABELS)).toEqual([...APPLICATION_STATUSES]);
  });
});
