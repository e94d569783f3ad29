import { parentPort, workerData } from 'worker_threads';
import { useBrowserZip } from '../zip/useBrowserZip';
import { useNodeZip } from '../zip/useNodeZip';
import type { ReadReply, ReadTask } from './protocol';
import { readWorkbookOutcome } from './readOutcome';

/**
 * A reader thread: reads the workbooks it is given one at a time, in the order given, and sends back only their small
 * outcome. The pool gives it the next file before this one is done (pool.ts): it waits here, in order, so that only
 * one workbook is ever in this thread's memory and the pool's time budget counts for the file being read.
 */
const port = parentPort;
// The zip backend the pool's thread uses (workerData.zip): yauzl in the CLI, fflate when the tests say so.
if ((workerData as { zip?: string } | null)?.zip === 'fflate') useBrowserZip();
else useNodeZip();
if (port) {
  let queue: Promise<void> = Promise.resolve();
  port.on('message', (task: ReadTask) => {
    queue = queue.then(async () => {
      const outcome = await readWorkbookOutcome(task.file, task.options);
      const reply: ReadReply = { id: task.id, outcome };
      port.postMessage(reply);
    });
  });
}
