import { SUMMARY_OWNER_NAME } from '../roadmap/report/ownership';
import type { ReportSheet } from '../roadmap/report/reportSheet';
import type { WrittenSheet } from '../host/workbookPort';
import { FULL_SUPPORT } from '../host/hostSupport';
import { replaceOwnedSheet, type ExcelFeatures } from './ownedSheet';

/**
 * Writes the monitoring sheet. The sheet the add-in owns (marked by the workbook-level name RoadmapMonitor_Summary)
 * is replaced, as `roadmap summary` does; a user's sheet with the same name is kept and the new sheet takes a free
 * name instead. Two syncs to look, one to write (more only when the sheet exceeds Excel's request size).
 */
export function writeSummarySheet(context: Excel.RequestContext, report: ReportSheet, features: ExcelFeatures = FULL_SUPPORT.features): Promise<WrittenSheet> {
  return replaceOwnedSheet(context, SUMMARY_OWNER_NAME, report, features, { activate: true });
}
