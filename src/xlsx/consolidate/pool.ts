import { existsSync } from 'fs';
import os from 'os';
import path from 'path';
import { Worker } from 'worker_threads';
import type { WorkbookOutcome } from '../../consolidate/types';
import type { ReadFailure } from '../../i18n/readFailures';
import type { ReadReply, ReadTask } from './protocol';
import type { ReadOptions } from './readOutcome';

/**
 * The compiled worker. Resolved through the package root so that the same path works from lib/ (the CLI) and
 * from src/ (tests run by ts-jest, which need `npm run build:cli` first): a worker thread cannot load TypeScript.
 */
export const DEFAULT_WORKER_FILE = path.resolve(__dirname, '../../../lib/xlsx/consolidate/worker.js');

export interface PoolOptions {
  /** Reader threads; at most one per file. Default: the number of cores. */
  threads?: number;
  workerFile?: string;
  /** Called on the main thread as each workbook is finished, in order of completion. */
  onOutcome: (outcome: WorkbookOutcome) => void;
}

export function defaultThreads(): number {
  return Math.max(1, typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length);
}

function crashReason(error: unknown): ReadFailure {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ERR_WORKER_OUT_OF_MEMORY') return { code: 'out-of-memory' };
  return { code: 'reader-failed', detail: error instanceof Error ? error.message : String(error) };
}

/**
 * Reads workbooks on a fixed number of worker threads. Each thread holds one workbook at a time and returns only
 * its outcome, so memory stays flat however many files there are. A thread that dies (a file too large for
 * memory, a bug) costs only the file it was reading: that file is reported unread and a fresh thread goes on.
 */
export function readWorkbooksInParallel(files: readonly string[], options: ReadOptions, pool: PoolOptions): Promise<void> {
  const threadCount = Math.max(1, Math.min(pool.threads ?? defaultThreads(), files.length));
  const workerFile = pool.workerFile ?? DEFAULT_WORKER_FILE;
  let next = 0;
  let finished = 0;
  if (files.length === 0) return Promise.resolve();
  if (!existsSync(workerFile)) {
    return Promise.reject(new Error(`${workerFile}: the compiled reader is missing; run \`npm run build:cli\``));
  }

  return new Promise<void>((resolve, reject) => {
    const workers = new Set<Worker>();
    let failed = false;

    const finish = (outcome: WorkbookOutcome): void => {
      finished++;
      try {
        pool.onOutcome(outcome);
      } catch (error) {
        fail(error);
        return;
      }
      if (finished === files.length) {
        for (const worker of workers) void worker.terminate();
        resolve();
      }
    };

    const fail = (error: unknown): void => {
      if (failed) return;
      failed = true;
      for (const worker of workers) void worker.terminate();
      reject(error);
    };

    const start = (): void => {
      let worker: Worker;
      try {
        worker = new Worker(workerFile);
      } catch (error) {
        fail(error);
        return;
      }
      workers.add(worker);
      let current: ReadTask | null = null;
      const give = (): void => {
        if (next >= files.length) {
          current = null;
          workers.delete(worker);
          void worker.terminate();
          return;
        }
        current = { id: next, file: files[next], options };
        next++;
        worker.postMessage(current);
      };
      worker.on('message', (reply: ReadReply) => {
        current = null;
        finish(reply.outcome);
        if (!failed && finished < files.length) give();
      });
      const lost = (error: unknown): void => {
        if (!workers.delete(worker) || failed) return;
        const task = current;
        current = null;
        if (task === null) return;
        finish({ kind: 'unread', file: task.file, reason: crashReason(error) });
        if (!failed && next < files.length) start();
      };
      worker.on('error', lost);
      worker.on('exit', (code) => lost(new Error(`exit code ${code}`)));
      give();
    };

    for (let index = 0; index < threadCount; index++) start();
  });
}
