import ExcelJS from 'exceljs';
import { toSheetData } from './cells';
import type { Lang, SheetData } from '../roadmap/types';
import { inspectPackage } from './lean/inspectPackage';
import { WorkbookReadError } from './readError';
import { assertWorkbookBytes, readWorkbookFile } from './workbookFile';

export { InputBudgetError, WorkbookReadError } from './readError';
export { assertWorkbookBytes, readWorkbookFile } from './workbookFile';

export async function openWorkbook(file: string): Promise<ExcelJS.Workbook> {
  return loadWorkbook(await readWorkbookFile(file), file);
}

/**
 * Loads a whole workbook with ExcelJS, for the commands that write a copy. The package is checked against the
 * input budgets first (sizes declared and inflated, cells, merged and validated areas on every sheet): ExcelJS
 * would otherwise inflate every part and make an object of every merged or validated cell, and a 7 KB file can
 * ask for billions. Throws InputBudgetError over a budget, WorkbookReadError when the file is not a workbook.
 */
export async function loadWorkbook(buffer: Buffer, file: string, lang?: Lang): Promise<ExcelJS.Workbook> {
  assertWorkbookBytes(buffer, file);
  await inspectPackage(buffer, file, lang);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  } catch (error) {
    throw new WorkbookReadError(file, `книга повреждена и не читается / the workbook is damaged (${(error as Error).message})`);
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
