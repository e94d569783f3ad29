import { detectInstitution } from '../../consolidate/institution';
import { workbookAsOf } from '../../consolidate/reportDate';
import type { WorkbookOutcome } from '../../consolidate/types';
import { cellText } from '../../roadmap/cells';
import { dateToIso } from '../../roadmap/dates';
import { summarize, type MonitoringSummary } from '../../roadmap/summary';
import type { AnalyzeOptions, Roadmap, SheetData } from '../../roadmap/types';
import { openLeanWorkbook, type LeanWorkbook } from '../lean/leanWorkbook';
import { readLeanRoadmap } from '../lean/readLeanRoadmap';
import { WorkbookReadError } from '../readError';
import { toolMarkOf } from '../toolMarkOf';
import { assertWithinFileBudget } from '../workbookBytes';

export interface ReadOptions extends AnalyzeOptions {
  sheet?: string;
}

/**
 * The lines of text above the table's header, top down, left to right: where a pasted document keeps its titles.
 * Each cell, and each line of a multi-line cell, is a line of its own («КГКОУ ШИ 14» beside «УТВЕРЖДАЮ»).
 */
function titleLines(sheet: SheetData, headerRow: number): string[] {
  const lines: string[] = [];
  for (let index = 0; index < headerRow - sheet.top; index++) {
    for (const cell of sheet.cells[index] ?? []) {
      for (const line of cellText(cell).split('\n')) if (line.trim() !== '') lines.push(line.trim());
    }
  }
  return lines;
}

function savedOn(modified: Date | undefined): string | null {
  return modified instanceof Date && !Number.isNaN(modified.getTime()) ? dateToIso(modified) : null;
}

/**
 * Reads one workbook's bytes into the little the consolidated report needs; `file` is how the report names it.
 * Never throws: bytes that cannot be read become an `unread` outcome with the reason, so one bad file never stops a
 * run; a crash of the reader itself becomes `reader-failed` with its message (still an unread row, never hidden).
 */
export async function readOutcomeOf(bytes: Uint8Array, file: string, options: ReadOptions): Promise<WorkbookOutcome> {
  try {
    assertWithinFileBudget(bytes.byteLength, file);
    return (await outcomeOfLean(await openLeanWorkbook(bytes, file), file, options)).outcome;
  } catch (error) {
    return unreadOutcome(file, error);
  }
}

/** A workbook read once for both the report and the check: its outcome, and the roadmap and summary behind it. */
export interface LeanRead {
  outcome: WorkbookOutcome;
  /** Null when the workbook is passed over (last quarter's «Свод», outcome `tool-report`). */
  read: { roadmap: Roadmap; summary: MonitoringSummary } | null;
}

/**
 * readOutcomeOf on a workbook the lean reader has opened, keeping the roadmap read: the browser page shows the check
 * of the very read «Свод» then takes. Throws as readLeanRoadmap (WorkbookReadError: no roadmap, over a budget).
 */
export async function outcomeOfLean(lean: LeanWorkbook, file: string, options: ReadOptions): Promise<LeanRead> {
  // The custom properties come from the lean package too: the tool's mark is one of them, no second parse.
  const properties = await lean.properties();
  const mark = toolMarkOf(properties.custom);
  // Last run's report left among the roadmaps: its lists would count every overdue item a second time.
  if (mark?.kind === 'consolidated-report') return { outcome: { kind: 'unread', file, reason: { code: 'tool-report' } }, read: null };
  const { sheet, roadmap } = await readLeanRoadmap(lean, options);
  const lines = titleLines(sheet, roadmap.layout.headerRow);
  const institution = detectInstitution({
    properties: [properties.title, properties.company, properties.subject],
    customProperties: properties.custom,
    titleLines: lines,
    file,
  });
  const summary = summarize(roadmap);
  const outcome: WorkbookOutcome = {
    kind: 'read',
    file,
    institution: institution.name,
    institutionSource: institution.source,
    asOf: workbookAsOf(lines, mark?.asOf ?? null),
    savedOn: savedOn(properties.modified),
    sheet: roadmap.layout.sheet,
    counts: roadmap.counts,
    overdue: summary.overdue,
    findings: roadmap.findings,
  };
  return { outcome, read: { roadmap, summary } };
}

/** A failure as an unread outcome: a WorkbookReadError's reason, else `reader-failed` with the error's message. */
export function unreadOutcome(file: string, error: unknown): WorkbookOutcome {
  if (error instanceof WorkbookReadError) return { kind: 'unread', file, reason: error.failure };
  return { kind: 'unread', file, reason: { code: 'reader-failed', detail: error instanceof Error ? error.message : String(error) } };
}
