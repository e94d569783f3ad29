import { promises as fs } from 'fs';
import type { Lang } from '../roadmap/types';
import { BUDGETS } from './lean/budgets';
import { InputBudgetError, WorkbookReadError } from './readError';

const ZIP_SIGNATURE = [0x50, 0x4b];
/** OLE compound files: legacy .xls, and .xlsx files protected with a password to open. */
const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0];

function startsWith(buffer: Buffer, signature: readonly number[]): boolean {
  return signature.every((byte, index) => buffer[index] === byte);
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
