import { promises as fs } from 'fs';
import { isToolWorkbook, type ToolWorkbookKind } from './toolMark';

export * from './toolMark';

/** isToolWorkbook for a file on disk; false for a file that cannot be read. */
export async function isToolWorkbookFile(file: string, kind?: ToolWorkbookKind): Promise<boolean> {
  const bytes = await fs.readFile(file).catch(() => null);
  return bytes !== null && isToolWorkbook(bytes, kind);
}
