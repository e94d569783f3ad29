import type ExcelJS from 'exceljs';
import {
  BRIEF_SHEET_NAME, briefReportSheet, recordSnapshot, takeSnapshot, type BriefDocument, type Snapshot,
} from '../../roadmap/workingGroup';
import { addNativeCharts, type SheetChart } from '../charts';
import { renderReportSheet } from '../renderReportSheet';
import { BRIEF_OWNER_NAME, claimSheet, markedSheet, releaseOwnedSheet } from './ownedSheets';
import { writeHistorySheet } from './writeHistory';
import type { WorkingGroupFile } from './workingGroupFile';

/** ExcelJS drops native charts when it loads a workbook; the tools write theirs again after each save. */
async function saveWithCharts(workbook: ExcelJS.Workbook, charts: readonly SheetChart[]): Promise<Buffer> {
  return addNativeCharts(Buffer.from(await workbook.xlsx.writeBuffer()), charts);
}

/** The workbook with the roadmap's snapshot for its report date recorded on «История» (same date: replaced). */
export async function snapshotWorkbook(input: WorkingGroupFile): Promise<{ bytes: Buffer; snapshot: Snapshot; snapshots: number; sheet: string }> {
  const snapshot = takeSnapshot(input.roadmap);
  const history = recordSnapshot(input.history.history, snapshot);
  const chart = writeHistorySheet(input.workbook, history, input.history.sheet);
  return { bytes: await saveWithCharts(input.workbook, [chart]), snapshot, snapshots: history.snapshots.length, sheet: chart.sheetName };
}

/** The workbook with the brief as the sheet «Справка к заседанию» (the tools' earlier brief replaced, in its place). */
export async function briefWorkbook(input: WorkingGroupFile, document: BriefDocument): Promise<Buffer> {
  const { workbook } = input;
  const place = releaseOwnedSheet(workbook, markedSheet(workbook, BRIEF_OWNER_NAME), BRIEF_SHEET_NAME, BRIEF_OWNER_NAME);
  const charts = renderReportSheet(workbook, briefReportSheet(document), place.name);
  claimSheet(workbook, workbook.getWorksheet(place.name) as ExcelJS.Worksheet, place, BRIEF_OWNER_NAME);
  // «История» is written again from what was read (unreadable rows included), so that its chart survives the save.
  if (input.history.sheet) charts.push(writeHistorySheet(workbook, input.history.history, input.history.sheet));
  return saveWithCharts(workbook, charts);
}
