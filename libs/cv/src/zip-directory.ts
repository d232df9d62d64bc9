/**
 * Reads a zip's central directory (names and declared sizes) without
 * inflating anything, so a DOCX that would expand to gigabytes is refused
 * before mammoth opens it. The parse thread's heap limit backs this up for a
 * zip that lies about its sizes.
 */
import { inflateRawSync } from 'node:zlib';

export interface ZipEntry {
  name: string;
  /** Of the entry's local header. */
  offset: number;
  method: number;
  compressed: number;
  uncompressed: number;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;

/** null when the bytes are not a zip we can read (no end record, a zip64 archive, a truncated directory). */
export function readZipDirectory(bytes: Buffer): { entries: ZipEntry[]; totalUncompressed: number } | null {
  const from = Math.max(0, bytes.length - 22 - 0xffff);
  let eocd = -1;
  for (let i = bytes.length - 22; i >= from; i--) {
    if (bytes.readUInt32LE(i) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return null;
  const count = bytes.readUInt16LE(eocd + 10);
  const size = bytes.readUInt32LE(eocd + 12);
  const offset = bytes.readUInt32LE(eocd + 16);
  // 0xffff / 0xffffffff mean zip64: no CV needs one, and their sizes live elsewhere.
  if (count === 0xffff || offset === 0xffffffff || offset + size > bytes.length) return null;
  const entries: ZipEntry[] = [];
  let total = 0;
  let at = offset;
  for (let n = 0; n < count; n++) {
    if (at + 46 > bytes.length || bytes.readUInt32LE(at) !== CENTRAL) return null;
    const compressed = bytes.readUInt32LE(at + 20);
    const uncompressed = bytes.readUInt32LE(at + 24);
    const nameLength = bytes.readUInt16LE(at + 28);
    const extra = bytes.readUInt16LE(at + 30);
    const comment = bytes.readUInt16LE(at + 32);
    if (uncompressed === 0xffffffff || compressed === 0xffffffff) return null;
    const name = bytes.subarray(at + 46, at + 46 + nameLength).toString('utf8');
    entries.push({ name, offset: bytes.readUInt32LE(at + 42), method: bytes.readUInt16LE(at + 10), compressed, uncompressed });
    total += uncompressed;
    at += 46 + nameLength + extra + comment;
  }
  return { entries, totalUncompressed: total };
}

/** One small entry's bytes (stored or deflated), never more than `maxBytes`; null when unreadable. */
export function readZipEntry(bytes: Buffer, entry: ZipEntry, maxBytes: number): Buffer | null {
  try {
    if (entry.offset + 30 > bytes.length || bytes.readUInt32LE(entry.offset) !== 0x04034b50) return null;
    const start = entry.offset + 30 + bytes.readUInt16LE(entry.offset + 26) + bytes.readUInt16LE(entry.offset + 28);
    const data = bytes.subarray(start, start + entry.compressed);
    if (entry.method === 0) return data.subarray(0, maxBytes);
    if (entry.method === 8) return inflateRawSync(data, { maxOutputLength: maxBytes });
    return null;
  } catch {
    return null;
  }
}
