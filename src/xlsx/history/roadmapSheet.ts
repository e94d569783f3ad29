import type ExcelJS from 'exceljs';
import { locateTable } from '../../roadmap/layout';
import { BRIEF_SHEET_NAME, HISTORY_SHEET_NAME } from '../../roadmap/workingGroup';
import { toSheetData } from '../cells';
import { BRIEF_OWNER_NAME, markedSheet } from './ownedSheets';

/** Sheets the tools write; their tables repeat the roadmap's headers and must never be taken for the roadmap. */
const TOOL_SHEETS: ReadonlySet<string> = new Set([HISTORY_SHEET_NAME, BRIEF_SHEET_NAME, 'Мониторинг']);

/**
 * The name of the first visible sheet, other than the tools' own (`historySheet`, the marked brief, the usual names),
 * that holds a roadmap table; undefined when none does.
 */
export function roadmapSheetName(workbook: ExcelJS.Workbook, historySheet?: ExcelJS.Worksheet): string | undefined {
  const skipped = new Set(TOOL_SHEETS);
  for (const sheet of [historySheet, markedSheet(workbook, BRIEF_OWNER_NAME)]) if (sheet) skipped.add(sheet.name);
  for (const worksheet of workbook.worksheets) {
    if (worksheet.state === 'hidden' || worksheet.state === 'veryHidden' || skipped.has(worksheet.name)) continue;
    if (locateTable(toSheetData(worksheet))) return worksheet.name;
  }
  return undefined;
}
