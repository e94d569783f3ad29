import { plannedDateColumn, liveRules } from '../roadmap/liveRules';
import { summarySheet } from '../roadmap/report/summarySheet';
import { summarize } from '../roadmap/summary';
import type { Lang } from '../roadmap/types';
import { reportTexts } from '../i18n/report';
import { applyLiveRules } from './liveFormatting';
import { fillPlannedDates, mergedRanges } from './plannedDates';
import type { RoadmapWorkbook } from './roadmapWorkbook';
import { renderReportSheet } from './renderReportSheet';
import { clearSummarySheet, markSummarySheet } from './summaryOwnership';
import { saveWorkbookCopy } from './workbookCopy';

export interface SummaryWorkbook {
  xlsx: Buffer;
  /** The sheet the summary was written to. */
  summarySheet: string;
  /** True when a user's own sheet had the summary's name, so the summary went to «Мониторинг (2)». */
  displaced: boolean;
}

/**
 * The workbook `roadmap summary` writes: the roadmap's «Плановая дата» filled, the live conditional formatting
 * applied, and the monitoring sheet (with its native chart) replacing the one the tools wrote before; the charts
 * and shapes of `original` (the bytes the workbook was loaded from) kept on the other sheets.
 * Works on the loaded workbook in memory; the input file is never written.
 */
export async function buildSummaryWorkbook(
  source: RoadmapWorkbook,
  { lang, dueSoonDays, keepVba = false }: { lang: Lang; dueSoonDays: number; keepVba?: boolean },
  original: Buffer | null,
): Promise<SummaryWorkbook> {
  const { workbook, sheet, roadmap } = source;
  const worksheet = workbook.getWorksheet(sheet.name);
  if (!worksheet) throw new Error(`sheet «${sheet.name}» vanished from the workbook`);

  const plannedColumn = plannedDateColumn(sheet, roadmap.layout, mergedRanges(worksheet));
  fillPlannedDates(worksheet, roadmap, plannedColumn);
  applyLiveRules(worksheet, liveRules(roadmap, { plannedDateColumn: plannedColumn, dueSoonDays }));

  const wanted = reportTexts(lang).summary.sheetName;
  const name = clearSummarySheet(workbook, wanted);
  const charts = renderReportSheet(workbook, summarySheet(summarize(roadmap), { lang, dueSoonDays }), name);
  markSummarySheet(workbook, name);

  const xlsx = await saveWorkbookCopy(workbook, { original, rewrittenSheets: [name], charts, keepVba });
  return { xlsx, summarySheet: name, displaced: name !== wanted };
}
