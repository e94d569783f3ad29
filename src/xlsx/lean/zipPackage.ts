import { StringDecoder } from 'string_decoder';
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
 */
export class ZipPackage {
  private inflated = 0;

  private constructor(
    private readonly zip: yauzl.ZipFile,
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
    return new ZipPackage(zip, entries, options, budgets);
  }

  /** Every part's name, as the directory spells it. */
  names(): string[] {
    return [...this.entries.values()].map((entry) => entry.fileName);
  }

  has(name: string): boolean {
    return this.entries.has(name.toLowerCase());
  }

  /**
   * Inflates a part and hands its text to `onText` chunk by chunk (UTF-8, never split inside a character).
   * False when there is no such part. An exception thrown by `onText` stops the inflation and is passed on.
   */
  async stream(name: string, onText: (text: string) => void): Promise<boolean> {
    const entry = this.entries.get(name.toLowerCase());
    if (!entry) return false;
    const { file, lang } = this.options;
    const budgets = this.budgets;
    const stream = await new Promise<NodeJS.ReadableStream & { destroy(error?: Error): void }>((resolve, reject) => {
      this.zip.openReadStream(entry, (error, opened) => (error ? reject(new WorkbookReadError(file, damaged(error, lang))) : resolve(opened as never)));
    });
    const decoder = new StringDecoder('utf8');
    let bytes = 0;
    await new Promise<void>((resolve, reject) => {
      let failed = false;
      const fail = (error: unknown): void => {
        if (failed) return;
        failed = true;
        stream.destroy();
        reject(error);
      };
      stream.on('data', (chunk: Buffer) => {
        if (failed) return;
        bytes += chunk.length;
        this.inflated += chunk.length;
        if (bytes > budgets.partBytes) return fail(new InputBudgetError(file, { kind: 'part-size', part: entry.fileName, bytes, limit: budgets.partBytes }, lang));
        if (this.inflated > budgets.totalBytes) return fail(new InputBudgetError(file, { kind: 'total-size', bytes: this.inflated, limit: budgets.totalBytes }, lang));
        try {
          onText(decoder.write(chunk));
        } catch (error) {
          fail(error);
        }
      });
      stream.on('error', (error: Error) => {
        // yauzl's own check: the part inflates to more than its directory entry declared.
        if (/too many bytes/.test(error.message)) fail(new InputBudgetError(file, { kind: 'part-size', part: entry.fileName, bytes: entry.uncompressedSize + 1, limit: Math.min(entry.uncompressedSize, budgets.partBytes) }, lang));
        else fail(new WorkbookReadError(file, damaged(error, lang)));
      });
      stream.on('end', () => {
        if (failed) return;
        try {
          const rest = decoder.end();
          if (rest) onText(rest);
          resolve();
        } catch (error) {
          fail(error);
        }
      });
    });
    return true;
  }

  /** A part's whole text, or null when there is no such part. */
  async text(name: string): Promise<string | null> {
    const parts: string[] = [];
    return (await this.stream(name, (text) => parts.push(text))) ? parts.join('') : null;
  }
}

function damaged(error: Error, lang: Lang | undefined): string {
  return lang === 'en' ? `the workbook is damaged (${error.message})` : `книга повреждена и не читается (${error.message})`;
}
