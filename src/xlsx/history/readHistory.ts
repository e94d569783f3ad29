import type ExcelJS from 'exceljs';
import type { Lang } from '../../roadmap/types';
import { emptyHistory, HISTORY_SHEET_NAME, readHistorySheet, type HistoryReading } from '../../roadmap/workingGroup';
import { toSheetData } from '../cells';
import { HISTORY_OWNER_NAME, markedSheet } from './ownedSheets';

export interface WorkbookHistory extends HistoryReading {
  /** The sheet that holds the history (the tools' own), or undefined when there is none yet. */
  sheet: ExcelJS.Worksheet | undefined;
}

/**
 * The workbook's history (never throws): the sheet marked as the tools', else a sheet «История» holding the snapshot
 * tables. A user's own sheet «История» with no such tables is not the history and is left alone.
 */
export function readWorkbookHistory(workbook: ExcelJS.Workbook, lang: Lang = 'ru'): WorkbookHistory {
  const marked = markedSheet(workbook, HISTORY_OWNER_NAME);
  const candidate = marked ?? workbook.getWorksheet(HISTORY_SHEET_NAME);
  if (!candidate) return { history: emptyHistory(), findings: [], sheet: undefined };
  const reading = readHistorySheet(toSheetData(candidate), lang);
  const notOurs = reading.findings.some((finding) => finding.code === 'history-no-tables');
  if (!marked && notOurs) return { history: emptyHistory(), findings: [], sheet: undefined };
  return { ...reading, sheet: candidate };
}
