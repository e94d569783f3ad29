import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { DOMParser } from '@xmldom/xmldom';
import { NS, readPart, REL_TYPE, Relationships, resolveTarget, worksheetPaths } from '../../src/xlsx/packageParts';

/**
 * Workbooks with drawings as Excel writes them (ExcelJS can't write charts or shapes): a clustered column chart with
 * its chart style and colour parts, a text box with a hyperlink, next to a picture ExcelJS wrote itself.
 */

export const RED_PIXEL_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==',
  'base64',
);

const C = NS.chart;
const A = NS.drawingMain;
const CS = 'http://schemas.microsoft.com/office/drawing/2012/chartStyle';
export const CHART_STYLE_TYPE = 'http://schemas.microsoft.com/office/2011/relationships/chartStyle';
export const CHART_COLORS_TYPE = 'http://schemas.microsoft.com/office/2011/relationships/chartColorStyle';
const HYPERLINK_TYPE = `${NS.rel}/hyperlink`;

function quoted(sheet: string): string {
  return /^[\p{L}_][\p{L}\d_.]*$/u.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
}

export interface UserChart {
  sheet: string;
  title: string;
  /** Series name cell, category and value ranges, as absolute A1 (e.g. $M$1, $L$2:$L$3). */
  name: string;
  categories: string;
  values: string;
  /** The cached values Excel stored. */
  categoryCache: string[];
  valueCache: number[];
}

function points(values: readonly (string | number)[]): string {
  return `<c:ptCount val="${values.length}"/>${values.map((value, index) => `<c:pt idx="${index}"><c:v>${value}</c:v></c:pt>`).join('')}`;
}

/** xl/charts/chartN.xml as Excel 2016 writes a clustered column chart. */
export function excelChartXml(chart: UserChart): string {
  const sheet = quoted(chart.sheet);
  const text = (t: string) => `<c:tx><c:rich><a:bodyPr rot="0" spcFirstLastPara="1" vertOverflow="ellipsis" vert="horz" wrap="square" anchor="ctr" anchorCtr="1"/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="1400" b="0"/></a:pPr><a:r><a:rPr lang="ru-RU"/><a:t>${t}</a:t></a:r></a:p></c:rich></c:tx>`;
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n` +
    `<c:chartSpace xmlns:c="${C}" xmlns:a="${A}" xmlns:r="${NS.rel}" xmlns:c16r2="http://schemas.microsoft.com/office/drawing/2015/06/chart">` +
    `<c:date1904 val="0"/><c:lang val="ru-RU"/><c:roundedCorners val="0"/>` +
    `<mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><mc:Choice Requires="c14" xmlns:c14="http://schemas.microsoft.com/office/drawing/2007/8/2/chart"><c14:style val="102"/></mc:Choice><mc:Fallback><c:style val="2"/></mc:Fallback></mc:AlternateContent>` +
    `<c:chart><c:title>${text(chart.title)}<c:overlay val="0"/></c:title><c:autoTitleDeleted val="0"/><c:plotArea><c:layout/>` +
    `<c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:varyColors val="0"/>` +
    `<c:ser><c:idx val="0"/><c:order val="0"/><c:tx><c:strRef><c:f>${sheet}!${chart.name}</c:f><c:strCache>${points(['Мероприятий'])}</c:strCache></c:strRef></c:tx>` +
    `<c:spPr><a:solidFill><a:schemeClr val="accent1"/></a:solidFill><a:ln><a:noFill/></a:ln><a:effectLst/></c:spPr><c:invertIfNegative val="0"/>` +
    `<c:cat><c:strRef><c:f>${sheet}!${chart.categories}</c:f><c:strCache>${points(chart.categoryCache)}</c:strCache></c:strRef></c:cat>` +
    `<c:val><c:numRef><c:f>${sheet}!${chart.values}</c:f><c:numCache><c:formatCode>General</c:formatCode>${points(chart.valueCache)}</c:numCache></c:numRef></c:val>` +
    `<c:extLst><c:ext uri="{C3380CC4-5D6E-409C-BE32-E72D297353CC}" xmlns:c16="http://schemas.microsoft.com/office/drawing/2014/chart"><c16:uniqueId val="{00000000-5A1B-4C2D-8E9F-000000000001}"/></c:ext></c:extLst></c:ser>` +
    `<c:dLbls><c:showLegendKey val="0"/><c:showVal val="0"/><c:showCatName val="0"/><c:showSerName val="0"/><c:showPercent val="0"/><c:showBubbleSize val="0"/></c:dLbls>` +
    `<c:gapWidth val="219"/><c:overlap val="-27"/><c:axId val="724375416"/><c:axId val="724376728"/></c:barChart>` +
    `<c:catAx><c:axId val="724375416"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/><c:numFmt formatCode="General" sourceLinked="1"/><c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/><c:crossAx val="724376728"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>` +
    `<c:valAx><c:axId val="724376728"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="l"/><c:majorGridlines/><c:numFmt formatCode="General" sourceLinked="1"/><c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/><c:crossAx val="724375416"/><c:crosses val="autoZero"/><c:crossBetween val="between"/></c:valAx>` +
    `</c:plotArea><c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart>` +
    `<c:spPr><a:solidFill><a:schemeClr val="bg1"/></a:solidFill><a:ln w="9525" cap="flat" cmpd="sng" algn="ctr"><a:solidFill><a:schemeClr val="tx1"><a:lumMod val="15000"/><a:lumOff val="85000"/></a:schemeClr></a:solidFill><a:round/></a:ln><a:effectLst/></c:spPr>` +
    `<c:printSettings><c:headerFooter/><c:pageMargins b="0.75" l="0.7" r="0.7" t="0.75" header="0.3" footer="0.3"/><c:pageSetup/></c:printSettings></c:chartSpace>`
  );
}

const STYLE_ENTRIES = [
  'axisTitle', 'categoryAxis', 'chartArea', 'dataLabel', 'dataPoint', 'dataPoint3D', 'dataPointLine', 'dataPointMarker', 'dataPointWireframe',
  'dataTable', 'downBar', 'dropLine', 'errorBar', 'floor', 'gridlineMajor', 'gridlineMinor', 'hiLoLine', 'leaderLine', 'legend', 'plotArea',
  'plotArea3D', 'seriesAxis', 'seriesLine', 'title', 'trendline', 'trendlineLabel', 'upBar', 'valueAxis', 'wall',
];

function chartStyleXml(): string {
  const entry = (name: string) =>
    `<cs:${name}><cs:lnRef idx="0"/><cs:fillRef idx="0"/><cs:effectRef idx="0"/><cs:fontRef idx="minor"><a:schemeClr val="tx1"/></cs:fontRef></cs:${name}>`;
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<cs:chartStyle xmlns:cs="${CS}" xmlns:a="${A}" id="201">${STYLE_ENTRIES.map(entry).join('')}</cs:chartStyle>`;
}

