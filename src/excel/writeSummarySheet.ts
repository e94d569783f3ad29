import { freeSheetName, SUMMARY_OWNER_NAME } from '../roadmap/report/ownership';
import type { ReportSheet } from '../roadmap/report/reportSheet';
import type { WrittenSheet } from '../host/workbookPort';
import { parseRangeAddress } from './address';
import { renderReportSheet } from './renderReportSheet';

/**
 * Writes the monitoring sheet. The sheet the add-in owns (marked by the workbook-level name RoadmapMonitor_Summary)
 * is replaced, as `roadmap summary` does; a user's sheet with the same name is kept and the new sheet takes a free
 * name instead.
 * One sync to look, one to write (more only when the sheet exceeds Excel's request size).
 */
export async function writeSummarySheet(context: Excel.RequestContext, report: ReportSheet): Promise<WrittenSheet> {
  const { workbook } = context;
  workbook.worksheets.load('items/name');
  const owner = workbook.names.getItemOrNullObject(SUMMARY_OWNER_NAME);
  owner.load('value');
  await context.sync();

  const ownedSheet = owner.isNullObject ? null : parseRangeAddress(String(owner.value))?.sheet ?? null;
  const existing = workbook.worksheets.items.map((worksheet) => worksheet.name);
  const replace = ownedSheet !== null && existing.includes(ownedSheet);
  const name = freeSheetName(report.name, existing.filter((sheet) => !(replace && sheet === ownedSheet)));

  if (!owner.isNullObject) owner.delete();
  if (replace && ownedSheet !== null) workbook.worksheets.getItem(ownedSheet).delete();
  const worksheet = workbook.worksheets.add(name);
  await renderReportSheet(worksheet, report, () => context.sync());
  workbook.names.add(SUMMARY_OWNER_NAME, worksheet.getRange('A1'));
  worksheet.activate();
  await context.sync();
  return { name };
}
