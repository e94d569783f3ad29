import { closeSync, fstatSync, openSync, promises as fs, readFileSync } from 'fs';
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

/**
 * readWorkbookFile with blocking calls on one file handle (open, size, read, close): for a reader thread, which reads
 * one file at a time and has nothing else to do meanwhile. Each asynchronous call is a trip through libuv's thread
 * pool, which on a busy machine left a reader thread idle a third of the time for files of a few kilobytes.
 */
export function readWorkbookFileSync(file: string): Buffer {
  let handle: number | null = null;
  try {
    handle = openSync(file, 'r');
    const stat = fstatSync(handle);
    if (stat.isFile() && stat.size > BUDGETS.fileBytes) throw new InputBudgetError(file, { kind: 'file-size', bytes: stat.size, limit: BUDGETS.fileBytes });
    return readFileSync(handle);
  } catch (error) {
    if (error instanceof WorkbookReadError) throw error;
    throw new WorkbookReadError(file, fileSystemFailure(error));
  } finally {
    if (handle !== null) closeSync(handle);
  }
}
