import { excelSerialToIso } from '../roadmap/dates';
import { displayedNumber } from '../roadmap/displayedNumber';
import type { Cell, SheetData } from '../roadmap/types';

/**
 * Office.js hands over a range as parallel matrices (values, number formats, value types);
 * these pure helpers turn them into the engine's cells.
 */

/** The parts of a number format that never make it a date: quoted text, escaped characters, [Red], [$-419]. */
const FORMAT_NOISE = /"[^"]*"|\\.|\[[^\]]*\]|_.|\*./g;

/** True for a number format that shows a date (day or year), e.g. "dd.mm.yyyy", "[$-419]d mmmm yyyy", "m/d/yy h:mm". */
export function isDateNumberFormat(format: string): boolean {
  const section = format.split(';')[0].replace(FORMAT_NOISE, '');
  if (/general|@/i.test(section)) return false;
  return /[dy]/i.test(section);
}

/**
 * A cell as the engine sees it, from what Office.js returns for it. Numbers are read from the value with the CLI's
 * rule (`displayedNumber`), never from Range.text: Russian Excel shows 1.1 as «1,1», and a narrow column as «###».
 */
export function toEngineCell(value: unknown, numberFormat: unknown, valueType: string): Cell {
  if (valueType === 'Empty' || value === '' || value === null || value === undefined) return { value: null };
  if (valueType === 'Error') return { value: { kind: 'error', code: String(value) } };
  if (typeof value === 'number') {
    if (typeof numberFormat === 'string' && isDateNumberFormat(numberFormat)) return { value: { kind: 'date', iso: excelSerialToIso(value) } };
    const text = displayedNumber(value, numberFormat);
    return text === undefined ? { value } : { value, text };
  }
  if (typeof value === 'boolean') return { value };
  return { value: String(value) };
}

/** What the add-in loads of a range (no display text: see toEngineCell). */
export interface RangeMatrices {
  values: unknown[][];
  numberFormat: unknown[][];
  valueTypes: string[][];
}

export function toSheetData(name: string, top: number, left: number, range: RangeMatrices): SheetData {
  const cells: Cell[][] = range.values.map((row, r) =>
    row.map((value, c) => toEngineCell(value, range.numberFormat[r]?.[c], range.valueTypes[r]?.[c] ?? '')),
  );
  return { name, top, left, cells };
}
