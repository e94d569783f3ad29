import { isToolWorkbookFile } from '../toolMarker';

/**
 * True when `file` is a consolidation report this tool wrote (a previous run's `-o`), which `consolidate` may pass
 * over and replace inside the folder it reads; false for anything else, a roadmap above all, and for a file that
 * cannot be read. Decided by the tool's mark (src/xlsx/toolMarker.ts), which every report carries.
 */
export function isToolWrittenReport(file: string): Promise<boolean> {
  return isToolWorkbookFile(file, 'consolidated-report');
}
