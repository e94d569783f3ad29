import type { WorkbookOutcome } from '../../consolidate/types';
import { readOutcomeOf, type ReadOptions } from '../consolidate/outcome';
import type { InputWorkbook } from './input';

export type { ReadOptions } from '../consolidate/outcome';

/**
 * What a consolidation worker does with one workbook: its bytes read into the little the report needs. Never
 * rejects for a bad file (broken, encrypted, over a budget, no roadmap: an `unread` outcome with its reason); a crash
 * of the reader itself is an `unread` outcome with reason `reader-failed` and the error's message.
 */
export async function readOutcome(input: InputWorkbook, options: ReadOptions): Promise<WorkbookOutcome> {
  // readOutcomeOf turns every failure, a crash of the reader included, into an unread outcome itself.
  return readOutcomeOf(input.bytes, input.name, options);
}
