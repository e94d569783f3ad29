import { useCallback, useRef, useState } from 'react';

/**
 * «One action at a time» for a view: `run(task)` does nothing while another task runs, so a double click never
 * writes twice. A task run with `{ queue: true }` (a re-read after a settings change) is not dropped but kept and run
 * once the current one ends; only the latest such task is kept, since it supersedes the ones before it.
 * `working` is true while a task runs. Tasks handle their own errors.
 */
export function useOneAtATime(initiallyWorking = false) {
  const [working, setWorking] = useState(initiallyWorking);
  const busy = useRef(false);
  const queued = useRef<(() => Promise<void>) | null>(null);

  const run = useCallback(async (task: () => Promise<void>, { queue = false }: { queue?: boolean } = {}) => {
    if (busy.current) {
      if (queue) queued.current = task;
      return;
    }
    busy.current = true;
    setWorking(true);
    try {
      let next: (() => Promise<void>) | null = task;
      while (next) {
        queued.current = null;
        await next();
        next = queued.current;
      }
    } finally {
      busy.current = false;
      setWorking(false);
    }
  }, []);

  return { working, run };
}
