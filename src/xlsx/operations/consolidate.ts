import { ConsolidationBuilder } from '../../consolidate/model';
import type { Consolidation, WorkbookOutcome } from '../../consolidate/types';
import type { Lang } from '../../roadmap/types';
import { classifyInput, type InputClass } from '../consolidate/classify';
import { consolidationReportInMemory } from '../consolidate/writeReport';
import { bytesOf } from './input';

export { classifyInput, isLockFileName, type InputClass } from '../consolidate/classify';
export { readOutcome, type ReadOptions } from './readOutcome';
export type { Consolidation, WorkbookOutcome } from '../../consolidate/types';

/**
 * The outcome of a file consolidation does not read, by its class (classifyInput): an unread row with its reason
 * for a document or an .xls/.ods where nothing converts it (the page; the CLI without LibreOffice); null for a file
 * to read (`workbook`), a lock file (count it) or a file passed over.
 */
export function unreadByName(name: string, taken: InputClass = classifyInput(name)): WorkbookOutcome | null {
  if (taken.kind === 'document' || taken.kind === 'convert') return { kind: 'unread', file: name, reason: taken.reason };
  return null;
}

export interface ConsolidateOptions {
  /** The report date, ISO: every item's status is computed for it. */
  today: string;
  /** Lock files passed over (counted in the report, never listed). */
  lockFiles?: number;
}

/**
 * The consolidated model of every file's outcome, exactly as `roadmap consolidate` builds it once its files are
 * read: rows sorted by the model's own order (src/consolidate/model.ts), whatever order the outcomes came in.
 * Null when there is nothing to report at all (no outcome: every file was a lock file or passed over).
 */
export function consolidate(outcomes: readonly WorkbookOutcome[], { today, lockFiles = 0 }: ConsolidateOptions): Consolidation | null {
  if (outcomes.length === 0) return null;
  const builder = new ConsolidationBuilder(today);
  builder.addLockFiles(lockFiles);
  for (const outcome of outcomes) builder.add(outcome);
  return builder.build();
}

/**
 * The consolidated report as `roadmap consolidate -o` writes it (same sheets, cells, styles, rules, chart and the
 * tool's mark), built in memory: ExcelJS's browser build has no streaming writer.
 */
export async function consolidationReportBytes(consolidation: Consolidation, lang: Lang): Promise<Uint8Array> {
  return bytesOf(await consolidationReportInMemory(consolidation, lang));
}
