// A stand-in reader for the pool's budget tests: "hang" never answers, "hog" allocates until its heap is full,
// "slow" takes 2 s of wall-clock time.
import { parentPort } from 'node:worker_threads';

parentPort.on('message', (task) => {
  if (task.file.includes('hang')) for (;;);
  if (task.file.includes('slow')) for (const until = Date.now() + 2000; Date.now() < until; );
  if (task.file.includes('hog')) {
    const kept = [];
    for (;;) kept.push(new Array(100000).fill(kept.length));
  }
  const counts = { items: 1, done: 1, overdue: 0, dueSoon: 0, open: 0, undated: 0, errors: 0, warnings: 0 };
  parentPort.postMessage({
    id: task.id,
    outcome: { kind: 'read', file: task.file, institution: task.file, institutionSource: 'file', asOf: null, savedOn: null, sheet: 'S', counts, overdue: [], findings: [] },
  });
});
