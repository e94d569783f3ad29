import { readWorkbookFile } from '../workbookFile';
import { readWorkingGroupBytes, type WorkingGroupFile, type WorkingGroupReadOptions } from './workingGroupWorkbook';

export { readWorkingGroupBytes, readWorkingGroupWorkbook, type WorkingGroupFile, type WorkingGroupReadOptions } from './workingGroupWorkbook';

/** A roadmap workbook with its history. Throws WorkbookReadError (exit 2) when the file can't be read or holds no roadmap. */
export async function readWorkingGroupFile(file: string, options: WorkingGroupReadOptions): Promise<WorkingGroupFile> {
  return readWorkingGroupBytes(await readWorkbookFile(file), file, options);
}
