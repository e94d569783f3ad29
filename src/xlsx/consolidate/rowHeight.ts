import type { ReportCell } from '../../roadmap/report/reportSheet';

const LINE_HEIGHT = 15;
const MAX_LINES = 12;
/** Characters of an average Cyrillic text that fit in a column of width 1 (Calibri 11; a little under one). */
const CHARS_PER_WIDTH = 1.1;

function linesOf(text: string, width: number): number {
  const perLine = Math.max(1, Math.floor(width * CHARS_PER_WIDTH));
  return text.split('\n').reduce((lines, part) => lines + Math.max(1, Math.ceil(part.length / perLine)), 0);
}

/**
 * A height for a row with wrapped text, in points, or undefined to leave the row as it is. LibreOffice and
 * R7-Office do not grow rows to fit wrapped text written by ExcelJS, so a long activity would be cut to one line.
 */
export function wrappedRowHeight(cells: readonly ReportCell[], columnWidths: readonly number[]): number | undefined {
  let lines = 1;
  cells.forEach((cell, index) => {
    if (!cell || (cell.style !== 'wrap' && cell.style !== 'header') || typeof cell.value !== 'string') return;
    lines = Math.max(lines, linesOf(cell.value, columnWidths[index] ?? 9));
  });
  return lines > 1 ? Math.min(lines, MAX_LINES) * LINE_HEIGHT : undefined;
}
