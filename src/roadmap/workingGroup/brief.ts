import type { Item, Roadmap, SummaryCounts } from '../types';
import { compareWithSnapshot, type Changes } from './changes';
import type { History, HistoryFinding, SnapshotCounts } from './model';
import { dueBeforeMeeting, endOfQuarter, requestsByResponsible, type ResponsibleRequest } from './requests';
import { countStatuses, latestSnapshotBefore } from './snapshot';

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

export function buildBrief(roadmap: Roadmap, history: History, options: BriefOptions = {}): MeetingBrief {
  const today = roadmap.today;
  const nextMeeting = options.nextMeeting ?? endOfQuarter(today);
  const since = latestSnapshotBefore(history, today);
  const tally = countStatuses(roadmap.items.map((item) => item.status));
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
    byResponsible: requestsByResponsible(roadmap.items, today, nextMeeting),
    historyFindings: options.historyFindings ?? [],
  };
}
