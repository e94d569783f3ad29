import { collectKeptDrawings } from './keptCharts';

/** What a workbook holds that a copy written by the tools still lacks (charts and shapes on worksheets are carried over). */
export interface UnkeptParts {
  /** Chart sheets, pivot charts, and Excel 2016 chart types (waterfall, treemap…). */
  charts: number;
  /** Drawing objects other than pictures, charts, shapes, text boxes and groups: SmartArt, slicers, form controls. */
  shapes: number;
  pivotTables: number;
}

/**
 * Counts what the copy will lose, leaving out the sheets named in `ignoredSheets` (the sheets the tools write anew).
 * Pictures are not counted: ExcelJS keeps them.
 */
export async function unkeptParts(xlsx: Buffer, ignoredSheets: readonly string[] = []): Promise<UnkeptParts> {
  return (await collectKeptDrawings(xlsx, ignoredSheets)).lost;
}

export function hasUnkeptParts(parts: UnkeptParts): boolean {
  return parts.charts + parts.shapes + parts.pivotTables > 0;
}
