import { addDays, isValidDate, toIso } from './dates';
import type { Completion, DeclaredStatus, ItemStatus } from './types';

/** What a status cell may say, as lower-case text with single spaces, and what it means. */
const STATUS_WORDS: Record<string, DeclaredStatus> = {
  выполнено: 'done',
  выполнен: 'done',
  выполнена: 'done',
  исполнено: 'done',
  исполнен: 'done',
  исполнена: 'done',
  завершено: 'done',
  реализовано: 'done',
  done: 'done',
  completed: 'done',
  complete: 'done',
  'в работе': 'in-progress',
  'в процессе': 'in-progress',
  'в процессе исполнения': 'in-progress',
  выполняется: 'in-progress',
  исполняется: 'in-progress',
  'in progress': 'in-progress',
  'не начато': 'not-started',
  'not started': 'not-started',
  'не выполнено': 'not-done',
  'не исполнено': 'not-done',
  'not done': 'not-done',
  разногласия: 'disagreement',
  разногласие: 'disagreement',
  disagreement: 'disagreement',
  'снято с контроля': 'withdrawn',
  'снят с контроля': 'withdrawn',
  'снята с контроля': 'withdrawn',
  отменено: 'withdrawn',
  отменен: 'withdrawn',
  отменена: 'withdrawn',
  withdrawn: 'withdrawn',
  cancelled: 'withdrawn',
  canceled: 'withdrawn',
};

/**
 * Statuses as people write them (issue 9, kind 8), tried in this order on the start of the text when the whole text is
 * no known word: «исполнено частично», «выполнено не в полном объёме» are not done although they start with a done word;
 * «Выполнено (приказ от 12.03.2022 № 45)» is done; «перенесено на IV квартал» is still under control (the deadline
 * column says when), so it is read as in progress, not withdrawn.
 */
const PARTIAL = /частичн|не в полном|partially/;
const STATUS_STARTS: readonly [RegExp, DeclaredStatus][] = [
  [/^(снят[оаы]? с контроля|отмен[еёи]н[оаы]?|исключен[оаы]? из плана|withdrawn|cancell?ed)(?![а-яa-z])/, 'withdrawn'],
  [/^(не выполнен[оаы]?|не исполнен[оаы]?|not done)(?![а-яa-z])/, 'not-done'],
  [/^(выполнен[оаы]?|исполнен[оаы]?|завершен[оаы]?|реализован[оаы]?|done|completed?)(?![а-яa-z])/, 'done'],
  [/^(в работе|в процессе|выполняется|исполняется|перенесен[оаы]?|in progress|postponed)(?![а-яa-z])/, 'in-progress'],
  [/^(не начат[оаы]?|not started)(?![а-яa-z])/, 'not-started'],
  [/^(разногласи[яе]|disagreement)(?![а-яa-z])/, 'disagreement'],
];

function statusOfText(normalized: string): DeclaredStatus | undefined {
  const exact = STATUS_WORDS[normalized];
  if (exact) return exact;
  const started = STATUS_STARTS.find(([start]) => start.test(normalized))?.[1];
  return started === 'done' && PARTIAL.test(normalized) ? 'in-progress' : started;
}

/** The statuses the add-in's drop-down and the templates offer, in the order offered. */
export const STATUS_CHOICES: Record<'ru' | 'en', readonly string[]> = {
  ru: ['Не начато', 'В работе', 'Выполнено', 'Не выполнено', 'Разногласия', 'Снято с контроля'],
  en: ['Not started', 'In progress', 'Done', 'Not done', 'Disagreement', 'Withdrawn'],
};

/** Words that mark an item done, as live spreadsheet formulas compare them (lower case). */
export const DONE_WORDS: readonly string[] = Object.entries(STATUS_WORDS)
  .filter(([, status]) => status === 'done')
  .map(([word]) => word);

/** How a withdrawn status starts, as live spreadsheet formulas compare it (lower case). */
export const WITHDRAWN_STARTS: readonly string[] = ['снят', 'отмен'];

