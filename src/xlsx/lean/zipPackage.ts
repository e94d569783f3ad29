import { inflateRawSync } from 'zlib';
import yauzl from 'yauzl';
import type { Lang } from '../../roadmap/types';
import { InputBudgetError, WorkbookReadError } from '../readError';
import { BUDGETS, type Budgets } from './budgets';

export interface PackageOptions {
  file: string;
  lang?: Lang;
  budgets?: Budgets;
}

/**
 * An .xlsx package read from its zip directory, parts inflated only when asked. Every budget on sizes is kept
 * twice: the sizes the directory declares are checked before anything is inflated, and inflation stops as soon
 * as a part gives more bytes than it declared or than its budget (a zip bomb lies in its directory).
 * yauzl reads the directory; a part is inflated in one native call (zlib) capped at the least of those sizes.
 */
export class ZipPackage {
  private inflated = 0;

  private constructor(
    private readonly buffer: Buffer,
    private readonly entries: Map<string, yauzl.Entry>,
    private readonly options: PackageOptions,
    readonly budgets: Budgets,
  ) {}

  /** Opens the package. Throws InputBudgetError over a size budget, WorkbookReadError when it is no zip. */
  static async open(buffer: Buffer, options: PackageOptions): Promise<ZipPackage> {
    const budgets = options.budgets ?? { ...BUDGETS };
    const zip = await new Promise<yauzl.ZipFile>((resolve, reject) => {
      yauzl.fromBuffer(buffer, { lazyEntries: true, validateEntrySizes: true, strictFileNames: false }, (error, opened) => (error ? reject(error) : resolve(opened)));
    }).catch((error: Error) => {
      throw new WorkbookReadError(options.file, damaged(error, options.lang));
    });
    if (zip.entryCount > budgets.parts) throw new InputBudgetError(options.file, { kind: 'part-count', parts: zip.entryCount, limit: budgets.parts }, options.lang);
    const entries = new Map<string, yauzl.Entry>();
    let declared = 0;
    await new Promise<void>((resolve, reject) => {
      zip.on('entry', (entry: yauzl.Entry) => {
        if (entry.uncompressedSize > budgets.partBytes) {
          reject(new InputBudgetError(options.file, { kind: 'part-size', part: entry.fileName, bytes: entry.uncompressedSize, limit: budgets.partBytes }, options.lang));
          return;
        }
        declared += entry.uncompressedSize;
        if (declared > budgets.totalBytes) {
          reject(new InputBudgetError(options.file, { kind: 'total-size', bytes: declared, limit: budgets.totalBytes }, options.lang));
          return;
        }
        // Part names are case-insensitive in OPC; the directory's own spelling wins for the first of a name.
        const key = entry.fileName.toLowerCase();
        if (!entries.has(key)) entries.set(key, entry);
        zip.readEntry();
      });
      zip.on('end', () => resolve());
      zip.on('error', (error: Error) => reject(new WorkbookReadError(options.file, damaged(error, options.lang))));
      zip.readEntry();
    });
    zip.close();
    return new ZipPackage(buffer, entries, options, budgets);
  }

  /** Every part's name, as the directory spells it. */
  names(): string[] {
    return [...this.entries.values()].map((entry) => entry.fileName);
  }

  has(name: string): boolean {
    return this.entries.has(name.toLowerCase());
  }

  /**
   * Inflates a part and hands its text to `onText` (UTF-8). False when there is no such part. The part is
   * inflated in one native call whose output may not grow past the size the directory declared (nor the budgets):
   * one call costs a fraction of a zlib stream's set-up, which dominated reading a small workbook.
   */
  async stream(name: string, onText: (text: string) => void): Promise<boolean> {
    const entry = this.entries.get(name.toLowerCase());
    if (!entry) return false;
    onText(this.inflate(entry).toString('utf8'));
    return true;
  }

  private inflate(entry: yauzl.Entry): Buffer {
    const { file, lang } = this.options;
    const budgets = this.budgets;
    const damagedPart = (why: string): WorkbookReadError => new WorkbookReadError(file, damaged(new Error(`${entry.fileName}: ${why}`), lang));
    if (entry.isEncrypted()) throw damagedPart('encrypted');
    const offset = entry.relativeOffsetOfLocalHeader;
    if (offset + 30 > this.buffer.length || this.buffer.readUInt32LE(offset) !== 0x04034b50) throw damagedPart('no local header');
    const start = offset + 30 + this.buffer.readUInt16LE(offset + 26) + this.buffer.readUInt16LE(offset + 28);
    const data = this.buffer.subarray(start, start + entry.compressedSize);
    if (data.length !== entry.compressedSize) throw damagedPart('truncated');
    // The least of: what the part declared (a bomb lies there), its budget, what is left of the whole's budget.
    const room = budgets.totalBytes - this.inflated;
    const limit = Math.min(entry.uncompressedSize, budgets.partBytes, room);
    const over = (): InputBudgetError =>
      limit === room && room < Math.min(entry.uncompressedSize, budgets.partBytes)
        ? new InputBudgetError(file, { kind: 'total-size', bytes: budgets.totalBytes + 1, limit: budgets.totalBytes }, lang)
        : new InputBudgetError(file, { kind: 'part-size', part: entry.fileName, bytes: limit + 1, limit: Math.min(entry.uncompressedSize, budgets.partBytes) }, lang);
    let inflated: Buffer;
    if (entry.compressionMethod === 0) inflated = data;
    else if (entry.compressionMethod === 8) {
      try {
        inflated = inflateRawSync(data, { maxOutputLength: Math.max(1, limit) });
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') throw over();
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

function damaged(error: Error, lang: Lang | undefined): string {
  return lang === 'en' ? `the workbook is damaged (${error.message})` : `книга повреждена и не читается / the workbook is damaged (${error.message})`;
}
