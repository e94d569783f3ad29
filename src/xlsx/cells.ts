import ExcelJS from 'exceljs';
import { dateToIso } from '../roadmap/dates';
import { displayedNumber } from '../roadmap/displayedNumber';
import type { Cell, CellValue, SheetData } from '../roadmap/types';

type RawValue = ExcelJS.CellValue | undefined;

function convertValue(value: RawValue): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : { kind: 'date', iso: dateToIso(value) };
  if ('error' in value) return { kind: 'error', code: String(value.error) };
  if ('richText' in value) return value.richText.map((run) => run.text).join('');
  if ('formula' in value || 'sharedFormula' in value) return convertValue((value as ExcelJS.CellFormulaValue).result as RawValue);
  if ('text' in value && typeof value.text === 'string') return value.text;
  return null;
}

/** A cell of an ExcelJS sheet as the engine sees it. The covered cells of a merge read empty. */
export function toEngineCell(cell: ExcelJS.Cell): Cell {
  if (cell.isMerged && cell.master !== cell) return { value: null };
  const value = convertValue(cell.value);
  if (typeof value === 'number') {
    const text = displayedNumber(value, cell.numFmt);
    return text === undefined ? { value } : { value, text };
  }
  return { value };
}

/** The used part of a worksheet, row 1 and column 1 at cells[0][0]. */
export function toSheetData(worksheet: ExcelJS.Worksheet): SheetData {
  const rowCount = worksheet.rowCount;
  const columnCount = worksheet.columnCount;
  const cells: Cell[][] = new Array(rowCount);
  for (let r = 1; r <= rowCount; r++) {
    const row = worksheet.findRow(r);
    const out: Cell[] = new Array(columnCount);
    for (let c = 1; c <= columnCount; c++) {
      out[c - 1] = row ? toEngineCell(row.getCell(c)) : { value: null };
    }
    cells[r - 1] = out;
  }
  return { name: worksheet.name, top: 1, left: 1, cells };
}
