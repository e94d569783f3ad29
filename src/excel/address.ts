import { parseRangeRef, splitSheetReference } from '../roadmap/a1';

export { boxAddress, cellAddress, quoteSheetName } from '../roadmap/a1';

/** A rectangular block of a worksheet, 1-based rows and columns. */
export interface RangeBox {
  sheet: string | null;
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** Parses the addresses Excel reports ("Лист1!B2:H20", "'План (2)'!$A$1"); null for anything else (#REF!, whole columns). */
export function parseRangeAddress(address: string): RangeBox | null {
  const { sheet, cells } = splitSheetReference(address);
  const box = parseRangeRef(cells);
  return box ? { sheet, ...box } : null;
}

export function boxesIntersect(a: RangeBox, b: RangeBox): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}
