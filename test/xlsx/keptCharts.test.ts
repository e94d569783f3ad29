import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { DOMParser } from '@xmldom/xmldom';
import { renumberShapes } from '../../src/xlsx/drawingXml';
import { collectKeptDrawings } from '../../src/xlsx/keptCharts';
import { contentTypeOf, NS, parseXml } from '../../src/xlsx/packageParts';
import { withDrawingElement } from '../../src/xlsx/sheetDrawing';
import { unkeptParts } from '../../src/xlsx/unkeptParts';
import { saveWorkbookCopy } from '../../src/xlsx/workbookCopy';
import { drawingsBySheet, excelChartXml, withExcelDrawings, type UserChart } from './keptChartsWorkbooks';

const CHART: UserChart = {
  sheet: 'Данные',
  title: 'Моя диаграмма',
  name: '$B$1',
  categories: '$A$2:$A$3',
  values: '$B$2:$B$3',
  categoryCache: ['а', 'б'],
  valueCache: [1, 2],
};

function dataWorkbook(): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Данные');
  sheet.addTable({ name: 'Mine', ref: 'A1', columns: [{ name: 'Вид' }, { name: 'Число' }], rows: [['а', 1], ['б', 2]] });
  workbook.addWorksheet('Мониторинг').addRows([['Статус', 'Число'], ['Выполнено', 3], ['Просрочено', 5]]);
  return workbook;
}

/** The user's file: the data workbook with a chart and a text box as Excel writes them on «Данные». */
async function userFile(): Promise<Buffer> {
  return withExcelDrawings(Buffer.from(await dataWorkbook().xlsx.writeBuffer()), CHART, 'Заметка');
}

async function loaded(bytes: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return workbook;
}

function childOrder(xml: string): string[] {
  return Array.from(parseXml(xml, 'sheet').documentElement.childNodes)
    .filter((node) => node.nodeType === 1)
    .map((node) => (node as Element).localName);
}

