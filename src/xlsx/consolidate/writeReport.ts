import ExcelJS from 'exceljs';
import { consolidationSheets, type ConsolidatedSheet } from '../../consolidate/sheets';
import type { Consolidation } from '../../consolidate/types';
import type { Lang } from '../../roadmap/types';
import JSZip from 'jszip';
import { columnLetter } from '../../roadmap/columns';
import { addChartsToPackage, type SheetChart } from '../charts';
import { generatePackage } from '../packageParts';
import { markToolPackage } from '../toolMark';
import { expressionRule } from '../liveFormatting';
import { reportRowHeights, sheetLooks } from '../../roadmap/report/sheetLook';
import { reportPageSetup, writeCell } from '../renderReportSheet';
import { appendAll } from '../../roadmap/arrays';

/**
 * Writes one report sheet row by row through ExcelJS's streaming writer: the same cells and styles as
 * renderReportSheet, but each row leaves memory once written. The ministry's lists run to tens of thousands
 * of rows, which an in-memory workbook would hold as hundreds of megabytes. The same code fills an in-memory
 * workbook (ExcelJS's browser build has no streaming writer), where committing a row does nothing.
 */
function streamSheet(workbook: ExcelJS.Workbook, { sheet, rules, table, printArea }: ConsolidatedSheet): SheetChart[] {
  const worksheet = workbook.addWorksheet(sheet.name, {
    views: sheet.frozenRows > 0 ? [{ state: 'frozen', ySplit: sheet.frozenRows }] : [],
    pageSetup: {
      ...reportPageSetup(sheet),
      // The table's header on every printed page, so page 7 of «Просрочено» still says what each column is.
      ...(table ? { printTitlesRow: `${table.headerRow}:${table.headerRow}` } : {}),
      ...(printArea ? { printArea } : {}),
    },
  });
  if (table) worksheet.autoFilter = `A${table.headerRow}:${columnLetter(table.columns)}${table.lastRow}`;
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
  // An in-memory worksheet has no commit (its typings say otherwise).
  (worksheet as Partial<Pick<ExcelJS.Worksheet, 'commit'>>).commit?.();
  return sheet.charts.map((spec) => ({ sheetName: sheet.name, spec }));
}

/**
 * The consolidated report as an .xlsx file: «Свод» with its live highlighting, «Диаграмма» with its native chart,
 * then the lists; every table filtered and its header printed on every page; marked as the tool's report
 * (toolMarker), so a later run finds it among the roadmaps and passes it over.
 */
export async function consolidationReport(consolidation: Consolidation, lang: Lang): Promise<Buffer> {
  // With no stream given, the writer collects the package in ExcelJS's own buffer (no Node stream in this module).
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ useStyles: true, useSharedStrings: false });
  const charts = fillReport(workbook, consolidation, lang);
  await workbook.commit();
  return finishReport((workbook as unknown as { stream: { toBuffer(): Buffer } }).stream.toBuffer(), charts, consolidation);
}

/**
 * The same report built in memory (`workbook.xlsx.writeBuffer()`), for browsers: ExcelJS's browser build has no
 * streaming writer. Same sheets, cells, styles, rules, chart and mark (test/operations/operations.test.ts reads both back).
 */
export async function consolidationReportInMemory(consolidation: Consolidation, lang: Lang): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const charts = fillReport(workbook, consolidation, lang);
  const bytes = await workbook.xlsx.writeBuffer({ useStyles: true, useSharedStrings: false } as Partial<ExcelJS.XlsxWriteOptions>);
  return finishReport(bytes as ArrayBuffer, charts, consolidation);
}

function fillReport(workbook: ExcelJS.Workbook, consolidation: Consolidation, lang: Lang): SheetChart[] {
  workbook.creator = 'Roadmap Monitor';
  const charts: SheetChart[] = [];
  for (const sheet of consolidationSheets(consolidation, lang)) appendAll(charts, streamSheet(workbook, sheet));
  return charts;
}

async function finishReport(bytes: Buffer | ArrayBuffer, charts: SheetChart[], consolidation: Consolidation): Promise<Buffer> {
  const zip = await JSZip.loadAsync(bytes);
  await addChartsToPackage(zip, charts);
  await markToolPackage(zip, { kind: 'consolidated-report', asOf: consolidation.today });
  return generatePackage(zip);
}
