import JSZip from 'jszip';
import type { ChartSpec } from '../roadmap/report/reportSheet';
import { parseCellRef, parseRangeRef, type CellRef, type RangeRef } from '../roadmap/a1';
import { chartSpaceXml } from './chartXml';
import { CellFormats } from './cellFormats';
import { appendAnchor, nextShapeId } from './drawingXml';
import {
  addContentTypeOverride, CONTENT_TYPE, freePartPath, generatePackage, readXmlPart, REL_TYPE, relativeTarget, serializeXml,
  worksheetPaths, XlsxPackageError,
} from './packageParts';
import { openSheetDrawing, saveSheetDrawing } from './sheetDrawing';
import { rangeCells, SharedStrings } from './sheetValues';

/**
 * Native Excel charts in a workbook ExcelJS wrote (ExcelJS cannot write charts): each chart becomes a DrawingML
 * part whose series refer to the sheet's cells, so Excel, LibreOffice and R7-Office draw it and keep it live.
 */

export interface SheetChart {
  sheetName: string;
  spec: ChartSpec;
}

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

function groupBySheet(charts: readonly SheetChart[]): Map<string, ChartSpec[]> {
  const groups = new Map<string, ChartSpec[]>();
  for (const { sheetName, spec } of charts) groups.set(sheetName, [...(groups.get(sheetName) ?? []), spec]);
  return groups;
}

/** Adds the charts to the package of a written workbook (see addNativeCharts). */
export async function addChartsToPackage(zip: JSZip, charts: readonly SheetChart[]): Promise<void> {
  if (charts.length === 0) return;
  const sheetPaths = await worksheetPaths(zip);
  const contentTypes = await readXmlPart(zip, '[Content_Types].xml');
  const sharedStrings = await SharedStrings.load(zip);
  const formats = await CellFormats.load(zip);

  for (const [sheetName, specs] of groupBySheet(charts)) {
    const sheetPath = sheetPaths.get(sheetName);
    if (!sheetPath) throw new XlsxPackageError(`no sheet «${sheetName}» to put a chart on (sheets: ${[...sheetPaths.keys()].join(', ')})`);
    const checked = specs.map((spec) => checkSpec(sheetName, spec));
    const worksheet = await readXmlPart(zip, sheetPath);
    const drawing = await openSheetDrawing(zip, sheetPath, contentTypes);

    for (const { spec, source, from, to } of checked) {
      const chartPath = freePartPath(zip, 'xl/charts', 'chart');
      const cells = rangeCells(worksheet, source, sharedStrings);
      const data = {
        sheetName,
        range: source,
        values: cells.map((row) => row.map((cell) => cell.value)),
        formats: cells.map((row) => row.map((cell) => formats.code(cell.style))),
      };
      zip.file(chartPath, chartSpaceXml(spec, data));
      addContentTypeOverride(contentTypes, chartPath, CONTENT_TYPE.chart);
      const chartRelationshipId = drawing.rels.add(REL_TYPE.chart, relativeTarget(drawing.path, chartPath));
      const shapeId = nextShapeId(drawing.document);
      appendAnchor(drawing.document, { from, to, shapeId, name: `Chart ${shapeId - 1}`, chartRelationshipId });
    }
    saveSheetDrawing(zip, drawing);
  }
  zip.file('[Content_Types].xml', serializeXml(contentTypes));
}

export async function addNativeCharts(xlsx: Buffer, charts: readonly SheetChart[]): Promise<Buffer> {
  if (charts.length === 0) return xlsx;
  const zip = await JSZip.loadAsync(xlsx);
  await addChartsToPackage(zip, charts);
  return generatePackage(zip);
}
