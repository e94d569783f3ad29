import type ExcelJS from 'exceljs';
import { HEADER_TEXT } from '../roadmap/columns';
import { isoToUtcDate } from '../roadmap/dates';
import { UNDATED_MARK } from '../roadmap/liveRules';
import type { Roadmap } from '../roadmap/types';
import { DATE_FORMAT } from './renderReportSheet';

const PLANNED_DATE_WIDTH = 14;

function styleLike(target: ExcelJS.Cell, model: ExcelJS.Cell): void {
  target.style = structuredClone(model.style);
}

/**
 * Fills the «Плановая дата» column the live rules compare with TODAY(): each item's due date as a real date cell,
 * «—» (UNDATED_MARK) where the item has none, so the rules know the row is an item's. The column is the tools' own (the table's «Плановая дата», or a column that was
 * empty), so no cell the user typed is touched; a new column gets its header, styled like the header beside it.
 */
export function fillPlannedDates(worksheet: ExcelJS.Worksheet, roadmap: Roadmap, column: number): void {
  const { layout } = roadmap;
  if (layout.columns.plannedDate === undefined) {
    const headerCell = worksheet.getCell(layout.headerRow, column);
    styleLike(headerCell, worksheet.getCell(layout.headerRow, column - 1));
    headerCell.value = HEADER_TEXT.plannedDate;
  }
  if (worksheet.getColumn(column).width === undefined) worksheet.getColumn(column).width = PLANNED_DATE_WIDTH;
  const deadlineColumn = layout.columns.deadline ?? column - 1;
  for (const item of roadmap.items) {
    const cell = worksheet.getCell(item.row, column);
    styleLike(cell, worksheet.getCell(item.row, deadlineColumn));
    cell.numFmt = DATE_FORMAT;
    cell.value = item.deadline.due ? isoToUtcDate(item.deadline.due) : UNDATED_MARK;
  }
}
