/**
 * The working group's vocabulary: snapshots of the roadmap kept on the sheet «История», and what was read
 * from that sheet when a person edited or damaged it.
 */
import type { StatusTally } from '../summary';
import type { CellValue, ItemStatus } from '../types';

/** An item as it stood on a snapshot's report date. */
export interface SnapshotItem {
  no: string;
  activity: string;
  /** The deadline as written in the roadmap. */
  deadlineText: string;
  /** Due date (ISO), or null when the deadline had none. */
  due: string | null;
  responsible: string;
  result: string;
  status: ItemStatus;
}

/** Fields of a snapshot item that a damaged history may not hold (its column was deleted). */
export type SnapshotField = 'no' | 'activity' | 'deadlineText' | 'due' | 'responsible' | 'result' | 'status';

export interface SnapshotCounts extends StatusTally {
  /** Done items as a share of all items, percent with one decimal. */
  completionPercent: number;
}

export interface Snapshot {
  /** The report date the snapshot was taken for, ISO. */
  date: string;
  counts: SnapshotCounts;
  items: SnapshotItem[];
  /** Fields the history sheet could not tell for this snapshot: comparisons skip them. */
  unknownFields: SnapshotField[];
}

/** A row of «История» that could not be read: kept exactly as it was and written back below the tables. */
export interface UnreadRow {
  values: CellValue[];
}

export type HistoryFindingCode =
  | 'history-missing-column'
  | 'history-bad-date'
  | 'history-bad-number'
  | 'history-bad-status'
  | 'history-duplicate-counts'
  | 'history-counts-recomputed'
  | 'history-counts-mismatch'
  | 'history-unread-rows'
  | 'history-no-tables';

export interface HistoryFinding {
  code: HistoryFindingCode;
  severity: 'warning' | 'info';
  /** Worksheet row of «История», or null for the whole sheet. */
  row: number | null;
  message: string;
}

/** Everything the workbook remembers: snapshots by date ascending, and rows that could not be read. */
export interface History {
  snapshots: Snapshot[];
  unread: UnreadRow[];
}

export interface HistoryReading {
  history: History;
  findings: HistoryFinding[];
}

export const HISTORY_SHEET_NAME = 'История';
export const BRIEF_SHEET_NAME = 'Справка к заседанию';
/**
 * Workbook-level defined names that mark the sheets the working-group tools wrote (referring to the sheet's A1), as the
 * monitoring sheet is marked: a rerun replaces the tools' sheet, never a user's sheet that happens to have the same name.
 * The CLI and the add-in use the same names.
 */
export const HISTORY_OWNER_NAME = 'RoadmapMonitor_History';
export const BRIEF_OWNER_NAME = 'RoadmapMonitor_Brief';

export function emptyHistory(): History {
  return { snapshots: [], unread: [] };
}
