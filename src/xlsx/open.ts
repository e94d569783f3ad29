import { promises as fs } from 'fs';
import ExcelJS from 'exceljs';
import { toSheetData } from './cells';
import type { Lang, SheetData } from '../roadmap/types';
import { BUDGETS } from './lean/budgets';
import { inspectPackage } from './lean/inspectPackage';
import { InputBudgetError, WorkbookReadError } from './readError';

export { InputBudgetError, WorkbookReadError } from './readError';

const ZIP_SIGNATURE = [0x50, 0x4b];
/** OLE compound files: legacy .xls, and .xlsx files protected with a password to open. */
const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0];

function startsWith(buffer: Buffer, signature: readonly number[]): boolean {
  return signature.every((byte, index) => buffer[index] === byte);
}

export async function openWorkbook(file: string): Promise<ExcelJS.Workbook> {
  return loadWorkbook(await readWorkbookFile(file), file);
}

/** The bytes of a workbook file, or a WorkbookReadError saying why they can't be read. */
export async function readWorkbookFile(file: string, lang?: Lang): Promise<Buffer> {
  try {
    // The file-size budget before a byte is read: a workbook is held in memory whole.
    const { size, isFile } = await fs.stat(file).then((stat) => ({ size: stat.size, isFile: stat.isFile() }));
    if (isFile && size > BUDGETS.fileBytes) throw new InputBudgetError(file, { kind: 'file-size', bytes: size, limit: BUDGETS.fileBytes }, lang);
    return await fs.readFile(file);
  } catch (error) {
    if (error instanceof WorkbookReadError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new WorkbookReadError(file, 'файл не найден / file not found');
    if (code === 'EISDIR') throw new WorkbookReadError(file, 'это папка, а не файл / is a folder, not a file');
    throw new WorkbookReadError(file, `не удалось прочитать файл / cannot read the file (${code ?? 'unknown error'})`);
  }
}

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

/** The bytes are an .xlsx package (a zip), or a WorkbookReadError saying what they are instead. */
export function assertWorkbookBytes(buffer: Buffer, file: string): void {
  if (buffer.length === 0) throw new WorkbookReadError(file, 'файл пуст / the file is empty');
  if (startsWith(buffer, OLE_SIGNATURE)) {
    throw new WorkbookReadError(file, 'файл защищён паролем или сохранён в старом формате .xls; снимите пароль или сохраните как .xlsx / the file is password-protected or an old .xls: remove the password or save it as .xlsx');
  }
  if (!startsWith(buffer, ZIP_SIGNATURE)) {
    throw new WorkbookReadError(file, 'это не книга Excel .xlsx / not an Excel .xlsx workbook');
  }
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
    await withSheetNamesAsWritten(() => workbook.xlsx.load(buffer as unknown as ArrayBuffer));
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
