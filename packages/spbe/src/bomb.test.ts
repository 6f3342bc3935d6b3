import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { constants, crc32, createDeflateRaw } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';

// Zip bombs are crafted here byte by byte (a real archive: local headers, deflate streams, central directory), so
// the sizes a hostile file declares can be set independently of what it really inflates to.

async function deflate(chunk: Buffer, times: number): Promise<{ data: Buffer; crc: number; size: number }> {
  const stream = createDeflateRaw({ level: constants.Z_BEST_COMPRESSION });
  const out: Buffer[] = [];
  stream.on('data', (d: Buffer) => out.push(d));
  const done = new Promise((r) => stream.on('end', r));
  let crc = 0;
  for (let i = 0; i < times; i++) {
    crc = crc32(chunk, crc);
    if (!stream.write(chunk)) await new Promise((r) => stream.once('drain', r));
  }
  stream.end();
  await done;
  return { data: Buffer.concat(out), crc, size: chunk.length * times };
}

function zip(
  entries: { name: string; data: Buffer; crc: number; size: number; declared?: number }[],
): Buffer {
  const parts: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name);
    const size = e.declared ?? e.size;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(e.crc >>> 0, 14);
    local.writeUInt32LE(e.data.length, 18);
    local.writeUInt32LE(size >>> 0, 22);
    local.writeUInt16LE(name.length, 26);
    const dir = Buffer.alloc(46);
    dir.writeUInt32LE(0x02014b50, 0);
    dir.writeUInt16LE(20, 4);
    dir.writeUInt16LE(20, 6);
    dir.writeUInt16LE(8, 10);
    dir.writeUInt32LE(e.crc >>> 0, 16);
    dir.writeUInt32LE(e.data.length, 20);
    dir.writeUInt32LE(size >>> 0, 24);
    dir.writeUInt16LE(name.length, 28);
    dir.writeUInt32LE(offset, 42);
    parts.push(local, name, e.data);
    central.push(dir, name);
    offset += 30 + name.length + e.data.length;
  }
  const dirBytes = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(dirBytes.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...parts, dirBytes, end]);
}

async function small(name: string, text: string) {
  return { name, ...(await deflate(Buffer.from(text), 1)) };
}

let body: Awaited<ReturnType<typeof deflate>> | undefined;

async function bombWorkbook(lie: boolean): Promise<Buffer> {
  const head =
    '<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>';
  // ~600 MiB of empty rows inside one sheet (more than the reader's 400 MiB per-entry limit), deflated once.
  body ??= await deflate(Buffer.concat([Buffer.from(head), Buffer.from('<row/>'.repeat(174_763))]), 600);
  return zip([
    await small(
      '[Content_Types].xml',
      '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
    ),
    await small(
      '_rels/.rels',
      '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
    ),
    await small(
      'xl/workbook.xml',
      '<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Aplikasi" sheetId="1" r:id="rId1"/></sheets></workbook>',
    ),
    await small(
      'xl/_rels/workbook.xml.rels',
      '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
    ),
    { name: 'xl/worksheets/sheet1.xml', ...body, declared: lie ? 2_000 : undefined },
  ]);
}

const dir = mkdtempSync(join(tmpdir(), 'spbe-bomb-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const CHILD = fileURLToPath(new URL('./bomb.child.testutil.ts', import.meta.url));
const HEAP_MB = 192;
const RSS_BUDGET_MB = 400;

describe('zip bombs', () => {
  it.each([
    ['declares its size honestly', false],
    ['lies about its size', true],
  ])(
    'a 600 MiB workbook that %s is rejected within the memory budget, measured in a child process',
    async (_, lie) => {
      const bytes = await bombWorkbook(lie);
      expect(bytes.length).toBeLessThan(3 * 1024 * 1024);
      const file = join(dir, `bomb-${lie}.xlsx`);
      writeFileSync(file, bytes);
      const child = spawnSync(
        process.execPath,
        [`--max-old-space-size=${HEAP_MB}`, '--conditions=@smartcity/source', '--import', 'tsx', CHILD, file],
        { encoding: 'utf8', timeout: 120_000, cwd: fileURLToPath(new URL('..', import.meta.url)) },
      );
      expect(child.status, child.stderr).toBe(0);
      const result = JSON.parse(child.stdout) as { ok: boolean; codes: string[]; maxRssMb: number };
      expect(result.ok).toBe(false);
      expect(result.codes).toContain('zip_bomb');
      expect(result.maxRssMb).toBeLessThan(RSS_BUDGET_MB);
    },
  );
});
