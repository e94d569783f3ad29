import type { ListedItem } from '../roadmap/summary';
import type { Finding, SummaryCounts } from '../roadmap/types';
import type { ReadFailure } from '../i18n/readFailures';
import type { InstitutionSource } from './institution';

/**
 * What reading one workbook yields: only the small result the report needs (counts, overdue items, findings),
 * never the workbook itself, so a worker hands back a few kilobytes whatever the file's size.
 */
export interface ReadWorkbook {
  kind: 'read';
  file: string;
  institution: string;
  institutionSource: InstitutionSource;
  /**
   * ISO date the workbook states its data is as of: a title line «по состоянию на 01.04.2024», else the report date
   * the tool wrote into its copy (see toolMarker); null when the workbook states none.
   */
  asOf: string | null;
  /** ISO date the workbook was last saved (its document properties), or null. */
  savedOn: string | null;
  sheet: string;
  counts: SummaryCounts;
  overdue: ListedItem[];
  findings: Finding[];
}

/** A file not read: a workbook that failed (listed as unread), or a file passed over on purpose (see isSkipReason). */
export interface UnreadWorkbook {
  kind: 'unread';
  /** The file as the report names it: relative to the folder given. */
  file: string;
  reason: ReadFailure;
}

export type WorkbookOutcome = ReadWorkbook | UnreadWorkbook;

/** One row of «Свод». */
export interface WorkbookRow {
  institution: string;
  file: string;
  sheet: string;
  counts: SummaryCounts;
  /** Done items as a share of all items, in percent with one decimal. */
  completionPercent: number;
  asOf: string | null;
  savedOn: string | null;
}

/** One row of «Просрочено». */
export interface OverdueRow extends ListedItem {
  institution: string;
  file: string;
}

/** One row of «Замечания». */
export interface FindingRow extends Finding {
  institution: string;
  file: string;
  sheet: string;
}

export interface Consolidation {
  /** The report date every item's status is computed for, ISO. */
  today: string;
  /** Workbooks looked at: read plus unreadable (files passed over on purpose are not counted here). */
  files: number;
  workbooks: WorkbookRow[];
  totals: SummaryCounts & { completionPercent: number };
  overdue: OverdueRow[];
  findings: FindingRow[];
  unreadable: UnreadWorkbook[];
  /** Files passed over on purpose, each with why: the tool's own reports, documents that are not workbooks, links seen twice. */
  skipped: UnreadWorkbook[];
  /** Excel's and LibreOffice's lock files («~$plan.xlsx», «.~lock.plan.xlsx#») passed over: counted, not listed. */
  lockFiles: number;
}
