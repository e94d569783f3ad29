import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { DOMParser } from '@xmldom/xmldom';
import { addNativeCharts } from '../../src/xlsx/charts';
import { NS } from '../../src/xlsx/packageParts';

const RED_PIXEL_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==',
  'base64',
);

async function workbookBuffer(build: (workbook: ExcelJS.Workbook) => void): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  build(workbook);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function statusTable(sheet: ExcelJS.Worksheet): void {
  sheet.addRows([['Сводка'], [], ['Статус', 'Мероприятий'], ['Выполнено', 3], ['Просрочено', 5], ['=HYPERLINK("x")', 2]]);
}

async function xmlPart(zip: JSZip, path: string): Promise<Document> {
  const file = zip.file(path);
  if (!file) throw new Error(`missing ${path}`);
  return new DOMParser().parseFromString(await file.async('string'), 'text/xml');
}

function texts(document: Document, namespace: string, name: string): string[] {
  return Array.from(document.getElementsByTagNameNS(namespace, name)).map((element) => element.textContent ?? '');
}

describe('addNativeCharts', () => {
  it('adds a chart whose series refer to the source cells and cache their values', async () => {
    const input = await workbookBuffer((workbook) => statusTable(workbook.addWorksheet("Мониторинг д'Артаньяна")));
    const output = await addNativeCharts(input, [
      { sheetName: "Мониторинг д'Артаньяна", spec: { type: 'column', title: 'По статусам', source: 'A3:B6', from: 'D2', to: 'K16' } },
    ]);
    const zip = await JSZip.loadAsync(output);
    const chart = await xmlPart(zip, 'xl/charts/chart1.xml');
    expect(texts(chart, NS.chart, 'f')).toEqual([
      "'Мониторинг д''Артаньяна'!$B$3",
      "'Мониторинг д''Артаньяна'!$A$4:$A$6",
      "'Мониторинг д''Артаньяна'!$B$4:$B$6",
    ]);
    expect(texts(chart, NS.chart, 'v')).toEqual(['Мероприятий', 'Выполнено', 'Просрочено', '=HYPERLINK("x")', '3', '5', '2']);
    expect(chart.getElementsByTagNameNS(NS.chart, 'barDir')[0].getAttribute('val')).toBe('col');
    expect(texts(chart, NS.drawingMain, 't')).toEqual(['По статусам']);

    const sheet = await xmlPart(zip, 'xl/worksheets/sheet1.xml');
    const drawingId = sheet.getElementsByTagNameNS(NS.main, 'drawing')[0].getAttributeNS(NS.rel, 'id');
    const sheetRels = await zip.file('xl/worksheets/_rels/sheet1.xml.rels')?.async('string');
    expect(sheetRels).toContain(`Id="${drawingId}"`);
    expect(sheetRels).toContain('Target="../drawings/drawing1.xml"');
    expect(await zip.file('xl/drawings/_rels/drawing1.xml.rels')?.async('string')).toContain('Target="../charts/chart1.xml"');
    const drawing = await xmlPart(zip, 'xl/drawings/drawing1.xml');
    expect(texts(drawing, NS.drawing, 'col')).toEqual(['3', '11']);
    expect(texts(drawing, NS.drawing, 'row')).toEqual(['1', '16']);
    const contentTypes = await zip.file('[Content_Types].xml')?.async('string');
    expect(contentTypes).toContain('PartName="/xl/charts/chart1.xml"');
    expect(contentTypes).toContain('PartName="/xl/drawings/drawing1.xml"');
  });

  it('caches date categories as the cells show them and numbers in their cells’ format, percentages as percentages', async () => {
    const input = await workbookBuffer((workbook) => {
      const sheet = workbook.addWorksheet('История');
      sheet.addRows([['Дата среза', 'Выполнено'], [new Date(Date.UTC(2021, 7, 20)), 0.25], [new Date(Date.UTC(2021, 8, 20)), 0.5]]);
      for (const row of [2, 3]) {
        sheet.getCell(`A${row}`).numFmt = 'DD.MM.YYYY';
        sheet.getCell(`B${row}`).numFmt = '0.0%';
      }
    });
    const output = await addNativeCharts(input, [
      { sheetName: 'История', spec: { type: 'line', title: 'Выполнение', source: 'A1:B3', from: 'D1', to: 'J12' } },
    ]);
    const chart = await xmlPart(await JSZip.loadAsync(output), 'xl/charts/chart1.xml');
    expect(texts(chart, NS.chart, 'v')).toEqual(['Выполнено', '20.08.2021', '20.09.2021', '0.25', '0.5']);
    expect(texts(chart, NS.chart, 'formatCode')).toEqual(['0.0%']);
    // A text axis labelled as the dates are written, not a date axis of serial numbers.
    const categoryAxis = chart.getElementsByTagNameNS(NS.chart, 'catAx')[0];
    expect(categoryAxis.getElementsByTagNameNS(NS.chart, 'numFmt')[0].getAttribute('formatCode')).toBe('DD.MM.YYYY');
    expect(categoryAxis.getElementsByTagNameNS(NS.chart, 'auto')[0].getAttribute('val')).toBe('0');
  });

  it('leaves the workbook readable with every cell intact, formula-looking text still text', async () => {
    const input = await workbookBuffer((workbook) => statusTable(workbook.addWorksheet('Мониторинг')));
    const output = await addNativeCharts(input, [
      { sheetName: 'Мониторинг', spec: { type: 'pie', title: 'Доли', source: 'A3:B6', from: 'D2', to: 'K16' } },
    ]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(output as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('Мониторинг') as ExcelJS.Worksheet;
    expect(sheet.getCell('A1').value).toBe('Сводка');
    expect(sheet.getCell('B5').value).toBe(5);
    expect(sheet.getCell('A6').value).toBe('=HYPERLINK("x")');
    expect(sheet.getCell('A6').type).toBe(ExcelJS.ValueType.String);
  });

  it('keeps an image already on the sheet and appends the chart to its drawing', async () => {
    const input = await workbookBuffer((workbook) => {
      const sheet = workbook.addWorksheet('Лист');
      statusTable(sheet);
      const image = workbook.addImage({ buffer: RED_PIXEL_PNG as unknown as ExcelJS.Buffer, extension: 'png' });
      sheet.addImage(image, 'E1:F3');
    });
    const output = await addNativeCharts(input, [
      { sheetName: 'Лист', spec: { type: 'line', title: 'Линия', source: 'A3:B5', from: 'H2', to: 'M12' } },
      { sheetName: 'Лист', spec: { type: 'bar', title: 'Полосы', source: 'A3:B5', from: 'H14', to: 'M24' } },
    ]);
    const zip = await JSZip.loadAsync(output);
    expect(zip.file(/^xl\/drawings\/drawing\d+\.xml$/)).toHaveLength(1);
    const drawing = await xmlPart(zip, 'xl/drawings/drawing1.xml');
    expect(drawing.getElementsByTagNameNS(NS.drawing, 'pic')).toHaveLength(1);
    expect(drawing.getElementsByTagNameNS(NS.drawing, 'graphicFrame')).toHaveLength(2);
    const shapeIds = Array.from(drawing.getElementsByTagNameNS(NS.drawing, 'cNvPr')).map((element) => element.getAttribute('id'));
    expect(new Set(shapeIds).size).toBe(shapeIds.length);
    const rels = (await zip.file('xl/drawings/_rels/drawing1.xml.rels')?.async('string')) ?? '';
    expect(rels).toContain('media/image1.png');
    expect(rels).toContain('../charts/chart1.xml');
    expect(rels).toContain('../charts/chart2.xml');

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(output as unknown as ArrayBuffer);
    expect((workbook.getWorksheet('Лист') as ExcelJS.Worksheet).getImages()).toHaveLength(1);
  });

  it('puts <drawing> before <tableParts>, where the worksheet schema wants it', async () => {
    const input = await workbookBuffer((workbook) => {
      const sheet = workbook.addWorksheet('Таблица');
      sheet.addTable({ name: 'Data', ref: 'A1', columns: [{ name: 'Статус' }, { name: 'Число' }], rows: [['a', 1], ['b', 2]] });
    });
    const output = await addNativeCharts(input, [
      { sheetName: 'Таблица', spec: { type: 'column', title: 'T', source: 'A1:B3', from: 'D1', to: 'H10' } },
    ]);
    const zip = await JSZip.loadAsync(output);
    const sheet = await xmlPart(zip, 'xl/worksheets/sheet1.xml');
    const order = Array.from(sheet.documentElement.childNodes)
      .filter((node) => node.nodeType === 1)
      .map((node) => (node as Element).localName);
    expect(order.indexOf('drawing')).toBeGreaterThan(order.indexOf('sheetData'));
    expect(order.indexOf('drawing')).toBeLessThan(order.indexOf('tableParts'));
  });

  it('refuses a missing sheet or a source too small to chart, naming them', async () => {
    const input = await workbookBuffer((workbook) => statusTable(workbook.addWorksheet('Мониторинг')));
    await expect(
      addNativeCharts(input, [{ sheetName: 'Нет', spec: { type: 'pie', title: 'x', source: 'A3:B6', from: 'D2', to: 'K16' } }]),
    ).rejects.toThrow(/«Нет»/);
    await expect(
      addNativeCharts(input, [{ sheetName: 'Мониторинг', spec: { type: 'pie', title: 'x', source: 'A3:A6', from: 'D2', to: 'K16' } }]),
    ).rejects.toThrow(/A3:A6/);
  });

  it('returns the workbook untouched when there is no chart to add', async () => {
    const input = await workbookBuffer((workbook) => statusTable(workbook.addWorksheet('Мониторинг')));
    expect(await addNativeCharts(input, [])).toBe(input);
  });
});
