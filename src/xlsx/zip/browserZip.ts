import { Inflate, inflateSync } from 'fflate';
import { InflateLimitError, type ZipBackend, type ZipDirectory, type ZipEntry } from './backend';

const EOCD_SIGNATURE = 0x06054b50;
const ZIP64_LOCATOR_SIGNATURE = 0x07064b50;
const ZIP64_EOCD_SIGNATURE = 0x06064b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const EOCD_SIZE = 22;
/** The end record's comment is at most 65,535 bytes: the record is searched for no further back. */
const MAX_COMMENT = 0xffff;
/** Compressed bytes handed to the inflater at a time: output past the limit is stopped within one such chunk. */
const INFLATE_CHUNK = 16 * 1024;
/**
 * Parts up to this compressed size are inflated in one call into a buffer of their size: in Chromium each call of
 * fflate's growing-buffer paths costs about 2 ms whatever the part's size (0.07 ms in Node), 20 ms for a small
 * workbook's eleven parts, against 0.9 ms with the buffer given (measured on examples/pilot-roadmap.xlsx).
 */
const ONE_CALL_MAX = 16 * 1024;
/** Deflate's largest ratio: a byte of compressed data never inflates to more than this (RFC 1951's 258-byte matches). */
const MAX_RATIO = 1032;

const utf8 = new TextDecoder('utf-8');

/** Bytes 0–127 as ASCII, the rest as IBM code page 437's letters are irrelevant to part names: kept as Latin-1. */
function cp437ish(bytes: Uint8Array): string {
  let text = '';
  for (const byte of bytes) text += String.fromCharCode(byte);
  return text;
}

class ZipFormatError extends Error {}

/**
 * The central directory read straight from the bytes, as yauzl reads it (end record, ZIP64 end record, entries with
 * their ZIP64 sizes); fflate has no listing with the entries' offsets, which reading one part needs.
 */
function openDirectory(bytes: Uint8Array): ZipDirectory {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const u16 = (at: number): number => view.getUint16(at, true);
  const u32 = (at: number): number => view.getUint32(at, true);
  const u64 = (at: number): number => Number(view.getBigUint64(at, true));
  let eocd = -1;
  for (let at = bytes.length - EOCD_SIZE; at >= Math.max(0, bytes.length - EOCD_SIZE - MAX_COMMENT); at--) {
    if (u32(at) === EOCD_SIGNATURE && at + EOCD_SIZE + u16(at + 20) === bytes.length) {
      eocd = at;
      break;
    }
  }
  if (eocd < 0) throw new ZipFormatError('end of central directory record signature not found');
  let entryCount = u16(eocd + 10);
  let offset = u32(eocd + 16);
  if (entryCount === 0xffff || offset === 0xffffffff) {
    const locator = eocd - 20;
    if (locator < 0 || u32(locator) !== ZIP64_LOCATOR_SIGNATURE) throw new ZipFormatError('invalid zip64 end of central directory locator');
    const record = u64(locator + 8);
    if (record + 56 > bytes.length || u32(record) !== ZIP64_EOCD_SIGNATURE) throw new ZipFormatError('invalid zip64 end of central directory record');
    entryCount = u64(record + 32);
    offset = u64(record + 48);
  }
  return {
    entryCount,
    async *entries(): AsyncGenerator<ZipEntry> {
      let at = offset;
      for (let index = 0; index < entryCount; index++) {
        if (at + 46 > bytes.length || u32(at) !== CENTRAL_SIGNATURE) throw new ZipFormatError(`invalid central directory file header signature: 0x${(at + 4 <= bytes.length ? u32(at) : 0).toString(16)}`);
        const flags = u16(at + 8);
        const nameLength = u16(at + 28);
        const extraLength = u16(at + 30);
        const commentLength = u16(at + 32);
        const end = at + 46 + nameLength + extraLength + commentLength;
        if (end > bytes.length) throw new ZipFormatError('truncated central directory');
        const nameBytes = bytes.subarray(at + 46, at + 46 + nameLength);
        const entry: ZipEntry = {
          // Bit 11: UTF-8 names; else code page 437, whose first half is ASCII as every part name is.
          name: ((flags & 0x800) !== 0 ? utf8.decode(nameBytes) : cp437ish(nameBytes)).replace(/\\/g, '/'),
          compressionMethod: u16(at + 10),
          compressedSize: u32(at + 20),
          uncompressedSize: u32(at + 24),
          encrypted: (flags & 0x1) !== 0,
          localHeaderOffset: u32(at + 42),
        };
        readZip64Sizes(view, at + 46 + nameLength, extraLength, entry);
        if (entry.compressionMethod === 0 && entry.compressedSize !== entry.uncompressedSize) {
          throw new ZipFormatError(`compressed/uncompressed size mismatch for stored file: ${entry.compressedSize} != ${entry.uncompressedSize}`);
        }
        yield entry;
        at = end;
      }
    },
  };
}

