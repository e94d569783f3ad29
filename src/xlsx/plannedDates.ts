import type ExcelJS from 'exceljs';
import { HEADER_TEXT } from '../roadmap/columns';
import { excelDate } from './excelDates';
import type { MergedRange } from '../roadmap/liveRules';
import type { Roadmap } from '../roadmap/types';
import { DATE_FORMAT } from '../roadmap/report/sheetLook';

const PLANNED_DATE_WIDTH = 14;

function styleLike(target: ExcelJS.Cell, model: ExcelJS.Cell): void {
  target.style = structuredClone(model.style);
}

/** The worksheet's merged ranges, as plannedDateColumn takes them. */
export function mergedRanges(worksheet: ExcelJS.Worksheet): MergedRange[] {
  // ExcelJS keeps its merges by master cell (worksheet.model would build every row to list them).
  const merges = (worksheet as unknown as { _merges: Record<string, MergedRange> })._merges;
  return Object.values(merges).map(({ top, left, bottom, right }) => ({ top, left, bottom, right }));
}

/** True when the cell lies in a merged range: writing into it would replace, or hide, what the merge shows. */
function isInMerge(cell: ExcelJS.Cell): boolean {
  return cell.isMerged;
}

/**
 * Fills the «Плановая дата» column the live rules compare with TODAY(): each item's due date as a real date cell,
 * empty where the item has none or Excel cannot hold it. The column is the tools' own (the table's «Плановая дата», or a
 * column that was empty and unmerged), so no cell the user typed is touched, and no cell of a merge is written; a new column gets its header, styled like the header beside it.
 */
export function fillPlannedDates(worksheet: ExcelJS.Worksheet, roadmap: Roadmap, column: number): void {
  const { layout } = roadmap;
  if (layout.columns.plannedDate === undefined && !isInMerge(worksheet.getCell(layout.headerRow, column))) {
    const headerCell = worksheet.getCell(layout.headerRow, column);
    styleLike(headerCell, worksheet.getCell(layout.headerRow, column - 1));
    headerCell.value = HEADER_TEXT.plannedDate;
  }
  if (worksheet.getColumn(column).width === undefined) worksheet.getColumn(column).width = PLANNED_DATE_WIDTH;
  const deadlineColumn = layout.columns.deadline ?? column - 1;
  for (const item of roadmap.items) {
    const cell = worksheet.getCell(item.row, column);
    if (isInMerge(cell)) continue; // a merge the user made over the table's own column: left as it is
    styleLike(cell, worksheet.getCell(item.row, deadlineColumn));
    cell.numFmt = DATE_FORMAT;
    cell.value = item.deadline.due ? excelDate(item.deadline.due) : null;
  }
}
