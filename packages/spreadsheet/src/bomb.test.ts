// Zip bombs against a memory budget: the reader runs in a child process whose V8 heap is capped at 64 MiB and
// must answer with a typed issue (no crash, no out-of-memory), however much the archive would inflate to.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { strToU8, Zip, ZipDeflate, ZipPassThrough } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { forgeDeclaredSize } from './xlsx.testutil.js';

const dir = mkdtempSync(join(tmpdir(), 'smartcity-bomb-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A workbook whose one sheet inflates to `mib` MiB: a cell with one endless text run. */
function bomb(mib: number): Uint8Array {
  const out: Uint8Array[] = [];
  const zip = new Zip((err, chunk) => {
    if (err) throw err;
    out.push(chunk);
  });
  const small = (name: string, text: string) => {
    const f = new ZipPassThrough(name);
    zip.add(f);
    f.push(strToU8(text), true);
  };
  small(
    '_rels/.rels',
    '<Relationships><Relationship Id="r1" Type="x/officeDocument" Target="xl/workbook.xml"/></Relationships>',
  );
  small(
    'xl/workbook.xml',
    '<workbook><sheets><sheet name="Bom" sheetId="1" r:id="rId1"/></sheets></workbook>',
  );
  small(
    'xl/_rels/workbook.xml.rels',
    '<Relationships><Relationship Id="rId1" Type="x/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
  );
  const sheet = new ZipDeflate('xl/worksheets/sheet1.xml', { level: 1 });
  zip.add(sheet);
  sheet.push(strToU8('<worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>'));
  const chunk = new Uint8Array(1024 * 1024).fill(0x41);
  for (let i = 0; i < mib; i++) sheet.push(chunk);
  sheet.push(strToU8('</t></is></c></row></sheetData></worksheet>'), true);
  zip.end();
  const total = out.reduce((n, c) => n + c.length, 0);
  const bytes = new Uint8Array(total);
  let o = 0;
  for (const c of out) {
    bytes.set(c, o);
    o += c.length;
  }
  return bytes;
}

const reader = fileURLToPath(new URL('./reader.ts', import.meta.url));

function readInChild(path: string): { code: string; rssMiB: number } {
  const script = `
    const { readFileSync } = await import('node:fs');
    const { readWorkbook } = await import(${JSON.stringify(reader)});
    const r = await readWorkbook(new Uint8Array(readFileSync(${JSON.stringify(path)})), { fileName: 'bomb.xlsx' });
    console.log(JSON.stringify({ code: r.success ? 'read' : r.issues[0].code, rssMiB: process.resourceUsage().maxRSS / 1024 }));
  `;
  const run = spawnSync(
    process.execPath,
    [
      '--max-old-space-size=64',
      '--conditions=@smartcity/source',
      '--import',
      'tsx',
      '--input-type=module',
      '-e',
      script,
    ],
    { encoding: 'utf8', timeout: 120_000 },
  );
  expect(run.status, run.stderr).toBe(0);
  return JSON.parse(run.stdout.trim().split('\n').at(-1)!);
}

describe('zip bombs under a 64 MiB heap', () => {
  const honest = bomb(600);
  const honestPath = join(dir, 'honest.xlsx');
  writeFileSync(honestPath, honest);

  it('is small on disk and would inflate to 600 MiB', () => {
    expect(honest.length).toBeLessThan(4 * 1024 * 1024);
  });

  it('refuses an honest bomb from its declared size, before inflating', () => {
    expect(readInChild(honestPath).code).toBe('zip_bomb');
  });

  it('stops a bomb that declares a small size within one slice', () => {
    const path = join(dir, 'liar.xlsx');
    writeFileSync(path, forgeDeclaredSize(honest, 'xl/worksheets/sheet1.xml', 10_000));
    expect(readInChild(path).code).toBe('zip_bomb');
  });

  it('stops a bomb that declares its size within the limits but never closes its text', () => {
    const path = join(dir, 'within.xlsx');
    writeFileSync(path, forgeDeclaredSize(honest, 'xl/worksheets/sheet1.xml', 300 * 1024 * 1024));
    const result = readInChild(path);
    expect(result.code).toBe('cell_too_long');
    expect(result.rssMiB).toBeLessThan(400);
  });
});
