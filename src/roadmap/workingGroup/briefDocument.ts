import { formatNumber, formatPercent } from '../../i18n/numbers';
import { daysBetween } from '../dates';
import type { Item, Lang } from '../types';
import { BRIEF_WORDS, type BriefWords } from '../../i18n/workingGroup';
import type { MeetingBrief } from './brief';
import type { SnapshotItem } from './model';
import { displayDate, fullActivity, isCheckpoint, nextDateOf } from './wording';
import { maxOf } from '../arrays';

/** One line of a section, with lines under it (a responsible and their items). */
export interface BriefEntry {
  text: string;
  sub: string[];
}

export interface BriefSection {
  key:
    | 'done' | 'newlyOverdue' | 'deadlineMoved' | 'changed' | 'added' | 'removed' | 'overdueByResponsible' | 'dueBeforeNextMeeting'
    | 'checkpointsBeforeNextMeeting' | 'checkpointsPassed' | 'disagreements' | 'withdrawn' | 'historyFindings';
  title: string;
  count: number;
  entries: BriefEntry[];
}

/** The brief as words, in the order read at the meeting: the text output, the sheet and the Word document render it. */
export interface BriefDocument {
  title: string;
  reportLine: string;
  notice: string | null;
  countsTitle: string;
  countsHeader: string[];
  countsRows: (string | number)[][];
  /** The index of the row in `countsRows` that holds a percent. */
  countsPercentRow: number;
  sections: BriefSection[];
  none: string;
}

const COUNT_KEYS = ['items', 'done', 'doneLate', 'completionPercent', 'overdue', 'dueSoon', 'open', 'undated', 'withdrawn'] as const;
type CountKey = (typeof COUNT_KEYS)[number];
/** Counts a snapshot keeps; the others (done late, withdrawn) are shown for now only. */
const SNAPSHOT_KEYS: ReadonlySet<CountKey> = new Set(['items', 'done', 'completionPercent', 'overdue', 'dueSoon', 'open', 'undated']);

function entry(text: string, sub: string[] = []): BriefEntry {
  return { text, sub };
}

/** An item with its activity in full: a справка names what it reports on without cutting it short. */
function label(words: BriefWords, item: Item | SnapshotItem): string {
  return words.item(item.no, fullActivity(item.activity));
}

