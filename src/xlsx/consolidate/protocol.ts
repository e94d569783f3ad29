import type { WorkbookOutcome } from '../../consolidate/types';
import type { ReadOptions } from './readOutcome';

/** Main thread → worker: read this file. */
export interface ReadTask {
  id: number;
  file: string;
  options: ReadOptions;
}

/** Worker → main thread: what the file holds, or why it could not be read. */
export interface ReadReply {
  id: number;
  outcome: WorkbookOutcome;
}
