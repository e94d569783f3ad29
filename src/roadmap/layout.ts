import { cellAt, cellText, isBlank } from './cells';
import { columnForHeader, REQUIRED_COLUMNS } from './columns';
import type { ColumnKey, SheetData, TableLayout } from './types';
import { maxOf, minOf } from './arrays';

/** Rows searched for the header: title lines may stand above it. */
const HEADER_SEARCH_ROWS = 30;
/** A header must name at least this many of the required columns. */
const MIN_REQUIRED_MATCHES = 3;

interface HeaderMatch {
  rowIndex: number;
  columns: Partial<Record<ColumnKey, number>>;
  required: number;
}

function matchHeaderRow(sheet: SheetData, rowIndex: number): HeaderMatch {
  const columns: Partial<Record<ColumnKey, number>> = {};
  const row = sheet.cells[rowIndex] ?? [];
  row.forEach((cell, columnIndex) => {
    const key = columnForHeader(cellText(cell));
    if (key && columns[key] === undefined) columns[key] = sheet.left + columnIndex;
  });
  const required = REQUIRED_COLUMNS.filter((key) => columns[key] !== undefined).length;
  return { rowIndex, columns, required };
}

/** True for a row that only numbers the columns: 1 | 2 | 3 | 4 | 5 | 6. */
function isColumnNumberingRow(sheet: SheetData, rowIndex: number): boolean {
  const texts = (sheet.cells[rowIndex] ?? []).map((cell) => cellText(cell).trim()).filter((text) => text !== '');
  if (texts.length < 3) return false;
  return texts.every((text, index) => /^\d+$/.test(text) && (index === 0 || Number(text) === Number(texts[index - 1]) + 1));
}

/**
 * Finds the roadmap table on a sheet: the header row (anywhere in the first rows), the columns it names,
 * and the body's extent. Null when no row looks like a roadmap header.
 */
export function locateTable(sheet: SheetData): TableLayout | null {
  let best: HeaderMatch | null = null;
  const searchRows = Math.min(sheet.cells.length, HEADER_SEARCH_ROWS);
  for (let rowIndex = 0; rowIndex < searchRows; rowIndex++) {
    const match = matchHeaderRow(sheet, rowIndex);
    if (match.required >= MIN_REQUIRED_MATCHES && (!best || match.required > best.required)) best = match;
  }
  if (!best) return null;

  const headerCells = sheet.cells[best.rowIndex] ?? [];
  const headerColumns = headerCells.map((cell, index) => (isBlank(cell) ? -1 : sheet.left + index)).filter((c) => c > 0);
  const recognised = Object.values(best.columns) as number[];
  const firstColumn = Math.min(minOf(headerColumns), minOf(recognised));
  const lastColumn = Math.max(maxOf(headerColumns), maxOf(recognised));

  const numbering = isColumnNumberingRow(sheet, best.rowIndex + 1);
  const bodyStartIndex = best.rowIndex + (numbering ? 2 : 1);
  let lastIndex = sheet.cells.length - 1;
  while (lastIndex >= bodyStartIndex && rowIsBlank(sheet, lastIndex, firstColumn, lastColumn)) lastIndex--;

  return {
    sheet: sheet.name,
    headerRow: sheet.top + best.rowIndex,
    numberingRow: numbering ? sheet.top + best.rowIndex + 1 : null,
    columns: best.columns,
    firstRow: sheet.top + bodyStartIndex,
    lastRow: sheet.top + Math.max(lastIndex, bodyStartIndex - 1),
    firstColumn,
    lastColumn,
  };
}

export function rowIsBlank(sheet: SheetData, rowIndex: number, firstColumn: number, lastColumn: number): boolean {
  for (let column = firstColumn; column <= lastColumn; column++) {
    if (!isBlank(cellAt(sheet.cells, rowIndex, column - sheet.left))) return false;
  }
  return true;
}
