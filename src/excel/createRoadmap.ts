import { columnLetter } from '../roadmap/columns';
import { freeSheetName } from '../roadmap/report/ownership';
import type { WrittenSheet } from '../host/workbookPort';
import { boxAddress } from './address';
import { DATE_FORMAT, formatForText, GENERAL_FORMAT, TEXT_FORMAT } from './formats';
import { NEW_ROADMAP_COLUMNS, NEW_ROADMAP_WIDTHS, newRoadmapContent } from './newRoadmap';
import { characterWidthToPoints } from './renderReportSheet';
import { applyStatusDropDown } from './statusDropDown';

export interface CreateRoadmapRequest {
  template: boolean;
  sheetName: string;
  statusChoices: readonly string[];
  /** Excel supports data validation (ExcelApi 1.8). */
  dataValidation: boolean;
  /** Column widths (ExcelApi 1.2) and the frozen header (1.7); missing ones are left out. */
  columnWidths?: boolean;
  frozenHeader?: boolean;
}

function freeTableName(taken: readonly string[]): string {
  const lower = new Set(taken.map((name) => name.toLowerCase()));
  for (let n = 1; ; n++) {
    const name = n === 1 ? 'Roadmap' : `Roadmap${n}`;
    if (!lower.has(name.toLowerCase())) return name;
  }
}

/** The number format of each body cell: № is text (so «1.10» is never 1.1 or a date), dates are dates, «=…» stays text. */
function bodyFormat(value: string, column: number): string {
  const key = NEW_ROADMAP_COLUMNS[column];
  if (key === 'no') return TEXT_FORMAT;
  if (key === 'completedOn') return DATE_FORMAT;
  return formatForText(value, GENERAL_FORMAT);
}

/**
 * A new sheet with a typed Excel table: the six roadmap columns plus Статус (with a drop-down) and Дата выполнения,
 * empty or pre-filled with the pilot roadmap. One sync to find free names, one to write.
 */
export async function createRoadmap(context: Excel.RequestContext, request: CreateRoadmapRequest): Promise<WrittenSheet> {
  const { workbook } = context;
  workbook.worksheets.load('items/name');
  workbook.tables.load('items/name');
  await context.sync();

  const name = freeSheetName(request.sheetName, workbook.worksheets.items.map((sheet) => sheet.name));
  const tableName = freeTableName(workbook.tables.items.map((table) => table.name));
  const content = newRoadmapContent(request.template);
  const width = content.header.length;
  const worksheet = workbook.worksheets.add(name);

  content.titles.forEach((title, index) => {
    const cell = worksheet.getRange(`A${index + 1}`);
    cell.numberFormat = [[formatForText(title)]];
    cell.values = [[title]];
    cell.format.font.bold = true;
  });

  const headerRow = content.titles.length + 1;
  const lastRow = headerRow + content.body.length;
  const tableRange = worksheet.getRange(boxAddress(headerRow, 1, lastRow, width));
  tableRange.numberFormat = [content.header.map(() => TEXT_FORMAT), ...content.body.map((row) => row.map(bodyFormat))];
  tableRange.values = [content.header, ...content.body];
  tableRange.format.wrapText = true;
  tableRange.format.verticalAlignment = 'Top';
  const table = worksheet.tables.add(tableRange, true);
  table.name = tableName;
  table.style = 'TableStyleLight9';

  content.footnotes.forEach((note, index) => {
    const cell = worksheet.getRange(`A${lastRow + 2 + index}`);
    cell.numberFormat = [[formatForText(note)]];
    cell.values = [[note]];
  });

  if (request.columnWidths !== false) {
    NEW_ROADMAP_WIDTHS.forEach((characters, index) => {
      worksheet.getRange(`${columnLetter(index + 1)}1`).format.columnWidth = characterWidthToPoints(characters);
    });
  }
  if (request.dataValidation) {
    const statusColumn = columnLetter(NEW_ROADMAP_COLUMNS.indexOf('status') + 1);
    applyStatusDropDown(worksheet.getRange(`${statusColumn}${headerRow + 1}:${statusColumn}${lastRow}`), request.statusChoices);
  }
  if (request.frozenHeader !== false) worksheet.freezePanes.freezeRows(headerRow);
  worksheet.activate();
  worksheet.getRange(`A${headerRow + 1}`).select();
  await context.sync();
  return { name };
}
