import type { ListedItem } from '../roadmap/summary';
import type { Finding, SummaryCounts } from '../roadmap/types';
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
  /** ISO date the workbook reports for (see `workbookReportDate`), or null. */
  reportDate: string | null;
  sheet: string;
  counts: SummaryCounts;
  overdue: ListedItem[];
  findings: Finding[];
}

export interface UnreadWorkbook {
  kind: 'unread';
  file: string;
  reason: string;
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
  reportDate: string | null;
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
  /** Files looked at: read plus unreadable. */
  files: number;
  workbooks: WorkbookRow[];
  totals: SummaryCounts & { completionPercent: number };
  overdue: OverdueRow[];
  findings: FindingRow[];
  unreadable: UnreadWorkbook[];
}
