import type { Lang } from '../../roadmap/types';
import type { UnkeptParts } from '../unkeptParts';

/**
 * A workbook handed to an operation: its bytes and the name the user sees (the CLI: the path as typed; the page:
 * the file's name, or its relative path inside a chosen folder). The name is what errors, notices and reports say.
 */
export interface InputWorkbook {
  name: string;
  bytes: Uint8Array;
}

/** The options every operation reads a roadmap with (the CLI's --today, --period-end, --due-soon, --lang, --sheet). */
export interface OperationOptions {
  /** Report date, ISO (YYYY-MM-DD). */
  today: string;
  /** The plan's end, ISO, or null. */
  periodEnd: string | null;
  /** Days ahead that count as due soon. */
  dueSoonDays: number;
  lang: Lang;
  /** The sheet holding the roadmap; default: the first visible sheet with a roadmap header. */
  sheet?: string;
}

/**
 * Something a person should know about a copy being made, that stops nothing (the CLI prints it on stderr, the page
 * lists it beside the download). Texts: noticeText (src/i18n/notices.ts), one language at a time.
 */
export type Notice =
  /** The copy will lack parts of `file`: charts, shapes, pivot tables, unreadable drawings, VBA, unplaced cell notes. */
  | { kind: 'unkept-parts'; file: string; parts: UnkeptParts }
  /** A user's own sheet had the summary's name: the summary went to `sheet` instead of `wanted`. */
  | { kind: 'renamed-summary'; wanted: string; sheet: string }
  /** A note on the «История» sheet as read (a row that could not be read, a date out of order…), already in its language. */
  | { kind: 'history-note'; message: string };

/**
 * The bytes as a Buffer sharing their memory (no copy): ExcelJS, JSZip and the copy writers take Buffers. In a browser
 * this is the `buffer` package's Buffer, which the page provides (see index.ts).
 */
export function bufferOf(bytes: Uint8Array): Buffer {
  return Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** A Buffer (or any Uint8Array view) as a plain Uint8Array over the same memory: what operations hand back. */
export function bytesOf(buffer: Uint8Array): Uint8Array {
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}
