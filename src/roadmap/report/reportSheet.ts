/**
 * A report sheet described without any host: the cells, their look, merges and native charts.
 * The .xlsx writer (ExcelJS) and the add-in (Office.js) both render these, so a sheet the command writes
 * and the sheet the add-in writes hold the same thing.
 */

/** A date is written as a real date cell (Excel serial + date format), never as text. */
export type ReportValue = string | number | { date: string } | null;

export type ReportStyle =
  | 'title' // large bold heading
  | 'subtitle' // bold
  | 'header' // table header: bold on a grey fill, wrapped
  | 'total' // bold totals row
  | 'percent' // number shown as 0.0%  (value is a fraction: 0.25 → 25.0%)
  | 'date' // DD.MM.YYYY
  | 'wrap' // long text, wrapped
  | 'note' // an explanation: grey italic, wrapped
  | 'error' // severity error: red text
  | 'warning' // severity warning: amber text
  | 'legend-overdue' // the legend's swatches: the live highlighting's own colours (see sheetLook)
  | 'legend-due-soon'
  | 'legend-missing';

export interface ReportCell {
  value: ReportValue;
  style?: ReportStyle;
}

export type ChartType = 'column' | 'bar' | 'line' | 'pie';

export interface ChartSpec {
  type: ChartType;
  title: string;
  /**
   * The chart's data on this sheet, e.g. "A5:C9": the first row names the series, the first column holds the
   * categories, each further column is one series.
   */
  source: string;
  /**
   * Series (0 = the source's second column) drawn against a second value axis on the right, so that measures of
   * different kinds (a percentage and a count of items) each have an axis of their own.
   */
  secondaryAxisSeries?: number[];
  /** Top-left and bottom-right cells the chart covers, e.g. "H2" and "P20". */
  from: string;
  to: string;
}

/**
 * How every report sheet prints: landscape, as wide as one page, as many pages down as it needs, so a printed or
 * PDF report never splits its columns across pages.
 */
export const REPORT_PRINT_LAYOUT = { orientation: 'landscape', pagesWide: 1 } as const;

export interface ReportSheet {
  name: string;
  /** Rows from A1 down; a missing or null cell stays empty. */
  rows: ReportCell[][];
  /** Column widths in characters, from column A. */
  columnWidths: number[];
  /** Ranges merged into one cell, e.g. "A1:F1". */
  merges: string[];
  charts: ChartSpec[];
  /** Rows frozen at the top (a table header that stays in view), 0 for none. */
  frozenRows: number;
  /**
   * How the sheet prints beyond REPORT_PRINT_LAYOUT: rows repeated at the top of every printed page (a table's
   * header), and rows a new page starts at (so that no heading is left at a page's foot). Without it, a sheet with
   * frozen rows repeats them, and pages break where they fall.
   */
  print?: ReportPrint;
}

export interface ReportPrint {
  /** First and last row (1-based) repeated at the top of each page. */
  titleRows?: { first: number; last: number };
  /** Rows (1-based) that start a new page. */
  breaksBefore?: number[];
}

/** The rows a sheet repeats on each printed page: its own, else its frozen header, else none. */
export function printTitleRows(sheet: ReportSheet): { first: number; last: number } | null {
  if (sheet.print?.titleRows) return sheet.print.titleRows;
  return sheet.frozenRows > 0 ? { first: 1, last: sheet.frozenRows } : null;
}
