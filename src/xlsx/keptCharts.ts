import JSZip from 'jszip';
import { anchoredObject, drawingChildren, isAnchor, nextShapeId, renumberShapes } from './drawingXml';
import { PartCopier } from './partCopy';
import {
  NS, parseXml, readPart, readXmlPart, REL_TYPE, Relationships, relativeTarget, relsPathOf, resolveTarget, serializeXml, worksheetPaths,
} from './packageParts';
import { openSheetDrawing, saveSheetDrawing } from './sheetDrawing';

/**
 * ExcelJS keeps a sheet's pictures and drops everything else its drawing holds: charts, shapes, text boxes, connectors,
 * groups. These are read from the input .xlsx and put back, on the sheet of the same name, into the package ExcelJS
 * wrote: the anchors as they were, their chart parts (with the charts' styles, colours, embedded data) under names free
 * there. A chart keeps its series formulas, so it still draws the same cells.
 */

/** What becomes of one object of a drawing when ExcelJS rewrites the workbook and the kept drawings are put back. */
type Fate = 'kept-by-exceljs' | 'carried' | 'lost-chart' | 'lost-shape' | 'lost-unreadable';

interface CarriedSheet {
  sheetName: string;
  drawingPath: string;
  anchors: Element[];
}

/** What the input's drawings hold beyond pictures: what can be put back, and how much cannot. */
export interface KeptDrawings {
  source: JSZip;
  sheets: CarriedSheet[];
  /** Counts of what cannot be carried, and the drawing parts (or their relationship parts) that cannot be read. */
  lost: { charts: number; shapes: number; pivotTables: number; unreadableParts: string[] };
}

const PIVOT_TABLE_TYPE = `${NS.rel}/pivotTable`;
const CHARTEX_NS = 'http://schemas.microsoft.com/office/drawing/2014/chartex';

/** 'pivot' for a pivot chart, 'unreadable' for a chart part missing or not XML (carrying it would damage the copy). */
async function chartKind(zip: JSZip, drawingPath: string, rels: Relationships, chart: Element): Promise<'chart' | 'pivot' | { unreadable: string }> {
  const relationship = rels.byId(chart.getAttributeNS(NS.rel, 'id') ?? '');
  if (!relationship || relationship.external) return 'chart';
  const chartPath = resolveTarget(drawingPath, relationship.target);
  const xml = await readPart(zip, chartPath);
  if (xml === null) return { unreadable: chartPath };
  try {
    parseXml(xml, chartPath);
  } catch {
    return { unreadable: chartPath };
  }
  return /<(\w+:)?pivotSource[\s>]/.test(xml) ? 'pivot' : 'chart'; // a pivot chart's table is dropped, and a pivot chart without one is damage
}

async function fateOf(zip: JSZip, drawingPath: string, rels: Relationships, element: Element, unreadable: string[]): Promise<Fate> {
  if (!isAnchor(element)) {
    // mc:AlternateContent: Excel 2016 chart types (waterfall, treemap…), slicers, form controls.
    const isChart = Array.from(element.getElementsByTagName('*')).some((descendant) => descendant.namespaceURI === CHARTEX_NS);
    return isChart ? 'lost-chart' : 'lost-shape';
  }
  const drawn = anchoredObject(element);
  if (!drawn || drawn.namespaceURI !== NS.drawing) return drawn ? 'lost-shape' : 'kept-by-exceljs';
  if (drawn.localName === 'pic') return element.localName === 'absoluteAnchor' ? 'carried' : 'kept-by-exceljs';
  const charts = Array.from(drawn.getElementsByTagNameNS(NS.chart, 'chart'));
  for (const chart of charts) {
    const kind = await chartKind(zip, drawingPath, rels, chart);
    if (kind === 'pivot') return 'lost-chart';
    if (kind !== 'chart') {
      unreadable.push(kind.unreadable);
      return 'lost-unreadable';
    }
  }
  if (drawn.localName === 'graphicFrame') return charts.length > 0 ? 'carried' : 'lost-shape';
  return ['sp', 'cxnSp', 'grpSp'].includes(drawn.localName) ? 'carried' : 'lost-shape';
}

/**
 * Reads the drawings of an .xlsx package, sheet by sheet, leaving out `skippedSheets` (sheets the tools write anew,
 * whose charts they write again). A package that can't be read yields nothing: ExcelJS has already loaded it, and
 * reporting its damage is not this reader's job.
 */
