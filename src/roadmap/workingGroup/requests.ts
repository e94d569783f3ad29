import { lastDayOfMonth } from '../dates';
import { responsibleKey, splitResponsible } from '../responsible';
import type { Item } from '../types';

/** What one responsible must act on before the next meeting. */
export interface ResponsibleRequest {
  name: string;
  overdue: Item[];
  /** Not done, with a due date or a checkpoint between the report date and the next meeting. */
  dueSoon: Item[];
  /** Done, but the result is not recorded. */
  missingResult: Item[];
}

/** The last day of the report date's quarter: the working group meets at least once a quarter. */
export function endOfQuarter(iso: string): string {
  const year = Number(iso.slice(0, 4));
  const month = Number(iso.slice(5, 7));
  return lastDayOfMonth(year, Math.ceil(month / 3) * 3);
}

export function isDueBeforeMeeting(item: Item, today: string, nextMeeting: string): boolean {
  if (item.status === 'done' || item.status === 'overdue') return false;
  const dates = item.deadline.checkpoints.length > 0 ? item.deadline.checkpoints : item.deadline.due ? [item.deadline.due] : [];
  return dates.some((date) => date >= today && date <= nextMeeting);
}

export function isMissingResult(item: Item): boolean {
  return item.status === 'done' && item.result.trim() === '';
}

/** Items due before the next meeting, soonest first. */
export function dueBeforeMeeting(items: readonly Item[], today: string, nextMeeting: string): Item[] {
  const nextDate = (item: Item): string => item.deadline.checkpoints.find((date) => date >= today) ?? item.deadline.due ?? '';
  return items.filter((item) => isDueBeforeMeeting(item, today, nextMeeting)).sort((a, b) => nextDate(a).localeCompare(nextDate(b)) || a.row - b.row);
}

/**
 * Requests per responsible: a cell naming several executors counts for each, names compared ignoring case,
 * spaces and punctuation. Only those with something to do are listed, the most overdue first.
 */
export function requestsByResponsible(items: readonly Item[], today: string, nextMeeting: string): ResponsibleRequest[] {
  const spelling = usualSpelling(items);
  const byKey = new Map<string, ResponsibleRequest>();
  for (const item of items) {
    const overdue = item.status === 'overdue';
    const dueSoon = isDueBeforeMeeting(item, today, nextMeeting);
    const missingResult = isMissingResult(item);
    if (!overdue && !dueSoon && !missingResult) continue;
    for (const name of splitResponsible(item.responsible)) {
      const key = responsibleKey(name);
      let request = byKey.get(key);
      if (!request) {
        request = { name: spelling.get(key) ?? name, overdue: [], dueSoon: [], missingResult: [] };
        byKey.set(key, request);
      }
      if (overdue) request.overdue.push(item);
      if (dueSoon) request.dueSoon.push(item);
      if (missingResult) request.missingResult.push(item);
    }
  }
  const total = (r: ResponsibleRequest): number => r.overdue.length + r.dueSoon.length + r.missingResult.length;
  return [...byKey.values()].sort((a, b) => b.overdue.length - a.overdue.length || total(b) - total(a) || a.name.localeCompare(b.name, 'ru'));
}

/** Each responsible under the spelling the table uses most (the first one on a tie): «фцк» once and «ФЦК» five times is «ФЦК». */
function usualSpelling(items: readonly Item[]): Map<string, string> {
  const counts = new Map<string, Map<string, number>>();
  for (const item of items) {
    for (const name of splitResponsible(item.responsible)) {
      const key = responsibleKey(name);
      const spellings = counts.get(key) ?? new Map<string, number>();
      spellings.set(name, (spellings.get(name) ?? 0) + 1);
      counts.set(key, spellings);
    }
  }
  const chosen = new Map<string, string>();
  for (const [key, spellings] of counts) {
    let best = '';
    let bestCount = 0;
    for (const [name, count] of spellings) if (count > bestCount) [best, bestCount] = [name, count];
    chosen.set(key, best);
  }
  return chosen;
}
