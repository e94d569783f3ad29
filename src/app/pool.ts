import type { OperationOptions } from '../xlsx/operations/input';
import type { PageRead } from './readWorkbook';
import type { WorkerReply, WorkerTask } from './worker';

/** A file for the pool: read lazily (a File's bytes are taken only when a worker is free for it). */
export interface PoolFile {
  name: string;
  bytes(): Promise<Uint8Array>;
}

/** Workers: one per core, at least one, at most four (the page shares the machine with the user's other work). */
export function poolSize(cores: number | undefined = globalThis.navigator?.hardwareConcurrency): number {
  return Math.max(1, Math.min(4, cores ?? 2));
}

export class Cancelled extends Error {
  constructor() {
    super('cancelled');
    this.name = 'Cancelled';
  }
}

function newWorker(): Worker {
  // webpack makes the worker's own script from this exact form; tsc (module commonjs for the CLI) does not know import.meta.
  // @ts-expect-error TS1343
  return new Worker(new URL('./worker.ts', import.meta.url), { name: 'roadmap-reader' });
}

/**
 * Reads files in Web Workers, `size` at a time; `onRead` is told each result as it arrives (in any order), with the
 * file's index. `cancel()` terminates every worker at once (a worker busy with a large file stops mid-read) and the
 * run rejects with Cancelled. A worker that dies (out of memory) costs its file an unread line, not the run.
 */
export class ReadingPool {
  private readonly workers = new Set<Worker>();
  private cancelled = false;
  private stop: (() => void) | null = null;

  constructor(private readonly size = poolSize()) {}

  run(files: readonly PoolFile[], options: OperationOptions, onRead: (index: number, read: PageRead) => void): Promise<void> {
    let next = 0;
    let finished = 0;
    return new Promise<void>((resolve, reject) => {
      this.stop = () => reject(new Cancelled());
      if (files.length === 0) resolve();
      const feed = async (worker: Worker): Promise<void> => {
        if (this.cancelled) {
          worker.terminate();
          return;
        }
        if (next >= files.length) {
          worker.terminate();
          this.workers.delete(worker);
          return;
        }
        const index = next++;
        const file = files[index];
        const settle = (read: PageRead): void => {
          if (this.cancelled) return;
          onRead(index, read);
          if (++finished === files.length) resolve();
        };
        let bytes: Uint8Array;
        try {
          bytes = await file.bytes();
        } catch (error) {
          settle({ outcome: { kind: 'unread', file: file.name, reason: { code: 'io-error', errno: (error as Error).name } }, check: null });
          void feed(worker);
          return;
        }
        if (this.cancelled) return;
        worker.onmessage = (event: MessageEvent<WorkerReply>) => {
          settle(event.data.read);
          void feed(worker);
        };
        worker.onerror = (event) => {
          event.preventDefault();
          // A worker stopped by cancel() may still report an error: no replacement then (it would outlive the pool).
          if (this.cancelled) return;
          settle({ outcome: { kind: 'unread', file: file.name, reason: { code: 'reader-failed', detail: event.message || 'worker failed' } }, check: null });
          // A worker that failed is replaced: its state is unknown.
          worker.terminate();
          this.workers.delete(worker);
          const fresh = newWorker();
          this.workers.add(fresh);
          void feed(fresh);
        };
        const task: WorkerTask = { id: index, name: file.name, bytes, options };
        worker.postMessage(task, [bytes.buffer]);
      };
      for (let count = 0; count < Math.min(this.size, files.length); count++) {
        const worker = newWorker();
        this.workers.add(worker);
        void feed(worker);
      }
    }).finally(() => this.terminate());
  }

  /** Stops every worker now; the run rejects with Cancelled. */
  cancel(): void {
    if (this.cancelled) return;
    this.cancelled = true;
    this.terminate();
    this.stop?.();
  }

  /** Workers alive (0 once a run is over or cancelled). */
  get alive(): number {
    return this.workers.size;
  }

  private terminate(): void {
    for (const worker of this.workers) worker.terminate();
    this.workers.clear();
  }
}
