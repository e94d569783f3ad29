import ExcelJS from 'exceljs';
import { toSheetData } from './cells';
import type { SheetData } from '../roadmap/types';
import { inspectPackage } from './lean/inspectPackage';
import { WorkbookReadError } from './readError';
import { assertWorkbookBytes } from './workbookBytes';

export { InputBudgetError, WorkbookReadError } from './readError';
export { assertWorkbookBytes } from './workbookBytes';

type NamedSheet = { _name: string };
let worksheetPrototype: object | null = null;

/**
 * Runs `load` with ExcelJS's worksheet name checks off. ExcelJS refuses a sheet named «History» and names it would not
 * create (over 31 characters, which it also truncates with a console warning), although Excel, LibreOffice and
 * R7-Office open such workbooks: reading one is not reading a damaged workbook. Names are kept exactly as written.
 */
async function withSheetNamesAsWritten<T>(load: () => Promise<T>): Promise<T> {
  worksheetPrototype ??= Object.getPrototypeOf(new ExcelJS.Workbook().addWorksheet('probe')) as object;
  const descriptor = Object.getOwnPropertyDescriptor(worksheetPrototype, 'name');
  if (!descriptor?.set || !descriptor.configurable) return load();
  Object.defineProperty(worksheetPrototype, 'name', {
    ...descriptor,
    set(this: NamedSheet, name: unknown) {
      if (typeof name === 'string' && name !== '') this._name = name;
      else descriptor.set?.call(this, name);
    },
  });
  try {
    return await load();
  } finally {
    Object.defineProperty(worksheetPrototype, 'name', descriptor);
  }
}

/**
 * Loads a whole workbook with ExcelJS, for the commands that write a copy. The package is checked against the
 * input budgets first (sizes declared and inflated, cells, merged and validated areas on every sheet): ExcelJS
 * would otherwise inflate every part and make an object of every merged or validated cell, and a 7 KB file can
 * ask for billions. Throws InputBudgetError over a budget, WorkbookReadError when the file is not a workbook.
 */
export async function loadWorkbook(buffer: Buffer, file: string): Promise<ExcelJS.Workbook> {
  assertWorkbookBytes(buffer, file);
  await inspectPackage(buffer, file);
  const workbook = new ExcelJS.Workbook();
  try {
    await withSheetNamesAsWritten(() => workbook.xlsx.load(buffer as unknown as ArrayBuffer));
  } catch (error) {
    throw new WorkbookReadError(file, { code: 'damaged', detail: (error as Error).message });
  }
  return workbook;
}

/** The workbook's sheets as the engine reads them, converted one at a time as they are asked for. */
export function* engineSheets(workbook: ExcelJS.Workbook): Generator<SheetData> {
  for (const worksheet of workbook.worksheets) {
    if (worksheet.state === 'hidden' || worksheet.state === 'veryHidden') continue;
    yield toSheetData(worksheet);
  }
}
