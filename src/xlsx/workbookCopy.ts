import type ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { addChartsToPackage, type SheetChart } from './charts';
import { collectKeptDrawings, restoreKeptDrawings } from './keptCharts';
import { generatePackage } from './packageParts';

export interface WorkbookCopyOptions {
  /** The .xlsx bytes the workbook was loaded from; null when it was built in memory (nothing to carry over). */
  original: Buffer | null;
  /** Sheets the command wrote anew: what their drawings held is not carried over, their charts come in `charts`. */
  rewrittenSheets: readonly string[];
  /** The tools' charts, on the sheets they wrote. */
  charts: readonly SheetChart[];
}

/**
 * The bytes of a copy of a user's workbook, as every command that writes one saves it: ExcelJS writes the cells, the
 * input's charts and shapes ExcelJS dropped are put back on their sheets, then the tools' own charts are added.
 */
export async function saveWorkbookCopy(workbook: ExcelJS.Workbook, { original, rewrittenSheets, charts }: WorkbookCopyOptions): Promise<Buffer> {
  const kept = original === null ? null : await collectKeptDrawings(original, rewrittenSheets);
  const written = Buffer.from(await workbook.xlsx.writeBuffer());
  if ((kept === null || kept.sheets.length === 0) && charts.length === 0) return written;
  const zip = await JSZip.loadAsync(written);
  if (kept !== null) await restoreKeptDrawings(zip, kept);
  await addChartsToPackage(zip, charts);
  return generatePackage(zip);
}