function chartColorsXml(): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<cs:colorStyle xmlns:cs="${CS}" xmlns:a="${A}" meth="cycle" id="10"><a:schemeClr val="accent1"/><a:schemeClr val="accent2"/><a:schemeClr val="accent3"/><cs:variation/></cs:colorStyle>`;
}

function marker(tag: string, column: number, row: number): string {
  return `<xdr:${tag}><xdr:col>${column}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`;
}

function chartAnchorXml(id: number, relationshipId: string, at: { column: number; row: number }): string {
  return (
    `<xdr:twoCellAnchor editAs="oneCell">${marker('from', at.column, at.row)}${marker('to', at.column + 7, at.row + 15)}` +
    `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${id}" name="Диаграмма ${id - 1}"><a:extLst><a:ext uri="{FF2B5EF4-FFF2-40B4-BE49-F238E27FC236}"><a16:creationId xmlns:a16="http://schemas.microsoft.com/office/drawing/2014/main" id="{3C1A2B4D-0000-4000-8000-00000000000${id}}"/></a:ext></a:extLst></xdr:cNvPr><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
    `<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="${C}"><c:chart xmlns:c="${C}" xmlns:r="${NS.rel}" r:id="${relationshipId}"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>`
  );
}

function textBoxAnchorXml(id: number, text: string, hyperlinkId: string, at: { column: number; row: number }): string {
  return (
    `<xdr:twoCellAnchor>${marker('from', at.column, at.row)}${marker('to', at.column + 4, at.row + 3)}` +
    `<xdr:sp macro="" textlink=""><xdr:nvSpPr><xdr:cNvPr id="${id}" name="TextBox ${id - 1}"><a:hlinkClick xmlns:r="${NS.rel}" r:id="${hyperlinkId}"/></xdr:cNvPr><xdr:cNvSpPr txBox="1"/></xdr:nvSpPr>` +
    `<xdr:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:solidFill><a:schemeClr val="lt1"/></a:solidFill><a:ln w="9525" cmpd="sng"><a:solidFill><a:schemeClr val="lt1"><a:shade val="50000"/></a:schemeClr></a:solidFill></a:ln></xdr:spPr>` +
    `<xdr:txBody><a:bodyPr vertOverflow="clip" horzOverflow="clip" wrap="square" rtlCol="0" anchor="t"/><a:lstStyle/><a:p><a:r><a:rPr lang="ru-RU" sz="1100"/><a:t>${text}</a:t></a:r></a:p></xdr:txBody></xdr:sp><xdr:clientData/></xdr:twoCellAnchor>`
  );
}

