import { ConsolidationBuilder } from '../../consolidate/model';
import type { Consolidation } from '../../consolidate/types';
import { discoverWorkbooks } from './discover';
import { readWorkbooksInParallel } from './pool';
import type { ReadOptions } from './readOutcome';

export interface ConsolidateRun {
  /** Workbooks and folders, as named on the command line. */
  paths: readonly string[];
  /** Files never to read from a folder (the report being written). */
  exclude?: readonly string[];
  read: ReadOptions;
  threads?: number;
  /** Told the number of files before reading starts, then once per file read. */
  onStart?: (files: number) => void;
  onProgress?: (done: number) => void;
  /** Overrides the compiled worker (tests). */
  workerFile?: string;
}

const NOT_FOUND = 'файл или папка не найдены / no such file or folder';

/**
 * Reads every workbook the paths name, in parallel, into the consolidated model. Null when the paths hold no
 * workbook at all. A path that does not exist is reported as unreadable, like a broken file: the run goes on.
 */
export async function consolidateFiles(run: ConsolidateRun): Promise<Consolidation | null> {
  const { files, missing } = await discoverWorkbooks(run.paths, run.exclude);
  if (files.length === 0 && missing.length === 0) return null;
  const builder = new ConsolidationBuilder(run.read.today);
  for (const file of missing) builder.add({ kind: 'unread', file, reason: NOT_FOUND });
  run.onStart?.(files.length);
  let done = 0;
  await readWorkbooksInParallel(files, run.read, {
    threads: run.threads,
    workerFile: run.workerFile,
    onOutcome: (outcome) => {
      builder.add(outcome);
      run.onProgress?.(++done);
    },
  });
  return builder.build();
}