export async function collectKeptDrawings(xlsx: Buffer, skippedSheets: readonly string[] = []): Promise<KeptDrawings> {
  const kept: KeptDrawings = { source: new JSZip(), sheets: [], lost: { charts: 0, shapes: 0, pivotTables: 0, unreadableParts: [] } };
  try {
    kept.source = await JSZip.loadAsync(xlsx);
  } catch {
    return kept;
  }
  const zip = kept.source;
  kept.lost.charts += zip.file(/^xl\/chartsheets\/[^/]+\.xml$/).length;
  const sheets = await worksheetPaths(zip).catch(() => new Map<string, string>());
  for (const [sheetName, sheetPath] of sheets) {
    if (skippedSheets.includes(sheetName)) continue;
    const sheetRels = await Relationships.load(zip, sheetPath).catch(() => null);
    if (sheetRels === null) {
      kept.lost.unreadableParts.push(relsPathOf(sheetPath));
      continue;
    }
    for (const relationship of sheetRels.list()) {
      if (relationship.type === PIVOT_TABLE_TYPE) kept.lost.pivotTables++;
      if (relationship.type !== REL_TYPE.drawing || relationship.external) continue;
      const drawingPath = resolveTarget(sheetPath, relationship.target);
      // A drawing that can't be read can't be carried: it is named in the warning, never dropped without a word.
      const drawing = await readXmlPart(zip, drawingPath).catch(() => null);
      const rels = drawing === null ? null : await Relationships.load(zip, drawingPath).catch(() => null);
      if (drawing === null || rels === null) {
        kept.lost.unreadableParts.push(drawing === null ? drawingPath : relsPathOf(drawingPath));
        continue;
      }
      const anchors: Element[] = [];
      for (const element of drawingChildren(drawing)) {
        const fate = await fateOf(zip, drawingPath, rels, element, kept.lost.unreadableParts);
        if (fate === 'carried') anchors.push(element);
        else if (fate === 'lost-chart') kept.lost.charts++;
        else if (fate === 'lost-shape') kept.lost.shapes++;
      }
      if (anchors.length > 0) kept.sheets.push({ sheetName, drawingPath, anchors });
    }
  }
  return kept;
}

function withRelationshipAttributes(root: Element): Array<{ element: Element; name: string; value: string }> {
  const found: Array<{ element: Element; name: string; value: string }> = [];
  for (const element of [root, ...Array.from(root.getElementsByTagName('*'))]) {
    for (const attribute of Array.from(element.attributes)) {
      // r:id="" is how Excel writes a link to a place in the workbook: no relationship to carry.
      if (attribute.namespaceURI === NS.rel && attribute.value !== '') found.push({ element, name: attribute.name, value: attribute.value });
    }
  }
  return found;
}

/**
 * Puts the kept drawings back into `target` (the package ExcelJS wrote from the same workbook): on each sheet of the
 * same name, appended to the drawing ExcelJS wrote for its pictures, or in a new one. Sheets no longer there are passed over.
 */
export async function restoreKeptDrawings(target: JSZip, kept: KeptDrawings): Promise<void> {
  if (kept.sheets.length === 0) return;
  const sheetPaths = await worksheetPaths(target);
  const contentTypes = await readXmlPart(target, '[Content_Types].xml');
  const copier = new PartCopier(kept.source, await readXmlPart(kept.source, '[Content_Types].xml'), target, contentTypes);

  for (const carried of kept.sheets) {
    const sheetPath = sheetPaths.get(carried.sheetName);
    if (!sheetPath) continue;
    const drawing = await openSheetDrawing(target, sheetPath, contentTypes);
    const sourceRels = await Relationships.load(kept.source, carried.drawingPath);
    const relationshipIds = new Map<string, string | null>();
    const relationshipId = async (sourceId: string): Promise<string | null> => {
      if (!relationshipIds.has(sourceId)) {
        const relationship = sourceRels.byId(sourceId);
        let id: string | null = null;
        if (relationship?.external) id = drawing.rels.add(relationship.type, relationship.target, true);
        else if (relationship) {
          const copy = await copier.copy(resolveTarget(carried.drawingPath, relationship.target));
          id = copy === null ? null : drawing.rels.add(relationship.type, relativeTarget(drawing.path, copy));
        }
        relationshipIds.set(sourceId, id);
      }
      return relationshipIds.get(sourceId) ?? null;
    };

    const anchors: Element[] = [];
    for (const source of carried.anchors) {
      const anchor = drawing.document.importNode(source, true) as Element;
      const references = withRelationshipAttributes(anchor);
      const ids: Array<string | null> = [];
      for (const reference of references) ids.push(await relationshipId(reference.value));
      if (ids.some((id) => id === null)) continue; // it refers to a part the input lacks: it was broken there already
      references.forEach(({ element, name }, index) => element.setAttributeNS(NS.rel, name, ids[index] as string));
      anchors.push(anchor);
    }
    renumberShapes(anchors, nextShapeId(drawing.document));
    for (const anchor of anchors) drawing.document.documentElement.appendChild(anchor);
    saveSheetDrawing(target, drawing);
  }
  target.file('[Content_Types].xml', serializeXml(contentTypes));
}
