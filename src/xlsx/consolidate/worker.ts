import { parentPort } from 'worker_threads';
import type { ReadReply, ReadTask } from './protocol';
import { readWorkbookOutcome } from './readOutcome';

/** A reader thread: reads the workbooks it is given one at a time and sends back only their small outcome. */
const port = parentPort;
if (port) {
  port.on('message', (task: ReadTask) => {
    void readWorkbookOutcome(task.file, task.options).then((outcome) => {
      const reply: ReadReply = { id: task.id, outcome };
      port.postMessage(reply);
    });
  });
}
