import { freeSheetName, isToolSheetName } from '../roadmap/report/ownership';
import type { ReportSheet } from '../roadmap/report/reportSheet';
import type { HostSupport } from '../host/hostSupport';
import type { WrittenSheet } from '../host/workbookPort';
import { markerLookup } from './markers';
import { renderReportSheet } from './renderReportSheet';

export type ExcelFeatures = HostSupport['features'];

export interface OwnedSheetOptions {
  /** Queued after the report is rendered, before the last sync (e.g. typed tables over its blocks). */
  after?: (worksheet: Excel.Worksheet) => void;
  activate?: boolean;
  /**
   * The names the tools give this sheet (default: the report's): a marked sheet under any other name was renamed by
   * the user to keep it, and is left alone (see isToolSheetName).
   */
  toolNames?: readonly string[];
}

/** Empties a sheet in place: cells, formats, merges, charts and tables (ExcelApi 1.1; unmerging 1.2). One sync. */
async function emptySheet(context: Excel.RequestContext, worksheet: Excel.Worksheet, features: ExcelFeatures): Promise<void> {
  worksheet.charts.load('items/name');
  worksheet.tables.load('items/name');
  await context.sync();
  for (const chart of worksheet.charts.items) chart.delete();
  for (const table of worksheet.tables.items) table.delete();
  const whole = worksheet.getRange();
  if (features.sheetLayout) whole.unmerge();
  whole.clear();
}

/**
 * Writes a report sheet the tools own, marked by the workbook-level name `ownerName`: the marked sheet is replaced in
 * its place and under its name; otherwise a new sheet takes a free name, so a user's sheet called the same is kept.
 * A marked sheet the user renamed (Excel moves the name with it) is theirs: kept as it is, the marker moved to the new
 * sheet, as the CLI does (src/xlsx/history/ownedSheets.ts).
 * The sheet is found through the name's range, never its text (R1C1 breaks that). Where Excel cannot add names
 * (below ExcelApi 1.4) a marked sheet is emptied and written again in place, and a new sheet stays unmarked.
 * Syncs: two to look, then the render's (one, more only when the sheet exceeds Excel's request size).
 */
export async function replaceOwnedSheet(
  context: Excel.RequestContext,
  ownerName: string,
  report: ReportSheet,
  features: ExcelFeatures,
  options: OwnedSheetOptions = {},
): Promise<WrittenSheet> {
  const { workbook } = context;
  const markers = markerLookup(context, [ownerName]);
  workbook.worksheets.load('items/name,items/position');
  await context.sync();
  const lookup = markers.resolve();
  await context.sync();

  const ownedName = lookup.sheetOf(ownerName);
  const names = workbook.worksheets.items.map((sheet) => sheet.name);
  const toolNames = options.toolNames ?? [report.name];
  const owned = workbook.worksheets.items.find((sheet) => sheet.name === ownedName && isToolSheetName(sheet.name, toolNames)) ?? null;
  let worksheet: Excel.Worksheet;
  let name: string;
  if (owned && !features.sheetMarkers) {
    name = owned.name;
    worksheet = workbook.worksheets.getItem(name);
    await emptySheet(context, worksheet, features);
  } else {
    name = owned ? owned.name : freeSheetName(report.name, names);
    // Below ExcelApi 1.4 a name cannot be deleted: the marker stays on the user's renamed sheet, which is never taken.
    if (ownedName !== null && features.sheetMarkers) workbook.names.getItem(ownerName).delete();
    if (owned) workbook.worksheets.getItem(owned.name).delete();
    worksheet = workbook.worksheets.add(name);
    if (owned) worksheet.position = owned.position;
  }
  await renderReportSheet(worksheet, report, () => context.sync(), features);
  options.after?.(worksheet);
  if (features.sheetMarkers) workbook.names.add(ownerName, worksheet.getRange('A1'));
  if (options.activate) worksheet.activate();
  await context.sync();
  return { name };
}
