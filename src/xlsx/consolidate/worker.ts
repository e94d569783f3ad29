import { parentPort, workerData } from 'worker_threads';
import { useBrowserZip } from '../zip/useBrowserZip';
import { useNodeZip } from '../zip/useNodeZip';
import type { ReadReply, ReadTask } from './protocol';
import { readWorkbookOutcome } from './readOutcome';

/** A reader thread: reads the workbooks it is given one at a time and sends back only their small outcome. */
const port = parentPort;
// The zip backend the pool's thread uses (workerData.zip): yauzl in the CLI, fflate when the tests say so.
if ((workerData as { zip?: string } | null)?.zip === 'fflate') useBrowserZip();
else useNodeZip();
if (port) {
  port.on('message', (task: ReadTask) => {
    void readWorkbookOutcome(task.file, task.options).then((outcome) => {
      const reply: ReadReply = { id: task.id, outcome };
      port.postMessage(reply);
    });
  });
}
