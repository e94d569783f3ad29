import { SUMMARY_OWNER_NAME } from '../roadmap/report/ownership';
import type { ReportSheet } from '../roadmap/report/reportSheet';
import type { WrittenSheet } from '../host/workbookPort';
import { FULL_SUPPORT } from '../host/hostSupport';
import { replaceOwnedSheet, type ExcelFeatures } from './ownedSheet';
import { reportTexts } from '../i18n/report';

/** The names the tools give the monitoring sheet, in either language (a workbook may be shared across them). */
const SUMMARY_NAMES = [reportTexts('ru').summary.sheetName, reportTexts('en').summary.sheetName];

/**
 * Writes the monitoring sheet. The sheet the add-in owns (marked by the workbook-level name RoadmapMonitor_Summary)
 * is replaced, as `roadmap summary` does; a user's sheet with the same name is kept and the new sheet takes a free
 * name instead; a marked sheet the user renamed is theirs and kept. Two syncs to look, one to write (more only when the sheet exceeds Excel's request size).
 */
export function writeSummarySheet(context: Excel.RequestContext, report: ReportSheet, features: ExcelFeatures = FULL_SUPPORT.features): Promise<WrittenSheet> {
  return replaceOwnedSheet(context, SUMMARY_OWNER_NAME, report, features, { activate: true, toolNames: SUMMARY_NAMES });
}
