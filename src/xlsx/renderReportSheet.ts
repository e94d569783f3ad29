import type ExcelJS from 'exceljs';
import { excelDate } from './excelDates';
import { REPORT_PRINT_LAYOUT, printTitleRows, type ReportCell, type ReportSheet } from '../roadmap/report/reportSheet';
import { cellLook, reportRowHeights, sheetLooks, type CellLook } from '../roadmap/report/sheetLook';
import type { SheetChart } from './charts';

/** «#D9D9D9» → ExcelJS's «FFD9D9D9». */
function argb(colour: string): string {
  return `FF${colour.slice(1).toUpperCase()}`;
}

/** A deep-frozen copy of an object tree: a shared style can't be changed by accident. */
function frozen<T extends object>(value: T): T {
  for (const child of Object.values(value)) if (child !== null && typeof child === 'object') frozen(child as object);
  return Object.freeze(value);
}

/** One style object per distinct look, keyed by lookKey (a report has a few dozen looks over many thousand cells). */
const stylesByLook = new Map<string, Readonly<Partial<ExcelJS.Style>>>();

/** Every field of a look, in a fixed order: two looks with the same key are drawn the same. */
function lookKey(look: CellLook): string {
  return [look.bold, look.italic, look.size, look.color, look.fill, look.horizontal, look.vertical, look.wrap, look.numberFormat, look.border].join('|');
}

/**
 * The engine's look of a cell (sheetLook) in ExcelJS's terms: one shared, deep-frozen object per distinct look.
 * Shared because ExcelJS's style cache (StylesXform) knows a style by object identity: a new object per cell made
 * it describe every cell's style again (about a third of the report's CPU time). Frozen because ExcelJS's cell
 * setters (cell.alignment = …, cell.font = …) write into cell.style, which would change every cell sharing it:
 * a cell whose look changes after writeCell needs a style of its own first (`cell.style = { ...cell.style, … }`),
 * and a setter on the shared object throws a TypeError instead of quietly restyling the sheet.
 */
export function excelJsStyle(look: CellLook): Readonly<Partial<ExcelJS.Style>> {
  // The looks of sheetLooks are shared objects (cellLook): most cells find their style without making a key.
  let style = stylesByLookObject.get(look);
  if (style) return style;
  const key = lookKey(look);
  style = stylesByLook.get(key);
  if (!style) {
    style = frozen(newStyle(look));
    stylesByLook.set(key, style);
  }
  stylesByLookObject.set(look, style);
  return style;
}

const stylesByLookObject = new WeakMap<CellLook, Readonly<Partial<ExcelJS.Style>>>();

function newStyle(look: CellLook): Partial<ExcelJS.Style> {
  const style: Partial<ExcelJS.Style> = {
    numFmt: look.numberFormat,
    font: { bold: look.bold, italic: look.italic, size: look.size, ...(look.color ? { color: { argb: argb(look.color) } } : {}) },
    alignment: { horizontal: look.horizontal, vertical: look.vertical === 'center' ? 'middle' : 'top', wrapText: look.wrap },
  };
  if (look.fill) style.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(look.fill) } };
  if (look.border) {
    const edge: Partial<ExcelJS.Border> = { style: 'thin', color: { argb: argb(look.border) } };
    style.border = { top: edge, bottom: edge, left: edge, right: edge };
  }
  return style;
}

/** Excel's limit on the characters of one cell: a longer text makes Excel repair the file (and cut it there). */
export const MAX_CELL_TEXT = 32767;

/** `text`, cut with an ellipsis to the characters a cell holds (never splitting a surrogate pair). */
export function withinCellLimit(text: string): string {
  if (text.length <= MAX_CELL_TEXT) return text;
  let end = MAX_CELL_TEXT - 1;
  if (/[\uD800-\uDBFF]/.test(text[end - 1])) end--;
  return `${text.slice(0, end)}…`;
}

/**
 * Writes one report cell (value and look) into an ExcelJS cell, of an in-memory or a streamed worksheet. `look` is the
 * cell's place in its sheet (sheetLooks: a header aligned like its column); without it, the cell's own look.
 */
export function writeCell(cell: ExcelJS.Cell, report: ReportCell, look: CellLook = cellLook(report)): void {
  const { value } = report;
  if (value === null && !report.style) return;
  if (value !== null && typeof value === 'object') {
    // A real date cell: Excel's serial with a date format, never text; a date Excel cannot hold stays empty.
    cell.value = excelDate(value.date);
  } else if (value !== null) {
    // ExcelJS writes a string as a string whatever it starts with (=, +, -, @): it never becomes a formula.
    cell.value = typeof value === 'string' ? withinCellLimit(value) : value;
  }
  // Shared with every cell of the same look (see excelJsStyle): never changed through this cell's setters.
  cell.style = excelJsStyle(look) as Partial<ExcelJS.Style>;
}

/** REPORT_PRINT_LAYOUT in ExcelJS's terms (fitToHeight 0: as many pages down as needed). */
export const REPORT_PAGE_SETUP: Partial<ExcelJS.PageSetup> = {
  orientation: REPORT_PRINT_LAYOUT.orientation,
  fitToPage: true,
  fitToWidth: REPORT_PRINT_LAYOUT.pagesWide,
  fitToHeight: 0,
};

/** The page setup of one report sheet: the common layout plus its repeated header rows. */
export function reportPageSetup(report: ReportSheet): Partial<ExcelJS.PageSetup> {
  const titles = printTitleRows(report);
  return titles ? { ...REPORT_PAGE_SETUP, printTitlesRow: `${titles.first}:${titles.last}` } : REPORT_PAGE_SETUP;
}

/**
 * Writes a report sheet as a new worksheet of the workbook, placed last, and returns
 * its charts, to be added to the saved file with addNativeCharts (ExcelJS cannot write charts).
 */
export function renderReportSheet(workbook: ExcelJS.Workbook, report: ReportSheet, name: string = report.name): SheetChart[] {
  const worksheet = workbook.addWorksheet(name, {
    views: report.frozenRows > 0 ? [{ state: 'frozen', ySplit: report.frozenRows }] : [],
    pageSetup: reportPageSetup(report),
  });
  report.columnWidths.forEach((width, index) => {
    worksheet.getColumn(index + 1).width = width;
  });
  const looks = sheetLooks(report.rows);
  const heights = reportRowHeights(report, looks);
  report.rows.forEach((cells, rowIndex) => {
    const row = worksheet.getRow(rowIndex + 1);
    cells.forEach((cell, columnIndex) => {
      const look = looks[rowIndex][columnIndex];
      if (cell && look) writeCell(row.getCell(columnIndex + 1), cell, look);
    });
    const height = heights[rowIndex];
    if (height !== undefined) row.height = height;
  });
  for (const range of report.merges) worksheet.mergeCells(range);
  // ExcelJS puts a break after the row it is given.
  for (const row of report.print?.breaksBefore ?? []) if (row > 1) worksheet.getRow(row - 1).addPageBreak();
  return report.charts.map((spec) => ({ sheetName: name, spec }));
}
