import { createWorkspace, type Workspace } from '@smartcity/core';

/** A small workspace for tests: Kota Pontianak with two agencies and one innovation. */
export function testWorkspace(): Workspace {
  const created = createWorkspace({
    municipality: {
      name: 'Pontianak',
      kind: 'kota',
      regionCode: '61.71',
      province: 'Kalimantan Barat',
      timeZone: 'Asia/Pontianak',
    },
  }) as unknown;
  // Core 0.2 returns a Result; core 0.1 the workspace itself.
  const ws = (
    typeof created === 'object' && created !== null && 'success' in created
      ? (created as unknown as { data: Workspace }).data
      : created
  ) as Workspace;
  return {
    ...ws,
    agencies: [
      {
        id: 'diskominfo',
        name: 'Dinas Komunikasi dan Informatika',
        abbreviation: 'Diskominfo',
        kind: 'dinas',
        extensions: { 'spbe.kode': '030801' },
      },
      { id: 'dinkes', name: 'Dinas Kesehatan', abbreviation: 'Dinkes', kind: 'dinas' },
    ],
    innovations: [
      {
        id: 'sipedas',
        name: 'SIPEDAS',
        pillarId: 'governance',
        elementId: 'governance.public-service',
        agencyId: 'diskominfo',
        partnerIds: [],
        horizon: 'quick-win',
        budget: [],
        kpis: [],
        evidence: [],
        applicationIds: [],
        status: 'planned',
        history: [],
      },
    ],
  } as Workspace;
}

/** Bytes of a text in an encoding, written the way the legacy tool would. */
export function utf8(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}
