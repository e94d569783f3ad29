import { addDays } from './dates';
import type { DeclaredStatus, ItemStatus } from './types';

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
};

/** The statuses the add-in's drop-down and the templates offer, in the order offered. */
export const STATUS_CHOICES: Record<'ru' | 'en', readonly string[]> = {
  ru: ['Не начато', 'В работе', 'Выполнено', 'Не выполнено', 'Разногласия'],
  en: ['Not started', 'In progress', 'Done', 'Not done', 'Disagreement'],
};

/** Words that mark an item done, as live spreadsheet formulas compare them (lower case). */
export const DONE_WORDS: readonly string[] = Object.entries(STATUS_WORDS)
  .filter(([, status]) => status === 'done')
  .map(([word]) => word);

/** Null for an empty cell; undefined for text that is no known status. */
export function readDeclaredStatus(text: string): DeclaredStatus | null | undefined {
  if (text === '') return null;
  // A status column repeats a handful of words on every row: each distinct text is normalised once.
  if (DECLARED_BY_TEXT.has(text)) return DECLARED_BY_TEXT.get(text);
  const normalized = text.toLowerCase().replace(/ё/g, 'е').replace(/[.!]+$/, '').replace(/\s+/g, ' ').trim();
  const declared = normalized === '' ? null : STATUS_WORDS[normalized];
  if (DECLARED_BY_TEXT.size < MAX_REMEMBERED_STATUSES) DECLARED_BY_TEXT.set(text, declared);
  return declared;
}

const MAX_REMEMBERED_STATUSES = 1000;
const DECLARED_BY_TEXT = new Map<string, DeclaredStatus | null | undefined>();

export interface StatusInputs {
  due: string | null;
  declared: DeclaredStatus | null | undefined;
  /** The completion-date column is filled. */
  completed: boolean;
  today: string;
  dueSoonDays: number;
}

export function itemStatus({ due, declared, completed, today, dueSoonDays }: StatusInputs): ItemStatus {
  if (declared === 'done' || completed) return 'done';
  if (due === null) return 'undated';
  if (due < today) return 'overdue';
  if (due <= dueSoonLimit(today, dueSoonDays)) return 'due-soon';
  return 'open';
}

/** The last day that counts as due soon; the same for every item of a sheet, so the last answer is kept. */
let lastLimit = { today: '', days: Number.NaN, limit: '' };
function dueSoonLimit(today: string, days: number): string {
  if (lastLimit.today !== today || lastLimit.days !== days) lastLimit = { today, days, limit: addDays(today, days) };
  return lastLimit.limit;
}
