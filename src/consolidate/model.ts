import { completionPercent } from '../roadmap/summary';
import type { Severity, SummaryCounts } from '../roadmap/types';
import type { Consolidation, FindingRow, OverdueRow, UnreadWorkbook, WorkbookOutcome, WorkbookRow } from './types';

const COUNT_KEYS: readonly (keyof SummaryCounts)[] = ['items', 'done', 'overdue', 'dueSoon', 'open', 'undated', 'doneLate', 'withdrawn', 'errors', 'warnings'];
const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

function emptyCounts(): SummaryCounts {
  return { items: 0, done: 0, overdue: 0, dueSoon: 0, open: 0, undated: 0, doneLate: 0, withdrawn: 0, errors: 0, warnings: 0 };
}

const byText = (a: string, b: string): number => a.localeCompare(b, 'ru');

/** The most overdue first; then the most errors, the least done; then by name. */
function compareWorkbooks(a: WorkbookRow, b: WorkbookRow): number {
  return (
    b.counts.overdue - a.counts.overdue ||
    b.counts.errors - a.counts.errors ||
    a.completionPercent - b.completionPercent ||
    byText(a.institution, b.institution) ||
    byText(a.file, b.file)
  );
}

function compareOverdue(a: OverdueRow, b: OverdueRow): number {
  return b.days - a.days || byText(a.institution, b.institution) || byText(a.file, b.file) || a.row - b.row;
}

/** Grouped by institution and file, so each workbook's list can be sent back as it stands; in sheet order within. */
function compareFindings(a: FindingRow, b: FindingRow): number {
  return (
    byText(a.institution, b.institution) ||
    byText(a.file, b.file) ||
    (a.row ?? 0) - (b.row ?? 0) ||
    SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]
  );
}

/**
 * Collects workbook outcomes one at a time, in whatever order the workers finish, and builds the consolidated
 * report from them; the order of arrival never shows in the result.
 */
export class ConsolidationBuilder {
  private readonly workbooks: WorkbookRow[] = [];
  private readonly overdue: OverdueRow[] = [];
  private readonly findings: FindingRow[] = [];
  private readonly unreadable: UnreadWorkbook[] = [];

  constructor(private readonly today: string) {}

  add(outcome: WorkbookOutcome): void {
    if (outcome.kind === 'unread') {
      this.unreadable.push({ kind: 'unread', file: outcome.file, reason: outcome.reason });
      return;
    }
    const { institution, file, sheet, counts } = outcome;
    this.workbooks.push({
      institution,
      file,
      sheet,
      counts: { ...counts },
      completionPercent: completionPercent(counts.done, counts.items),
      reportDate: outcome.reportDate,
    });
    for (const item of outcome.overdue) this.overdue.push({ ...item, institution, file });
    for (const finding of outcome.findings) this.findings.push({ ...finding, institution, file, sheet });
  }

  build(): Consolidation {
    const totals = emptyCounts();
    for (const { counts } of this.workbooks) {
      for (const key of COUNT_KEYS) totals[key] += counts[key];
    }
    return {
      today: this.today,
      files: this.workbooks.length + this.unreadable.length,
      workbooks: [...this.workbooks].sort(compareWorkbooks),
      totals: { ...totals, completionPercent: completionPercent(totals.done, totals.items) },
      overdue: [...this.overdue].sort(compareOverdue),
      findings: [...this.findings].sort(compareFindings),
      unreadable: [...this.unreadable].sort((a, b) => byText(a.file, b.file)),
    };
  }
}

export function consolidate(today: string, outcomes: Iterable<WorkbookOutcome>): Consolidation {
  const builder = new ConsolidationBuilder(today);
  for (const outcome of outcomes) builder.add(outcome);
  return builder.build();
}

/** 0: every file read and none holds an error; 1: some file unreadable or holding errors; 2: nothing could be read. */
export function consolidationExitStatus(consolidation: Consolidation): 0 | 1 | 2 {
  if (consolidation.workbooks.length === 0) return 2;
  if (consolidation.unreadable.length > 0 || consolidation.totals.errors > 0) return 1;
  return 0;
}
