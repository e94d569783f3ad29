import type { WorkbookOutcome } from '../../consolidate/types';
import { readWorkbookFile } from '../workbookFile';
import { readOutcomeOf, unreadOutcome, type ReadOptions } from './outcome';

export { readOutcomeOf, type ReadOptions } from './outcome';

/**
 * Reads one workbook file into the little the consolidated report needs. Never throws: a file that cannot be read
 * becomes an `unread` outcome with the reason, so one bad file never stops a run.
 */
export async function readWorkbookOutcome(file: string, options: ReadOptions): Promise<WorkbookOutcome> {
  let bytes: Buffer;
  try {
    bytes = await readWorkbookFile(file);
  } catch (error) {
    return unreadOutcome(file, error);
  }
  return readOutcomeOf(bytes, file, options);
}
