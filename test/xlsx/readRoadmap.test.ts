import path from 'path';
import ExcelJS from 'exceljs';
import { readRoadmapFile } from '../../src/xlsx/readRoadmap';
import { pilotRoadmapWorkbook, typedRoadmapWorkbook } from '../../src/xlsx/exampleWorkbooks';
import { WorkbookReadError } from '../../src/xlsx/open';
import { notAZip, passwordProtected, saveWorkbook, tempDir } from '../cli/workbooks';

const dir = tempDir();
const TODAY = { today: '2021-09-01' };
const HEADER = ['№ п/п', 'Мероприятие', 'Срок', 'Ответственный', 'Результат'];

async function written(name: string, build: (sheet: ExcelJS.Worksheet) => void): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  build(workbook.addWorksheet('Карта'));
  return saveWorkbook(workbook, path.join(dir, name));
}

describe('readRoadmapFile on workbooks written and read back', () => {
  it('reads merged section rows as sections and the items under them', async () => {
    const file = await saveWorkbook(pilotRoadmapWorkbook(), path.join(dir, 'pilot.xlsx'));
    const { roadmap } = await readRoadmapFile(file, TODAY);
    expect(roadmap.sections.map((section) => [section.row, section.no])).toEqual([[6, '1'], [15, '2.1']]);
    expect(roadmap.items.map((item) => item.section)).toEqual([...Array(8).fill('1'), ...Array(7).fill('2.1')]);
    expect(roadmap.layout.numberingRow).toBe(5);
  });

  it('takes date cells as due dates, and a date typed into «Дата выполнения» as done', async () => {
    const file = await saveWorkbook(typedRoadmapWorkbook('ru'), path.join(dir, 'typed.xlsx'));
    const { roadmap } = await readRoadmapFile(file, TODAY);
    const first = roadmap.items[0];
    expect(first.deadline).toEqual({ text: '31.07.2021', kind: 'date', due: '2021-07-31', checkpoints: ['2021-07-31'] });
    expect(first).toMatchObject({ status: 'done', completedOn: '2021-07-30' });
  });

  it('reads item numbers stored as numbers, keeping 1.10 when the cell shows two decimals', async () => {
    const file = await written('numbers.xlsx', (sheet) => {
      sheet.addRow(HEADER);
      sheet.addRow([1.9, 'Девятое', 'до 01.10.2021', 'ЦЗН', 'отчёт']);
      const row = sheet.addRow([1.1, 'Десятое', 'до 01.10.2021', 'ЦЗН', 'отчёт']);
      row.getCell(1).numFmt = '0.00';
    });
    const { roadmap } = await readRoadmapFile(file, TODAY);
    expect(roadmap.items.map((item) => item.no)).toEqual(['1.9', '1.10']);
  });

  it('flags an item number Excel turned into a date (no-looks-like-date) with the number it meant', async () => {
    const file = await written('date-numbers.xlsx', (sheet) => {
      sheet.addRow(HEADER);
      sheet.addRow([new Date(Date.UTC(2021, 0, 1)), 'Первое', 'до 01.10.2021', 'ЦЗН', 'отчёт']);
    });
    const { roadmap } = await readRoadmapFile(file, TODAY);
    const finding = roadmap.findings.find((candidate) => candidate.code === 'no-looks-like-date');
    expect(finding).toMatchObject({ severity: 'error', row: 2, column: 'no' });
    expect(finding?.message).toContain('1.1');
  });

  it('uses the cached result of formula cells and reports error cells', async () => {
    const file = await written('formulas.xlsx', (sheet) => {
      sheet.addRow(HEADER);
      sheet.addRow(['1', 'Совещание', { formula: 'DATE(2021,8,15)', result: new Date(Date.UTC(2021, 7, 15)) }, 'ЦЗН', 'протокол']);
      sheet.addRow(['2', 'Отчёт', 'до 01.12.2021', { formula: 'VLOOKUP(1,Z1:Z2,2,0)', result: { error: '#N/A' } }, 'отчёт']);
      sheet.getCell('C2').numFmt = 'DD.MM.YYYY';
    });
    const { roadmap } = await readRoadmapFile(file, TODAY);
    expect(roadmap.items[0].deadline).toMatchObject({ kind: 'date', due: '2021-08-15' });
    expect(roadmap.items[0].status).toBe('overdue');
    expect(roadmap.findings).toContainEqual(expect.objectContaining({ code: 'cell-error', row: 3, column: 'responsible' }));
  });

  it('reads rich text as its plain text', async () => {
    const file = await written('rich.xlsx', (sheet) => {
      sheet.addRow(HEADER);
      sheet.addRow(['1', { richText: [{ text: 'Важное ', font: { bold: true } }, { text: 'мероприятие' }] }, 'до 01.10.2021', 'ЦЗН', 'отчёт']);
    });
    const { roadmap } = await readRoadmapFile(file, TODAY);
    expect(roadmap.items[0].activity).toBe('Важное мероприятие');
  });

  it.each([
    ['missing', () => path.join(dir, 'missing.xlsx'), 'not-found', /not found/],
    ['not a zip', () => notAZip(dir), 'not-xlsx', /not an Excel/],
    ['password-protected', () => passwordProtected(dir), 'protected-or-xls', /password/],
  ])('refuses a %s file with a WorkbookReadError naming it and why, in the language asked for', async (_what, file, code, english) => {
    const target = file();
    const error = await readRoadmapFile(target, TODAY).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(WorkbookReadError);
    expect((error as WorkbookReadError).file).toBe(target);
    expect((error as WorkbookReadError).failure.code).toBe(code);
    expect((error as WorkbookReadError).text('en')).toMatch(english);
    expect((error as WorkbookReadError).text('en')).not.toMatch(/[а-яё]/i);
  });
});
