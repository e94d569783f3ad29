import type { ReportSheet } from '../roadmap/report/reportSheet';
import type { SheetData } from '../roadmap/types';
import type { HistoryLayout } from '../roadmap/workingGroup';
import type { WrittenSheet } from './workbookPort';

/** The sheet that may hold the history: the one marked as the tools', else one named «История». */
export interface HistorySource {
  sheet: SheetData | null;
  /** True when the workbook-level marker names this sheet (it is the tools' even if a person emptied it). */
  marked: boolean;
}

/** What the «Рабочая группа» view asks of the open workbook (the Excel implementation is src/excel/historyPort.ts). */
export interface HistoryPort {
  readHistory(): Promise<HistorySource>;
  /** Writes «История» anew in its place (replacing only the tools' sheet), with typed tables and the chart. */
  writeHistory(layout: HistoryLayout): Promise<WrittenSheet>;
  /** Writes «Справка к заседанию», replacing only a brief sheet the tools wrote before. */
  writeBriefSheet(sheet: ReportSheet): Promise<WrittenSheet>;
}
