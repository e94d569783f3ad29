import type { Item, Roadmap, SummaryCounts } from '../types';
import { compareWithSnapshot, type Changes } from './changes';
import type { History, HistoryFinding, SnapshotCounts } from './model';
import { dueBeforeMeeting, endOfQuarter, requestsByResponsible, type ResponsibleRequest } from './requests';
import { countStatuses, latestSnapshotBefore } from './snapshot';
import { checkpointLabel, unmarkedPassedCheckpoints } from '../checkpoints';

/** A checkpoint of a multi-date deadline (seed 000 §4.7: the working group decides whether it was reached). */
export interface CheckpointDue {
  no: string;
  row: number;
  activity: string;
  responsible: string;
  /** ISO date. */
  date: string;
  /** Its words in the deadline («второе совещание»), or null. */
  label: string | null;
}

export type CountsNow = SummaryCounts & { completionPercent: number };
/** Now minus then, field by field. */
export type CountsChange = SnapshotCounts;

/** «Справка к заседанию рабочей группы»: the shape `roadmap brief --json` prints. */
export interface MeetingBrief extends Omit<Changes, 'itemsRecorded'> {
  today: string;
  /** The date of the snapshot compared with, or null when the workbook holds none before the report date. */
  since: string | null;
  nextMeeting: string;
  sheet: string;
  counts: { now: CountsNow; then: SnapshotCounts | null; change: CountsChange | null };
  /** False when the snapshot compared with kept only its counts. */
  itemsCompared: boolean;
  overdue: Item[];
  dueBeforeNextMeeting: Item[];
  disagreements: Item[];
  /** Checkpoints before the deadline's last date that fall between the report date and the next meeting, by date. */
  checkpointsBeforeNextMeeting: CheckpointDue[];
  /** Checkpoints passed with no mark that they were met (the `checkpoint-passed` warnings). */
  checkpointsPassed: CheckpointDue[];
  /** Items withdrawn from control: out of the counts, listed apart. */
  withdrawn: Item[];
  byResponsible: ResponsibleRequest[];
  historyFindings: HistoryFinding[];
}

export interface BriefOptions {
  /** Default: the end of the report date's quarter. */
  nextMeeting?: string;
  periodEnd?: string | null;
  historyFindings?: HistoryFinding[];
}

function difference(now: SnapshotCounts, then: SnapshotCounts): CountsChange {
  const round = (value: number): number => Math.round(value * 10) / 10;
  return {
    items: now.items - then.items,
    done: now.done - then.done,
    overdue: now.overdue - then.overdue,
    dueSoon: now.dueSoon - then.dueSoon,
    open: now.open - then.open,
    undated: now.undated - then.undated,
    completionPercent: round(now.completionPercent - then.completionPercent),
  };
}

function checkpointDue(item: Item, date: string): CheckpointDue {
  return { no: item.no, row: item.row, activity: item.activity, responsible: item.responsible, date, label: checkpointLabel(item.deadline.text, date) };
}

const inWork = (item: Item): boolean => item.status !== 'done' && item.status !== 'withdrawn';
const byDate = (a: CheckpointDue, b: CheckpointDue): number => a.date.localeCompare(b.date) || a.row - b.row;

/** Checkpoints (not the last date) of items in work, due from the report date to the next meeting inclusive. */
export function checkpointsBefore(items: readonly Item[], today: string, nextMeeting: string): CheckpointDue[] {
  return items
    .filter((item) => inWork(item) && item.deadline.kind === 'milestones')
    .flatMap((item) => item.deadline.checkpoints.filter((date) => date >= today && date <= nextMeeting && date !== item.deadline.due).map((date) => checkpointDue(item, date)))
    .sort(byDate);
}

/** Passed checkpoints no mark confirms, as `checkpoint-passed` reports them. */
export function checkpointsPassed(items: readonly Item[], today: string): CheckpointDue[] {
  return items
    .filter(inWork)
    .flatMap((item) => unmarkedPassedCheckpoints(item.deadline, today, [item.statusText ?? '', item.comment ?? '', item.result]).map((date) => checkpointDue(item, date)))
    .sort(byDate);
}

export function buildBrief(roadmap: Roadmap, history: History, options: BriefOptions = {}): MeetingBrief {
  const today = roadmap.today;
  const nextMeeting = options.nextMeeting ?? endOfQuarter(today);
  const since = latestSnapshotBefore(history, today);
  const tally = countStatuses(roadmap.items.map((item) => item.status));
  // countStatuses leaves withdrawn items out, as the roadmap's counts do.
  const now: CountsNow = { ...roadmap.counts, completionPercent: tally.completionPercent };
  const changes = since ? compareWithSnapshot(since, roadmap.items, { periodEnd: options.periodEnd }) : null;

  return {
    today,
    since: since?.date ?? null,
    nextMeeting,
    sheet: roadmap.layout.sheet,
    counts: { now, then: since?.counts ?? null, change: since ? difference(tally, since.counts) : null },
    itemsCompared: changes?.itemsRecorded ?? false,
    done: changes?.done ?? [],
    newlyOverdue: changes?.newlyOverdue ?? [],
    deadlineMoved: changes?.deadlineMoved ?? [],
    changed: changes?.changed ?? [],
    added: changes?.added ?? [],
    removed: changes?.removed ?? [],
    overdue: roadmap.items.filter((item) => item.status === 'overdue'),
    dueBeforeNextMeeting: dueBeforeMeeting(roadmap.items, today, nextMeeting),
    disagreements: roadmap.items.filter((item) => item.declaredStatus === 'disagreement'),
    checkpointsBeforeNextMeeting: checkpointsBefore(roadmap.items, today, nextMeeting),
    checkpointsPassed: checkpointsPassed(roadmap.items, today),
    withdrawn: roadmap.items.filter((item) => item.status === 'withdrawn'),
    byResponsible: requestsByResponsible(roadmap.items, today, nextMeeting),
    historyFindings: options.historyFindings ?? [],
  };
}
