import { createHash } from 'crypto';
import { readFileSync, writeFileSync } from 'fs';
import path from 'path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { SUMMARY_OWNER_NAME } from '../../src/roadmap/report/ownership';
import { addNativeCharts } from '../../src/xlsx/charts';
import { pilotRoadmapWorkbook, typedRoadmapWorkbook } from '../../src/xlsx/exampleWorkbooks';
import { drawingsBySheet } from '../xlsx/keptChartsWorkbooks';
import { formulaTextWorkbook, loadFile, runCli, saveWorkbook, sheetCells, tempDir, workbookSnapshot } from './workbooks';

const dir = tempDir();

function digest(file: string): string {
  return createHash('sha256').update(readFileSync(file)).digest('hex');
}

type Formats = { conditionalFormattings: ExcelJS.ConditionalFormattingOptions[] };
function formulasOf(sheet: ExcelJS.Worksheet): string[] {
  return (sheet as unknown as Formats).conditionalFormattings.flatMap((format) =>
    format.rules.map((rule) => ('formulae' in rule ? String(rule.formulae?.[0]) : rule.type)),
  );
}

function summarize(input: string, output: string, ...options: string[]) {
  return runCli('summary', input, '-o', output, '--today', '2021-09-01', ...options);
}

describe('roadmap summary', () => {
  let input: string;
  let first: string;

  beforeAll(async () => {
    input = await saveWorkbook(pilotRoadmapWorkbook(), path.join(dir, 'pilot.xlsx'));
    first = path.join(dir, 'pilot-summary.xlsx');
  });

  it('writes the copy, never touching the input, and keeps every user cell', async () => {
    const before = digest(input);
    const run = summarize(input, first);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(digest(input)).toBe(before);

    const original = (await loadFile(input)).getWorksheet('Программа') as ExcelJS.Worksheet;
    const copy = (await loadFile(first)).getWorksheet('Программа') as ExcelJS.Worksheet;
    const copied = sheetCells(copy);
    for (const [address, cell] of Object.entries(sheetCells(original))) expect(copied[address]).toEqual(cell);
  });

  it('fills «Плановая дата» right of the table with real dates, empty where an item has no date', async () => {
    const sheet = (await loadFile(first)).getWorksheet('Программа') as ExcelJS.Worksheet;
    expect(sheet.getCell('G4').value).toBe('Плановая дата');
    expect(sheet.getCell('G7').type).toBe(ExcelJS.ValueType.Date);
    expect((sheet.getCell('G7').value as Date).toISOString().slice(0, 10)).toBe('2021-07-31');
    expect(sheet.getCell('G7').numFmt).toBe('dd.mm.yyyy');
    expect(sheet.getCell('G11').value).toBeNull(); // 1.5: «на протяжении всего периода», no --period-end
    expect(sheet.getCell('G6').value).toBeNull(); // a section row
  });

  it('highlights overdue, due-soon and missing cells with live rules over TODAY()', async () => {
    const sheet = (await loadFile(first)).getWorksheet('Программа') as ExcelJS.Worksheet;
    const formulas = formulasOf(sheet);
    expect(formulas.some((formula) => formula.includes('roadmap-monitor:overdue') && formula.includes('$G7<TODAY()'))).toBe(true);
    expect(formulas.some((formula) => formula.includes('roadmap-monitor:due-soon'))).toBe(true);
    expect(formulas.some((formula) => formula.includes('roadmap-monitor:missing'))).toBe(true);
  });

  it('adds the «Мониторинг» sheet as values, marked as the tools’ own, with a native chart', async () => {
    const workbook = await loadFile(first);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['Программа', 'Мониторинг']);
    expect(workbook.definedNames.getRanges(SUMMARY_OWNER_NAME).ranges).toEqual(["'Мониторинг'!$A$1"]);
    const cells = Object.values(sheetCells(workbook.getWorksheet('Мониторинг') as ExcelJS.Worksheet));
    expect(cells.every((cell) => cell.type !== ExcelJS.ValueType.Formula)).toBe(true);
    const texts = cells.map((cell) => cell.value);
    expect(texts).toEqual(expect.arrayContaining(['Мониторинг исполнения дорожной карты', 'Просроченные мероприятия (5)', 'пилотные регионы', 'ФЦК']));
    const zip = readFileSync(first).toString('latin1');
    expect(zip).toContain('xl/charts/chart1.xml');
  });

  it('gives the same workbook when run again on its own output', async () => {
    const second = path.join(dir, 'pilot-summary-2.xlsx');
    const run = summarize(first, second);
    expect(run.stderr).toBe(''); // its own chart is not reported as something the copy loses
    expect(run.status).toBe(0);
    expect(workbookSnapshot(await loadFile(second))).toEqual(workbookSnapshot(await loadFile(first)));
  });

  it('refuses to write over its input, exit 2, the input untouched', () => {
    const before = digest(first);
    const run = summarize(first, path.join(dir, '.', 'pilot-summary.xlsx'));
    expect(run.status).toBe(2);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toContain('это исходный файл');
    expect(digest(first)).toBe(before);
  });

  it('refuses an output in a folder that does not exist', () => {
    const run = summarize(input, path.join(dir, 'no-such-folder', 'out.xlsx'));
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('no-such-folder');
  });
});

