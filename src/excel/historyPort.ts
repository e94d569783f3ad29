import { freeSheetName } from '../roadmap/report/ownership';
import type { ReportSheet } from '../roadmap/report/reportSheet';
import {
  BRIEF_OWNER_NAME, HISTORY_OWNER_NAME, HISTORY_SHEET_NAME, historyReportSheet, tableRange, type HistoryLayout,
} from '../roadmap/workingGroup';
import type { WrittenSheet } from '../host/workbookPort';
import type { HistoryPort, HistorySource } from '../host/historyPort';
import { parseRangeAddress } from './address';
import { toSheetData } from './cellValues';
import { toHostProblem } from './errors';
import { renderReportSheet } from './renderReportSheet';

async function run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
  try {
    return await Excel.run(batch);
  } catch (error) {
    throw toHostProblem(error);
  }
}

/** The sheet a marker name refers to, read in the caller's next sync. */
function markedSheetName(owner: Excel.NamedItem): string | null {
  return owner.isNullObject ? null : parseRangeAddress(String(owner.value))?.sheet ?? null;
}

/** Reads the history sheet: the marked one, else «История». Two syncs. */
export async function readHistory(context: Excel.RequestContext): Promise<HistorySource> {
  const { workbook } = context;
  const owner = workbook.names.getItemOrNullObject(HISTORY_OWNER_NAME);
  owner.load('value');
  workbook.worksheets.load('items/name');
  await context.sync();
  const marked = markedSheetName(owner);
  const names = workbook.worksheets.items.map((sheet) => sheet.name);
  const name = marked !== null && names.includes(marked) ? marked : names.includes(HISTORY_SHEET_NAME) ? HISTORY_SHEET_NAME : null;
  if (name === null) return { sheet: null, marked: false };
  const used = workbook.worksheets.getItem(name).getUsedRangeOrNullObject();
  used.load('values,text,numberFormat,valueTypes,rowIndex,columnIndex');
  await context.sync();
  if (used.isNullObject) return { sheet: { name, top: 1, left: 1, cells: [] }, marked: name === marked };
  return { sheet: toSheetData(name, used.rowIndex + 1, used.columnIndex + 1, used), marked: name === marked };
}

/**
 * Replaces the tools' sheet (marked by `ownerName`) with a new one in its place and under its name, or adds one under a
 * free name (a user's sheet called the same is kept), renders the report sheet on it and marks it.
 */
async function replaceOwnedSheet(
  context: Excel.RequestContext,
  ownerName: string,
  report: ReportSheet,
  after?: (worksheet: Excel.Worksheet) => void,
): Promise<WrittenSheet> {
  const { workbook } = context;
  const owner = workbook.names.getItemOrNullObject(ownerName);
  owner.load('value');
  workbook.worksheets.load('items/name');
  await context.sync();

  const ownedName = markedSheetName(owner);
  const names = workbook.worksheets.items.map((sheet) => sheet.name);
  const owned = ownedName !== null && names.includes(ownedName) ? workbook.worksheets.getItem(ownedName) : null;
  if (owned) {
    // Only a rerun replaces a sheet, and only then is its place among the tabs needed.
    owned.load('position');
    await context.sync();
  }
  const name = owned ? (ownedName as string) : freeSheetName(report.name, names);
  const position = owned?.position;
  if (!owner.isNullObject) owner.delete();
  owned?.delete();
  const worksheet = workbook.worksheets.add(name);
  if (position !== undefined) worksheet.position = position;
  await renderReportSheet(worksheet, report, () => context.sync());
  after?.(worksheet);
  workbook.names.add(ownerName, worksheet.getRange('A1'));
  await context.sync();
  return { name };
}

/** «История»: the report sheet of the layout, with the typed tables laid over its two blocks. */
export function writeHistory(context: Excel.RequestContext, layout: HistoryLayout): Promise<WrittenSheet> {
  return replaceOwnedSheet(context, HISTORY_OWNER_NAME, historyReportSheet(layout, HISTORY_SHEET_NAME), (worksheet) => {
    for (const table of [layout.counts, layout.items]) {
      const added = worksheet.tables.add(worksheet.getRange(tableRange(table)), true);
      added.name = table.name;
      added.style = 'TableStyleLight9';
    }
  });
}

/** The history port over Office.js: each call is one Excel.run with a constant number of syncs. */
export function excelHistoryPort(): HistoryPort {
  return {
    readHistory: () => run((context) => readHistory(context)),
    writeHistory: (layout) => run((context) => writeHistory(context, layout)),
    writeBriefSheet: (sheet) => run((context) => replaceOwnedSheet(context, BRIEF_OWNER_NAME, sheet)),
  };
}