/** The ZIP64 extra field (0x0001) holds the sizes and offset written as 0xFFFFFFFF in the fixed fields, in this order. */
function readZip64Sizes(view: DataView, start: number, length: number, entry: ZipEntry): void {
  const fields = ['uncompressedSize', 'compressedSize', 'localHeaderOffset'] as const;
  if (!fields.some((field) => entry[field] === 0xffffffff)) return;
  for (let at = start; at + 4 <= start + length; ) {
    const id = view.getUint16(at, true);
    const size = view.getUint16(at + 2, true);
    if (id === 0x0001) {
      let cursor = at + 4;
      for (const field of fields) {
        if (entry[field] !== 0xffffffff) continue;
        if (cursor + 8 > at + 4 + size) throw new ZipFormatError('zip64 extended information extra field too short');
        entry[field] = Number(view.getBigUint64(cursor, true));
        cursor += 8;
      }
      return;
    }
    at += 4 + size;
  }
  throw new ZipFormatError('expected zip64 extended information extra field');
}

/**
 * Inflates raw deflate data with fflate's streaming inflater, fed a chunk at a time: as soon as the output passes
 * `limit` the inflater is dropped (InflateLimitError), so a bomb costs no more than the limit and one chunk's output.
 */
function inflateRaw(data: Uint8Array, limit: number): Uint8Array {
  // Empty data goes the chunked way: fflate hands a given buffer back untouched for it.
  if (data.length > 0 && data.length <= ONE_CALL_MAX) return inflateInOneCall(data, limit);
  const chunks: Uint8Array[] = [];
  let total = 0;
  let finished = false;
  const inflater = new Inflate((chunk, final) => {
    total += chunk.length;
    if (total > limit) throw new InflateLimitError(limit);
    chunks.push(chunk);
    if (final) finished = true;
  });
  if (data.length === 0) inflater.push(data, true);
  for (let at = 0; at < data.length; at += INFLATE_CHUNK) inflater.push(data.subarray(at, at + INFLATE_CHUNK), at + INFLATE_CHUNK >= data.length);
  if (!finished) throw new ZipFormatError('unexpected end of file');
  if (chunks.length === 1) return chunks[0];
  const out = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

/**
 * A small part inflated in one call into a buffer one byte longer than it may be (at most 16.5 MB: MAX_RATIO times
 * ONE_CALL_MAX). fflate writes nothing past a given buffer, so a part that fills the extra byte is over `limit`: the
 * inflater has then done at most MAX_RATIO × 16 KB of work, as bounded as the chunked path's one chunk.
 */
function inflateInOneCall(data: Uint8Array, limit: number): Uint8Array {
  const room = Math.min(limit, data.length * MAX_RATIO);
  const inflated = inflateSync(data, { out: new Uint8Array(room + 1) });
  if (inflated.length > limit) throw new InflateLimitError(limit);
  return inflated;
}

/** For browsers (no zlib, no yauzl): the directory read from the bytes, parts inflated by fflate. */
export const browserZip: ZipBackend = {
  name: 'fflate',
  openDirectory: async (bytes) => openDirectory(bytes),
  inflateRaw,
};
