import type ExcelJS from 'exceljs';
import {
  BRIEF_SHEET_NAME, briefReportSheet, recordSnapshot, takeSnapshot, type BriefDocument, type Snapshot,
} from '../../roadmap/workingGroup';
import { renderReportSheet } from '../renderReportSheet';
import { saveWorkbookCopy } from '../workbookCopy';
import { BRIEF_OWNER_NAME, claimSheet, markedSheet, releaseOwnedSheet } from './ownedSheets';
import { writeHistorySheet } from './writeHistory';
import type { WorkingGroupFile } from './workingGroupFile';

/** The workbook with the roadmap's snapshot for its report date recorded on «История» (same date: replaced). */
export async function snapshotWorkbook(
  input: WorkingGroupFile,
  keepVba = false,
): Promise<{ bytes: Buffer; snapshot: Snapshot; snapshots: number; sheet: string; unplacedNotes: string[] }> {
  const snapshot = takeSnapshot(input.roadmap);
  const history = recordSnapshot(input.history.history, snapshot);
  const { chart, unplacedNotes } = writeHistorySheet(input.workbook, history, input.history.sheet);
  const bytes = await saveWorkbookCopy(input.workbook, { original: input.xlsx, rewrittenSheets: [chart.sheetName], charts: [chart], keepVba });
  return { bytes, snapshot, snapshots: history.snapshots.length, sheet: chart.sheetName, unplacedNotes };
}

/**
 * The workbook with the brief as the sheet «Справка к заседанию» (the tools' earlier brief replaced, in its place), and
 * the addresses of «История»'s cell notes that found no row when it was written again (see writeHistorySheet).
 */
export async function briefWorkbook(input: WorkingGroupFile, document: BriefDocument, keepVba = false): Promise<{ bytes: Buffer; unplacedNotes: string[] }> {
  const { workbook } = input;
  const place = releaseOwnedSheet(workbook, markedSheet(workbook, BRIEF_OWNER_NAME), BRIEF_SHEET_NAME, BRIEF_OWNER_NAME);
  const charts = renderReportSheet(workbook, briefReportSheet(document), place.name);
  claimSheet(workbook, workbook.getWorksheet(place.name) as ExcelJS.Worksheet, place, BRIEF_OWNER_NAME);
  // «История» is written again from what was read (unreadable rows included), and its chart with it.
  const history = input.history.sheet ? writeHistorySheet(workbook, input.history.history, input.history.sheet) : null;
  if (history) charts.push(history.chart);
  const bytes = await saveWorkbookCopy(workbook, { original: input.xlsx, rewrittenSheets: [place.name, ...charts.map((chart) => chart.sheetName)], charts, keepVba });
  return { bytes, unplacedNotes: history?.unplacedNotes ?? [] };
}