describe('roadmap summary and the user’s own content', () => {
  it('keeps text starting with = + - @ as text, in the roadmap and in the summary', async () => {
    const input = await saveWorkbook(formulaTextWorkbook(), path.join(dir, 'formulas.xlsx'));
    const output = path.join(dir, 'formulas-summary.xlsx');
    expect(summarize(input, output).status).toBe(0);
    const workbook = await loadFile(output);
    const plan = workbook.getWorksheet('План') as ExcelJS.Worksheet;
    for (const address of ['B3', 'D3', 'E3', 'F3', 'B4', 'E4', 'F4', 'D5', 'F5']) {
      expect(plan.getCell(address).type).toBe(ExcelJS.ValueType.String);
    }
    expect(plan.getCell('B3').value).toBe('=HYPERLINK("http://example.org","подробнее")');
    const summary = Object.values(sheetCells(workbook.getWorksheet('Мониторинг') as ExcelJS.Worksheet));
    for (const text of ['=HYPERLINK("http://example.org","подробнее")', '+7 999 123-45-67', '@SUM(A1:A2)']) {
      const copied = summary.find((cell) => cell.value === text);
      expect(copied?.type).toBe(ExcelJS.ValueType.String);
    }
  });

  it('never replaces a user sheet called «Мониторинг»: the summary goes to «Мониторинг (2)», once', async () => {
    const workbook = formulaTextWorkbook();
    workbook.addWorksheet('Мониторинг').getCell('A1').value = 'мои заметки';
    const input = await saveWorkbook(workbook, path.join(dir, 'own-sheet.xlsx'));
    const output = path.join(dir, 'own-sheet-summary.xlsx');
    const run = summarize(input, output);
    expect(run.status).toBe(0);
    expect(run.stderr).toContain('«Мониторинг (2)»');
    const again = path.join(dir, 'own-sheet-summary-2.xlsx');
    expect(summarize(output, again).status).toBe(0);
    const result = await loadFile(again);
    expect(result.worksheets.map((sheet) => sheet.name)).toEqual(['План', 'Мониторинг', 'Мониторинг (2)']);
    expect(result.getWorksheet('Мониторинг')?.getCell('A1').value).toBe('мои заметки');
  });

  it('keeps the user’s own conditional formats and replaces only its own on a rerun', async () => {
    const workbook = typedRoadmapWorkbook('ru');
    const sheet = workbook.getWorksheet('Дорожная карта') as ExcelJS.Worksheet;
    sheet.addConditionalFormatting({
      ref: 'G2:G16',
      rules: [{ type: 'expression', priority: 1, formulae: ['$G2="Выполнено"'], style: { font: { bold: true } } }],
    });
    const input = await saveWorkbook(workbook, path.join(dir, 'typed.xlsx'));
    const output = path.join(dir, 'typed-summary.xlsx');
    const again = path.join(dir, 'typed-summary-2.xlsx');
    expect(summarize(input, output).status).toBe(0);
    expect(summarize(output, again).status).toBe(0);
    const formulas = formulasOf((await loadFile(again)).getWorksheet('Дорожная карта') as ExcelJS.Worksheet);
    expect(formulas.filter((formula) => formula === '$G2="Выполнено"')).toHaveLength(1);
    expect(formulas.filter((formula) => formula.includes('roadmap-monitor:overdue'))).toHaveLength(1);
    expect(workbookSnapshot(await loadFile(again))).toEqual(workbookSnapshot(await loadFile(output)));
  });

  it('keeps a chart the input has on another sheet, and warns only about what it cannot keep', async () => {
    const workbook = formulaTextWorkbook();
    workbook.addWorksheet('Графики').addRows([['Статус', 'Число'], ['А', 1], ['Б', 2]]);
    const withChart = await addNativeCharts(Buffer.from(await workbook.xlsx.writeBuffer()), [
      { sheetName: 'Графики', spec: { type: 'pie', title: 'Доли', source: 'A1:B3', from: 'D1', to: 'J12' } },
    ]);
    const input = path.join(dir, 'with-chart.xlsx');
    writeFileSync(input, withChart);
    const output = path.join(dir, 'with-chart-summary.xlsx');
    const run = summarize(input, output);
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
    const drawings = await drawingsBySheet(readFileSync(output));
    expect(drawings.get('Графики')?.charts.map((chart) => [chart.title, chart.formulas])).toEqual([
      ['Доли', ["'Графики'!$B$1", "'Графики'!$A$2:$A$3", "'Графики'!$B$2:$B$3"]],
    ]);

    // A chart sheet is something the copy still lacks: that is warned about.
    const zip = await JSZip.loadAsync(withChart);
    zip.file('xl/chartsheets/sheet1.xml', '<chartsheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"/>');
    const withChartSheet = path.join(dir, 'with-chart-sheet.xlsx');
    writeFileSync(withChartSheet, await zip.generateAsync({ type: 'nodebuffer' }));
    const warned = summarize(withChartSheet, path.join(dir, 'with-chart-sheet-summary.xlsx'));
    expect(warned.status).toBe(0);
    expect(warned.stderr).toMatch(/with-chart-sheet\.xlsx.*диаграммы \(1\)/);
  });
});