describe('saveWorkbookCopy: the input’s charts and shapes put back after ExcelJS writes the workbook', () => {
  test('on a sheet without pictures: a new drawing, <drawing> before <tableParts>, the chart over the same cells', async () => {
    const original = await userFile();
    const output = await saveWorkbookCopy(await loaded(original), { original, rewrittenSheets: [], charts: [] });

    const drawings = await drawingsBySheet(output);
    expect(drawings.get('Данные')?.charts.map((chart) => [chart.title, chart.formulas])).toEqual([
      ['Моя диаграмма', ['Данные!$B$1', 'Данные!$A$2:$A$3', 'Данные!$B$2:$B$3']],
    ]);
    expect(drawings.get('Данные')?.shapes).toEqual(['Заметка']);
    const zip = await JSZip.loadAsync(output);
    const order = childOrder(await zip.file('xl/worksheets/sheet1.xml')!.async('string'));
    expect(order.indexOf('drawing')).toBeGreaterThan(order.indexOf('sheetData'));
    expect(order.indexOf('drawing')).toBeLessThan(order.indexOf('tableParts'));
    const workbook = await loaded(output);
    expect(workbook.getWorksheet('Данные')?.getCell('B3').value).toBe(2);
  });

  test('the tools’ charts go in after, under other names; every part is declared', async () => {
    const original = await userFile();
    const output = await saveWorkbookCopy(await loaded(original), {
      original,
      rewrittenSheets: ['Мониторинг'],
      charts: [{ sheetName: 'Мониторинг', spec: { type: 'pie', title: 'Доли', source: 'A1:B3', from: 'D1', to: 'J12' } }],
    });
    const drawings = await drawingsBySheet(output);
    const userChart = drawings.get('Данные')!.charts[0];
    const toolsChart = drawings.get('Мониторинг')!.charts[0];
    expect([userChart.title, toolsChart.title]).toEqual(['Моя диаграмма', 'Доли']);
    expect(userChart.part).not.toBe(toolsChart.part);
    expect(userChart.rels.every((rel) => rel.present)).toBe(true);

    const zip = await JSZip.loadAsync(output);
    const contentTypes = parseXml(await zip.file('[Content_Types].xml')!.async('string'), 'types');
    expect(contentTypeOf(contentTypes, userChart.part)).toBe('application/vnd.openxmlformats-officedocument.drawingml.chart+xml');
    expect(contentTypeOf(contentTypes, 'xl/charts/style1.xml')).toBe('application/vnd.ms-office.chartstyle+xml');
    expect(contentTypeOf(contentTypes, 'xl/charts/colors1.xml')).toBe('application/vnd.ms-office.chartcolorstyle+xml');
  });

  test('a sheet the command writes anew gets no chart from the input: never two of the tools’ charts', async () => {
    const first = await saveWorkbookCopy(await loaded(await userFile()), {
      original: await userFile(),
      rewrittenSheets: ['Мониторинг'],
      charts: [{ sheetName: 'Мониторинг', spec: { type: 'column', title: 'Статусы', source: 'A1:B3', from: 'D1', to: 'J12' } }],
    });
    const workbook = await loaded(first);
    const again = await saveWorkbookCopy(workbook, {
      original: first,
      rewrittenSheets: ['Мониторинг'],
      charts: [{ sheetName: 'Мониторинг', spec: { type: 'column', title: 'Статусы', source: 'A1:B3', from: 'D1', to: 'J12' } }],
    });
    const drawings = await drawingsBySheet(again);
    expect(drawings.get('Мониторинг')?.charts.map((chart) => chart.title)).toEqual(['Статусы']);
    expect(drawings.get('Данные')?.charts.map((chart) => chart.title)).toEqual(['Моя диаграмма']);
    expect((await JSZip.loadAsync(again)).file(/^xl\/charts\/chart\d+\.xml$/)).toHaveLength(2);
  });

  test('a text box linking to a place in the workbook (r:id="") is carried with its link', async () => {
    const zip = await JSZip.loadAsync(await userFile());
    const drawing = await zip.file('xl/drawings/drawing1.xml')!.async('string');
    zip.file('xl/drawings/drawing1.xml', drawing.replace(/(<a:hlinkClick [^>]*r:id=)"rId\d+"/, '$1""'));
    const original = await zip.generateAsync({ type: 'nodebuffer' });
    const output = await saveWorkbookCopy(await loaded(original), { original, rewrittenSheets: [], charts: [] });
    expect((await drawingsBySheet(output)).get('Данные')?.shapes).toEqual(['Заметка']);
    const carried = await (await JSZip.loadAsync(output)).file('xl/drawings/drawing1.xml')!.async('string');
    expect(carried).toMatch(/<a:hlinkClick [^>]*r:id=""/);
  });

  test('a workbook built in memory, with no charts to add, is ExcelJS’s bytes as they are', async () => {
    const output = await saveWorkbookCopy(dataWorkbook(), { original: null, rewrittenSheets: [], charts: [] });
    expect((await JSZip.loadAsync(output)).file(/^xl\/drawings\//)).toHaveLength(0);
  });
});

describe('what cannot be carried is counted, for the warning', () => {
  async function withParts(edit: (zip: JSZip) => Promise<void>): Promise<Buffer> {
    const zip = await JSZip.loadAsync(await userFile());
    await edit(zip);
    return zip.generateAsync({ type: 'nodebuffer' });
  }

  test('charts and text boxes on worksheets are not counted: they are carried', async () => {
    expect(await unkeptParts(await userFile())).toEqual({ charts: 0, shapes: 0, pivotTables: 0, unreadableParts: [], vba: false, notes: [] });
  });

  test('a pivot chart, an Excel 2016 chart, SmartArt-like frames and chart sheets are', async () => {
    const bytes = await withParts(async (zip) => {
      // The user's chart becomes a pivot chart (its pivot table can't be kept, so neither can it).
      zip.file('xl/charts/chart1.xml', excelChartXml(CHART).replace('<c:roundedCorners val="0"/>', '<c:roundedCorners val="0"/><c:pivotSource><c:name>[a.xlsx]Данные!PivotTable1</c:name><c:fmtId val="0"/></c:pivotSource>'));
      const drawing = await zip.file('xl/drawings/drawing1.xml')!.async('string');
      const chartex =
        `<mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><mc:Choice xmlns:cx1="http://schemas.microsoft.com/office/drawing/2015/9/8/chartex" Requires="cx1">` +
        `<xdr:twoCellAnchor><xdr:from><xdr:col>0</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>0</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to><xdr:col>3</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>9</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>` +
        `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="9" name="Водопад"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>` +
        `<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/drawing/2014/chartex"><cx:chart xmlns:cx="http://schemas.microsoft.com/office/drawing/2014/chartex" xmlns:r="${NS.rel}" r:id="rId9"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>` +
        `</mc:Choice><mc:Fallback/></mc:AlternateContent>`;
      const diagram =
        `<xdr:oneCellAnchor><xdr:from><xdr:col>0</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>0</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:ext cx="100" cy="100"/>` +
        `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="10" name="Схема"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>` +
        `<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/diagram"/></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:oneCellAnchor>`;
      zip.file('xl/drawings/drawing1.xml', drawing.replace('</xdr:wsDr>', `${chartex}${diagram}</xdr:wsDr>`));
      zip.file('xl/chartsheets/sheet1.xml', '<chartsheet/>');
    });
    expect(await unkeptParts(bytes)).toEqual({ charts: 3, shapes: 1, pivotTables: 0, unreadableParts: [], vba: false, notes: [] });
    // The text box is still carried; the pivot chart is not.
    const kept = await collectKeptDrawings(bytes);
    expect(kept.sheets.map((sheet) => [sheet.sheetName, sheet.anchors.length])).toEqual([['Данные', 1]]);
  });

  test('sheets the tools write anew are left out of the count', async () => {
    const bytes = await withParts(async (zip) => {
      zip.file('xl/charts/chart1.xml', excelChartXml(CHART).replace('<c:chart>', '<c:pivotSource><c:name>x</c:name><c:fmtId val="0"/></c:pivotSource><c:chart>'));
    });
    expect((await unkeptParts(bytes)).charts).toBe(1);
    expect((await unkeptParts(bytes, ['Данные'])).charts).toBe(0);
  });
});

describe('drawing and worksheet XML helpers', () => {
  test('renumberShapes gives fresh ids and keeps a connector joined to its shapes', () => {
    const drawing = new DOMParser().parseFromString(
      `<xdr:wsDr xmlns:xdr="${NS.drawing}" xmlns:a="${NS.drawingMain}">` +
        `<xdr:twoCellAnchor><xdr:sp><xdr:nvSpPr><xdr:cNvPr id="2" name="a"/></xdr:nvSpPr></xdr:sp></xdr:twoCellAnchor>` +
        `<xdr:twoCellAnchor><xdr:sp><xdr:nvSpPr><xdr:cNvPr id="3" name="b"/></xdr:nvSpPr></xdr:sp></xdr:twoCellAnchor>` +
        `<xdr:twoCellAnchor><xdr:cxnSp><xdr:nvCxnSpPr><xdr:cNvPr id="4" name="line"/><xdr:cNvCxnSpPr><a:stCxn id="2" idx="3"/><a:endCxn id="3" idx="1"/></xdr:cNvCxnSpPr></xdr:nvCxnSpPr></xdr:cxnSp></xdr:twoCellAnchor>` +
        `</xdr:wsDr>`,
      'text/xml',
    );
    const anchors = Array.from(drawing.documentElement.childNodes) as Element[];
    renumberShapes(anchors, 7);
    const ids = Array.from(drawing.getElementsByTagNameNS(NS.drawing, 'cNvPr')).map((element) => element.getAttribute('id'));
    expect(ids).toEqual(['7', '8', '9']);
    expect(drawing.getElementsByTagNameNS(NS.drawingMain, 'stCxn')[0].getAttribute('id')).toBe('7');
    expect(drawing.getElementsByTagNameNS(NS.drawingMain, 'endCxn')[0].getAttribute('id')).toBe('8');
  });

  test('withDrawingElement puts <drawing> after the page setup and before <legacyDrawing>, cells untouched', () => {
    const cells = '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&lt;tableParts&gt; as text</t></is></c></row></sheetData>';
    const xml =
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${NS.main}" xmlns:r="${NS.rel}">${cells}` +
      `<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/><legacyDrawing r:id="rId1"/></worksheet>`;
    const result = withDrawingElement(xml, 'rId2', 'sheet1.xml');
    expect(result).toContain(cells);
    expect(childOrder(result)).toEqual(['sheetData', 'pageMargins', 'drawing', 'legacyDrawing']);
    expect(parseXml(result, 'sheet').getElementsByTagNameNS(NS.main, 'drawing')[0].getAttributeNS(NS.rel, 'id')).toBe('rId2');
    expect(childOrder(withDrawingElement(`<worksheet xmlns="${NS.main}"><sheetData/></worksheet>`, 'rId1', 's'))).toEqual(['sheetData', 'drawing']);
  });
});
