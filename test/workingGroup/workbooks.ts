import ExcelJS from 'exceljs';
import { promises as fs } from 'fs';
import os from 'os';
import path from 'path';
import { pilotRoadmapRows } from '../../src/roadmap/template/pilotGrid';
import { pilotWithStatus, type Rows } from './helpers';

/** The seed roadmap as a workbook a user keeps: title lines, header, merged section rows, a «Статус» column, and a notes sheet. */
export function pilotWorkbook(rows: Rows = pilotWithStatus()): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Программа');
  rows.forEach((values, index) => {
    const row = sheet.getRow(index + 1);
    values.forEach((text, column) => {
      if (text !== '') row.getCell(column + 1).value = text;
    });
    const isSection = values[0] !== '' && values.slice(1).every((text) => text === '') && index > 4;
    if (isSection) sheet.mergeCells(index + 1, 1, index + 1, values.length);
  });
  const notes = workbook.addWorksheet('Заметки');
  notes.getCell('A1').value = '=не формула, а текст';
  notes.getCell('A2').value = { formula: 'SUM(B1:B2)', result: 3 };
  notes.getCell('B1').value = 1;
  notes.getCell('B2').value = 2;
  notes.getCell('C1').value = new Date(Date.UTC(2021, 7, 20));
  return workbook;
}

export { pilotRoadmapRows };

export async function tempDir(): Promise<string> {
  return fs.mkdtemp(path.join(os.tmpdir(), 'roadmap-wg-'));
}

export async function saveWorkbook(workbook: ExcelJS.Workbook, file: string): Promise<string> {
  await fs.writeFile(file, Buffer.from(await workbook.xlsx.writeBuffer()));
  return file;
}

export async function loadWorkbookFile(file: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(await fs.readFile(file) as unknown as ArrayBuffer);
  return workbook;
}

/** Every non-empty cell of the given sheets, as "Sheet!A1" → JSON of its value, to compare workbooks cell by cell. */
export function cellMap(workbook: ExcelJS.Workbook, sheetNames: readonly string[]): Map<string, string> {
  const cells = new Map<string, string>();
  for (const name of sheetNames) {
    const sheet = workbook.getWorksheet(name);
    sheet?.eachRow({ includeEmpty: false }, (row) => {
      row.eachCell({ includeEmpty: false }, (cell) => {
        cells.set(`${name}!${cell.address}`, JSON.stringify(cell.value));
      });
    });
  }
  return cells;
}
