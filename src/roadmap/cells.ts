import { formatRuDate } from './dates';
import type { Cell, CellValue } from './types';

const EMPTY_CELL: Cell = { value: null };

export function cellAt(cells: Cell[][], rowIndex: number, columnIndex: number): Cell {
  return cells[rowIndex]?.[columnIndex] ?? EMPTY_CELL;
}

export function isDateValue(value: CellValue): value is { kind: 'date'; iso: string } {
  return typeof value === 'object' && value !== null && value.kind === 'date';
}

export function isErrorValue(value: CellValue): value is { kind: 'error'; code: string } {
  return typeof value === 'object' && value !== null && value.kind === 'error';
}

/** The cell as a person reads it: displayed text when known, dates as DD.MM.YYYY. */
export function cellText(cell: Cell): string {
  if (cell.text !== undefined && cell.text !== '') return cell.text;
  const { value } = cell;
  if (value === null) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return value.kind === 'date' ? formatRuDate(value.iso) : value.code;
}

export function isBlank(cell: Cell): boolean {
  return cellText(cell).trim() === '';
}

/** What people type in a required cell to say "nothing here": a dash, a cross, «нет». */
export const PLACEHOLDER_TEXTS: readonly string[] = ['-', '–', '—', 'х', 'x', 'нет'];

/** An empty cell, or one holding only a placeholder. */
export function isEmptyOrPlaceholder(text: string): boolean {
  const trimmed = text.trim().toLowerCase();
  return trimmed === '' || PLACEHOLDER_TEXTS.includes(trimmed);
}
