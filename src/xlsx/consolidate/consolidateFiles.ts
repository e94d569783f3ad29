import { appendAll } from '../../roadmap/arrays';
import type { Consolidation, WorkbookOutcome } from '../../consolidate/types';
import { consolidate } from '../operations/consolidate';
import { extensionOf } from './classify';
import { convertWorkbooks, findSoffice } from './convert';
import { discoverWorkbooks, type FoundFile } from './discover';
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
  /** Called before LibreOffice converts .xls/.ods files (it takes a while), with their number. */
  onConvert?: (files: number) => void;
  /** Overrides the compiled worker (tests). */
  workerFile?: string;
  /** LibreOffice's `soffice`, or null for none; default: the one on the PATH. */
  soffice?: string | null;
}

/**
 * Reads every workbook the paths name, in parallel, into the consolidated model; .xls and .ods are converted
 * through LibreOffice first when it is installed. Null when the paths hold nothing to report at all. Every file is
 * accounted for: a path that does not exist, a folder that does not open, a broken file, each becomes a row with
 * its reason and the run goes on.
 */
export async function consolidateFiles(run: ConsolidateRun): Promise<Consolidation | null> {
  const found = await discoverWorkbooks(run.paths, run.exclude);
  const anything = found.workbooks.length + found.conversions.length + found.failures.length + found.skipped.length;
  if (anything === 0) return null;
  const outcomes: WorkbookOutcome[] = [];
  for (const { name, reason } of [...found.failures, ...found.skipped]) outcomes.push({ kind: 'unread', file: name, reason });

  const toRead: FoundFile[] = [...found.workbooks];
  let cleanup = async (): Promise<void> => undefined;
  if (found.conversions.length > 0) {
    const soffice = run.soffice === undefined ? findSoffice() : run.soffice;
    if (soffice === null) {
      for (const file of found.conversions) outcomes.push({ kind: 'unread', file: file.name, reason: { code: 'needs-xlsx', extension: extensionOf(file.name) } });
    } else {
      run.onConvert?.(found.conversions.length);
      const conversion = await convertWorkbooks(found.conversions, { soffice });
      cleanup = conversion.cleanup;
      appendAll(toRead, conversion.converted);
      for (const { name, reason } of conversion.failures) outcomes.push({ kind: 'unread', file: name, reason });
    }
  }

  try {
    // The readers see paths; the report names each file as the user knows it (relative to the folder given).
    const nameOf = new Map(toRead.map((file) => [file.path, file.name]));
    run.onStart?.(toRead.length);
    let done = 0;
    await readWorkbooksInParallel(
      toRead.map((file) => file.path),
      run.read,
      {
        threads: run.threads,
        workerFile: run.workerFile,
        onOutcome: (outcome) => {
          outcomes.push({ ...outcome, file: nameOf.get(outcome.file) ?? outcome.file });
          run.onProgress?.(++done);
        },
      },
    );
  } finally {
    await cleanup();
  }
  return consolidate(outcomes, { today: run.read.today, lockFiles: found.lockFiles });
}
