import type JSZip from 'jszip';
import { emptyDrawingXml } from './drawingXml';
import {
  addContentTypeOverride, CONTENT_TYPE, freePartPath, NS, parseXml, readPart, readXmlPart, REL_TYPE, Relationships,
  relativeTarget, resolveTarget, serializeXml, XlsxPackageError,
} from './packageParts';

/** A worksheet's drawing part (xl/drawings/drawingN.xml), open for adding anchors; `save` writes it and its relationships. */
export interface SheetDrawing {
  path: string;
  document: Document;
  rels: Relationships;
}

/** Worksheet elements that must come after <drawing> (CT_Worksheet's sequence). */
const AFTER_DRAWING = new Set([
  'legacyDrawing', 'legacyDrawingHF', 'drawingHF', 'picture', 'oleObjects', 'controls', 'webPublishItems', 'tableParts', 'extLst',
]);

/**
 * Adds <drawing r:id> to a worksheet's XML in its schema place. Only what follows <sheetData> is parsed: the cells of a
 * 100,000-row roadmap would take xmldom seconds, and <drawing> never goes before them.
 */
export function withDrawingElement(sheetXml: string, relationshipId: string, sheetPath: string): string {
  const rootStart = /<([A-Za-z_][\w.-]*:)?worksheet\b[^>]*>/.exec(sheetXml);
  if (!rootStart) throw new XlsxPackageError(`${sheetPath}: not a worksheet`);
  const closedData = sheetXml.lastIndexOf('sheetData>');
  const emptyData = /<([A-Za-z_][\w.-]*:)?sheetData\s*\/>/.exec(sheetXml);
  const tailStart = closedData >= 0 ? closedData + 'sheetData>'.length : emptyData ? emptyData.index + emptyData[0].length : -1;
  if (tailStart < 0) throw new XlsxPackageError(`${sheetPath}: a worksheet without <sheetData>`);

  const tail = parseXml(`${rootStart[0]}${sheetXml.slice(tailStart)}`, sheetPath);
  const root = tail.documentElement;
  const element = tail.createElementNS(NS.main, root.prefix ? `${root.prefix}:drawing` : 'drawing');
  element.setAttributeNS(NS.rel, 'r:id', relationshipId);
  const before = Array.from(root.childNodes).find((node) => node.nodeType === 1 && AFTER_DRAWING.has((node as Element).localName));
  if (before) root.insertBefore(element, before);
  else root.appendChild(element);
  const serialized = serializeXml(tail);
  const children = serialized.slice(serialized.indexOf('>', serialized.indexOf('worksheet')) + 1);
  return sheetXml.slice(0, tailStart) + children;
}

/** The sheet's drawing: the one it has (pictures ExcelJS wrote stay), or a new part tied to the sheet. */
export async function openSheetDrawing(zip: JSZip, sheetPath: string, contentTypes: Document): Promise<SheetDrawing> {
  const sheetRels = await Relationships.load(zip, sheetPath);
  const existing = sheetRels.list().find((relationship) => relationship.type === REL_TYPE.drawing && !relationship.external);
  if (existing) {
    const path = resolveTarget(sheetPath, existing.target);
    return { path, document: await readXmlPart(zip, path), rels: await Relationships.load(zip, path) };
  }
  const sheetXml = await readPart(zip, sheetPath);
  if (sheetXml === null) throw new XlsxPackageError(`the workbook has no part ${sheetPath}`);
  const path = freePartPath(zip, 'xl/drawings', 'drawing');
  zip.file(path, emptyDrawingXml()); // reserves the name
  addContentTypeOverride(contentTypes, path, CONTENT_TYPE.drawing);
  const relationshipId = sheetRels.add(REL_TYPE.drawing, relativeTarget(sheetPath, path));
  sheetRels.save(zip);
  zip.file(sheetPath, withDrawingElement(sheetXml, relationshipId, sheetPath));
  return { path, document: parseXml(emptyDrawingXml(), path), rels: await Relationships.load(zip, path) };
}

export function saveSheetDrawing(zip: JSZip, drawing: SheetDrawing): void {
  zip.file(drawing.path, serializeXml(drawing.document));
  drawing.rels.save(zip);
}
