import { formatRuDate } from '../dates';
import type { Item, Lang } from '../types';

const SHORT_ACTIVITY = 110;

/** The first line of an activity, cut at a word near 110 characters: long bulleted wordings stay readable in a list. */
export function shortActivity(activity: string): string {
  const firstLine = activity.split(/\r?\n/)[0].replace(/\s+/g, ' ').replace(/[:;,]$/, '').trim();
  if (firstLine.length <= SHORT_ACTIVITY) return firstLine;
  const cut = firstLine.slice(0, SHORT_ACTIVITY);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > SHORT_ACTIVITY / 2 ? cut.slice(0, lastSpace) : cut).replace(/[\s,;:(–-]+$/, '')}…`;
}

/** The activity in full on one line: the lines of a cell joined, runs of spaces made one, a trailing «:» or «;» dropped. */
export function fullActivity(activity: string): string {
  return activity.replace(/\s+/g, ' ').replace(/[:;,]\s*$/, '').trim();
}

export function displayDate(iso: string, lang: Lang): string {
  return lang === 'ru' ? formatRuDate(iso) : iso;
}

/** The next date an item must meet on or after the report date: a checkpoint of a multi-date deadline, else the due date. */
export function nextDateOf(item: Item, today: string): string | null {
  return item.deadline.checkpoints.find((date) => date >= today) ?? item.deadline.due;
}

/** True when the next date is a checkpoint before the deadline's last date (a meeting of a multi-date deadline). */
export function isCheckpoint(item: Item, date: string): boolean {
  return item.deadline.kind === 'milestones' && date !== item.deadline.due;
}
