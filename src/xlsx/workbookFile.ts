import { promises as fs } from 'fs';
import { fileSystemFailure } from '../i18n/readFailures';
import { BUDGETS } from './lean/budgets';
import { InputBudgetError, WorkbookReadError } from './readError';
import { hasZipBackend } from './zip/backend';
import { useNodeZip } from './zip/useNodeZip';

// Whoever reads workbook files runs in Node: yauzl + zlib, unless a backend was chosen already (tests choose fflate).
if (!hasZipBackend()) useNodeZip();

export { assertWithinFileBudget, assertWorkbookBytes } from './workbookBytes';

/** The bytes of a workbook file, or a WorkbookReadError (InputBudgetError over the file-size budget) saying why not. */
export async function readWorkbookFile(file: string): Promise<Buffer> {
  try {
    // The file-size budget before a byte is read: a workbook is held in memory whole.
    const { size, isFile } = await fs.stat(file).then((stat) => ({ size: stat.size, isFile: stat.isFile() }));
    if (isFile && size > BUDGETS.fileBytes) throw new InputBudgetError(file, { kind: 'file-size', bytes: size, limit: BUDGETS.fileBytes });
    return await fs.readFile(file);
  } catch (error) {
    if (error instanceof WorkbookReadError) throw error;
    throw new WorkbookReadError(file, fileSystemFailure(error));
  }
}
