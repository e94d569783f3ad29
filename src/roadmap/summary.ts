import { daysBetween } from './dates';
import { responsibleKey, splitResponsible } from './responsible';
import type { Finding, Item, ItemStatus, Roadmap, StatusTally, SummaryCounts } from './types';

export type { StatusTally };

export interface SectionSummary extends StatusTally {
  no: string | null;
  title: string;
}

export interface ResponsibleSummary extends StatusTally {
  name: string;
}

export interface ListedItem {
  row: number;
  no: string;
  activity: string;
  responsible: string;
  deadlineText: string;
  due: string;
  /** Days past due (overdue list) or days left (due-soon list). */
  days: number;
}

/** The monitoring summary: one model that the .xlsx writer and the add-in both render. */
export interface MonitoringSummary {
  today: string;
  sheet: string;
  counts: SummaryCounts;
  /** Done items as a share of all items, in percent with one decimal. */
  completionPercent: number;
  bySection: SectionSummary[];
  byResponsible: ResponsibleSummary[];
  overdue: ListedItem[];
  dueSoon: ListedItem[];
  findings: Finding[];
}

const TALLY_FIELD: Record<ItemStatus, keyof StatusTally | null> = {
  done: 'done',
  overdue: 'overdue',
  'due-soon': 'dueSoon',
  open: 'open',
  undated: 'undated',
  withdrawn: null,
};

function emptyTally(): StatusTally {
  return { items: 0, done: 0, overdue: 0, dueSoon: 0, open: 0, undated: 0 };
}

/** Withdrawn items stay out of a section's or a responsible's tally, as out of the plan's counts. */
function tallyItem(tally: StatusTally, item: Item): void {
  const field = TALLY_FIELD[item.status];
  if (field === null) return;
  tally.items++;
  tally[field]++;
}

function listItem(item: Item, days: number): ListedItem {
  return {
    row: item.row,
    no: item.no,
    activity: item.activity,
    responsible: item.responsible,
    deadlineText: item.deadline.text.trim(),
    due: item.deadline.due ?? '',
    days,
  };
}

export function completionPercent(done: number, items: number): number {
  return items === 0 ? 0 : Math.round((done / items) * 1000) / 10;
}

export function summarize(roadmap: Roadmap): MonitoringSummary {
  // Grouped by section row, not number: numbers may repeat, be missing, or not prefix their items' numbers.
  const sectionTitles = new Map(roadmap.sections.map((section) => [section.row, section.title]));
  const bySection = new Map<number | null, SectionSummary>();
  const byResponsible = new Map<string, ResponsibleSummary>();

  for (const item of roadmap.items) {
    const sectionRow = item.sectionRow ?? null;
    let section = bySection.get(sectionRow);
    if (!section) {
      section = { no: item.section, title: sectionRow === null ? '' : (sectionTitles.get(sectionRow) ?? ''), ...emptyTally() };
      bySection.set(sectionRow, section);
    }
    tallyItem(section, item);
    for (const name of splitResponsible(item.responsible)) {
      const key = responsibleKey(name);
      let responsible = byResponsible.get(key);
      if (!responsible) {
        responsible = { name, ...emptyTally() };
        byResponsible.set(key, responsible);
      }
      tallyItem(responsible, item);
    }
  }

  const overdue = roadmap.items
    .filter((item) => item.status === 'overdue' && item.deadline.due)
    .map((item) => listItem(item, daysBetween(item.deadline.due as string, roadmap.today)))
    .sort((a, b) => b.days - a.days || a.row - b.row);
  const dueSoon = roadmap.items
    .filter((item) => item.status === 'due-soon' && item.deadline.due)
    .map((item) => listItem(item, daysBetween(roadmap.today, item.deadline.due as string)))
    .sort((a, b) => a.days - b.days || a.row - b.row);

  return {
    today: roadmap.today,
    sheet: roadmap.layout.sheet,
    counts: roadmap.counts,
    completionPercent: completionPercent(roadmap.counts.done, roadmap.counts.items),
    bySection: [...bySection.values()],
    byResponsible: [...byResponsible.values()].sort((a, b) => b.overdue - a.overdue || b.items - a.items || a.name.localeCompare(b.name, 'ru')),
    overdue,
    dueSoon,
    findings: roadmap.findings,
  };
}
