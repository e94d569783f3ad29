import ExcelJS from 'exceljs';
import { HEADER_TEXT, STANDARD_COLUMNS } from '../roadmap/columns';
import { isoToUtcDate } from '../roadmap/dates';
import { parseDeadline } from '../roadmap/deadline';
import { PILOT_HEADER, PILOT_ROWS } from '../roadmap/template/pilotRoadmap';
import { pilotRoadmapRows } from '../roadmap/template/pilotGrid';
import type { ColumnKey } from '../roadmap/types';
import { DATE_FORMAT, rowHeightFor } from '../roadmap/report/sheetLook';

/**
 * The example workbooks in examples/ (written by scripts/make-examples.js) and used by the tests:
 * seed 003 as a Word table pasted into Excel, and as a typed Excel table with monitoring columns.
 */

/** Fixed, so that regenerating the examples changes nothing but what the code changed. */
const EXAMPLE_DATE = new Date(Date.UTC(2021, 6, 26));
const THIN: Partial<ExcelJS.Border> = { style: 'thin' };
const GRID: Partial<ExcelJS.Borders> = { top: THIN, bottom: THIN, left: THIN, right: THIN };
const PILOT_WIDTHS = [8, 48, 20, 20, 38, 30];

function newWorkbook(): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Roadmap Monitor';
  workbook.created = EXAMPLE_DATE;
  workbook.modified = EXAMPLE_DATE;
  return workbook;
}

function isNumberingRow(row: readonly string[]): boolean {
  return row.every((text, index) => text === String(index + 1));
}

/**
 * Seed 003 as it lands in Excel when pasted from Word: three title lines, the header on row 4, a row numbering the
 * columns, section rows merged across A:F, wrapped multi-line cells with borders, footnotes under the table.
 */
export function pilotRoadmapWorkbook(): ExcelJS.Workbook {
  const workbook = newWorkbook();
  const sheet = workbook.addWorksheet('Программа', { pageSetup: { orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 } });
  PILOT_WIDTHS.forEach((width, index) => {
    sheet.getColumn(index + 1).width = width;
  });
  const rows = pilotRoadmapRows();
  const headerIndex = rows.findIndex((row) => row[0] === PILOT_HEADER[0]);
  const lastTableIndex = headerIndex + 2 + PILOT_ROWS.length - 1;
  rows.forEach((row, index) => {
    const rowNumber = index + 1;
    const singleCell = row.slice(1).every((text) => text === '');
    if (isNumberingRow(row)) {
      row.forEach((text, column) => {
        const cell = sheet.getCell(rowNumber, column + 1);
        cell.value = Number(text);
        cell.alignment = { horizontal: 'center' };
        cell.border = GRID;
      });
      return;
    }
    row.forEach((text, column) => {
      if (text !== '') sheet.getCell(rowNumber, column + 1).value = text;
    });
    if (index < headerIndex) {
      sheet.mergeCells(rowNumber, 1, rowNumber, 6);
      const cell = sheet.getCell(rowNumber, 1);
      cell.font = { bold: index > 0 };
      cell.alignment = { horizontal: index === 0 ? 'right' : 'center', wrapText: true };
      if (index === headerIndex - 1) sheet.getRow(rowNumber).height = 48;
    } else if (index === headerIndex) {
      for (let column = 1; column <= 6; column++) {
        const cell = sheet.getCell(rowNumber, column);
        cell.font = { bold: true };
        cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
        cell.border = GRID;
      }
    } else if (index <= lastTableIndex && singleCell) {
      sheet.mergeCells(rowNumber, 1, rowNumber, 6);
      const cell = sheet.getCell(rowNumber, 1);
      cell.font = { bold: true };
      cell.alignment = { wrapText: true, vertical: 'top' };
      cell.border = GRID;
    } else if (index <= lastTableIndex) {
      for (let column = 1; column <= 6; column++) {
        const cell = sheet.getCell(rowNumber, column);
        cell.alignment = { wrapText: true, vertical: 'top' };
        cell.border = GRID;
      }
    } else if (row[0] !== '') {
      sheet.getCell(rowNumber, 1).font = { size: 9 };
    }
    if (index >= headerIndex && index <= lastTableIndex) {
      const widths = singleCell ? [PILOT_WIDTHS.reduce((sum, width) => sum + width, 0)] : PILOT_WIDTHS;
      const height = rowHeightFor(row.map((text, column) => ({ text, width: widths[column] })).slice(0, widths.length));
      if (height !== undefined) sheet.getRow(rowNumber).height = height;
    }
  });
  return workbook;
}

const TYPED_COLUMNS: readonly ColumnKey[] = [...STANDARD_COLUMNS, 'status', 'completedOn'];
const ENGLISH_HEADERS: Partial<Record<ColumnKey, string>> = {
  no: 'No.', activity: 'Activity', deadline: 'Deadline', responsible: 'Responsible', result: 'Result',
  materials: 'Materials', status: 'Status', completedOn: 'Completed on',
};
/** Items 1.1–1.4 done by the report date of the examples, one of them late. */
const COMPLETED: Record<string, string> = { '1.1': '2021-07-30', '1.2': '2021-08-16', '1.3': '2021-08-12', '1.4': '2021-08-20' };

/**
 * Seed 003 as a typed Excel table (ListObject) at A1 of sheet «Дорожная карта»: real date cells for single-date
 * deadlines, text for the others, and «Статус» / «Дата выполнения» columns filled for the first items.
 * `lang: 'en'` gives the English headers and statuses (the activities stay as written).
 */
export function typedRoadmapWorkbook(lang: 'ru' | 'en' = 'ru'): ExcelJS.Workbook {
  const workbook = newWorkbook();
  const sheet = workbook.addWorksheet(lang === 'en' ? 'Roadmap' : 'Дорожная карта');
  const done = lang === 'en' ? 'Done' : 'Выполнено';
  const inProgress = lang === 'en' ? 'In progress' : 'В работе';
  const rows: ExcelJS.CellValue[][] = [];
  for (const row of PILOT_ROWS) {
    if (!('item' in row)) continue;
    const [no, activity, deadlineText, responsible, result, materials] = row.item;
    const deadline = parseDeadline(deadlineText);
    const completed = COMPLETED[no];
    rows.push([
      no, activity,
      deadline.kind === 'date' && deadline.due ? isoToUtcDate(deadline.due) : deadlineText,
      responsible, result, materials,
      completed ? done : no.startsWith('2.1') ? inProgress : null,
      completed ? isoToUtcDate(completed) : null,
    ]);
  }
  sheet.addTable({
    name: 'Roadmap',
    ref: 'A1',
    headerRow: true,
    style: { theme: 'TableStyleMedium2', showRowStripes: true },
    columns: TYPED_COLUMNS.map((key) => ({ name: (lang === 'en' ? ENGLISH_HEADERS[key] : undefined) ?? HEADER_TEXT[key], filterButton: true })),
    rows,
  });
  [8, 48, 14, 20, 36, 28, 14, 16].forEach((width, index) => {
    sheet.getColumn(index + 1).width = width;
  });
  for (const column of [3, 8]) sheet.getColumn(column).numFmt = DATE_FORMAT;
  sheet.getColumn(2).alignment = { wrapText: true, vertical: 'top' };
  sheet.getColumn(5).alignment = { wrapText: true, vertical: 'top' };
  return workbook;
}
