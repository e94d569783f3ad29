import type { ReadFailure } from '../../i18n/readFailures';
import { InputBudgetError, WorkbookReadError } from '../readError';
import { InflateLimitError, zipBackend, type ZipBackend, type ZipEntry } from '../zip/backend';
import { BUDGETS, type Budgets } from './budgets';

export interface PackageOptions {
  file: string;
  budgets?: Budgets;
  /** The zip backend; default the one set for the process (src/xlsx/zip/backend.ts: yauzl in Node, fflate in the page). */
  zip?: ZipBackend;
}

/** Part texts are UTF-8; a byte-order mark is kept, as Buffer#toString kept it (the XML reader passes over it). */
const UTF8 = new TextDecoder('utf-8', { ignoreBOM: true });

/**
 * An .xlsx package read from its zip directory, parts inflated only when asked. Every budget on sizes is kept
 * twice: the sizes the directory declares are checked before anything is inflated, and inflation stops as soon
 * as a part gives more bytes than it declared or than its budget (a zip bomb lies in its directory).
 * The zip access itself is the backend's (src/xlsx/zip/backend.ts); the budgets are kept here, for every backend.
 */
export class ZipPackage {
  private inflated = 0;

  private constructor(
    private readonly bytes: Uint8Array,
    private readonly entries: Map<string, ZipEntry>,
    private readonly options: PackageOptions,
    private readonly zip: ZipBackend,
    readonly budgets: Budgets,
  ) {}

  /** Opens the package. Throws InputBudgetError over a size budget, WorkbookReadError when it is no zip. */
  static async open(bytes: Uint8Array, options: PackageOptions): Promise<ZipPackage> {
    const budgets = options.budgets ?? { ...BUDGETS };
    const zip = options.zip ?? zipBackend();
    const directory = await zip.openDirectory(bytes).catch((error: Error) => {
      throw new WorkbookReadError(options.file, damaged(error));
    });
    if (directory.entryCount > budgets.parts) throw new InputBudgetError(options.file, { kind: 'part-count', parts: directory.entryCount, limit: budgets.parts });
    const entries = new Map<string, ZipEntry>();
    let declared = 0;
    try {
      for await (const entry of directory.entries()) {
        if (entry.uncompressedSize > budgets.partBytes) {
          throw new InputBudgetError(options.file, { kind: 'part-size', part: entry.name, bytes: entry.uncompressedSize, limit: budgets.partBytes });
        }
        declared += entry.uncompressedSize;
        if (declared > budgets.totalBytes) throw new InputBudgetError(options.file, { kind: 'total-size', bytes: declared, limit: budgets.totalBytes });
        // Part names are case-insensitive in OPC; the directory's own spelling wins for the first of a name.
        const key = entry.name.toLowerCase();
        if (!entries.has(key)) entries.set(key, entry);
      }
    } catch (error) {
      if (error instanceof WorkbookReadError) throw error;
      throw new WorkbookReadError(options.file, damaged(error as Error));
    }
    return new ZipPackage(bytes, entries, options, zip, budgets);
  }

  /** Every part's name, as the directory spells it. */
  names(): string[] {
    return [...this.entries.values()].map((entry) => entry.name);
  }

  has(name: string): boolean {
    return this.entries.has(name.toLowerCase());
  }

  /**
   * Inflates a part and hands its text to `onText` (UTF-8). False when there is no such part. The part's output
   * may not grow past the size the directory declared (nor the budgets): the backend stops inflating there.
   */
  async stream(name: string, onText: (text: string) => void): Promise<boolean> {
    const entry = this.entries.get(name.toLowerCase());
    if (!entry) return false;
    onText(UTF8.decode(this.inflate(entry)));
    return true;
  }

  private inflate(entry: ZipEntry): Uint8Array {
    const { file } = this.options;
    const budgets = this.budgets;
    const bytes = this.bytes;
    const damagedPart = (why: string): WorkbookReadError => new WorkbookReadError(file, damaged(new Error(`${entry.name}: ${why}`)));
    if (entry.encrypted) throw damagedPart('encrypted');
    const offset = entry.localHeaderOffset;
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    if (offset + 30 > bytes.length || view.getUint32(offset, true) !== 0x04034b50) throw damagedPart('no local header');
    const start = offset + 30 + view.getUint16(offset + 26, true) + view.getUint16(offset + 28, true);
    const data = bytes.subarray(start, start + entry.compressedSize);
    if (data.length !== entry.compressedSize) throw damagedPart('truncated');
    // The least of: what the part declared (a bomb lies there), its budget, what is left of the whole's budget.
    const room = budgets.totalBytes - this.inflated;
    const limit = Math.min(entry.uncompressedSize, budgets.partBytes, room);
    const over = (): InputBudgetError =>
      limit === room && room < Math.min(entry.uncompressedSize, budgets.partBytes)
        ? new InputBudgetError(file, { kind: 'total-size', bytes: budgets.totalBytes + 1, limit: budgets.totalBytes })
        : new InputBudgetError(file, { kind: 'part-size', part: entry.name, bytes: limit + 1, limit: Math.min(entry.uncompressedSize, budgets.partBytes) });
    let inflated: Uint8Array;
    if (entry.compressionMethod === 0) inflated = data;
    else if (entry.compressionMethod === 8) {
      try {
        inflated = this.zip.inflateRaw(data, Math.max(1, limit));
      } catch (error) {
        if (error instanceof InflateLimitError) throw over();
        throw damagedPart((error as Error).message);
      }
    } else throw damagedPart(`compression method ${entry.compressionMethod}`);
    if (inflated.length > limit) throw over();
    this.inflated += inflated.length;
    return inflated;
  }

  /** A part's whole text, or null when there is no such part. */
  async text(name: string): Promise<string | null> {
    const parts: string[] = [];
    return (await this.stream(name, (text) => parts.push(text))) ? parts.join('') : null;
  }
}

function damaged(error: Error): ReadFailure {
  return { code: 'damaged', detail: error.message };
}
