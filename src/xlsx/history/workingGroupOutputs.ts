import type ExcelJS from 'exceljs';
import {
  BRIEF_SHEET_NAME, HISTORY_SHEET_NAME, briefReportSheet, recordSnapshot, takeSnapshot, type BriefDocument, type Snapshot,
} from '../../roadmap/workingGroup';
import { addNativeCharts } from '../charts';
import { renderReportSheet } from '../renderReportSheet';
import { writeHistorySheet } from './writeHistory';
import type { WorkingGroupFile } from './workingGroupFile';

type OrderedWorksheet = ExcelJS.Worksheet & { orderNo: number };

/** Native charts are dropped by ExcelJS on load; the ones the tools own are written again after each save. */
async function saveWithCharts(workbook: ExcelJS.Workbook, charts: Parameters<typeof addNativeCharts>[1]): Promise<Buffer> {
  return addNativeCharts(Buffer.from(await workbook.xlsx.writeBuffer()), charts);
}

/** The workbook with the roadmap's snapshot for its report date recorded on «История» (same date: replaced). */
export async function snapshotWorkbook(input: WorkingGroupFile): Promise<{ bytes: Buffer; snapshot: Snapshot; snapshots: number }> {
  const snapshot = takeSnapshot(input.roadmap);
  const history = recordSnapshot(input.history.history, snapshot);
  const chart = writeHistorySheet(input.workbook, history);
  return { bytes: await saveWithCharts(input.workbook, [chart]), snapshot, snapshots: history.snapshots.length };
}

/** The workbook with the brief as the sheet «Справка к заседанию» (written again on each run, in its place). */
export async function briefWorkbook(input: WorkingGroupFile, document: BriefDocument): Promise<Buffer> {
  const { workbook } = input;
  const old = workbook.getWorksheet(BRIEF_SHEET_NAME) as OrderedWorksheet | undefined;
  const orderNo = old?.orderNo;
  if (old) workbook.removeWorksheet(old.id);
  const charts = renderReportSheet(workbook, briefReportSheet(document));
  if (orderNo !== undefined) (workbook.getWorksheet(BRIEF_SHEET_NAME) as OrderedWorksheet).orderNo = orderNo;
  // «История» is written again from what was read (unreadable rows included), so that its chart survives the save.
  if (workbook.getWorksheet(HISTORY_SHEET_NAME)) charts.push(writeHistorySheet(workbook, input.history.history));
  return saveWithCharts(workbook, charts);
}
