import { Inflate } from 'fflate';
import type { ReadFailure } from '../i18n/readFailures';
import { InputBudgetError, WorkbookReadError } from '../xlsx/readError';
import { BUDGETS, type Budgets } from '../xlsx/lean/budgets';

/**
 * The browser's ZipPackage (src/xlsx/lean/zipPackage.ts reads with yauzl and Node's zlib, which a browser lacks):
 * the same class and the same budgets, the zip directory read here and each part inflated by fflate in slices, so
 * that a part that inflates past its declared size or its budget stops there (a zip bomb lies in its directory).
 * The page's webpack layer puts this module in place of the Node one (webpack.config.js, layer `app`).
 */

interface Entry {
  fileName: string;
  compressedSize: number;
  uncompressedSize: number;
  compressionMethod: number;
  flags: number;
  localHeader: number;
}

export interface PackageOptions {
  file: string;
  budgets?: Budgets;
}

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
/** Compressed bytes handed to the inflater at a time: at most ~1,000× this comes out before the budget is checked. */
const SLICE = 64 * 1024;

function damaged(error: Error): ReadFailure {
  return { code: 'damaged', detail: error.message };
}

function view(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** The entries of the zip's central directory (zip64 not supported: a roadmap is far below 4 GB). */
function readDirectory(bytes: Uint8Array): Entry[] {
  const data = view(bytes);
  let end = -1;
  // The end-of-directory record is within the last 22 + 65,535 bytes (its comment is at most 64 KB).
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 0xffff); at--) {
    if (data.getUint32(at, true) === END_OF_DIRECTORY) {
      end = at;
      break;
    }
  }
  // yauzl's words, so that the «Не прочитано» line reads the same from the page as from the CLI.
  if (end < 0) throw new Error('End of central directory record signature not found. Either not a zip file, or file is truncated.');
  const count = data.getUint16(end + 10, true);
  let at = data.getUint32(end + 16, true);
  const decoder = new TextDecoder('utf-8');
  const entries: Entry[] = [];
  for (let index = 0; index < count; index++) {
    if (at + 46 > bytes.length) throw new Error('central directory beyond the end of the file');
    const signature = data.getUint32(at, true);
    if (signature !== DIRECTORY_ENTRY) throw new Error(`invalid central directory file header signature: 0x${signature.toString(16)}`);
    const nameLength = data.getUint16(at + 28, true);
    const extraLength = data.getUint16(at + 30, true);
    const commentLength = data.getUint16(at + 32, true);
    if (at + 46 + nameLength > bytes.length) throw new Error('central directory entry beyond the end of the file');
    entries.push({
      flags: data.getUint16(at + 8, true),
      compressionMethod: data.getUint16(at + 10, true),
      compressedSize: data.getUint32(at + 20, true),
      uncompressedSize: data.getUint32(at + 24, true),
      localHeader: data.getUint32(at + 42, true),
      fileName: decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength)),
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

export class ZipPackage {
  private inflated = 0;

  private constructor(
    private readonly bytes: Uint8Array,
    private readonly entries: Map<string, Entry>,
    private readonly options: PackageOptions,
    readonly budgets: Budgets,
  ) {}

  /** Opens the package. Throws InputBudgetError over a size budget, WorkbookReadError when it is no zip. */
  static async open(bytes: Uint8Array, options: PackageOptions): Promise<ZipPackage> {
    const budgets = options.budgets ?? { ...BUDGETS };
    let listed: Entry[];
    try {
      listed = readDirectory(bytes);
    } catch (error) {
      throw new WorkbookReadError(options.file, damaged(error as Error));
    }
    if (listed.length > budgets.parts) throw new InputBudgetError(options.file, { kind: 'part-count', parts: listed.length, limit: budgets.parts });
    const entries = new Map<string, Entry>();
    let declared = 0;
    for (const entry of listed) {
      if (entry.uncompressedSize > budgets.partBytes) {
        throw new InputBudgetError(options.file, { kind: 'part-size', part: entry.fileName, bytes: entry.uncompressedSize, limit: budgets.partBytes });
      }
      declared += entry.uncompressedSize;
      if (declared > budgets.totalBytes) throw new InputBudgetError(options.file, { kind: 'total-size', bytes: declared, limit: budgets.totalBytes });
      const key = entry.fileName.toLowerCase();
      if (!entries.has(key)) entries.set(key, entry);
    }
    return new ZipPackage(bytes, entries, options, budgets);
  }

  names(): string[] {
    return [...this.entries.values()].map((entry) => entry.fileName);
  }

  has(name: string): boolean {
    return this.entries.has(name.toLowerCase());
  }

  /** Inflates a part and hands its text to `onText` (UTF-8). False when there is no such part. */
  async stream(name: string, onText: (text: string) => void): Promise<boolean> {
    const entry = this.entries.get(name.toLowerCase());
    if (!entry) return false;
    onText(new TextDecoder('utf-8').decode(this.inflate(entry)));
    return true;
  }

  async text(name: string): Promise<string | null> {
    const parts: string[] = [];
    return (await this.stream(name, (text) => parts.push(text))) ? parts.join('') : null;
  }

  private inflate(entry: Entry): Uint8Array {
    const { file } = this.options;
    const budgets = this.budgets;
    const damagedPart = (why: string): WorkbookReadError => new WorkbookReadError(file, damaged(new Error(`${entry.fileName}: ${why}`)));
    // Bit 0 of the flags: the entry is encrypted (ZipCrypto or AES).
    if ((entry.flags & 1) !== 0) throw damagedPart('encrypted');
    const data = view(this.bytes);
    const offset = entry.localHeader;
    if (offset + 30 > this.bytes.length || data.getUint32(offset, true) !== LOCAL_HEADER) throw damagedPart('no local header');
    const start = offset + 30 + data.getUint16(offset + 26, true) + data.getUint16(offset + 28, true);
    const compressed = this.bytes.subarray(start, start + entry.compressedSize);
    if (compressed.length !== entry.compressedSize) throw damagedPart('truncated');
    const room = budgets.totalBytes - this.inflated;
    const limit = Math.min(entry.uncompressedSize, budgets.partBytes, room);
    const over = (): InputBudgetError =>
      limit === room && room < Math.min(entry.uncompressedSize, budgets.partBytes)
        ? new InputBudgetError(file, { kind: 'total-size', bytes: budgets.totalBytes + 1, limit: budgets.totalBytes })
        : new InputBudgetError(file, { kind: 'part-size', part: entry.fileName, bytes: limit + 1, limit: Math.min(entry.uncompressedSize, budgets.partBytes) });
    let output: Uint8Array;
    if (entry.compressionMethod === 0) output = compressed;
    else if (entry.compressionMethod === 8) output = inflateWithin(compressed, limit, over, damagedPart);
    else throw damagedPart(`compression method ${entry.compressionMethod}`);
    if (output.length > limit) throw over();
    this.inflated += output.length;
    return output;
  }
}

/** Raw DEFLATE data inflated in slices, stopping as soon as the output passes `limit` bytes. */
function inflateWithin(compressed: Uint8Array, limit: number, over: () => Error, damagedPart: (why: string) => Error): Uint8Array {
  const chunks: Uint8Array[] = [];
  let length = 0;
  let overflow = false;
  const inflater = new Inflate((chunk) => {
    length += chunk.length;
    if (length > limit) overflow = true;
    else chunks.push(chunk);
  });
  try {
    for (let at = 0; at < compressed.length && !overflow; at += SLICE) {
      const end = Math.min(compressed.length, at + SLICE);
      inflater.push(compressed.subarray(at, end), end === compressed.length);
    }
    if (compressed.length === 0) inflater.push(compressed, true);
  } catch (error) {
    throw damagedPart((error as Error).message);
  }
  if (overflow) throw over();
  if (chunks.length === 1) return chunks[0];
  const whole = new Uint8Array(length);
  let at = 0;
  for (const chunk of chunks) {
    whole.set(chunk, at);
    at += chunk.length;
  }
  return whole;
}
