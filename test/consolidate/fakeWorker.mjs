// A stand-in reader for the pool's tests: answers at once, dies on a file named "crash", throws on "throw".
import { parentPort } from 'node:worker_threads';

parentPort.on('message', (task) => {
  if (task.file.includes('crash')) process.exit(3);
  if (task.file.includes('throw')) throw new Error('reader bug');
  const counts = { items: 1, done: 1, overdue: 0, dueSoon: 0, open: 0, undated: 0, errors: 0, warnings: 0 };
  parentPort.postMessage({
    id: task.id,
    outcome: { kind: 'read', file: task.file, institution: task.file, institutionSource: 'file', asOf: null, savedOn: null, sheet: 'S', counts, overdue: [], findings: [] },
  });
});
