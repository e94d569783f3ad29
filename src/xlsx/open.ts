import { promises as fs } from 'fs';
import ExcelJS from 'exceljs';
import { toSheetData } from './cells';
import type { SheetData } from '../roadmap/types';

/** A workbook that cannot be read: the message names the file and what is wrong, for a person. */
export class WorkbookReadError extends Error {
  constructor(
    readonly file: string,
    readonly reason: string,
  ) {
    super(`${file}: ${reason}`);
    this.name = 'WorkbookReadError';
  }
}

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
export async function readWorkbookFile(file: string): Promise<Buffer> {
  try {
    return await fs.readFile(file);
  } catch (error) {
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

export async function loadWorkbook(buffer: Buffer, file: string): Promise<ExcelJS.Workbook> {
  if (buffer.length === 0) throw new WorkbookReadError(file, 'файл пуст / the file is empty');
  if (startsWith(buffer, OLE_SIGNATURE)) {
    throw new WorkbookReadError(file, 'файл защищён паролем или сохранён в старом формате .xls; снимите пароль или сохраните как .xlsx / the file is password-protected or an old .xls: remove the password or save it as .xlsx');
  }
  if (!startsWith(buffer, ZIP_SIGNATURE)) {
    throw new WorkbookReadError(file, 'это не книга Excel .xlsx / not an Excel .xlsx workbook');
  }
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
