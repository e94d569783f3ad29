/**
 * The zip access the lean reader needs, behind a port so that the same reader runs in Node (yauzl + zlib,
 * src/xlsx/zip/nodeZip.ts) and in browsers (fflate, src/xlsx/zip/browserZip.ts). Code under src/xlsx/operations
 * never imports a backend: the CLI (src/xlsx/zip/useNodeZip.ts) or the page (useBrowserZip.ts) sets one once.
 */

/** One entry of a zip's central directory, as the directory declares it (a zip bomb lies here). */
export interface ZipEntry {
  /** The part name as the directory spells it. */
  name: string;
  compressedSize: number;
  /** Declared inflated size, bytes. */
  uncompressedSize: number;
  /** 0 stored, 8 deflate; anything else is refused when the part is read. */
  compressionMethod: number;
  encrypted: boolean;
  /** Byte offset of the entry's local header in the package. */
  localHeaderOffset: number;
}

/** The directory of a zip: how many entries it says it holds, then each entry, read only as far as asked. */
export interface ZipDirectory {
  entryCount: number;
  /** Entries in directory order. Throws (any Error) on a damaged directory. */
  entries(): AsyncIterable<ZipEntry>;
}

/** Inflation gave more than `limit` bytes: stopped there, never finished. */
export class InflateLimitError extends Error {
  constructor(readonly limit: number) {
    super(`inflated data exceeds ${limit} bytes`);
    this.name = 'InflateLimitError';
  }
}

export interface ZipBackend {
  /** «yauzl» or «fflate»: named in the bench and in test names. */
  readonly name: string;
  /** Reads the central directory. Throws (any Error) when the bytes are no zip. */
  openDirectory(bytes: Uint8Array): Promise<ZipDirectory>;
  /**
   * Inflates raw deflate data, stopping as soon as the output passes `limit` bytes (throws InflateLimitError then,
   * having produced at most about one chunk more than the limit). Throws any other Error for damaged data.
   */
  inflateRaw(data: Uint8Array, limit: number): Uint8Array;
}

let current: ZipBackend | null = null;

/** Sets the zip backend for every package opened from now on (the CLI: yauzl; the page: fflate). */
export function setZipBackend(backend: ZipBackend): void {
  current = backend;
}

/** True once a backend is set. */
export function hasZipBackend(): boolean {
  return current !== null;
}

/** The backend set by setZipBackend. Throws when none was set: a programming error, never a user's file. */
export function zipBackend(): ZipBackend {
  if (current === null) throw new Error('no zip backend: call setZipBackend (useNodeZip or useBrowserZip) first');
  return current;
}
