import './nodeGlobals';
import type { OperationOptions } from '../xlsx/operations/input';
import { useBrowserZip } from '../xlsx/zip/useBrowserZip';
import { readPageWorkbook, type PageRead } from './readWorkbook';

useBrowserZip();

/** Page → worker: read this workbook, for its line in the list and for «Свод». */
export interface WorkerTask {
  id: number;
  name: string;
  bytes: Uint8Array;
  options: OperationOptions;
}

/** Worker → page. */
export interface WorkerReply {
  id: number;
  read: PageRead;
}

/** The worker's global scope (the DOM lib types `self` as a window; the webworker lib would clash with it). */
const scope = self as unknown as { onmessage: ((event: MessageEvent<WorkerTask>) => void) | null; postMessage(message: WorkerReply): void };

scope.onmessage = async (event) => {
  const { id, name, bytes, options } = event.data;
  const reply: WorkerReply = { id, read: await readPageWorkbook({ name, bytes }, options) };
  scope.postMessage(reply);
};
