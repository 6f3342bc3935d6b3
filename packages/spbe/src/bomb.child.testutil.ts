// Runs in a child process with a small heap (see bomb.test.ts): imports a workbook through importSpbe and prints
// the outcome and the peak memory as JSON.
import { readFileSync } from 'node:fs';
import { createWorkspace, type Workspace } from '@smartcity/core';
import { importSpbe } from './index.js';

const bytes = new Uint8Array(readFileSync(process.argv[2]!));
const created = createWorkspace({
  municipality: {
    name: 'Pontianak',
    kind: 'kota',
    regionCode: '61.71',
    province: 'Kalimantan Barat',
    timeZone: 'Asia/Pontianak',
  },
}) as unknown as { success?: boolean; data?: Workspace } & Workspace;
const ws = (created.success === true ? created.data : created) as Workspace;
const outcome = await importSpbe([{ name: 'bomb.xlsx', bytes }], { into: ws, importer: 'inventory' });
process.stdout.write(
  JSON.stringify({
    ok: outcome.ok,
    codes: outcome.reports[0]?.issues.map((i) => i.code),
    maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
  }),
);
