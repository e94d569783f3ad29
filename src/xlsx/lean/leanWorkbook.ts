import type { SheetData } from '../../roadmap/types';
import { assertWorkbookBytes } from '../workbookBytes';
import { WorkbookReadError } from '../readError';
import { BUDGETS, type Budgets } from './budgets';
import { readSheet, type SheetContext } from './sheetXml';
import { readDocumentProperties, readNumberStyles, readSharedStrings, readWorkbookInfo, type DocumentProperties, type SheetEntry } from './workbookParts';
import { ZipPackage } from './zipPackage';
import type { ZipBackend } from '../zip/backend';

/**
 * A workbook opened for reading only: the sheet list, and each sheet's cells read when asked for — the shared
 * strings, number formats, merges and document properties it needs, not ExcelJS's whole model. What the
 * engine gets is the same as through ExcelJS (test/xlsx/leanReader.test.ts compares them cell by cell).
 */
export interface LeanWorkbook {
  file: string;
  /** Every sheet the workbook lists, in its order, hidden ones included. */
  sheets: SheetEntry[];
  /** One sheet's cells as the engine reads them. */
  readSheet(sheet: SheetEntry): Promise<SheetData>;
  properties(): Promise<DocumentProperties>;
}

export interface LeanOptions {
  budgets?: Budgets;
  /** The zip backend; default the process's (src/xlsx/zip/backend.ts). */
  zip?: ZipBackend;
}

/** Opens the bytes of an .xlsx file. Throws WorkbookReadError (InputBudgetError over a budget). */
export async function openLeanWorkbook(buffer: Uint8Array, file: string, options: LeanOptions = {}): Promise<LeanWorkbook> {
  assertWorkbookBytes(buffer, file);
  const budgets = options.budgets ?? { ...BUDGETS };
  const pkg = await ZipPackage.open(buffer, { file, budgets, zip: options.zip });
  const info = await readWorkbookInfo(pkg, file);
  if (!info) throw new WorkbookReadError(file, { code: 'damaged', detail: 'no xl/workbook.xml' });
  let context: Promise<SheetContext> | null = null;
  const sheetContext = (): Promise<SheetContext> =>
    (context ??= (async () => ({
      pkg,
      file,
      strings: await readSharedStrings(pkg, info.sharedStringsPart, file),
      styles: await readNumberStyles(pkg, info.stylesPart, file),
      date1904: info.date1904,
    }))());
  return {
    file,
    sheets: info.sheets,
    async readSheet(sheet) {
      if (!sheet.part) return { name: sheet.name, top: 1, left: 1, cells: [] };
      return readSheet(await sheetContext(), sheet.name, sheet.part, budgets);
    },
    properties: () => readDocumentProperties(pkg, file),
  };
}
