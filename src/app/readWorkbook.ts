import type { MonitoringSummary } from '../roadmap/summary';
// The read-only operations one by one, not through their index: the workers never load ExcelJS or docx (the index
// also brings the writers, ~300 KB gzipped, into every worker).
import type { WorkbookOutcome } from '../consolidate/types';
import { checkLeanRoadmap, openInput, type CheckJson } from '../xlsx/operations/check';
import type { InputWorkbook, OperationOptions } from '../xlsx/operations/input';
import { readOutcome } from '../xlsx/operations/readOutcome';
import { unreadOutcome } from '../xlsx/consolidate/outcome';
import { toolMarkOf } from '../xlsx/toolMarkOf';

/**
 * What the page shows for one workbook: read for the list, what `roadmap check --json` prints (`check`) or why it is
 * not read (`outcome`, unread); read for «Свод», the consolidation's outcome.
 */
export type PageRead = { outcome: WorkbookOutcome; check: null } | { outcome: null; check: { json: CheckJson; summary: MonitoringSummary } };

/**
 * One workbook read in a worker. `check`: for the list (the check and its summary, or why the file is not read);
 * else for «Свод» (the consolidation's outcome, as `roadmap consolidate` reads it). Never throws: a file that cannot be
 * read is an `unread` outcome with its reason, so one bad file stops nothing.
 */
export async function readPageWorkbook(input: InputWorkbook, options: OperationOptions, check: boolean): Promise<PageRead> {
  if (!check) return { outcome: await readOutcome(input, options), check: null };
  try {
    // Last quarter's «Свод» among the roadmaps: passed over in the list as «Свод» passes it over (readOutcome), not
    // shown with its «Просрочено» sheet read as a roadmap. Only the zip's directory and custom properties are read.
    const lean = await openInput(input);
    if (toolMarkOf((await lean.properties()).custom)?.kind === 'consolidated-report') {
      return { outcome: { kind: 'unread', file: input.name, reason: { code: 'tool-report' } }, check: null };
    }
    const { json, summary } = await checkLeanRoadmap(lean, input.name, options);
    return { outcome: null, check: { json, summary } };
  } catch (error) {
    return { outcome: unreadOutcome(input.name, error), check: null };
  }
}
