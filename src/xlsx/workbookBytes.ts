import { BUDGETS } from './lean/budgets';
import { InputBudgetError, WorkbookReadError } from './readError';

const ZIP_SIGNATURE = [0x50, 0x4b];
/** OLE compound files: legacy .xls, and .xlsx files protected with a password to open. */
const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0];

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return signature.every((byte, index) => bytes[index] === byte);
}

/** The file-size budget, on a file's size in bytes: a workbook is held in memory whole. Throws InputBudgetError. */
export function assertWithinFileBudget(size: number, file: string): void {
  if (size > BUDGETS.fileBytes) throw new InputBudgetError(file, { kind: 'file-size', bytes: size, limit: BUDGETS.fileBytes });
}

/** The bytes are an .xlsx package (a zip), or a WorkbookReadError saying what they are instead. */
export function assertWorkbookBytes(bytes: Uint8Array, file: string): void {
  if (bytes.length === 0) throw new WorkbookReadError(file, { code: 'empty' });
  if (startsWith(bytes, OLE_SIGNATURE)) throw new WorkbookReadError(file, { code: 'protected-or-xls' });
  if (!startsWith(bytes, ZIP_SIGNATURE)) throw new WorkbookReadError(file, { code: 'not-xlsx' });
}
