import type ExcelJS from 'exceljs';
import { excelDate } from '../excelDates';
import { maxOf } from '../../roadmap/arrays';
import { withinCellLimit } from '../renderReportSheet';
import {
  HISTORY_SHEET_NAME, historyLayout, type History, type HistoryColumnFormat, type HistoryTable, type HistoryValue,
} from '../../roadmap/workingGroup';
import { reportRowHeights, sheetLooks, type CellLook } from '../../roadmap/report/sheetLook';
import { historyReportSheet } from '../../roadmap/workingGroup';
import type { SheetChart } from '../charts';
import { excelJsStyle, reportPageSetup } from '../renderReportSheet';
import { HISTORY_OWNER_NAME, replaceOwnedSheet } from './ownedSheets';
import { notesInTables, placeTableNotes } from './tableNotes';

const DATE_FORMAT = 'dd.mm.yyyy';
const FORMATS: Record<HistoryColumnFormat, Partial<ExcelJS.Style>> = {
  date: { numFmt: DATE_FORMAT },
  text: { numFmt: '@', alignment: { vertical: 'top', wrapText: true } },
  wrap: { numFmt: '@', alignment: { vertical: 'top', wrapText: true } },
  integer: { numFmt: '0' },
  decimal: { numFmt: '0.0' },
};

/** Plain values only: dates as real dates, user text as text (never a formula, whatever it starts with). */
function excelValue(value: HistoryValue): ExcelJS.CellValue {
  if (value !== null && typeof value === 'object') return excelDate(value.date);
  return typeof value === 'string' ? withinCellLimit(value) : value;
}

/** `name`, or «name_2», «name_3»… when a table of the workbook has it (a renamed История the user kept has the tables). */
function freeTableName(workbook: ExcelJS.Workbook, name: string): string {
  // ExcelJS keeps a sheet's tables by name.
  const tablesOf = (sheet: ExcelJS.Worksheet): string[] => Object.keys((sheet as unknown as { tables: Record<string, unknown> }).tables ?? {});
  const taken = new Set(workbook.worksheets.flatMap((sheet) => tablesOf(sheet).map((table) => table.toLowerCase())));
  if (!taken.has(name.toLowerCase())) return name;
  let n = 2;
  while (taken.has(`${name}_${n}`.toLowerCase())) n++;
  return `${name}_${n}`;
}

interface KeptCell {
  row: number;
  column: number;
  value: ExcelJS.CellValue;
  style: Partial<ExcelJS.Style>;
  note: ExcelJS.Cell['note'];
}

/**
 * What the user typed beside the tools' tables on «История» (right of the columns the tools write): notes, remarks,
 * with their styles and cell notes, to be put back where they were on the sheet written anew.
 */
function cellsBeside(sheet: ExcelJS.Worksheet | undefined, toolColumns: number): { cells: KeptCell[]; widths: Map<number, number> } {
  const cells: KeptCell[] = [];
  const widths = new Map<number, number>();
  if (!sheet) return { cells, widths };
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    row.eachCell({ includeEmpty: false }, (cell, column) => {
      if (column <= toolColumns || (cell.isMerged && cell.master !== cell)) return;
      cells.push({ row: rowNumber, column, value: cell.value, style: structuredClone(cell.style), note: cell.note });
      const width = sheet.getColumn(column).width;
      if (width !== undefined) widths.set(column, width);
    });
  });
  return { cells, widths };
}

function addTypedTable(worksheet: ExcelJS.Worksheet, table: HistoryTable): void {
  worksheet.addTable({
    name: freeTableName(worksheet.workbook, table.name),
    ref: `A${table.headerRow}`,
    headerRow: true,
    totalsRow: false,
    style: { theme: 'TableStyleLight9', showRowStripes: true },
    columns: table.headers.map((name) => ({ name, filterButton: true })),
    rows: table.rows.map((row) => row.map(excelValue)),
  });
  table.rows.forEach((_, index) => {
    const row = worksheet.getRow(table.headerRow + 1 + index);
    table.formats.forEach((format, column) => Object.assign(row.getCell(column + 1), { style: { ...FORMATS[format] } }));
  });
  const header = worksheet.getRow(table.headerRow);
  header.font = { bold: true };
  header.alignment = { vertical: 'middle', wrapText: true };
}

