import { inspectRoadmap, type ActionContext, type Analysis } from './actions';
import {
  briefDocument, briefReportSheet, buildBrief, emptyHistory, historyLayout, readHistorySheet, recordSnapshot, takeSnapshot,
  type HistoryReading, type MeetingBrief, type Snapshot,
} from '../roadmap/workingGroup';
import type { WrittenSheet } from './workbookPort';
import type { HistoryPort } from './historyPort';

export interface WorkingGroupState extends Analysis {
  reading: HistoryReading;
  brief: MeetingBrief;
}

/** The history as the workbook holds it; a user's own sheet «История» without snapshot tables is not the history. */
export async function readWorkbookHistory(port: HistoryPort, lang: ActionContext['lang']): Promise<HistoryReading> {
  const source = await port.readHistory();
  if (!source.sheet) return { history: emptyHistory(), findings: [] };
  const reading = readHistorySheet(source.sheet, lang);
  const notOurs = reading.findings.some((finding) => finding.code === 'history-no-tables');
  return notOurs && !source.marked ? { history: emptyHistory(), findings: [] } : reading;
}

/** Reads the roadmap and its history afresh and builds the brief; null when the workbook holds no roadmap. */
export async function loadWorkingGroup(context: ActionContext, port: HistoryPort, nextMeeting?: string): Promise<WorkingGroupState | null> {
  const analysis = await inspectRoadmap(context);
  if (!analysis) return null;
  const reading = await readWorkbookHistory(port, context.lang);
  const brief = buildBrief(analysis.roadmap, reading.history, {
    nextMeeting,
    periodEnd: context.settings.periodEnd,
    historyFindings: reading.findings,
  });
  return { ...analysis, reading, brief };
}

/** Зафиксировать срез: the roadmap on its report date recorded on «История» (a snapshot of the same date replaced). */
export async function recordWorkbookSnapshot(context: ActionContext, port: HistoryPort): Promise<{ snapshot: Snapshot; written: WrittenSheet } | null> {
  const analysis = await inspectRoadmap(context);
  if (!analysis) return null;
  const reading = await readWorkbookHistory(port, context.lang);
  const snapshot = takeSnapshot(analysis.roadmap);
  const written = await port.writeHistory(historyLayout(recordSnapshot(reading.history, snapshot)));
  return { snapshot, written };
}

/** Справка на лист: the brief as the sheet «Справка к заседанию», the same sheet `roadmap brief -o` writes. */
export async function writeBriefSheet(state: WorkingGroupState, context: ActionContext, port: HistoryPort): Promise<WrittenSheet> {
  return port.writeBriefSheet(briefReportSheet(briefDocument(state.brief, context.lang)));
}
