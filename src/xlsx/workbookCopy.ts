import type ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { addChartsToPackage, type SheetChart } from './charts';
import { collectKeptDrawings, restoreKeptDrawings } from './keptCharts';
import { restorePackageParts } from './keptPackageParts';
import { generatePackage } from './packageParts';
import { restoreUnwritableValues } from './unwritableValues';

export interface WorkbookCopyOptions {
  /** The .xlsx bytes the workbook was loaded from; null when it was built in memory (nothing to carry over). */
  original: Buffer | null;
  /** Sheets the command wrote anew: what their drawings held is not carried over, their charts come in `charts`. */
  rewrittenSheets: readonly string[];
  /** The tools' charts, on the sheets they wrote. */
  charts: readonly SheetChart[];
  /** Keep the input's VBA project, as an .xlsm: true when the copy is saved under an .xlsm name. */
  keepVba?: boolean;
}

/** True for a file name Excel opens as a macro-enabled workbook. */
export function isMacroEnabledName(file: string): boolean {
  return /\.xlsm$/i.test(file);
}

/**
 * The bytes of a copy of a user's workbook, as every command that writes one saves it: ExcelJS writes the cells, the
 * input's charts and shapes ExcelJS dropped are put back on their sheets, with its custom properties, VBA project
 * (`keepVba`) and sparklines (keptPackageParts), then the tools' own charts are added.
 */
export async function saveWorkbookCopy(workbook: ExcelJS.Workbook, { original, rewrittenSheets, charts, keepVba = false }: WorkbookCopyOptions): Promise<Buffer> {
  const kept = original === null ? null : await collectKeptDrawings(original, rewrittenSheets);
  await restoreUnwritableValues(workbook, original);
  const written = Buffer.from(await workbook.xlsx.writeBuffer());
  if (original === null && charts.length === 0) return written;
  const zip = await JSZip.loadAsync(written);
  if (kept !== null) await restoreKeptDrawings(zip, kept);
  if (original !== null) await restorePackageParts(zip, original, { rewrittenSheets, keepVba });
  await addChartsToPackage(zip, charts);
  return generatePackage(zip);
}
