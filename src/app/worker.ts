import './nodeGlobals';
import type { AnalyzeOptions } from '../roadmap/types';
import { readPageWorkbook, type PageRead } from './readWorkbook';

/** Page → worker: read this workbook. `check` asks for the whole check as well (one file); consolidation needs less. */
export interface WorkerTask {
  id: number;
  name: string;
  bytes: Uint8Array;
  options: AnalyzeOptions;
  check: boolean;
}

/** Worker → page. */
export interface WorkerReply {
  id: number;
  read: PageRead;
}

/** The worker's global scope (the DOM lib types `self` as a window; the webworker lib would clash with it). */
const scope = self as unknown as { onmessage: ((event: MessageEvent<WorkerTask>) => void) | null; postMessage(message: WorkerReply): void };

scope.onmessage = async (event) => {
  const { id, name, bytes, options, check } = event.data;
  const read = await readPageWorkbook({ name, bytes }, options);
  const reply: WorkerReply = { id, read: check ? read : { outcome: read.outcome, check: null } };
  scope.postMessage(reply);
};
