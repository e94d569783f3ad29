import type ExcelJS from 'exceljs';
import { excelDate } from './excelDates';
import { REPORT_PRINT_LAYOUT, type ReportCell, type ReportSheet, type ReportStyle } from '../roadmap/report/reportSheet';
import type { SheetChart } from './charts';
import { rowHeightFor } from './rowHeights';

export const DATE_FORMAT = 'DD.MM.YYYY';

const THIN: Partial<ExcelJS.Border> = { style: 'thin', color: { argb: 'FFBFBFBF' } };

const STYLES: Record<ReportStyle, Partial<ExcelJS.Style>> = {
  title: { font: { bold: true, size: 14 } },
  subtitle: { font: { bold: true, size: 12 } },
  header: {
    font: { bold: true },
    fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9D9D9' } },
    alignment: { wrapText: true, vertical: 'middle' },
    border: { top: THIN, bottom: THIN, left: THIN, right: THIN },
  },
  total: { font: { bold: true } },
  percent: { numFmt: '0.0%' },
  date: { numFmt: DATE_FORMAT },
  wrap: { alignment: { wrapText: true, vertical: 'top' } },
  error: { font: { color: { argb: 'FFC00000' } } },
  warning: { font: { color: { argb: 'FF9C5700' } } },
};

/** Excel's limit on the characters of one cell: a longer text makes Excel repair the file (and cut it there). */
export const MAX_CELL_TEXT = 32767;

/** `text`, cut with an ellipsis to the characters a cell holds (never splitting a surrogate pair). */
export function withinCellLimit(text: string): string {
  if (text.length <= MAX_CELL_TEXT) return text;
  let end = MAX_CELL_TEXT - 1;
  if (/[\uD800-\uDBFF]/.test(text[end - 1])) end--;
  return `${text.slice(0, end)}…`;
}

/** Writes one report cell (value and style) into an ExcelJS cell, of an in-memory or a streamed worksheet. */
export function writeCell(cell: ExcelJS.Cell, { value, style }: ReportCell): void {
  if (value === null) return;
  if (typeof value === 'object') {
    // A real date cell: Excel's serial with a date format, never text; a date Excel cannot hold stays empty.
    cell.value = excelDate(value.date);
    cell.numFmt = DATE_FORMAT;
  } else {
    // ExcelJS writes a string as a string whatever it starts with (=, +, -, @): it never becomes a formula.
    cell.value = typeof value === 'string' ? withinCellLimit(value) : value;
  }
  if (style) Object.assign(cell, structuredClone(STYLES[style]));
}

/** REPORT_PRINT_LAYOUT in ExcelJS's terms (fitToHeight 0: as many pages down as needed). */
export const REPORT_PAGE_SETUP: Partial<ExcelJS.PageSetup> = {
  orientation: REPORT_PRINT_LAYOUT.orientation,
  fitToPage: true,
  fitToWidth: REPORT_PRINT_LAYOUT.pagesWide,
  fitToHeight: 0,
};

/**
 * Writes a report sheet as a new worksheet of the workbook, placed last, and returns
 * its charts, to be added to the saved file with addNativeCharts (ExcelJS cannot write charts).
 */
export function renderReportSheet(workbook: ExcelJS.Workbook, report: ReportSheet, name: string = report.name): SheetChart[] {
  const worksheet = workbook.addWorksheet(name, {
    views: report.frozenRows > 0 ? [{ state: 'frozen', ySplit: report.frozenRows }] : [],
    pageSetup: REPORT_PAGE_SETUP,
  });
  report.columnWidths.forEach((width, index) => {
    worksheet.getColumn(index + 1).width = width;
  });
  report.rows.forEach((cells, rowIndex) => {
    const row = worksheet.getRow(rowIndex + 1);
    cells.forEach((cell, columnIndex) => {
      if (cell) writeCell(row.getCell(columnIndex + 1), cell);
    });
    const wrapped = cells
      .map((cell, columnIndex) => ({ cell, width: report.columnWidths[columnIndex] }))
      .filter(({ cell }) => (cell?.style === 'wrap' || cell?.style === 'header') && typeof cell.value === 'string')
      .map(({ cell, width }) => ({ text: cell.value as string, width }));
    const height = rowHeightFor(wrapped);
    if (height !== undefined) row.height = height;
  });
  for (const range of report.merges) worksheet.mergeCells(range);
  return report.charts.map((spec) => ({ sheetName: name, spec }));
}
