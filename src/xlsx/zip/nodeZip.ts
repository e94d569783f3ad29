import { inflateRawSync } from 'zlib';
import yauzl from 'yauzl';
import { InflateLimitError, type ZipBackend, type ZipDirectory, type ZipEntry } from './backend';

function entryOf(entry: yauzl.Entry): ZipEntry {
  return {
    name: entry.fileName,
    compressedSize: entry.compressedSize,
    uncompressedSize: entry.uncompressedSize,
    compressionMethod: entry.compressionMethod,
    encrypted: entry.isEncrypted(),
    localHeaderOffset: entry.relativeOffsetOfLocalHeader,
  };
}

/** The entries of a yauzl zip one by one, the next read only when asked for; the zip closed when the loop ends. */
async function* readEntries(zip: yauzl.ZipFile): AsyncGenerator<ZipEntry> {
  let failure: Error | null = null;
  let ended = false;
  let waiting: (() => void) | null = null;
  let next: yauzl.Entry | null = null;
  const wake = (): void => {
    waiting?.();
    waiting = null;
  };
  zip.on('entry', (entry: yauzl.Entry) => {
    next = entry;
    wake();
  });
  zip.on('end', () => {
    ended = true;
    wake();
  });
  zip.on('error', (error: Error) => {
    failure = error;
    wake();
  });
  try {
    for (;;) {
      await new Promise<void>((resolve) => {
        waiting = resolve;
        zip.readEntry();
      });
      if (failure) throw failure as Error;
      if (ended) return;
      const entry = next as yauzl.Entry | null;
      next = null;
      if (entry) yield entryOf(entry);
    }
  } finally {
    zip.close();
  }
}

/**
 * yauzl reads the directory (validating entry sizes); a part is inflated in one native call (zlib) whose output may
 * not pass the limit: one call costs a fraction of a zlib stream's set-up, which dominated reading a small workbook.
 */
export const nodeZip: ZipBackend = {
  name: 'yauzl',
  async openDirectory(bytes: Uint8Array): Promise<ZipDirectory> {
    const buffer = Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const zip = await new Promise<yauzl.ZipFile>((resolve, reject) => {
      yauzl.fromBuffer(buffer, { lazyEntries: true, validateEntrySizes: true, strictFileNames: false }, (error, opened) => (error ? reject(error) : resolve(opened)));
    });
    return { entryCount: zip.entryCount, entries: () => readEntries(zip) };
  },
  inflateRaw(data: Uint8Array, limit: number): Uint8Array {
    try {
      return inflateRawSync(data, { maxOutputLength: Math.max(1, limit) });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') throw new InflateLimitError(limit);
      throw error;
    }
  },
};