export function briefDocument(brief: MeetingBrief, lang: Lang = 'ru'): BriefDocument {
  const words = BRIEF_WORDS[lang];
  const date = (iso: string): string => displayDate(iso, lang);
  const since = brief.since === null ? null : date(brief.since);
  const overdueText = (item: Item): string =>
    `${label(words, item)} — ${words.overdueFor(date(item.deadline.due ?? brief.today), daysBetween(item.deadline.due ?? brief.today, brief.today))}`;
  const withResponsible = (text: string, item: { responsible: string }): string => `${text}; ${item.responsible.replace(/\s*\n\s*/g, ' ') || words.noResponsible}`;

  const countsRows = COUNT_KEYS.map((key) => {
    const now = brief.counts.now[key];
    const kept = SNAPSHOT_KEYS.has(key) ? (key as Exclude<CountKey, 'doneLate' | 'withdrawn'>) : null;
    const then = kept === null ? undefined : brief.counts.then?.[kept];
    const change = kept === null ? undefined : brief.counts.change?.[kept];
    return since === null ? [words.countRows[key], now] : [words.countRows[key], now, then ?? '', change ?? ''];
  });

  const compared = brief.since !== null;
  const section = (key: BriefSection['key'], entries: BriefEntry[], count = entries.length): BriefSection => ({
    key,
    title:
      key === 'dueBeforeNextMeeting' || key === 'checkpointsBeforeNextMeeting' ? words.sections[key](date(brief.nextMeeting)) : words.sections[key],
    count,
    entries,
  });
  const sections: BriefSection[] = [];
  if (compared) {
    const empty = (text: string): string => (text.trim() === '' ? words.empty : `«${text.replace(/\s*\n\s*/g, ' ').trim()}»`);
    sections.push(
      section('done', brief.done.map((item) => entry(item.completion === 'late' ? `${label(words, item)} — ${words.doneLate}` : label(words, item)))),
      section('newlyOverdue', brief.newlyOverdue.map((item) => entry(overdueText(item)))),
      section(
        'deadlineMoved',
        brief.deadlineMoved.map((move) => {
          const from = move.from === null ? words.empty : date(move.from);
          const to = move.to === null ? `«${move.toText}»` : date(move.to);
          return entry(`${words.item(move.no, fullActivity(move.activity))}: ${words.move({ from, to, days: move.days, milestone: move.milestone, needsApproval: move.needsApproval })}`);
        }),
      ),
      section(
        'changed',
        brief.changed.map((change) =>
          entry(`${lang === 'ru' ? 'п.' : 'item'} ${change.no}: ${words.field[change.field]} ${empty(change.from)} → ${empty(change.to)}`),
        ),
      ),
      section('added', brief.added.map((item) => entry(label(words, item)))),
      section('removed', brief.removed.map((item) => entry(label(words, item)))),
    );
  }
  const responsibleWithOverdue = brief.byResponsible.filter((request) => request.overdue.length > 0);
  sections.push(
    section(
      'overdueByResponsible',
      responsibleWithOverdue.map((request) => entry(`${request.name} (${request.overdue.length})`, request.overdue.map(overdueText))),
      brief.overdue.length,
    ),
    section(
      'dueBeforeNextMeeting',
      brief.dueBeforeNextMeeting.map((item) => {
        const next = nextDateOf(item, brief.today) ?? brief.today;
        const when = isCheckpoint(item, next) ? words.checkpointOn(date(next)) : words.dueOn(date(next));
        return entry(withResponsible(`${label(words, item)} — ${when}`, item));
      }),
    ),
    section(
      'checkpointsBeforeNextMeeting',
      brief.checkpointsBeforeNextMeeting.map((due) => entry(withResponsible(`${words.checkpointOn(date(due.date))}${due.label ? ` (${due.label})` : ''} — ${words.item(due.no, fullActivity(due.activity))}`, due))),
    ),
    section(
      'checkpointsPassed',
      brief.checkpointsPassed.map((due) => entry(withResponsible(`${words.checkpointOn(date(due.date))}${due.label ? ` (${due.label})` : ''} — ${words.item(due.no, fullActivity(due.activity))}`, due))),
    ),
    section('disagreements', brief.disagreements.map((item) => entry(withResponsible(label(words, item), item)))),
  );
  if (brief.withdrawn.length > 0) sections.push(section('withdrawn', brief.withdrawn.map((item) => entry(withResponsible(label(words, item), item)))));
  if (brief.historyFindings.length > 0) {
    sections.push(section('historyFindings', brief.historyFindings.map((finding) => entry(finding.message))));
  }

  return {
    title: words.title,
    reportLine: words.reportLine({ sheet: brief.sheet, today: date(brief.today), since, nextMeeting: date(brief.nextMeeting) }),
    notice: !compared ? words.noSnapshot(date(brief.today)) : brief.itemsCompared ? null : words.itemsNotCompared,
    countsTitle: words.countsTitle,
    countsHeader: words.countsHeader(since),
    countsRows,
    countsPercentRow: COUNT_KEYS.indexOf('completionPercent'),
    sections,
    none: words.none,
  };
}

function pad(text: string, width: number, right: boolean): string {
  return right ? text.padStart(width) : text.padEnd(width);
}

/** A count of the brief's table as the text, the sheet and the Word document show it: «26,7 %», «+3», «−1,5 %». */
export function formatCount(value: string | number, lang: Lang, signedChange: boolean, percent: boolean): string {
  if (typeof value === 'string') return value;
  const text = percent ? formatPercent(value, lang) : formatNumber(value, lang);
  return signedChange && value > 0 ? `+${text}` : text;
}

/** The brief as plain text for the terminal or an e-mail. */
export function briefText(document: BriefDocument, lang: Lang = 'ru'): string {
  const lines: string[] = [document.title.toUpperCase(), document.reportLine];
  if (document.notice) lines.push('', document.notice);
  const table = [
    document.countsHeader,
    ...document.countsRows.map((row, rowIndex) => row.map((value, index) => formatCount(value, lang, index === 3, COUNT_KEYS[rowIndex] === 'completionPercent'))),
  ];
  const widths = document.countsHeader.map((_, column) => maxOf(table.map((row) => String(row[column] ?? '').length), 0));
  lines.push('');
  for (const row of table) lines.push(row.map((value, column) => pad(String(value), widths[column], column > 0)).join('   ').trimEnd());
  document.sections.forEach((section, index) => {
    lines.push('', `${index + 1}. ${section.title} — ${section.count}`);
    if (section.entries.length === 0) lines.push(`   ${document.none}`);
    for (const item of section.entries) {
      lines.push(`   • ${item.text}`);
      for (const sub of item.sub) lines.push(`       – ${sub}`);
    }
  });
  return `${lines.join('\n')}\n`;
}
