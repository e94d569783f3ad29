import type { MonitoringSummary } from '../roadmap/summary';
// The read-only operations one by one, not through their index: the workers never load ExcelJS or docx (the index
// also brings the writers, ~300 KB gzipped, into every worker).
import type { WorkbookOutcome } from '../consolidate/types';
import { checkJson } from '../cli/report/checkJson';
import { openInput, type CheckJson } from '../xlsx/operations/check';
import type { InputWorkbook, OperationOptions } from '../xlsx/operations/input';
import { outcomeOfLean, unreadOutcome } from '../xlsx/consolidate/outcome';

/**
 * One workbook as the page holds it, read once for both its line and «Свод»: the outcome the consolidation takes, and
 * `check`, what `roadmap check --json` prints and its summary (null when the file is not read, or passed over).
 */
export interface PageRead {
  outcome: WorkbookOutcome;
  check: { json: CheckJson; summary: MonitoringSummary } | null;
}

/**
 * One workbook read in a worker, the way `roadmap check` and `roadmap consolidate` read it (one lean read serves
 * both). Never throws: a file that cannot be read is an `unread` outcome with its reason, so one bad file stops nothing.
 */
export async function readPageWorkbook(input: InputWorkbook, options: OperationOptions): Promise<PageRead> {
  try {
    // Last quarter's «Свод» among the roadmaps is passed over here as «Свод» passes it over (outcomeOfLean), not
    // shown with its «Просрочено» sheet read as a roadmap.
    const { outcome, read } = await outcomeOfLean(await openInput(input), input.name, options);
    if (read === null) return { outcome, check: null };
    return { outcome, check: { json: checkJson(input.name, read.roadmap, read.summary.completionPercent), summary: read.summary } };
  } catch (error) {
    return { outcome: unreadOutcome(input.name, error), check: null };
  }
}
