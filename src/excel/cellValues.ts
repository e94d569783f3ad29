import { excelSerialToIso } from '../roadmap/dates';
import type { Cell, SheetData } from '../roadmap/types';

/**
 * Office.js hands over a range as parallel matrices (values, text, number formats, value types);
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

/** What Excel shows in a column too narrow for a number: the text is useless then. */
const HASHES = /^#+$/;

export function toEngineCell(value: unknown, text: string, numberFormat: unknown, valueType: string): Cell {
  if (valueType === 'Empty' || value === '' || value === null || value === undefined) return { value: null };
  if (valueType === 'Error') return { value: { kind: 'error', code: String(value) } };
  if (typeof value === 'number') {
    if (typeof numberFormat === 'string' && isDateNumberFormat(numberFormat)) {
      return HASHES.test(text) ? { value: { kind: 'date', iso: excelSerialToIso(value) } } : { value: { kind: 'date', iso: excelSerialToIso(value) }, text };
    }
    return text === '' || HASHES.test(text) ? { value } : { value, text };
  }
  if (typeof value === 'boolean') return { value };
  return { value: String(value) };
}

export interface RangeMatrices {
  values: unknown[][];
  text: string[][];
  numberFormat: unknown[][];
  valueTypes: string[][];
}

export function toSheetData(name: string, top: number, left: number, range: RangeMatrices): SheetData {
  const cells: Cell[][] = range.values.map((row, r) =>
    row.map((value, c) => toEngineCell(value, range.text[r]?.[c] ?? '', range.numberFormat[r]?.[c], range.valueTypes[r]?.[c] ?? '')),
  );
  return { name, top, left, cells };
}
