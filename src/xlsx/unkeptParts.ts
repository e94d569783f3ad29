import { collectKeptDrawings } from './keptCharts';
import { packageExtras } from './keptPackageParts';

/** What a workbook holds that a copy written by the tools still lacks (charts and shapes on worksheets are carried over). */
export interface UnkeptParts {
  /** Chart sheets, pivot charts, and Excel 2016 chart types (waterfall, treemap…). */
  charts: number;
  /** Drawing objects other than pictures, charts, shapes, text boxes and groups: SmartArt, slicers, form controls. */
  shapes: number;
  pivotTables: number;
  /** Drawing parts (or their relationship parts) that cannot be read, by their path in the package. */
  unreadableParts: string[];
  /** The workbook's VBA project, dropped because the copy is not saved as .xlsm. */
  vba: boolean;
  /** Cell notes inside the tables of a sheet written anew that have no cell left to go to, as «История!C14». */
  notes: string[];
}

/**
 * Counts what the copy will lose, leaving out the sheets named in `ignoredSheets` (the sheets the tools write anew).
 * Pictures are not counted: ExcelJS keeps them. `keepVba`: the copy is an .xlsm, which keeps the VBA project.
 */
export async function unkeptParts(xlsx: Buffer, ignoredSheets: readonly string[] = [], keepVba = false): Promise<UnkeptParts> {
  const { lost } = await collectKeptDrawings(xlsx, ignoredSheets);
  const extras = await packageExtras(xlsx, ignoredSheets);
  return { ...lost, vba: extras.vba && !keepVba, notes: [] };
}

export function hasUnkeptParts(parts: UnkeptParts): boolean {
  return parts.charts + parts.shapes + parts.pivotTables + parts.unreadableParts.length + parts.notes.length > 0 || parts.vba;
}
