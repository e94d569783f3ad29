import JSZip from 'jszip';
import { NS, readPart, REL_TYPE, Relationships, resolveTarget, worksheetPaths } from './packageParts';

/** What a workbook holds that ExcelJS drops when it rewrites the file. */
export interface UnkeptParts {
  charts: number;
  shapes: number;
  pivotTables: number;
}

const PIVOT_TABLE_TYPE = `${NS.rel}/pivotTable`;

/**
 * Counts the charts, drawn shapes and pivot tables of a workbook, leaving out the sheets named in `ignoredSheets`
 * (the monitoring sheet these tools own, whose chart is written again). Pictures are not counted: ExcelJS keeps them.
 */
export async function unkeptParts(xlsx: Buffer, ignoredSheets: readonly string[] = []): Promise<UnkeptParts> {
  const found: UnkeptParts = { charts: 0, shapes: 0, pivotTables: 0 };
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(xlsx);
  } catch {
    return found;
  }
  found.charts += zip.file(/^xl\/chartsheets\/[^/]+\.xml$/).length;
  const sheets = await worksheetPaths(zip).catch(() => new Map<string, string>());
  for (const [name, sheetPath] of sheets) {
    if (ignoredSheets.includes(name)) continue;
    const sheetRels = await Relationships.load(zip, sheetPath);
    for (const relationship of sheetRels.list()) {
      if (relationship.type === PIVOT_TABLE_TYPE) found.pivotTables++;
      if (relationship.type !== REL_TYPE.drawing) continue;
      const drawingPath = resolveTarget(sheetPath, relationship.target);
      const drawingRels = await Relationships.load(zip, drawingPath);
      found.charts += drawingRels.list().filter((candidate) => candidate.type === REL_TYPE.chart).length;
      const drawing = (await readPart(zip, drawingPath)) ?? '';
      found.shapes += (drawing.match(/<xdr:sp[\s>]/g) ?? []).length;
    }
  }
  return found;
}

export function hasUnkeptParts(parts: UnkeptParts): boolean {
  return parts.charts + parts.shapes + parts.pivotTables > 0;
}
