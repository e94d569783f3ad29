import type ExcelJS from 'exceljs';
import type { Lang } from '../../roadmap/types';
import { emptyHistory, HISTORY_SHEET_NAME, readHistorySheet, type HistoryReading } from '../../roadmap/workingGroup';
import { toSheetData } from '../cells';

/** The workbook's history: its sheet «История» read (never throws), or an empty history when there is none. */
export function readWorkbookHistory(workbook: ExcelJS.Workbook, lang: Lang = 'ru'): HistoryReading {
  const worksheet = workbook.getWorksheet(HISTORY_SHEET_NAME);
  if (!worksheet) return { history: emptyHistory(), findings: [] };
  return readHistorySheet(toSheetData(worksheet), lang);
}
