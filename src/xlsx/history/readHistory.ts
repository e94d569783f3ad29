import type ExcelJS from 'exceljs';
import type { Lang } from '../../roadmap/types';
import { emptyHistory, HISTORY_SHEET_NAME, historyLayout, readHistorySheet, type HistoryReading } from '../../roadmap/workingGroup';
import type { SheetData } from '../../roadmap/types';
import { toSheetData } from '../cells';
import { HISTORY_OWNER_NAME, markedSheet } from './ownedSheets';

export interface WorkbookHistory extends HistoryReading {
  /** The sheet that holds the history (the tools' own), or undefined when there is none yet. */
  sheet: ExcelJS.Worksheet | undefined;
}

/** The columns the tools' tables take on «История»; what the user types right of them is theirs, not history rows. */
const TOOL_COLUMNS = historyLayout(emptyHistory()).columnWidths.length;

function toolColumnsOnly(sheet: SheetData): SheetData {
  const width = Math.max(0, TOOL_COLUMNS - sheet.left + 1);
  return { ...sheet, cells: sheet.cells.map((row) => row.slice(0, width)) };
}

/**
 * The workbook's history (never throws): the sheet marked as the tools', else a sheet «История» holding the snapshot
 * tables. A user's own sheet «История» with no such tables is not the history and is left alone.
 */
export function readWorkbookHistory(workbook: ExcelJS.Workbook, lang: Lang = 'ru'): WorkbookHistory {
  const marked = markedSheet(workbook, HISTORY_OWNER_NAME);
  const candidate = marked ?? workbook.getWorksheet(HISTORY_SHEET_NAME);
  if (!candidate) return { history: emptyHistory(), findings: [], sheet: undefined };
  const reading = readHistorySheet(toolColumnsOnly(toSheetData(candidate)), lang);
  const notOurs = reading.findings.some((finding) => finding.code === 'history-no-tables');
  if (!marked && notOurs) return { history: emptyHistory(), findings: [], sheet: undefined };
  return { ...reading, sheet: candidate };
}