function addOverride(contentTypes: string, partName: string, contentType: string): string {
  return contentTypes.replace('</Types>', `<Override PartName="/${partName}" ContentType="${contentType}"/></Types>`);
}

/**
 * Adds to the sheet's drawing (the one ExcelJS wrote for a picture, or a new one) a chart as Excel writes it, with
 * xl/charts/style1.xml and colors1.xml, and a text box linking to a web page.
 */
export async function withExcelDrawings(xlsx: Buffer, chart: UserChart, textBox: string): Promise<Buffer> {
  const zip = await JSZip.loadAsync(xlsx);
  const sheetPath = (await worksheetPaths(zip)).get(chart.sheet);
  if (!sheetPath) throw new Error(`no sheet ${chart.sheet}`);
  const sheetRels = await Relationships.load(zip, sheetPath);
  let drawing = sheetRels.list().find((relationship) => relationship.type === REL_TYPE.drawing);
  let contentTypes = (await readPart(zip, '[Content_Types].xml')) as string;
  if (!drawing) {
    const id = sheetRels.add(REL_TYPE.drawing, '../drawings/drawing1.xml');
    sheetRels.save(zip);
    const sheetXml = (await readPart(zip, sheetPath)) as string;
    const at = ['<tableParts', '<extLst', '</worksheet>'].map((tag) => sheetXml.indexOf(tag)).find((index) => index >= 0) as number;
    zip.file(sheetPath, `${sheetXml.slice(0, at)}<drawing r:id="${id}"/>${sheetXml.slice(at)}`);
    zip.file('xl/drawings/drawing1.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<xdr:wsDr xmlns:xdr="${NS.drawing}" xmlns:a="${A}"></xdr:wsDr>`);
    contentTypes = addOverride(contentTypes, 'xl/drawings/drawing1.xml', 'application/vnd.openxmlformats-officedocument.drawing+xml');
    drawing = (await Relationships.load(zip, sheetPath)).byId(id);
  }
  const drawingPath = resolveTarget(sheetPath, drawing!.target);
  const drawingRels = await Relationships.load(zip, drawingPath);
  const chartId = drawingRels.add(REL_TYPE.chart, '../charts/chart1.xml');
  const linkId = drawingRels.add(HYPERLINK_TYPE, 'https://mintrud.gov.ru/', true);
  drawingRels.save(zip);
  const drawingXml = (await readPart(zip, drawingPath)) as string;
  const taken = [...drawingXml.matchAll(/cNvPr id="(\d+)"/g)].map((match) => Number(match[1]));
  const next = Math.max(1, ...taken) + 1;
  zip.file(
    drawingPath,
    drawingXml.replace('</xdr:wsDr>', `${chartAnchorXml(next, chartId, { column: 11, row: 9 })}${textBoxAnchorXml(next + 1, textBox, linkId, { column: 11, row: 26 })}</xdr:wsDr>`),
  );

  zip.file('xl/charts/chart1.xml', excelChartXml(chart));
  zip.file('xl/charts/style1.xml', chartStyleXml());
  zip.file('xl/charts/colors1.xml', chartColorsXml());
  const chartRels = await Relationships.load(zip, 'xl/charts/chart1.xml');
  chartRels.add(CHART_COLORS_TYPE, 'colors1.xml');
  chartRels.add(CHART_STYLE_TYPE, 'style1.xml');
  chartRels.save(zip);
  contentTypes = addOverride(contentTypes, 'xl/charts/chart1.xml', 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml');
  contentTypes = addOverride(contentTypes, 'xl/charts/style1.xml', 'application/vnd.ms-office.chartstyle+xml');
  contentTypes = addOverride(contentTypes, 'xl/charts/colors1.xml', 'application/vnd.ms-office.chartcolorstyle+xml');
  zip.file('[Content_Types].xml', contentTypes);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

/** The pilot roadmap with the user's own little table on the roadmap sheet (L1:M3) and a picture beside it. */
export function pilotWithPicture(workbook: ExcelJS.Workbook): ExcelJS.Workbook {
  const sheet = workbook.getWorksheet('Программа') as ExcelJS.Worksheet;
  sheet.getCell('L1').value = 'Раздел';
  sheet.getCell('M1').value = 'Мероприятий';
  sheet.getCell('L2').value = 'Подготовка';
  sheet.getCell('M2').value = 8;
  sheet.getCell('L3').value = 'Апробация';
  sheet.getCell('M3').value = 7;
  sheet.addImage(workbook.addImage({ buffer: RED_PIXEL_PNG as unknown as ExcelJS.Buffer, extension: 'png' }), 'L5:M8');
  return workbook;
}

export const USER_CHART: UserChart = {
  sheet: 'Программа',
  title: 'Мероприятия по разделам',
  name: '$M$1',
  categories: '$L$2:$L$3',
  values: '$M$2:$M$3',
  categoryCache: ['Подготовка', 'Апробация'],
  valueCache: [8, 7],
};

export interface DrawnChart {
  part: string;
  title: string;
  formulas: string[];
  /** Types of the chart part's own relationships, with whether each target is in the package. */
  rels: Array<{ type: string; present: boolean }>;
}

export interface SheetDrawingContents {
  charts: DrawnChart[];
  pictures: number;
  /** Texts of the drawing's shapes (text boxes). */
  shapes: string[];
  shapeIds: string[];
}

function parse(xml: string): Document {
  return new DOMParser().parseFromString(xml, 'text/xml');
}

/** What each sheet's drawing shows: its charts (title, series formulas), pictures and text boxes. */
export async function drawingsBySheet(xlsx: Buffer): Promise<Map<string, SheetDrawingContents>> {
  const zip = await JSZip.loadAsync(xlsx);
  const result = new Map<string, SheetDrawingContents>();
  for (const [sheet, sheetPath] of await worksheetPaths(zip)) {
    const contents: SheetDrawingContents = { charts: [], pictures: 0, shapes: [], shapeIds: [] };
    result.set(sheet, contents);
    for (const relationship of (await Relationships.load(zip, sheetPath)).list()) {
      if (relationship.type !== REL_TYPE.drawing) continue;
      const drawingPath = resolveTarget(sheetPath, relationship.target);
      const drawing = parse((await readPart(zip, drawingPath)) ?? '');
      const rels = await Relationships.load(zip, drawingPath);
      contents.pictures += drawing.getElementsByTagNameNS(NS.drawing, 'pic').length;
      contents.shapes.push(...Array.from(drawing.getElementsByTagNameNS(NS.drawing, 'sp')).map((sp) => sp.getElementsByTagNameNS(A, 't')[0]?.textContent ?? ''));
      contents.shapeIds.push(...Array.from(drawing.getElementsByTagNameNS(NS.drawing, 'cNvPr')).map((element) => element.getAttribute('id') ?? ''));
      for (const frame of Array.from(drawing.getElementsByTagNameNS(C, 'chart'))) {
        const part = resolveTarget(drawingPath, rels.byId(frame.getAttributeNS(NS.rel, 'id') ?? '')?.target ?? '');
        const chart = parse((await readPart(zip, part)) ?? '');
        const chartRels = await Relationships.load(zip, part);
        contents.charts.push({
          part,
          title: Array.from(chart.getElementsByTagNameNS(A, 't')).map((t) => t.textContent).join(''),
          formulas: Array.from(chart.getElementsByTagNameNS(C, 'f')).map((f) => f.textContent ?? ''),
          rels: chartRels.list().map((rel) => ({ type: rel.type, present: zip.file(resolveTarget(part, rel.target)) !== null })),
        });
      }
    }
  }
  return result;
}
