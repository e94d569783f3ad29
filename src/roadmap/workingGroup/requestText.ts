import { appendAll } from '../arrays';
import { daysText } from '../../i18n/numbers';
import { addDays, daysBetween } from '../dates';
import type { Item, Lang } from '../types';
import { REQUEST_WORDS } from '../../i18n/workingGroup';
import type { ResponsibleRequest } from './requests';
import { displayDate, isCheckpoint, nextDateOf, shortActivity } from './wording';

export interface RequestContext {
  today: string;
  nextMeeting: string;
  lang?: Lang;
}

/** Days before the meeting by which answers are asked for, so the secretary can prepare the brief. */
const ANSWER_DAYS_BEFORE_MEETING = 3;

/** The date answers are asked for: a few days before the meeting, never before tomorrow. */
export function answerBy(today: string, nextMeeting: string): string {
  const wanted = addDays(nextMeeting, -ANSWER_DAYS_BEFORE_MEETING);
  return wanted > today ? wanted : nextMeeting > today ? nextMeeting : addDays(today, 1);
}

/** One responsible's request, worded so the chair can send it as it is. */
export function requestText(request: ResponsibleRequest, context: RequestContext): string {
  const lang = context.lang ?? 'ru';
  const words = REQUEST_WORDS[lang];
  const date = (iso: string): string => displayDate(iso, lang);
  const itemWord = lang === 'ru' ? 'п.' : 'item';
  const name = (item: Item): string => `${itemWord} ${item.no} «${shortActivity(item.activity)}»`;
  const list = (items: readonly Item[], describe: (item: Item) => string): string[] =>
    items.map((item, index) => `${index + 1}) ${name(item)}${describe(item)}`);

  const lines = [words.to(request.name), words.subject(date(context.nextMeeting)), '', words.opening(date(answerBy(context.today, context.nextMeeting)))];
  if (request.overdue.length > 0) {
    lines.push('', words.overdue);
    appendAll(lines, list(request.overdue, (item) => {
      const due = item.deadline.due ?? context.today;
      const days = daysText(daysBetween(due, context.today), lang);
      return lang === 'ru' ? ` — срок ${date(due)}, просрочено на ${days}` : ` — due ${date(due)}, ${days} overdue`;
    }));
  }
  if (request.dueSoon.length > 0) {
    lines.push('', words.dueSoon(date(context.nextMeeting)));
    appendAll(lines, list(request.dueSoon, (item) => {
      const next = nextDateOf(item, context.today) ?? context.today;
      if (isCheckpoint(item, next)) return lang === 'ru' ? ` — контрольная дата ${date(next)}` : ` — checkpoint ${date(next)}`;
      return lang === 'ru' ? ` — срок ${date(next)}` : ` — due ${date(next)}`;
    }));
  }
  if (request.missingResult.length > 0) {
    lines.push('', words.missingResult);
    appendAll(lines, list(request.missingResult, () => ''));
  }
  lines.push('', words.closing);
  return lines.join('\n');
}

/** Every request, separated by a rule; a sentence saying there are none when nobody has anything to do. */
export function requestsText(requests: readonly ResponsibleRequest[], context: RequestContext): string {
  if (requests.length === 0) return `${REQUEST_WORDS[context.lang ?? 'ru'].nothing}\n`;
  return `${requests.map((request) => requestText(request, context)).join(`\n\n${'─'.repeat(60)}\n\n`)}\n`;
}
