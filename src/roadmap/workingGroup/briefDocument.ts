import { daysBetween } from '../dates';
import type { Item, Lang } from '../types';
import { BRIEF_WORDS, type BriefWords } from '../../i18n/workingGroup';
import type { MeetingBrief } from './brief';
import type { SnapshotItem } from './model';
import { displayDate, isCheckpoint, nextDateOf, shortActivity } from './wording';
import { maxOf } from '../arrays';

/** One line of a section, with lines under it (a responsible and their items). */
export interface BriefEntry {
  text: string;
  sub: string[];
}

export interface BriefSection {
  key: 'done' | 'newlyOverdue' | 'deadlineMoved' | 'changed' | 'added' | 'removed' | 'overdueByResponsible' | 'dueBeforeNextMeeting' | 'disagreements' | 'historyFindings';
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
  sections: BriefSection[];
  none: string;
}

const COUNT_KEYS = ['items', 'done', 'completionPercent', 'overdue', 'dueSoon', 'open', 'undated'] as const;

function entry(text: string, sub: string[] = []): BriefEntry {
  return { text, sub };
}

function label(words: BriefWords, item: Item | SnapshotItem): string {
  return words.item(item.no, shortActivity(item.activity));
}

export function briefDocument(brief: MeetingBrief, lang: Lang = 'ru'): BriefDocument {
  const words = BRIEF_WORDS[lang];
  const date = (iso: string): string => displayDate(iso, lang);
  const since = brief.since === null ? null : date(brief.since);
  const overdueText = (item: Item): string =>
    `${label(words, item)} — ${words.overdueFor(date(item.deadline.due ?? brief.today), daysBetween(item.deadline.due ?? brief.today, brief.today))}`;
  const withResponsible = (text: string, item: Item): string => `${text}; ${item.responsible.replace(/\s*\n\s*/g, ' ') || words.noResponsible}`;

  const countsRows = COUNT_KEYS.map((key) => {
    const now = brief.counts.now[key];
    const then = brief.counts.then?.[key];
    const change = brief.counts.change?.[key];
    return since === null ? [words.countRows[key], now] : [words.countRows[key], now, then ?? '', change ?? ''];
  });

  const compared = brief.since !== null;
  const section = (key: BriefSection['key'], entries: BriefEntry[], count = entries.length): BriefSection => ({
    key,
    title: key === 'dueBeforeNextMeeting' ? words.sections.dueBeforeNextMeeting(date(brief.nextMeeting)) : words.sections[key],
    count,
    entries,
  });
  const sections: BriefSection[] = [];
  if (compared) {
    const empty = (text: string): string => (text.trim() === '' ? words.empty : `«${text.replace(/\s*\n\s*/g, ' ').trim()}»`);
    sections.push(
      section('done', brief.done.map((item) => entry(label(words, item)))),
      section('newlyOverdue', brief.newlyOverdue.map((item) => entry(overdueText(item)))),
      section(
        'deadlineMoved',
        brief.deadlineMoved.map((move) => {
          const from = move.from === null ? words.empty : date(move.from);
          const to = move.to === null ? `«${move.toText}»` : date(move.to);
          return entry(`${words.item(move.no, shortActivity(move.activity))}: ${words.move({ from, to, days: move.days, milestone: move.milestone, needsApproval: move.needsApproval })}`);
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
    section('disagreements', brief.disagreements.map((item) => entry(withResponsible(label(words, item), item)))),
  );
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
    sections,
    none: words.none,
  };
}

function pad(text: string, width: number, right: boolean): string {
  return right ? text.padStart(width) : text.padEnd(width);
}

function formatCount(value: string | number, lang: Lang, signedChange: boolean, decimals: number): string {
  if (typeof value === 'string') return value;
  const fixed = value.toFixed(decimals);
  const text = lang === 'ru' ? fixed.replace('.', ',') : fixed;
  return signedChange && value > 0 ? `+${text}` : text;
}

/** The brief as plain text for the terminal or an e-mail. */
export function briefText(document: BriefDocument, lang: Lang = 'ru'): string {
  const lines: string[] = [document.title.toUpperCase(), document.reportLine];
  if (document.notice) lines.push('', document.notice);
  const table = [
    document.countsHeader,
    ...document.countsRows.map((row, rowIndex) => row.map((value, index) => formatCount(value, lang, index === 3, COUNT_KEYS[rowIndex] === 'completionPercent' ? 1 : 0))),
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
