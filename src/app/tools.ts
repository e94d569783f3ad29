import './nodeGlobals';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { consolidationSheets, type ConsolidatedSheet } from '../consolidate/sheets';
import type { Consolidation } from '../consolidate/types';
import { columnLetter } from '../roadmap/columns';
import { reportRowHeights, sheetLooks } from '../roadmap/report/sheetLook';
import { briefDocument, buildBrief, endOfQuarter, requestsByResponsible, requestText } from '../roadmap/workingGroup';
import { briefOfficialDocument, disagreementsDocument, protocolDocument, type OfficialDocument } from '../roadmap/workingGroup/officialDocuments';
import type { AnalyzeOptions, Lang } from '../roadmap/types';
import { appendAll } from '../roadmap/arrays';
import { addChartsToPackage, type SheetChart } from '../xlsx/charts';
import { readWorkingGroupWorkbook, type WorkingGroupFile } from '../xlsx/history/workingGroupFile';
import { snapshotWorkbook } from '../xlsx/history/workingGroupOutputs';
import { expressionRule } from '../xlsx/liveFormatting';
import { loadWorkbook } from '../xlsx/open';
import { generatePackage } from '../xlsx/packageParts';
import { readRoadmapWorkbook } from '../xlsx/readRoadmap';
import { reportPageSetup, writeCell } from '../xlsx/renderReportSheet';
import { readStoredSettings } from '../xlsx/storedSettings';
import { buildSummaryWorkbook } from '../xlsx/summaryWorkbook';
import { markToolPackage, markToolWorkbook } from '../xlsx/toolMarker';
import type { InputWorkbook } from './readWorkbook';

/**
 * What the page writes, on the main thread and loaded only when a download is asked for (ExcelJS and docx are most of
 * the page's weight): each the same bytes the CLI writes for the same input and options.
 */

export type PageOptions = Required<Omit<AnalyzeOptions, 'periodEnd'>> & { periodEnd: string | null };

/** `roadmap summary FILE -o OUT`: the copy with «Плановая дата», live highlighting and «Мониторинг». */
export async function summaryCopy(input: InputWorkbook, options: PageOptions): Promise<Uint8Array> {
  const bytes = Buffer.from(input.bytes);
  const source = readRoadmapWorkbook(await loadWorkbook(bytes, input.name), input.name, options);
  const result = await buildSummaryWorkbook(source, options, bytes);
  return markToolWorkbook(result.xlsx, { kind: 'roadmap-copy', asOf: options.today });
}

async function workingGroup(input: InputWorkbook, options: PageOptions): Promise<WorkingGroupFile> {
  const bytes = Buffer.from(input.bytes);
  return { ...readWorkingGroupWorkbook(await loadWorkbook(bytes, input.name), input.name, options), xlsx: bytes };
}

/** `roadmap snapshot FILE -o OUT`: the copy with today's snapshot recorded on «История». */
export async function snapshotCopy(input: InputWorkbook, options: PageOptions): Promise<Uint8Array> {
  const result = await snapshotWorkbook(await workingGroup(input, options));
  return markToolWorkbook(result.bytes, { kind: 'roadmap-copy', asOf: options.today });
}

export type DocumentKind = 'brief' | 'disagreements' | 'protocol';

/** `roadmap brief|disagreements|protocol FILE --docx OUT`, the chair being the one saved in the workbook (if any). */
export async function workingGroupDocument(input: InputWorkbook, options: PageOptions, kind: DocumentKind): Promise<Uint8Array> {
  const file = await workingGroup(input, options);
  const model = buildBrief(file.roadmap, file.history.history, { nextMeeting: undefined, periodEnd: options.periodEnd, historyFindings: file.history.findings });
  const chair = file.xlsx === null ? null : ((await readStoredSettings(file.xlsx))?.chair ?? null);
  const settings = { lang: options.lang, chair };
  let document: OfficialDocument;
  if (kind === 'brief') document = briefOfficialDocument(briefDocument(model, options.lang), model, settings);
  else if (kind === 'disagreements') document = disagreementsDocument(model, settings);
  else document = protocolDocument(model, { ...settings, items: file.roadmap.items });
  // docx is loaded only now: most visits never ask for a Word document.
  const { officialDocx } = await preloadDocx();
  return officialDocx(document);
}

/** `roadmap requests FILE`: one letter per responsible, up to the end of the quarter. */
export async function requestLetters(input: InputWorkbook, options: PageOptions): Promise<{ responsible: string; text: string }[]> {
  const { roadmap } = await workingGroup(input, options);
  const nextMeeting = endOfQuarter(roadmap.today);
  const context = { today: roadmap.today, nextMeeting, lang: options.lang };
  return requestsByResponsible(roadmap.items, roadmap.today, nextMeeting).map((request) => ({ responsible: request.name, text: requestText(request, context) }));
}

/** One report sheet into an in-memory workbook: the cells, styles and rules of src/xlsx/consolidate/writeReport.ts. */
function writeSheet(workbook: ExcelJS.Workbook, { sheet, rules, table, printArea }: ConsolidatedSheet): SheetChart[] {
  const worksheet = workbook.addWorksheet(sheet.name, {
    views: sheet.frozenRows > 0 ? [{ state: 'frozen', ySplit: sheet.frozenRows }] : [],
    pageSetup: {
      ...reportPageSetup(sheet),
      ...(table ? { printTitlesRow: `${table.headerRow}:${table.headerRow}` } : {}),
      ...(printArea ? { printArea } : {}),
    },
  });
  if (table) worksheet.autoFilter = `A${table.headerRow}:${columnLetter(table.columns)}${table.lastRow}`;
  sheet.columnWidths.forEach((width, index) => {
    worksheet.getColumn(index + 1).width = width;
  });
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
  });
  [...rules]
    .sort((a, b) => a.priority - b.priority)
    .forEach((rule, index) => worksheet.addConditionalFormatting({ ref: rule.range, rules: [expressionRule(rule, index + 1)] }));
  return sheet.charts.map((spec) => ({ sheetName: sheet.name, spec }));
}

/**
 * `roadmap consolidate … -o OUT`: the consolidated report. ExcelJS's browser build has no streaming writer, so the
 * workbook is built in memory (a ministry's 300 workbooks make a report of a few megabytes).
 */
export async function consolidationReportBytes(consolidation: Consolidation, lang: Lang): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Roadmap Monitor';
  const charts: SheetChart[] = [];
  for (const sheet of consolidationSheets(consolidation, lang)) appendAll(charts, writeSheet(workbook, sheet));
  const zip = await JSZip.loadAsync(await workbook.xlsx.writeBuffer());
  await addChartsToPackage(zip, charts);
  await markToolPackage(zip, { kind: 'consolidated-report', asOf: consolidation.today });
  return generatePackage(zip);
}

/** The docx writer, loaded on first use (or in the background after the first view, for offline use). */
export function preloadDocx(): Promise<typeof import('../docx/officialDocx')> {
  return import(/* webpackChunkName: "app-docx" */ '../docx/officialDocx');
}
