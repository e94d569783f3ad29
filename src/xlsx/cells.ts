import ExcelJS from 'exceljs';
import { dateToIso } from '../roadmap/dates';
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

/** `0.00` and the like: a number shown with fixed decimals, so `1.10` stays `1.10`. */
function displayedNumber(value: number, numFmt: string | undefined): string | undefined {
  const fixed = numFmt ? /^0\.(0+)$/.exec(numFmt) : null;
  return fixed ? value.toFixed(fixed[1].length) : undefined;
}

/** A cell of an ExcelJS sheet as the engine sees it. The covered cells of a merge read empty. */
export function toEngineCell(cell: ExcelJS.Cell): Cell {
  if (cell.isMerged && cell.master !== cell) {
    return Number(cell.master.row) < Number(cell.row) ? { value: null, mergedFromAbove: true } : { value: null };
  }
  const value = convertValue(cell.value);
  if (typeof value === 'number') {
    const text = displayedNumber(value, cell.numFmt);
    return text === undefined ? { value } : { value, text };
  }
  return { value };
}

/**
 * The used part of a worksheet, row 1 and column 1 at cells[0][0]: the rows that hold values, each as long as
 * its last cell (rows are ragged; the engine reads a missing cell as empty). Never the rectangle up to the
 * sheet's last row and column: one cell at the far corner would make it 17 billion cells. Reads only, never
 * creates cells in the ExcelJS model.
 */
export function toSheetData(worksheet: ExcelJS.Worksheet): SheetData {
  const cells: Cell[][] = [];
  worksheet.eachRow((row, r) => {
    while (cells.length < r - 1) cells.push([]);
    const count = row.cellCount;
    const out: Cell[] = new Array(count);
    for (let c = 1; c <= count; c++) {
      const cell = row.findCell(c);
      out[c - 1] = cell ? toEngineCell(cell) : { value: null };
    }
    cells[r - 1] = out;
  });
  return { name: worksheet.name, top: 1, left: 1, cells };
}
