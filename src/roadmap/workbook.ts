import { locateTable } from './layout';
import type { SheetData, TableLayout } from './types';

export interface FoundTable {
  sheet: SheetData;
  layout: TableLayout;
}

/**
 * The roadmap in a workbook: the named sheet when one is asked for, else the first sheet whose header is recognised.
 * Sheets are read lazily, so a large workbook is only read as far as needed.
 */
export function findRoadmapSheet(sheets: Iterable<SheetData>, sheetName?: string): FoundTable | null {
  for (const sheet of sheets) {
    if (sheetName !== undefined && sheet.name !== sheetName) continue;
    const layout = locateTable(sheet);
    if (layout) return { sheet, layout };
    if (sheetName !== undefined) return null;
  }
  return null;
}
