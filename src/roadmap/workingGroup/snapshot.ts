import { completionPercent } from '../summary';
import type { Item, ItemStatus, Roadmap } from '../types';
import type { History, Snapshot, SnapshotCounts, SnapshotItem } from './model';

export function snapshotItem(item: Item): SnapshotItem {
  return {
    no: item.no,
    activity: item.activity,
    deadlineText: item.deadline.text,
    due: item.deadline.due,
    responsible: item.responsible,
    result: item.result,
    status: item.status,
  };
}

/** The plan in force's counts: withdrawn items are left out, as from the roadmap's counts. */
export function countStatuses(statuses: readonly ItemStatus[]): SnapshotCounts {
  const counts: SnapshotCounts = { items: 0, done: 0, overdue: 0, dueSoon: 0, open: 0, undated: 0, completionPercent: 0 };
  for (const status of statuses) {
    if (status === 'withdrawn') continue;
    counts.items++;
    if (status === 'done') counts.done++;
    else if (status === 'overdue') counts.overdue++;
    else if (status === 'due-soon') counts.dueSoon++;
    else if (status === 'open') counts.open++;
    else counts.undated++;
  }
  counts.completionPercent = completionPercent(counts.done, counts.items);
  return counts;
}

/** The roadmap as it stands on its report date. */
export function takeSnapshot(roadmap: Roadmap): Snapshot {
  return {
    date: roadmap.today,
    counts: countStatuses(roadmap.items.map((item) => item.status)),
    items: roadmap.items.map(snapshotItem),
    unknownFields: [],
  };
}

/** The history with the snapshot added; a snapshot already taken on the same date is replaced. */
export function recordSnapshot(history: History, snapshot: Snapshot): History {
  const others = history.snapshots.filter((existing) => existing.date !== snapshot.date);
  const snapshots = [...others, snapshot].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return { snapshots, unread: history.unread };
}

/** The latest snapshot taken strictly before the report date: what the working group last saw. */
export function latestSnapshotBefore(history: History, date: string): Snapshot | null {
  let latest: Snapshot | null = null;
  for (const snapshot of history.snapshots) {
    if (snapshot.date < date && (latest === null || snapshot.date > latest.date)) latest = snapshot;
  }
  return latest;
}
