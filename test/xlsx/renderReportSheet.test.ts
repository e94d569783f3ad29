import ExcelJS from 'exceljs';
import type { ReportSheet } from '../../src/roadmap/report/reportSheet';
import { renderReportSheet } from '../../src/xlsx/renderReportSheet';

const REPORT: ReportSheet = {
  name: 'Мониторинг',
  rows: [
    [{ value: 'Мониторинг дорожной карты', style: 'title' }],
    [{ value: 'Дата отчёта' }, { value: { date: '2021-09-01' }, style: 'date' }],
    [{ value: 'Статус', style: 'header' }, { value: 'Мероприятий', style: 'header' }],
    [{ value: 'Просрочено' }, { value: 5 }],
    [{ value: 'Выполнено, %' }, { value: 0.25, style: 'percent' }],
    [{ value: '=HYPERLINK("http://evil","x")', style: 'wrap' }, { value: '+7 999 123-45-67' }, { value: '-' }, { value: '@x' }],
    [{ value: null }, { value: 'ошибка', style: 'error' }],
  ],
  columnWidths: [30, 12],
  merges: ['A1:D1'],
  charts: [{ type: 'column', title: 'По статусам', source: 'A3:B4', from: 'F2', to: 'M16' }],
  frozenRows: 3,
};

async function roundTrip(workbook: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  const back = new ExcelJS.Workbook();
  await back.xlsx.load((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
  return back;
}

describe('renderReportSheet', () => {
  it('writes values, real dates, styles, widths, merges and frozen rows that survive a save', async () => {
    const workbook = new ExcelJS.Workbook();
    const charts = renderReportSheet(workbook, REPORT);
    expect(charts).toEqual([{ sheetName: 'Мониторинг', spec: REPORT.charts[0] }]);

    const sheet = (await roundTrip(workbook)).getWorksheet('Мониторинг') as ExcelJS.Worksheet;
    expect(sheet.getCell('A1').value).toBe('Мониторинг дорожной карты');
    expect(sheet.getCell('A1').font.bold).toBe(true);
    expect(sheet.getCell('B2').type).toBe(ExcelJS.ValueType.Date);
    expect((sheet.getCell('B2').value as Date).toISOString().slice(0, 10)).toBe('2021-09-01');
    expect(sheet.getCell('B2').numFmt).toBe('dd.mm.yyyy');
    expect(sheet.getCell('B4').value).toBe(5);
    expect(sheet.getCell('B5').numFmt).toBe('0.0%');
    expect(sheet.getCell('A3').fill).toMatchObject({ type: 'pattern', pattern: 'solid' });
    expect(sheet.getCell('B7').font.color?.argb).toBe('FFC00000');
    expect(sheet.getColumn(1).width).toBe(30);
    expect(sheet.getCell('D1').isMerged).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 3 });
  });

  it('prints landscape, one page wide, so a printed or PDF report never splits its columns', async () => {
    const workbook = new ExcelJS.Workbook();
    renderReportSheet(workbook, REPORT);
    const sheet = (await roundTrip(workbook)).getWorksheet('Мониторинг') as ExcelJS.Worksheet;
    expect(sheet.pageSetup).toMatchObject({ orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
  });

  it('repeats the header rows on printed pages, starts pages where asked, top-aligns rows and sizes wrapped ones', async () => {
    const workbook = new ExcelJS.Workbook();
    const long = 'Организация и проведение установочного вебинара о пилотной апробации элементов системы';
    renderReportSheet(workbook, { ...REPORT, rows: [...REPORT.rows, [{ value: long, style: 'wrap' }, { value: 3 }]], print: { breaksBefore: [5] } });
    const sheet = (await roundTrip(workbook)).getWorksheet('Мониторинг') as ExcelJS.Worksheet;
    expect(sheet.pageSetup.printTitlesRow).toBe('1:3');
    const xml = (await workbook.xlsx.writeBuffer()) as ArrayBuffer;
    const zip = await (await import('jszip')).default.loadAsync(xml);
    const sheetXml = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
    expect(sheetXml).toMatch(/<rowBreaks[^>]*><brk id="4"/);
    expect(sheet.getCell('B8').alignment).toMatchObject({ vertical: 'top', horizontal: 'right' });
    expect(sheet.getCell('A8').alignment).toMatchObject({ vertical: 'top', wrapText: true });
    expect(sheet.getRow(8).height).toBeGreaterThanOrEqual(45); // three lines in a column 30 wide
  });

  it('writes text that looks like a formula as text', async () => {
    const workbook = new ExcelJS.Workbook();
    renderReportSheet(workbook, REPORT);
    const sheet = (await roundTrip(workbook)).getWorksheet('Мониторинг') as ExcelJS.Worksheet;
    for (const [address, text] of [['A6', '=HYPERLINK("http://evil","x")'], ['B6', '+7 999 123-45-67'], ['C6', '-'], ['D6', '@x']]) {
      expect(sheet.getCell(address).type).toBe(ExcelJS.ValueType.String);
      expect(sheet.getCell(address).value).toBe(text);
    }
  });

  it('gives cells of one look one shared style that no cell setter can change, so restyling one cell leaves the rest as they were', async () => {
    const workbook = new ExcelJS.Workbook();
    renderReportSheet(workbook, REPORT);
    const sheet = workbook.getWorksheet('Мониторинг') as ExcelJS.Worksheet;
    // One object per look: ExcelJS's style cache knows styles by identity (the consolidated report's speed).
    expect(sheet.getCell('A4').style).toBe(sheet.getCell('A5').style);
    // A setter would write into the shared object and restyle every cell of the look: it throws instead.
    expect(() => {
      sheet.getCell('A4').alignment = { horizontal: 'center' };
    }).toThrow(TypeError);
    // The way to restyle one cell: a style of its own.
    sheet.getCell('A4').style = { ...sheet.getCell('A4').style, alignment: { horizontal: 'center', vertical: 'top' } };

    const back = (await roundTrip(workbook)).getWorksheet('Мониторинг') as ExcelJS.Worksheet;
    expect(back.getCell('A4').alignment).toMatchObject({ horizontal: 'center' });
    expect(back.getCell('A5').alignment).toEqual({ horizontal: 'left', vertical: 'top' });
    expect(back.getCell('A5').value).toBe('Выполнено, %');
    // The next report drawn with the same looks is unchanged too.
    const next = new ExcelJS.Workbook();
    renderReportSheet(next, REPORT);
    expect(((await roundTrip(next)).getWorksheet('Мониторинг') as ExcelJS.Worksheet).getCell('A4').alignment).toMatchObject({ horizontal: 'left' });
  });

  it('uses the name it is given, so a user sheet of the report name is left alone', () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Мониторинг').getCell('A1').value = 'моё';
    const charts = renderReportSheet(workbook, REPORT, 'Мониторинг (2)');
    expect(charts[0].sheetName).toBe('Мониторинг (2)');
    expect(workbook.getWorksheet('Мониторинг')?.getCell('A1').value).toBe('моё');
  });
});
