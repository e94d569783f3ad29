import path from 'path';
import type { WorkbookOutcome } from '../../src/consolidate/types';
import { readWorkbooksInParallel } from '../../src/xlsx/consolidate/pool';

const FAKE_WORKER = path.join(__dirname, 'fakeWorker.mjs');

async function readAll(files: string[], threads: number): Promise<WorkbookOutcome[]> {
  const outcomes: WorkbookOutcome[] = [];
  await readWorkbooksInParallel(files, { today: '2021-09-01' }, { threads, workerFile: FAKE_WORKER, onOutcome: (outcome) => outcomes.push(outcome) });
  return outcomes;
}

test('every file gets exactly one outcome, whatever the number of threads', async () => {
  const files = Array.from({ length: 25 }, (_, index) => `file-${index}.xlsx`);
  for (const threads of [1, 3, 40]) {
    const outcomes = await readAll(files, threads);
    expect(outcomes.map((outcome) => outcome.file).sort()).toEqual([...files].sort());
  }
});

test('a reader that dies costs only the file it was reading: that file is reported, the rest are read', async () => {
  const files = ['a.xlsx', 'crash.xlsx', 'b.xlsx', 'throw.xlsx', 'c.xlsx', 'd.xlsx'];
  // Many rounds: a thread's error can reach the pool before the answer it sent just before dying (a race that a
  // busy machine shows), and that answer's file must not be the one blamed.
  for (let round = 0; round < 20; round++) await expectOnlyTheBadFilesUnread(files);
});

async function expectOnlyTheBadFilesUnread(files: string[]): Promise<void> {
  const outcomes = await readAll(files, 2);
  expect(outcomes).toHaveLength(files.length);
  const unread = outcomes.filter((outcome) => outcome.kind === 'unread');
  expect(unread.map((outcome) => outcome.file).sort()).toEqual(['crash.xlsx', 'throw.xlsx']);
  expect(unread.find((outcome) => outcome.file === 'throw.xlsx')).toMatchObject({ reason: { code: 'reader-failed', detail: expect.stringContaining('reader bug') } });
  expect(outcomes.filter((outcome) => outcome.kind === 'read').map((outcome) => outcome.file).sort()).toEqual(['a.xlsx', 'b.xlsx', 'c.xlsx', 'd.xlsx']);
}

test('no files, no threads started; a missing compiled reader is a clear error', async () => {
  expect(await readAll([], 2)).toEqual([]);
  await expect(
    readWorkbooksInParallel(['a.xlsx'], { today: '2021-09-01' }, { workerFile: '/nowhere/worker.js', onOutcome: () => undefined }),
  ).rejects.toThrow(/npm run build:cli/);
});
