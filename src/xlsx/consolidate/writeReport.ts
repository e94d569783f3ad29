import { PassThrough } from 'stream';
import ExcelJS from 'exceljs';
import { consolidationSheets, type ConsolidatedSheet } from '../../consolidate/sheets';
import type { Consolidation } from '../../consolidate/types';
import type { Lang } from '../../roadmap/types';
import { addNativeCharts, type SheetChart } from '../charts';
import { expressionRule } from '../liveFormatting';
import { reportRowHeights, sheetLooks } from '../../roadmap/report/sheetLook';
import { reportPageSetup, writeCell } from '../renderReportSheet';

/**
 * Writes one report sheet row by row through ExcelJS's streaming writer: the same cells and styles as
 * renderReportSheet, but each row leaves memory once written. The ministry's lists run to tens of thousands
 * of rows, which an in-memory workbook would hold as hundreds of megabytes.
 */
function streamSheet(workbook: ExcelJS.stream.xlsx.WorkbookWriter, { sheet, rules }: ConsolidatedSheet): SheetChart[] {
  const worksheet = workbook.addWorksheet(sheet.name, {
    views: sheet.frozenRows > 0 ? [{ state: 'frozen', ySplit: sheet.frozenRows }] : [],
    pageSetup: reportPageSetup(sheet),
  });
  sheet.columnWidths.forEach((width, index) => {
    worksheet.getColumn(index + 1).width = width;
  });
  // Merges first: a streamed row can't be reached once committed.
  for (const range of sheet.merges) worksheet.mergeCells(range);
  const looks = sheetLooks(sheet.rows);
  const heights = reportRowHeights(sheet);
  sheet.rows.forEach((cells, rowIndex) => {
    const row = worksheet.getRow(rowIndex + 1);
    const height = heights[rowIndex];
    if (height !== undefined) row.height = height;
    cells.forEach((cell, columnIndex) => {
      const look = looks[rowIndex][columnIndex];
      if (cell && look) writeCell(row.getCell(columnIndex + 1), cell, look);
    });
    row.commit();
  });
  [...rules]
    .sort((a, b) => a.priority - b.priority)
    .forEach((rule, index) => worksheet.addConditionalFormatting({ ref: rule.range, rules: [expressionRule(rule, index + 1)] }));
  worksheet.commit();
  return sheet.charts.map((spec) => ({ sheetName: sheet.name, spec }));
}

/** The consolidated report as an .xlsx file: «Свод» with its live highlighting and native chart, then the lists. */
export async function consolidationReport(consolidation: Consolidation, lang: Lang): Promise<Buffer> {
  const stream = new PassThrough();
  const chunks: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: false });
  workbook.creator = 'Roadmap Monitor';
  const charts: SheetChart[] = [];
  for (const sheet of consolidationSheets(consolidation, lang)) charts.push(...streamSheet(workbook, sheet));
  await workbook.commit();
  return addNativeCharts(Buffer.concat(chunks), charts);
}