/** What writing «История» gives back. */
export interface WrittenHistory {
  /** The chart to inject once the workbook is written (ExcelJS cannot write charts). */
  chart: SheetChart;
  /** Addresses on the old sheet («C14») of the cell notes inside the tables that had no row left to go to. */
  unplacedNotes: string[];
}

/**
 * Writes the sheet «История» anew (the tools own it) in the place it stood, or last (never over a user's sheet of that name): the counts table with its
 * chart, the items table, and any rows that could not be read, unchanged; what the user typed beside the tables stays where it was, and the
 * cell notes put inside the tables follow their rows (same snapshot date, and item number for the items table; see tableNotes).
 */
export function writeHistorySheet(workbook: ExcelJS.Workbook, history: History, owned: ExcelJS.Worksheet | undefined): WrittenHistory {
  const layout = historyLayout(history);
  const toolColumns = maxOf(layout.unread?.rows.map((row) => row.length) ?? [], Math.max(layout.columnWidths.length, layout.counts.headers.length, layout.items.headers.length));
  const beside = cellsBeside(owned, toolColumns);
  const notes = notesInTables(owned, layout, toolColumns);
  const worksheet = replaceOwnedSheet(workbook, owned, HISTORY_SHEET_NAME, HISTORY_OWNER_NAME);
  worksheet.getCell('A1').value = layout.title;
  worksheet.getCell('A1').font = { bold: true, size: 14 };
  worksheet.getCell('A2').value = layout.note;
  worksheet.getCell('A2').font = { italic: true, color: { argb: 'FF595959' } };
  addTypedTable(worksheet, layout.counts);
  addTypedTable(worksheet, layout.items);
  if (layout.unread) {
    const title = worksheet.getCell(`A${layout.unread.titleRow}`);
    title.value = layout.unread.title;
    title.font = { bold: true, color: { argb: 'FF9C5700' } };
    layout.unread.rows.forEach((values, index) => {
      const row = worksheet.getRow(layout.unread!.titleRow + 1 + index);
      values.forEach((value, column) => {
        const cell = row.getCell(column + 1);
        cell.value = excelValue(value);
        if (value !== null && typeof value === 'object') cell.numFmt = DATE_FORMAT;
      });
    });
  }
  layout.columnWidths.forEach((width, index) => {
    worksheet.getColumn(index + 1).width = width;
  });
  for (const kept of beside.cells) {
    const cell = worksheet.getCell(kept.row, kept.column);
    cell.value = kept.value;
    cell.style = kept.style;
    if (kept.note !== undefined) cell.note = kept.note;
  }
  for (const [column, width] of beside.widths) worksheet.getColumn(column).width = width;
  const unplacedNotes = placeTableNotes(worksheet, notes, layout, toolColumns);
  applyReportLook(worksheet, historyReportSheet(layout, worksheet.name));
  return { chart: { sheetName: worksheet.name, spec: layout.chart }, unplacedNotes };
}

/**
 * The cell aligned as the report look says, through a style of its own: a style it shares (a report look's, frozen, or
 * one read from a file, shared by every cell of that style) must not change with it.
 */
function alignLike(cell: ExcelJS.Cell, look: CellLook): void {
  cell.style = { ...cell.style, alignment: { ...excelJsStyle(look).alignment } };
}

/**
 * The look the add-in gives the same sheet: every cell top-aligned (numbers right), row heights for wrapped text
 * (LibreOffice and R7 do not fit a typed table's rows either), landscape one page wide with the items table starting
 * a page and its header repeated. The typed tables keep their own fills and fonts; only alignment and heights come
 * from the report look, and number formats from the table's columns.
 */
function applyReportLook(worksheet: ExcelJS.Worksheet, report: ReturnType<typeof historyReportSheet>): void {
  const looks = sheetLooks(report.rows);
  const heights = reportRowHeights(report);
  report.rows.forEach((cells, rowIndex) => {
    const row = worksheet.getRow(rowIndex + 1);
    cells.forEach((_, columnIndex) => {
      const look = looks[rowIndex][columnIndex];
      if (look) alignLike(row.getCell(columnIndex + 1), look);
    });
    const height = heights[rowIndex];
    if (height !== undefined) row.height = height;
  });
  worksheet.pageSetup = { ...worksheet.pageSetup, ...reportPageSetup(report) };
  for (const row of report.print?.breaksBefore ?? []) if (row > 1) worksheet.getRow(row - 1).addPageBreak();
}
