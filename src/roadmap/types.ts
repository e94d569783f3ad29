/**
 * The engine's vocabulary. Hosts (Excel, .xlsx files) turn a worksheet into a `SheetData`;
 * the engine turns it into a `Roadmap` with items, findings and a summary.
 */

/** A worksheet cell as the engine sees it, whatever the host. */
export type CellValue =
  | null
  | string
  | number
  | boolean
  | { kind: 'date'; iso: string }
  | { kind: 'error'; code: string };

export interface Cell {
  value: CellValue;
  /** The text the host displays, when it knows it (keeps `1.10` that a number cell would read as 1.1). */
  text?: string;
  /**
   * True for a cell covered by a merge whose first cell is in a row above (a Word table pasted into Excel merges
   * the number cell down over the item's paragraph rows). Hosts that read no merges leave it out.
   */
  mergedFromAbove?: true;
}

export interface SheetData {
  name: string;
  /** Worksheet row (1-based) of cells[0]. */
  top: number;
  /** Worksheet column (1-based) of cells[r][0]. */
  left: number;
  cells: Cell[][];
}

export type ColumnKey =
  | 'no'
  | 'activity'
  | 'deadline'
  | 'responsible'
  | 'result'
  | 'materials'
  | 'status'
  | 'completedOn'
  | 'comment'
  | 'plannedDate';

export type DeadlineKind =
  | 'date'
  | 'milestones'
  | 'period'
  | 'recurring'
  | 'continuous'
  | 'on-demand'
  | 'none'
  | 'unknown';

export interface Deadline {
  /** The deadline as written (a date cell is written as DD.MM.YYYY). */
  text: string;
  kind: DeadlineKind;
  /** ISO date YYYY-MM-DD, or null when the deadline has no single due date. */
  due: string | null;
  /** Every date the deadline names, ascending (one for a plain date). */
  checkpoints: string[];
  /** True when the text wrote no year and the plan's year was lent to it («до 5 мая» in a plan «на 2005 год»). */
  inferredYear?: true;
}

/** `withdrawn`: «снято с контроля», «отменено» — out of the plan in force, never overdue, counted apart. */
export type ItemStatus = 'done' | 'overdue' | 'due-soon' | 'open' | 'undated' | 'withdrawn';

/**
 * Whether a done item met its deadline (seed 000 §4.7: the working group approves results, «исполнено с нарушением
 * срока» is its term): null when the item is not done, or when the day it was done or its due date is not known.
 */
export type Completion = 'on-time' | 'late' | null;

export type Severity = 'error' | 'warning' | 'info';

export type FindingCode =
  | 'missing-column'
  | 'missing-no'
  | 'invalid-no'
  | 'duplicate-no'
  | 'numbering-order'
  | 'no-looks-like-date'
  | 'missing-activity'
  | 'missing-deadline'
  | 'missing-responsible'
  | 'missing-result'
  | 'unparsed-deadline'
  | 'invalid-status'
  | 'cell-error'
  | 'overdue'
  /** Warning: a checkpoint of an item not done has passed (seed 000: the working group reviews each stage). */
  | 'checkpoint-passed'
  /** Info: a column recognised from its content, its header unknown or empty. */
  | 'guessed-column'
  /** Info: the table has no result column, so results can't be checked (most published plans have none). */
  | 'no-result-column'
  /** Info: the table has no number column; items are known by their rows and wording. */
  | 'no-number-column'
  /** Info: dates without a year were read in the plan's one year. */
  | 'inferred-year'
  /** Warning: dates without a year stay unread because the plan names several years. */
  | 'conflicting-years';

export interface Finding {
  code: FindingCode;
  severity: Severity;
  /** Worksheet row, 1-based, or null for the whole table. */
  row: number | null;
  column: ColumnKey | null;
  message: string;
}

export interface Section {
  row: number;
  /** The section's number as written ("1", "2.1"), or null for an unnumbered heading. */
  no: string | null;
  title: string;
}

/** What the status column says, once recognised. */
export type DeclaredStatus = 'done' | 'in-progress' | 'not-started' | 'not-done' | 'disagreement' | 'withdrawn';

export interface Item {
  row: number;
  no: string;
  /** The number of the section the item stands in, or null before any section. */
  section: string | null;
  activity: string;
  responsible: string;
  result: string;
  materials: string;
  deadline: Deadline;
  status: ItemStatus;
  /** Done on time or late; see `Completion`. */
  completion: Completion;
  /** The status cell as written, when the table has a status column. */
  statusText?: string;
  declaredStatus?: DeclaredStatus | null;
  /** The first and last worksheet rows of the item: more than one when continuation rows join it. */
  rows: [number, number];
  /** Worksheet row of the section row the item stands under, or null before any section. */
  sectionRow: number | null;
  /** ISO date from the completion-date column, when filled with a date. */
  completedOn?: string | null;
  comment?: string;
}

export type Lang = 'ru' | 'en';

export interface AnalyzeOptions {
  /** Report date, ISO. */
  today: string;
  /** The plan's end date, ISO: the due date of continuous activities. */
  periodEnd?: string | null;
  /** Days ahead that count as due soon (default 14). */
  dueSoonDays?: number;
  lang?: Lang;
}

export interface TableLayout {
  sheet: string;
  /** Worksheet row of the header. */
  headerRow: number;
  /** Worksheet row of the column-number row under the header, if any. */
  numberingRow: number | null;
  /** Worksheet row of a second header row (sub-headers under merged group headers), if any. */
  subHeaderRow?: number | null;
  /** Worksheet column number (1-based) of each recognised column. */
  columns: Partial<Record<ColumnKey, number>>;
  /** The header text each column was recognised from (group and sub-header joined with « / »; may be empty when guessed). */
  headers?: Partial<Record<ColumnKey, string>>;
  /** Columns recognised from their content rather than their header. */
  guessed?: ColumnKey[];
  /** First and last worksheet row of the table body (after header and numbering row). */
  firstRow: number;
  lastRow: number;
  /** First and last worksheet column the header spans. */
  firstColumn: number;
  lastColumn: number;
}

/** How many items of the plan in force stand in each status (withdrawn items are left out). */
export interface StatusTally {
  items: number;
  done: number;
  overdue: number;
  dueSoon: number;
  open: number;
  undated: number;
}

export interface SummaryCounts extends StatusTally {
  /** Of `done`, those done after their due date («исполнено с нарушением срока»). */
  doneLate: number;
  /** Items withdrawn from control: not in `items` (the plan in force) nor in any status count. */
  withdrawn: number;
  errors: number;
  warnings: number;
}

export interface Roadmap {
  layout: TableLayout;
  today: string;
  sections: Section[];
  items: Item[];
  findings: Finding[];
  counts: SummaryCounts;
}
