import { completionPercent } from '../roadmap/summary';
import type { Severity, SummaryCounts } from '../roadmap/types';
import type { FileCounts } from '../i18n/consolidate';
import type { ReadFailure } from '../i18n/readFailures';
import type { Consolidation, FindingRow, OverdueRow, UnreadWorkbook, WorkbookOutcome, WorkbookRow } from './types';

const COUNT_KEYS: readonly (keyof SummaryCounts)[] = ['items', 'done', 'overdue', 'dueSoon', 'open', 'undated', 'doneLate', 'withdrawn', 'errors', 'warnings'];
const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

function emptyCounts(): SummaryCounts {
  return { items: 0, done: 0, overdue: 0, dueSoon: 0, open: 0, undated: 0, doneLate: 0, withdrawn: 0, errors: 0, warnings: 0 };
}

/** Names in natural order: «школа-2» before «школа-10»; Russian collation, case aside. */
const COLLATOR = new Intl.Collator('ru', { numeric: true, sensitivity: 'base' });
/** Natural order, with names equal to the collator told apart by their exact text, so every run sorts the same. */
export const byText = (a: string, b: string): number => COLLATOR.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);

/**
 * Reasons for which a file is passed over on purpose rather than failed: the tool's own report, a document that is
 * not a workbook, a link that leads to a folder or file already seen. They are listed, but do not make the run «incomplete».
 */
const SKIP_REASONS: ReadonlySet<ReadFailure['code']> = new Set(['tool-report', 'not-a-workbook', 'link-loop', 'same-file']);

export function isSkipReason(reason: ReadFailure): boolean {
  return SKIP_REASONS.has(reason.code);
}

/**
 * The place of each text in natural order (byText), equal texts in one place: comparing places orders exactly as byText
 * does (it tells apart every two different texts), without a collator call in each of the sort's comparisons — the
 * ministry's lists run to tens of thousands of rows, sorted by institution and file.
 */
type Ranks = ReadonlyMap<string, number>;

function textRanks(texts: Iterable<string>): Ranks {
  const sorted = [...new Set(texts)].sort(byText);
  return new Map(sorted.map((text, index) => [text, index]));
}

/** byText through the ranks: a text missing from them (never, when they were made from the rows) falls back to byText. */
function byRank(ranks: Ranks, a: string, b: string): number {
  const first = ranks.get(a);
  const second = ranks.get(b);
  return first !== undefined && second !== undefined ? first - second : byText(a, b);
}

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

function compareOverdue(names: Ranks, files: Ranks): (a: OverdueRow, b: OverdueRow) => number {
  return (a, b) => b.days - a.days || byRank(names, a.institution, b.institution) || byRank(files, a.file, b.file) || a.row - b.row;
}

/** Grouped by institution and file, so each workbook's list can be sent back as it stands; in sheet order within. */
function compareFindings(names: Ranks, files: Ranks): (a: FindingRow, b: FindingRow) => number {
  return (a, b) =>
    byRank(names, a.institution, b.institution) ||
    byRank(files, a.file, b.file) ||
    (a.row ?? 0) - (b.row ?? 0) ||
    SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity];
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
  private readonly skipped: UnreadWorkbook[] = [];
  private lockFiles = 0;

  constructor(private readonly today: string) {}

  /** Counts lock files passed over (they are never listed). */
  addLockFiles(count: number): void {
    this.lockFiles += count;
  }

  add(outcome: WorkbookOutcome): void {
    if (outcome.kind === 'unread') {
      (isSkipReason(outcome.reason) ? this.skipped : this.unreadable).push({ kind: 'unread', file: outcome.file, reason: outcome.reason });
      return;
    }
    const { institution, file, sheet, counts } = outcome;
    this.workbooks.push({
      institution,
      file,
      sheet,
      counts: { ...counts },
      completionPercent: completionPercent(counts.done, counts.items),
      asOf: outcome.asOf,
      savedOn: outcome.savedOn,
    });
    for (const item of outcome.overdue) this.overdue.push({ ...item, institution, file });
    // «Просрочено» lists every overdue item already: «Замечания» keeps what is to be corrected in the table.
    for (const finding of outcome.findings) if (finding.code !== 'overdue') this.findings.push({ ...finding, institution, file, sheet });
  }

  build(): Consolidation {
    const totals = emptyCounts();
    for (const { counts } of this.workbooks) {
      for (const key of COUNT_KEYS) totals[key] += counts[key];
    }
    // Every overdue item and finding comes from a workbook read: its institution and file are among theirs.
    const names = textRanks(this.workbooks.map((workbook) => workbook.institution));
    const files = textRanks(this.workbooks.map((workbook) => workbook.file));
    return {
      today: this.today,
      files: this.workbooks.length + this.unreadable.length,
      workbooks: [...this.workbooks].sort(compareWorkbooks),
      totals: { ...totals, completionPercent: completionPercent(totals.done, totals.items) },
      overdue: [...this.overdue].sort(compareOverdue(names, files)),
      findings: [...this.findings].sort(compareFindings(names, files)),
      unreadable: [...this.unreadable].sort((a, b) => byText(a.file, b.file)),
      skipped: [...this.skipped].sort((a, b) => byText(a.file, b.file)),
      lockFiles: this.lockFiles,
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

/** What the closing line and «Свод» count (see FileCounts): skipped files grouped by reason, in a fixed order. */
export function fileCounts(consolidation: Consolidation): FileCounts {
  const byCode = new Map<ReadFailure['code'], number>();
  for (const { reason } of consolidation.skipped) byCode.set(reason.code, (byCode.get(reason.code) ?? 0) + 1);
  return {
    read: consolidation.workbooks.length,
    files: consolidation.files,
    unreadable: consolidation.unreadable.length,
    skipped: [...SKIP_REASONS].filter((code) => byCode.has(code)).map((code) => ({ code, count: byCode.get(code) ?? 0 })),
    lockFiles: consolidation.lockFiles,
  };
}
