import { daysBetween } from '../dates';
import { parseDeadline } from '../deadline';
import { responsibleKey, splitResponsible } from '../responsible';
import type { Item } from '../types';
import { matchItems, normalizeActivity, type ItemPair } from './match';
import type { Snapshot, SnapshotField, SnapshotItem } from './model';
import { appendAll } from '../arrays';

/** A deadline that moved since the snapshot. */
export interface DeadlineMove {
  no: string;
  row: number;
  activity: string;
  /** The date that moved (ISO), null when the item had none. */
  from: string | null;
  /** Where it moved to (ISO), null when the deadline no longer names a date. */
  to: string | null;
  /** Days from → to (positive: later), null when either is missing. */
  days: number | null;
  /** A dated item moved: only the working group may approve it (the chair alone may not move control deadlines). */
  needsApproval: boolean;
  /** A checkpoint inside a multi-date deadline moved while its last date stayed. */
  milestone: boolean;
  fromText: string;
  toText: string;
  checkpointsFrom: string[];
  checkpointsTo: string[];
}

export type ChangedField = 'no' | 'activity' | 'deadline' | 'responsible' | 'result';

export interface FieldChange {
  no: string;
  row: number;
  field: ChangedField;
  from: string;
  to: string;
}

export interface Changes {
  /** False when the snapshot kept only counts (its item rows were deleted): nothing item by item can be said. */
  itemsRecorded: boolean;
  done: Item[];
  newlyOverdue: Item[];
  deadlineMoved: DeadlineMove[];
  changed: FieldChange[];
  added: Item[];
  removed: SnapshotItem[];
}

export interface CompareOptions {
  /** The plan's end date, as the roadmap was read with. */
  periodEnd?: string | null;
}

function thenCheckpoints(item: SnapshotItem, unknown: ReadonlySet<SnapshotField>, periodEnd: string | null): string[] {
  const parsed = parseDeadline(item.deadlineText, { periodEnd });
  if (unknown.has('due')) return parsed.checkpoints;
  if (item.due === null) return [];
  return parsed.due === item.due ? parsed.checkpoints : [item.due];
}

function nowCheckpoints(item: Item): string[] {
  if (item.deadline.checkpoints.length > 0) return item.deadline.checkpoints;
  return item.deadline.due === null ? [] : [item.deadline.due];
}

function moveOf(pair: ItemPair, unknown: ReadonlySet<SnapshotField>, periodEnd: string | null): DeadlineMove | null {
  const { then, now } = pair;
  const before = thenCheckpoints(then, unknown, periodEnd);
  const after = nowCheckpoints(now);
  const gone = before.filter((date) => !after.includes(date));
  const come = after.filter((date) => !before.includes(date));
  if (gone.length === 0 && come.length === 0) return null;
  if (before.length === 0) return null; // an undated item got a date: a change of wording, not a move
  const lastBefore = before[before.length - 1];
  const lastAfter = after.length > 0 ? after[after.length - 1] : null;
  const milestone = lastBefore === lastAfter;
  const from = milestone ? (gone[0] ?? null) : lastBefore;
  const to = milestone ? (come[0] ?? null) : lastAfter;
  return {
    no: now.no,
    row: now.row,
    activity: now.activity,
    from,
    to,
    days: from !== null && to !== null ? daysBetween(from, to) : null,
    needsApproval: true,
    milestone,
    fromText: then.deadlineText.trim(),
    toText: now.deadline.text.trim(),
    checkpointsFrom: before,
    checkpointsTo: after,
  };
}

function responsibleKeys(text: string): string {
  return splitResponsible(text).map(responsibleKey).sort().join('|');
}

function squeeze(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function fieldChanges(pair: ItemPair, unknown: ReadonlySet<SnapshotField>, moved: boolean): FieldChange[] {
  const { then, now } = pair;
  const changes: FieldChange[] = [];
  const add = (field: ChangedField, from: string, to: string): void => {
    changes.push({ no: now.no, row: now.row, field, from, to });
  };
  if (!unknown.has('no') && then.no !== now.no) add('no', then.no, now.no);
  if (!unknown.has('activity') && normalizeActivity(then.activity) !== normalizeActivity(now.activity)) add('activity', then.activity, now.activity);
  if (!moved && !unknown.has('deadlineText') && squeeze(then.deadlineText) !== squeeze(now.deadline.text)) {
    add('deadline', then.deadlineText.trim(), now.deadline.text.trim());
  }
  if (!unknown.has('responsible') && responsibleKeys(then.responsible) !== responsibleKeys(now.responsible)) {
    add('responsible', then.responsible, now.responsible);
  }
  if (!unknown.has('result') && squeeze(then.result) !== squeeze(now.result)) add('result', then.result, now.result);
  return changes;
}

/** What changed in the roadmap since a snapshot: the working group's agenda. */
export function compareWithSnapshot(snapshot: Snapshot, items: readonly Item[], options: CompareOptions = {}): Changes {
  const itemsRecorded = snapshot.items.length > 0 || snapshot.counts.items === 0;
  const changes: Changes = { itemsRecorded, done: [], newlyOverdue: [], deadlineMoved: [], changed: [], added: [], removed: [] };
  if (!itemsRecorded) return changes;

  const unknown = new Set(snapshot.unknownFields);
  const periodEnd = options.periodEnd ?? null;
  const matching = matchItems(snapshot.items, items);
  for (const pair of matching.pairs) {
    if (!unknown.has('status')) {
      if (pair.now.status === 'done' && pair.then.status !== 'done') changes.done.push(pair.now);
      if (pair.now.status === 'overdue' && pair.then.status !== 'overdue') changes.newlyOverdue.push(pair.now);
    }
    const canCompareDates = !(unknown.has('due') && unknown.has('deadlineText'));
    const move = canCompareDates ? moveOf(pair, unknown, periodEnd) : null;
    if (move) changes.deadlineMoved.push(move);
    appendAll(changes.changed, fieldChanges(pair, unknown, move !== null));
  }
  changes.added = matching.added;
  changes.removed = matching.removed;
  return changes;
}
