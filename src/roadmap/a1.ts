import { columnLetter } from './columns';

/**
 * A1 addresses, once for every host: the engine's report sheets, the .xlsx package code and the add-in all use these.
 */

/** A cell address, 1-based. */
export interface CellRef {
  row: number;
  column: number;
}

export interface RangeRef {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;

export function columnNumber(letters: string): number {
  let column = 0;
  for (const letter of letters.toUpperCase()) column = column * 26 + (letter.charCodeAt(0) - 64);
  return column;
}

/** "B7" → {row: 7, column: 2}; null for anything else. */
export function parseCellRef(text: string): CellRef | null {
  const match = CELL.exec(text.trim());
  if (!match) return null;
  const row = Number(match[2]);
  return row >= 1 ? { row, column: columnNumber(match[1]) } : null;
}

/** "A5:C9" (or a single cell) → its corners, normalised so top ≤ bottom and left ≤ right. */
export function parseRangeRef(text: string): RangeRef | null {
  const [first, second = first, extra] = text.split(':');
  if (extra !== undefined) return null;
  const a = parseCellRef(first);
  const b = parseCellRef(second);
  if (!a || !b) return null;
  return {
    top: Math.min(a.row, b.row),
    left: Math.min(a.column, b.column),
    bottom: Math.max(a.row, b.row),
    right: Math.max(a.column, b.column),
  };
}

export function cellAddress(row: number, column: number): string {
  return `${columnLetter(column)}${row}`;
}

/** "A1:C9" from corners, 1-based. */
export function boxAddress(top: number, left: number, bottom: number, right: number): string {
  return `${cellAddress(top, left)}:${cellAddress(bottom, right)}`;
}

/**
 * The two parts of a reference: "'План (2)'!$A$1" → sheet «План (2)» and cells "$A$1" (a leading "=" dropped, doubled
 * quotes of a quoted name undone); sheet null when there is no sheet part.
 */
export function splitSheetReference(reference: string): { sheet: string | null; cells: string } {
  const text = reference.replace(/^=/, '');
  const bang = text.lastIndexOf('!');
  if (bang < 0) return { sheet: null, cells: text };
  const sheetPart = text.slice(0, bang);
  const sheet = sheetPart.startsWith("'") && sheetPart.endsWith("'") ? sheetPart.slice(1, -1).replace(/''/g, "'") : sheetPart;
  return { sheet, cells: text.slice(bang + 1) };
}

/** A sheet name as a formula or a defined name refers to it: always quoted, inner quotes doubled. */
export function quoteSheetName(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/** An absolute reference for formulas in other parts: 'Мониторинг'!$A$5:$A$9. */
export function absoluteRef(sheetName: string, top: number, left: number, bottom: number, right: number): string {
  const quoted = quoteSheetName(sheetName);
  const corner = (row: number, column: number) => `$${columnLetter(column)}$${row}`;
  const start = corner(top, left);
  return top === bottom && left === right ? `${quoted}!${start}` : `${quoted}!${start}:${corner(bottom, right)}`;
}
