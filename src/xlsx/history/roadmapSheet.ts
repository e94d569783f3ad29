import type ExcelJS from 'exceljs';
import { locateTable } from '../../roadmap/layout';
import { BRIEF_SHEET_NAME, HISTORY_SHEET_NAME } from '../../roadmap/workingGroup';
import { toSheetData } from '../cells';

/** Sheets the tools write; their tables repeat the roadmap's headers and must never be taken for the roadmap. */
const TOOL_SHEETS: ReadonlySet<string> = new Set([HISTORY_SHEET_NAME, BRIEF_SHEET_NAME, 'Мониторинг']);

/** The name of the first visible sheet, other than the tools' own, that holds a roadmap table; undefined when none does. */
export function roadmapSheetName(workbook: ExcelJS.Workbook): string | undefined {
  for (const worksheet of workbook.worksheets) {
    if (worksheet.state === 'hidden' || worksheet.state === 'veryHidden' || TOOL_SHEETS.has(worksheet.name)) continue;
    if (locateTable(toSheetData(worksheet))) return worksheet.name;
  }
  return undefined;
}
