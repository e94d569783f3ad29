import { existsSync } from 'fs';
import os from 'os';
import path from 'path';
import { Worker } from 'worker_threads';
import type { WorkbookOutcome } from '../../consolidate/types';
import type { ReadFailure } from '../../i18n/readFailures';
import { BUDGETS } from '../lean/budgets';
import type { ReadReply, ReadTask } from './protocol';
import type { ReadOptions } from './readOutcome';
import { hasZipBackend, zipBackend } from '../zip/backend';

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
  /** Seconds one workbook may take before its thread is stopped and the file reported unread (budget). */
  fileSeconds?: number;
  /** Old-generation heap of each thread, MB (budget): a workbook that needs more is reported unread. */
  heapMb?: number;
}

export function defaultThreads(): number {
  return Math.max(1, typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length);
}

/** Memory a reader thread may take: its heap ceiling plus young generation, code and buffers (about 25% more). */
function threadBytes(heapMb: number): number {
  return heapMb * 1.25 * 1024 * 1024;
}

/** Memory the process may still take: what the OS (or the container's cgroup) says is available. */
function availableBytes(): number {
  const fromProcess = typeof process.availableMemory === 'function' ? process.availableMemory() : 0;
  return fromProcess > 0 ? fromProcess : os.freemem();
}

/**
 * Threads to run: those asked for (default: one per core), at most one per file, and no more than the available
 * memory holds at each thread's heap ceiling — so many threads never add up to more memory than the machine has.
 */
export function threadsFor(files: number, requested: number | undefined, heapMb: number = BUDGETS.workerHeapMb, available: number = availableBytes()): number {
  const byMemory = Math.floor(available / threadBytes(heapMb));
  return Math.max(1, Math.min(requested ?? defaultThreads(), files, byMemory));
}

/** Why a reader thread died: over its memory budget, or a failure of the reader itself. */
function crashReason(error: unknown, heapMb: number): ReadFailure {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ERR_WORKER_OUT_OF_MEMORY') return { code: 'over-budget', breach: { kind: 'memory', megabytes: heapMb } };
  return { code: 'reader-failed', detail: error instanceof Error ? error.message : String(error) };
}

/**
 * Tasks each thread holds at once: the one it reads and the next, waiting in its own queue. The next file is there
 * when the thread finishes one, instead of a round trip to this thread, which a busy machine can make slow (every
 * round trip left the reader idle). The thread still reads one file at a time (worker.ts).
 */
const TASKS_PER_THREAD = 2;

/**
 * Reads workbooks on a fixed number of worker threads. Each thread holds one workbook at a time and returns only
 * its outcome, so memory stays flat however many files there are. A thread that dies (a file too large for
 * memory, a bug) costs only the file it was reading: that file is reported unread, the file queued behind it goes
 * back to the others, and a fresh thread goes on.
 */
export function readWorkbooksInParallel(files: readonly string[], options: ReadOptions, pool: PoolOptions): Promise<void> {
  const heapMb = pool.heapMb ?? BUDGETS.workerHeapMb;
  const fileMs = (pool.fileSeconds ?? BUDGETS.fileSeconds) * 1000;
  const threadCount = threadsFor(files.length, pool.threads, heapMb);
  const workerFile = pool.workerFile ?? DEFAULT_WORKER_FILE;
  let next = 0;
  /** Tasks given back by a thread that stopped before reading them: given out again before the rest. */
  const returned: ReadTask[] = [];
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

    const nextTask = (): ReadTask | null => {
      const task = returned.shift();
      if (task) return task;
      if (next >= files.length) return null;
      const id = next++;
      return { id, file: files[id], options };
    };
    const moreToRead = (): boolean => returned.length > 0 || next < files.length;

    const start = (): void => {
      let worker: Worker;
      try {
        // The threads read with the zip backend this thread uses (the tests run the corpus through both).
        worker = new Worker(workerFile, { resourceLimits: { maxOldGenerationSizeMb: heapMb }, workerData: { zip: zipBackendName() } });
      } catch (error) {
        fail(error);
        return;
      }
      workers.add(worker);
      /** The tasks this thread holds, in its order: the first is the one it reads. */
      const held: ReadTask[] = [];
      let timer: NodeJS.Timeout | undefined;
      const topUp = (): void => {
        while (held.length < TASKS_PER_THREAD) {
          const task = nextTask();
          if (!task) break;
          held.push(task);
          worker.postMessage(task);
          if (held.length === 1 && online) arm(task);
        }
        if (held.length === 0) {
          workers.delete(worker);
          void worker.terminate();
        }
      };
      // The time budget: a file that takes too long (a crafted sheet, a machine swapping) costs its own thread
      // only; the thread is stopped, the file reported, and a fresh thread goes on with the rest. It counts from
      // when the thread is running and the file is the one it reads, not from its start-up, which a busy machine
      // can make slow, nor from the time the file waited in the thread's queue.
      let online = false;
      const arm = (task: ReadTask): void => {
        timer = setTimeout(() => {
          if (held[0] !== task || !workers.delete(worker) || failed) return;
          void worker.terminate();
          stopped({ kind: 'unread', file: task.file, reason: { code: 'over-budget', breach: { kind: 'time', seconds: fileMs / 1000 } } });
        }, fileMs);
        timer.unref();
      };
      /** The thread is gone while reading held[0]: that file gets `outcome`, the files behind it go back. */
      const stopped = (outcome: WorkbookOutcome): void => {
        held.shift();
        // In their order, ahead of the files not given out yet.
        for (let index = held.length - 1; index >= 0; index--) returned.unshift(held[index]);
        held.length = 0;
        finish(outcome);
        if (!failed && moreToRead()) start();
      };
      worker.once('online', () => {
        online = true;
        if (held.length > 0) arm(held[0]);
      });
      worker.on('message', (reply: ReadReply) => {
        // An answer that comes after the thread was stopped: its file was reported already.
        if (!workers.has(worker)) return;
        clearTimeout(timer);
        const task = held.shift();
        if (task && task.id !== reply.id) {
          fail(new Error(`reader thread answered for task ${reply.id} while reading task ${task.id}`));
          return;
        }
        if (held.length > 0) arm(held[0]);
        finish(reply.outcome);
        if (!failed && finished < files.length) topUp();
      });
      const lost = (error: unknown): void => {
        clearTimeout(timer);
        if (!workers.delete(worker) || failed) return;
        const task = held[0];
        if (task === undefined) return;
        stopped({ kind: 'unread', file: task.file, reason: crashReason(error, heapMb) });
      };
      // A thread's error (an uncaught throw, out of memory) can overtake the answers it sent before it: Node
      // delivers errors on a channel of their own, and answers only by 'exit', when it drains the thread's port.
      // So the loss is judged at 'exit', when every answer is in and held[0] is really the file it died on.
      let error: unknown = null;
      worker.on('error', (thrown) => {
        error ??= thrown;
      });
      worker.on('exit', (code) => lost(error ?? new Error(`exit code ${code}`)));
      topUp();
    };

    for (let index = 0; index < threadCount; index++) start();
  });
}

/** The zip backend's name for the reader threads: this thread's, or yauzl (Node's) when none is set yet. */
function zipBackendName(): string {
  return hasZipBackend() ? zipBackend().name : 'yauzl';
}
