import type { LiveRule, MergedRange } from '../roadmap/liveRules';
import type { ReportSheet } from '../roadmap/report/reportSheet';
import type { Lang, SheetData, TableLayout } from '../roadmap/types';

/**
 * What the task pane and the ribbon commands ask of the open workbook. The Excel implementation lives in
 * `src/excel/`; the UI never calls Excel directly, so it can be tested against a fake.
 */

/** A roadmap found in the workbook: the cells read (a used range or an Excel table) and where the table is. */
export interface RoadmapSource {
  sheet: SheetData;
  layout: TableLayout;
  /** The Excel table (ListObject) holding the roadmap, or null for a plain range. */
  table: string | null;
  /** The sheet's merged ranges where the host can read them (ExcelApi 1.13); the tools' columns avoid them. */
  merges?: readonly MergedRange[];
}

/** Everything one run of Проверить writes: the «Плановая дата» column and the live highlighting rules. */
export interface HighlightPlan {
  sheet: string;
  table: string | null;
  /** Worksheet column (1-based) of «Плановая дата». */
  plannedColumn: number;
  headerRow: number;
  /** True when the column has no header yet (a new column right of a plain range, or a new table column). */
  addHeader: boolean;
  /** Due dates of the item rows, by contiguous blocks of rows; null leaves the cell empty (no single due date). */
  plannedDates: { firstRow: number; dates: (string | null)[] }[];
  rules: LiveRule[];
}

/** The monitoring columns to add to a roadmap (Статус with a drop-down, Дата выполнения). */
export interface MonitoringColumnsPlan {
  sheet: string;
  table: string | null;
  headerRow: number;
  firstRow: number;
  lastRow: number;
  /** New columns carry no number in a column-numbering row: the engine reads that row by its consecutive numbers. */
  columns: { key: 'status' | 'completedOn'; column: number; header: string }[];
  statusChoices: readonly string[];
}

export interface NewRoadmapOptions {
  /** Pre-fill with the pilot roadmap (seed 003) instead of an empty table. */
  template: boolean;
  lang: Lang;
}

export interface WrittenSheet {
  name: string;
}

export interface AddedColumns {
  added: ('status' | 'completedOn')[];
  /** False when Excel is too old for data validation (ExcelApi 1.8): the column is added without the drop-down. */
  dropDown: boolean;
}

export interface WorkbookPort {
  /** The roadmap under the selection, else the first table or sheet whose header the engine recognises. */
  findRoadmap(): Promise<RoadmapSource | null>;
  applyHighlighting(plan: HighlightPlan): Promise<void>;
  /** Writes the monitoring sheet, replacing only a sheet the add-in wrote before. */
  writeSummarySheet(sheet: ReportSheet): Promise<WrittenSheet>;
  createRoadmap(options: NewRoadmapOptions): Promise<WrittenSheet>;
  addMonitoringColumns(plan: MonitoringColumnsPlan): Promise<AddedColumns>;
  /** Activates the sheet and selects one cell, e.g. "E12". */
  selectCell(sheet: string, address: string): Promise<void>;
}
