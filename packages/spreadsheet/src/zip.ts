// A small, defensive zip reader on top of fflate's streaming inflater. It reads the central directory first,
// checks every declared size against the limits before anything is inflated, then inflates an entry in small
// slices and counts the real output, so a lying header or a zip bomb is stopped within one slice.
import { Inflate } from 'fflate';
import { abort } from './issues.js';
import type { WorkbookLimits } from './limits.js';

export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  dataStart: number;
}

const SLICE = 16 * 1024; // deflate expands at most ~1032:1, so one slice yields at most ~16 MiB

function u16(b: Uint8Array, o: number): number {
  return b[o]! | (b[o + 1]! << 8);
}
function u32(b: Uint8Array, o: number): number {
  return (b[o]! | (b[o + 1]! << 8) | (b[o + 2]! << 16) | (b[o + 3]! << 24)) >>> 0;
}

const notZip = (file?: string) =>
  abort(
    'not_a_workbook',
    {
      id: 'Berkas ini bukan buku kerja Excel (.xlsx): arsip zip-nya tidak terbaca',
      en: 'This file is not an Excel workbook (.xlsx): its zip archive cannot be read',
    },
    { file },
  );

/** Reads the central directory; checks entry count and declared sizes before anything is inflated. */
export function readZipDirectory(
  bytes: Uint8Array,
  limits: WorkbookLimits,
  file?: string,
): Map<string, ZipEntry> {
  if (bytes.length > limits.maxFileBytes) {
    abort(
      'too_big',
      {
        id: `Berkas terlalu besar (${bytes.length} byte; batas ${limits.maxFileBytes})`,
        en: `File too large (${bytes.length} bytes; limit ${limits.maxFileBytes})`,
      },
      { file },
    );
  }
  if (bytes.length < 22) notZip(file);
  let eocd = -1;
  const stop = Math.max(0, bytes.length - 22 - 0xffff);
  for (let i = bytes.length - 22; i >= stop; i--) {
    if (u32(bytes, i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) notZip(file);
  const count = u16(bytes, eocd + 10);
  const cdSize = u32(bytes, eocd + 12);
  const cdOffset = u32(bytes, eocd + 16);
  if (count === 0xffff || cdOffset === 0xffffffff || cdSize === 0xffffffff) {
    abort(
      'unsupported_zip',
      {
        id: 'Arsip ZIP64 tidak didukung untuk buku kerja',
        en: 'ZIP64 archives are not supported for workbooks',
      },
      { file },
    );
  }
  if (count > limits.maxEntries) {
    abort(
      'too_many_entries',
      {
        id: `Buku kerja berisi ${count} berkas internal; batasnya ${limits.maxEntries}`,
        en: `The workbook holds ${count} internal files; the limit is ${limits.maxEntries}`,
      },
      { file },
    );
  }
  if (cdOffset + cdSize > bytes.length) notZip(file);
  const entries = new Map<string, ZipEntry>();
  let p = cdOffset;
  let declaredTotal = 0;
  for (let n = 0; n < count; n++) {
    if (p + 46 > bytes.length || u32(bytes, p) !== 0x02014b50) notZip(file);
    const flags = u16(bytes, p + 8);
    const method = u16(bytes, p + 10);
    const compressedSize = u32(bytes, p + 20);
    const size = u32(bytes, p + 24);
    const nameLen = u16(bytes, p + 28);
    const extraLen = u16(bytes, p + 30);
    const commentLen = u16(bytes, p + 32);
    const localOffset = u32(bytes, p + 42);
    if (p + 46 + nameLen > bytes.length) notZip(file);
    const name = new TextDecoder().decode(bytes.subarray(p + 46, p + 46 + nameLen)).replace(/^\/+/, '');
    p += 46 + nameLen + extraLen + commentLen;
    if (flags & 1) {
      abort(
        'encrypted_workbook',
        {
          id: 'Buku kerja terenkripsi atau dilindungi kata sandi; simpan tanpa kata sandi lalu coba lagi',
          en: 'The workbook is encrypted or password-protected; save it without a password and try again',
        },
        { file },
      );
    }
    if (localOffset + 30 > bytes.length || u32(bytes, localOffset) !== 0x04034b50) notZip(file);
    const dataStart = localOffset + 30 + u16(bytes, localOffset + 26) + u16(bytes, localOffset + 28);
    if (dataStart + compressedSize > bytes.length) notZip(file);
    if (method !== 0 && method !== 8) {
      abort(
        'unsupported_zip',
        {
          id: `Metode kompresi ${method} pada "${name}" tidak didukung`,
          en: `Compression method ${method} of "${name}" is not supported`,
        },
        { file },
      );
    }
    declaredTotal += size;
    checkEntrySize(name, size, limits, file);
    entries.set(name, { name, method, compressedSize, size, dataStart });
  }
  if (declaredTotal > limits.maxDecompressedBytes) tooBigTotal(declaredTotal, limits, file);
  return entries;
}

function checkEntrySize(name: string, size: number, limits: WorkbookLimits, file?: string): void {
  if (size > limits.maxEntryBytes) {
    abort(
      'zip_bomb',
      {
        id: `Bagian "${name}" mengembang menjadi lebih dari ${limits.maxEntryBytes} byte; berkas ditolak`,
        en: `Part "${name}" inflates to more than ${limits.maxEntryBytes} bytes; the file is refused`,
      },
      { file },
    );
  }
}

function tooBigTotal(total: number, limits: WorkbookLimits, file?: string): never {
  return abort(
    'zip_bomb',
    {
      id: `Isi buku kerja mengembang menjadi lebih dari ${limits.maxDecompressedBytes} byte (${total}); berkas ditolak`,
      en: `The workbook inflates to more than ${limits.maxDecompressedBytes} bytes (${total}); the file is refused`,
    },
    { file },
  );
}

/** Running count of inflated bytes across entries, shared by one read. */
export interface InflateBudget {
  used: number;
}

/**
 * Inflates one entry slice by slice, handing each output chunk to `onChunk`; stops as soon as the real output
 * exceeds the declared size, the per-entry limit or the shared budget.
 */
export function inflateEntry(
  bytes: Uint8Array,
  entry: ZipEntry,
  limits: WorkbookLimits,
  budget: InflateBudget,
  onChunk: (chunk: Uint8Array) => void,
  file?: string,
): void {
  const data = bytes.subarray(entry.dataStart, entry.dataStart + entry.compressedSize);
  let produced = 0;
  const account = (n: number) => {
    produced += n;
    budget.used += n;
    if (produced > entry.size) {
      abort(
        'zip_bomb',
        {
          id: `Bagian "${entry.name}" lebih besar daripada ukuran yang dinyatakan arsip; berkas ditolak`,
          en: `Part "${entry.name}" is larger than the archive declares; the file is refused`,
        },
        { file },
      );
    }
    if (budget.used > limits.maxDecompressedBytes) tooBigTotal(budget.used, limits, file);
  };
  if (entry.method === 0) {
    account(data.length);
    onChunk(data);
    return;
  }
  let failure: unknown;
  const inflater = new Inflate((chunk) => {
    if (failure) return;
    try {
      account(chunk.length);
      onChunk(chunk);
    } catch (e) {
      failure = e;
    }
  });
  try {
    for (let i = 0; i < data.length && !failure; i += SLICE) {
      inflater.push(data.subarray(i, Math.min(data.length, i + SLICE)), i + SLICE >= data.length);
    }
    if (data.length === 0) inflater.push(new Uint8Array(0), true);
  } catch (e) {
    if (!failure) {
      abort(
        'not_a_workbook',
        {
          id: `Bagian "${entry.name}" rusak dan tidak dapat diurai (${(e as Error).message})`,
          en: `Part "${entry.name}" is corrupt and cannot be inflated (${(e as Error).message})`,
        },
        { file },
      );
    }
  }
  if (failure) throw failure;
}

/** Inflates an entry completely (only for small parts: workbook, rels, styles, shared strings). */
export function inflateWhole(
  bytes: Uint8Array,
  entry: ZipEntry,
  limits: WorkbookLimits,
  budget: InflateBudget,
  file?: string,
): Uint8Array {
  const chunks: Uint8Array[] = [];
  let total = 0;
  inflateEntry(
    bytes,
    entry,
    limits,
    budget,
    (c) => {
      chunks.push(c.slice());
      total += c.length;
    },
    file,
  );
  if (chunks.length === 1) return chunks[0]!;
  const out = new Uint8Array(total);
  let o = 0;
  for (const c of chunks) {
    out.set(c, o);
    o += c.length;
  }
  return out;
}
