import { columnNumber } from '../roadmap/a1';

export { boxAddress, cellAddress, quoteSheetName } from '../roadmap/a1';

/** A rectangular block of a worksheet, 1-based rows and columns. */
export interface RangeBox {
  sheet: string | null;
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** The sheet part of "'My sheet'!A1" or "Лист1!A1"; quotes doubled inside a quoted name. */
function splitSheet(address: string): { sheet: string | null; cells: string } {
  const text = address.replace(/^=/, '');
  const bang = text.lastIndexOf('!');
  if (bang < 0) return { sheet: null, cells: text };
  const sheetPart = text.slice(0, bang);
  const sheet = sheetPart.startsWith("'") && sheetPart.endsWith("'") ? sheetPart.slice(1, -1).replace(/''/g, "'") : sheetPart;
  return { sheet, cells: text.slice(bang + 1) };
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d+)$/;

/** Parses the addresses Excel reports ("Лист1!B2:H20", "'План (2)'!$A$1"); null for anything else (#REF!, whole columns). */
export function parseRangeAddress(address: string): RangeBox | null {
  const { sheet, cells } = splitSheet(address);
  const [first, last = first] = cells.split(':');
  const start = CELL.exec(first);
  const end = CELL.exec(last);
  if (!start || !end) return null;
  return {
    sheet,
    top: Number(start[2]),
    left: columnNumber(start[1]),
    bottom: Number(end[2]),
    right: columnNumber(end[1]),
  };
}

export function boxesIntersect(a: RangeBox, b: RangeBox): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}
