import type { ReportSheet } from './reportSheet';
import { reportRowHeights } from './sheetLook';

/**
 * Where printed pages of a report sheet should break so that a table stays with its heading. Report sheets print
 * landscape on A4, one page wide (REPORT_PRINT_LAYOUT), so the page holds more sheet rows the wider the sheet is.
 */

/** A4 landscape inside Excel's default margins (0.7″ left and right, 0.75″ top and bottom), in points. */
const PAGE_WIDTH_POINTS = 842 - 2 * 0.7 * 72;
const PAGE_HEIGHT_POINTS = 595 - 2 * 0.75 * 72;
/** Excel's default row height in points. */
const DEFAULT_ROW_POINTS = 15;
/** Hosts round and pad differently: plan on a page a little shorter than the arithmetic says. */
const SAFETY = 0.92;
/** At least this many rows of a long table go with its heading, or the heading starts a new page. */
const ROWS_WITH_HEADING = 4;

/** A column width in characters as points (7 px a character of the default font plus 5 px padding, at 96 dpi). */
export function columnWidthPoints(characters: number): number {
  return (characters * 7 + 5) * 0.75;
}

/** How many points of the sheet's rows one printed page holds, once the sheet is scaled to the page's width. */
export function pageCapacityPoints(columnWidths: readonly number[]): number {
  const width = columnWidths.reduce((sum, characters) => sum + columnWidthPoints(characters), 0);
  const scale = width > PAGE_WIDTH_POINTS ? PAGE_WIDTH_POINTS / width : 1;
  return (PAGE_HEIGHT_POINTS / scale) * SAFETY;
}

/**
 * The rows (1-based) a new page should start at so that each block starting at `blockStarts` (a heading, its table
 * and whatever follows up to the next block) is not split from its heading: a block that fits on a page but not in
 * what is left of the current one moves to the next page; a block longer than a page moves only when its heading and
 * the first rows would not fit.
 */
export function pageBreaksBefore(sheet: Pick<ReportSheet, 'rows' | 'merges' | 'columnWidths'>, blockStarts: readonly number[]): number[] {
  const heights = reportRowHeights(sheet).map((height) => height ?? DEFAULT_ROW_POINTS);
  const capacity = pageCapacityPoints(sheet.columnWidths);
  const top: number[] = [0];
  for (const height of heights) top.push(top[top.length - 1] + height);
  const y = (row: number) => top[Math.min(row - 1, heights.length)];

  const starts = [...blockStarts].sort((a, b) => a - b);
  const breaks: number[] = [];
  let pageTop = 0;
  starts.forEach((start, index) => {
    // Pages that filled up on their own before this block.
    while (y(start) - pageTop > capacity) pageTop += capacity;
    const end = index + 1 < starts.length ? starts[index + 1] : heights.length + 1;
    const blockHeight = y(end) - y(start);
    const left = capacity - (y(start) - pageTop);
    const headingAndFirstRows = y(Math.min(end, start + ROWS_WITH_HEADING)) - y(start);
    const needed = blockHeight <= capacity ? blockHeight : headingAndFirstRows;
    if (y(start) > pageTop && needed > left) {
      breaks.push(start);
      pageTop = y(start);
    }
  });
  return breaks;
}