/** Null for an empty cell; undefined for text that is no known status. */
export function readDeclaredStatus(text: string): DeclaredStatus | null | undefined {
  if (text === '') return null;
  // A status column repeats a handful of words on every row: each distinct text is normalised once.
  if (DECLARED_BY_TEXT.has(text)) return DECLARED_BY_TEXT.get(text);
  const normalized = text.toLowerCase().replace(/ё/g, 'е').replace(/[.!]+$/, '').replace(/\s+/g, ' ').trim();
  const declared = normalized === '' ? null : statusOfText(normalized);
  if (DECLARED_BY_TEXT.size < MAX_REMEMBERED_STATUSES) DECLARED_BY_TEXT.set(text, declared);
  return declared;
}

const MAX_REMEMBERED_STATUSES = 1000;
const DECLARED_BY_TEXT = new Map<string, DeclaredStatus | null | undefined>();

export interface StatusInputs {
  due: string | null;
  /** Every date the deadline names, ascending: «срок скоро» also looks at the next checkpoint. */
  checkpoints?: readonly string[];
  declared: DeclaredStatus | null | undefined;
  /** The completion-date column is filled. */
  completed: boolean;
  today: string;
  dueSoonDays: number;
}

/**
 * An item's status on the report date. Withdrawn («снято с контроля») wins over everything: it is never overdue.
 * Due soon: the due date, or the next checkpoint of a multi-date deadline, falls within `dueSoonDays` of the report date.
 */
export function itemStatus({ due, checkpoints = [], declared, completed, today, dueSoonDays }: StatusInputs): ItemStatus {
  if (declared === 'withdrawn') return 'withdrawn';
  if (declared === 'done' || completed) return 'done';
  if (due === null) return 'undated';
  if (due < today) return 'overdue';
  const limit = dueSoonLimit(today, dueSoonDays);
  if (due <= limit) return 'due-soon';
  const next = checkpoints.find((date) => date >= today);
  if (next !== undefined && next <= limit) return 'due-soon';
  return 'open';
}

const LATE_WORDS = /с нарушением срока|с нарушением сроков|с опозданием|done late|completed late/;
const DOTTED_DATE = /(?:^|\D)(\d{1,2})\.(\d{1,2})\.(\d{4})(?!\d)/;

/** The first DD.MM.YYYY date in a text («Выполнено (приказ от 12.03.2022 № 45)» → 2022-03-12), or null. */
export function dateInText(text: string): string | null {
  const match = DOTTED_DATE.exec(text);
  if (!match) return null;
  const [day, month, year] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return isValidDate(year, month, day) ? toIso(year, month, day) : null;
}

export interface CompletionInputs {
  status: ItemStatus;
  due: string | null;
  /** The completion-date column's date, when the table has one and it holds a date. */
  completedOn: string | null | undefined;
  statusText: string;
}

/**
 * Done on time or late («исполнено с нарушением срока», seed 000 §4.7). The day the item was done is the
 * completion-date column, else the first date the status names (the document that confirms it: «приказ от
 * 12.03.2022»); a status that says «с нарушением срока» is late whatever the dates. Null when not done or not known.
 */
export function completionOf({ status, due, completedOn, statusText }: CompletionInputs): Completion {
  if (status !== 'done') return null;
  if (LATE_WORDS.test(statusText.toLowerCase())) return 'late';
  const doneOn = completedOn ?? dateInText(statusText);
  if (doneOn === null || due === null) return null;
  return doneOn > due ? 'late' : 'on-time';
}

/** The last day that counts as due soon; the same for every item of a sheet, so the last answer is kept. */
let lastLimit = { today: '', days: Number.NaN, limit: '' };
function dueSoonLimit(today: string, days: number): string {
  if (lastLimit.today !== today || lastLimit.days !== days) lastLimit = { today, days, limit: addDays(today, days) };
  return lastLimit.limit;
}
