import JSZip from 'jszip';
import type { ChartSpec } from '../roadmap/report/reportSheet';
import { parseCellRef, parseRangeRef, type CellRef, type RangeRef } from './a1';
import { chartSpaceXml } from './chartXml';
import { appendAnchor, emptyDrawingXml, nextShapeId } from './drawingXml';
import {
  addContentTypeOverride, CONTENT_TYPE, freePartPath, NS, parseXml, readXmlPart, REL_TYPE, Relationships, relativeTarget,
  resolveTarget, serializeXml, worksheetPaths, XlsxPackageError,
} from './packageParts';
import { rangeValues, SharedStrings } from './sheetValues';

/**
 * Native Excel charts in a workbook ExcelJS wrote (ExcelJS cannot write charts): each chart becomes a DrawingML
 * part whose series refer to the sheet's cells, so Excel, LibreOffice and R7-Office draw it and keep it live.
 */

export interface SheetChart {
  sheetName: string;
  spec: ChartSpec;
}

/** Worksheet elements that must come after <drawing> (CT_Worksheet's sequence). */
const AFTER_DRAWING = new Set([
  'legacyDrawing', 'legacyDrawingHF', 'drawingHF', 'picture', 'oleObjects', 'controls', 'webPublishItems', 'tableParts', 'extLst',
]);

interface CheckedChart {
  spec: ChartSpec;
  source: RangeRef;
  from: CellRef;
  to: CellRef;
}

function checkSpec(sheetName: string, spec: ChartSpec): CheckedChart {
  const source = parseRangeRef(spec.source);
  const from = parseCellRef(spec.from);
  const to = parseCellRef(spec.to);
  const what = `chart «${spec.title}» on sheet «${sheetName}»`;
  if (!source || source.bottom - source.top < 1 || source.right - source.left < 1) {
    throw new XlsxPackageError(`${what}: source "${spec.source}" must be a range of at least 2 rows and 2 columns (names, categories, values)`);
  }
  if (!from || !to || to.row < from.row || to.column < from.column) {
    throw new XlsxPackageError(`${what}: anchor "${spec.from}"–"${spec.to}" must be two cells, top-left then bottom-right`);
  }
  return { spec, source, from, to };
}

interface SheetDrawing {
  path: string;
  document: Document;
  rels: Relationships;
}

/** The sheet's drawing: its existing one (images ExcelJS wrote stay), or a new part tied to the sheet. */
async function sheetDrawing(zip: JSZip, sheetPath: string, worksheet: Document, contentTypes: Document): Promise<SheetDrawing> {
  const sheetRels = await Relationships.load(zip, sheetPath);
  const existing = worksheet.getElementsByTagNameNS(NS.main, 'drawing')[0];
  if (existing) {
    const relationship = sheetRels.byId(existing.getAttributeNS(NS.rel, 'id') ?? '');
    if (!relationship) throw new XlsxPackageError(`${sheetPath}: its <drawing> points to a missing relationship`);
    const path = resolveTarget(sheetPath, relationship.target);
    return { path, document: await readXmlPart(zip, path), rels: await Relationships.load(zip, path) };
  }
  const path = freePartPath(zip, 'xl/drawings', 'drawing');
  zip.file(path, ''); // reserve the name
  addContentTypeOverride(contentTypes, path, CONTENT_TYPE.drawing);
  const relationshipId = sheetRels.add(REL_TYPE.drawing, relativeTarget(sheetPath, path));
  sheetRels.save(zip);

  const element = worksheet.createElementNS(NS.main, 'drawing');
  element.setAttributeNS(NS.rel, 'r:id', relationshipId);
  const root = worksheet.documentElement;
  const before = Array.from(root.childNodes).find((node) => node.nodeType === 1 && AFTER_DRAWING.has((node as Element).localName));
  if (before) root.insertBefore(element, before);
  else root.appendChild(element);
  zip.file(sheetPath, serializeXml(worksheet));

  return { path, document: parseXml(emptyDrawingXml(), path), rels: await Relationships.load(zip, path) };
}

function groupBySheet(charts: readonly SheetChart[]): Map<string, ChartSpec[]> {
  const groups = new Map<string, ChartSpec[]>();
  for (const { sheetName, spec } of charts) groups.set(sheetName, [...(groups.get(sheetName) ?? []), spec]);
  return groups;
}

export async function addNativeCharts(xlsx: Buffer, charts: readonly SheetChart[]): Promise<Buffer> {
  if (charts.length === 0) return xlsx;
  const zip = await JSZip.loadAsync(xlsx);
  const sheetPaths = await worksheetPaths(zip);
  const contentTypes = await readXmlPart(zip, '[Content_Types].xml');
  const sharedStrings = await SharedStrings.load(zip);

  for (const [sheetName, specs] of groupBySheet(charts)) {
    const sheetPath = sheetPaths.get(sheetName);
    if (!sheetPath) throw new XlsxPackageError(`no sheet «${sheetName}» to put a chart on (sheets: ${[...sheetPaths.keys()].join(', ')})`);
    const checked = specs.map((spec) => checkSpec(sheetName, spec));
    const worksheet = await readXmlPart(zip, sheetPath);
    const drawing = await sheetDrawing(zip, sheetPath, worksheet, contentTypes);

    for (const { spec, source, from, to } of checked) {
      const chartPath = freePartPath(zip, 'xl/charts', 'chart');
      const values = rangeValues(worksheet, source, sharedStrings);
      zip.file(chartPath, chartSpaceXml(spec, { sheetName, range: source, values }));
      addContentTypeOverride(contentTypes, chartPath, CONTENT_TYPE.chart);
      const chartRelationshipId = drawing.rels.add(REL_TYPE.chart, relativeTarget(drawing.path, chartPath));
      const shapeId = nextShapeId(drawing.document);
      appendAnchor(drawing.document, { from, to, shapeId, name: `Chart ${shapeId - 1}`, chartRelationshipId });
    }
    zip.file(drawing.path, serializeXml(drawing.document));
    drawing.rels.save(zip);
  }
  zip.file('[Content_Types].xml', serializeXml(contentTypes));
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 6 } });
}
