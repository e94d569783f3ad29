/**
 * The layout of the sheet «История»: the headers the tools write (Russian, as the workbook's documents are)
 * and the ones they read back (Russian or English, ignoring case, spaces and punctuation).
 */
import type { ItemStatus } from '../types';
import type { SnapshotCounts, SnapshotField } from './model';
import { lettersAndDigits } from '../letters';

export type CountsColumn = 'date' | keyof SnapshotCounts;
export type ItemsColumn = 'date' | SnapshotField;

/** Column order of the counts table: date, completion % and overdue first, the chart's source. */
export const COUNTS_COLUMNS: readonly CountsColumn[] = ['date', 'completionPercent', 'overdue', 'items', 'done', 'dueSoon', 'open', 'undated'];
export const ITEMS_COLUMNS: readonly ItemsColumn[] = ['date', 'no', 'activity', 'deadlineText', 'due', 'responsible', 'result', 'status'];

export const COUNTS_HEADERS: Record<CountsColumn, string> = {
  date: 'Дата среза',
  completionPercent: 'Выполнено, %',
  overdue: 'Просрочено',
  items: 'Мероприятий',
  done: 'Выполнено',
  dueSoon: 'Срок скоро',
  open: 'Срок впереди',
  undated: 'Без срока',
};

export const ITEMS_HEADERS: Record<ItemsColumn, string> = {
  date: 'Дата среза',
  no: '№ п/п',
  activity: 'Мероприятие',
  deadlineText: 'Срок (как записан)',
  due: 'Плановая дата',
  responsible: 'Ответственный',
  result: 'Результат',
  status: 'Статус на дату среза',
};

const COUNTS_ALIASES: Record<CountsColumn, readonly string[]> = {
  date: [COUNTS_HEADERS.date, 'Дата', 'Snapshot date', 'Date'],
  completionPercent: [COUNTS_HEADERS.completionPercent, '% выполнения', 'Completion, %', 'Completion %', 'Done, %'],
  overdue: [COUNTS_HEADERS.overdue, 'Overdue'],
  items: [COUNTS_HEADERS.items, 'Всего мероприятий', 'Items'],
  done: [COUNTS_HEADERS.done, 'Done'],
  dueSoon: [COUNTS_HEADERS.dueSoon, 'Due soon'],
  open: [COUNTS_HEADERS.open, 'Open'],
  undated: [COUNTS_HEADERS.undated, 'Undated'],
};

const ITEMS_ALIASES: Record<ItemsColumn, readonly string[]> = {
  date: COUNTS_ALIASES.date,
  no: [ITEMS_HEADERS.no, '№', 'No.', 'No'],
  activity: [ITEMS_HEADERS.activity, 'Activity'],
  deadlineText: [ITEMS_HEADERS.deadlineText, 'Срок', 'Deadline as written', 'Deadline'],
  due: [ITEMS_HEADERS.due, 'Due date', 'Planned date'],
  responsible: [ITEMS_HEADERS.responsible, 'Responsible'],
  result: [ITEMS_HEADERS.result, 'Result'],
  status: [ITEMS_HEADERS.status, 'Статус', 'Status'],
};

/** The title of the block that keeps unreadable rows, so that they are recognised and carried forward. */
export const UNREAD_BLOCK_TITLE = 'Строки истории, которые не удалось прочитать (сохранены без изменений)';

/** Lower case, ё as е, only letters, digits and % (so «Выполнено, %» and «Выполнено» stay apart). */
export function normalizeHistoryHeader(text: string): string {
  return lettersAndDigits(text.toLowerCase().replace(/ё/g, 'е'), '%№');
}

function aliasMap<K extends string>(aliases: Record<K, readonly string[]>): ReadonlyMap<string, K> {
  const entries = (Object.entries(aliases) as [K, readonly string[]][]).flatMap(([key, names]) =>
    names.map((name) => [normalizeHistoryHeader(name), key] as const),
  );
  return new Map(entries);
}

export const COUNTS_HEADER_KEYS = aliasMap(COUNTS_ALIASES);
export const ITEMS_HEADER_KEYS = aliasMap(ITEMS_ALIASES);

/** Statuses as the sheet writes them: plain words a person reads without the add-in. */
export const STATUS_LABELS: Record<ItemStatus, string> = {
  done: 'выполнено',
  overdue: 'просрочено',
  'due-soon': 'срок скоро',
  open: 'срок впереди',
  undated: 'без срока',
  withdrawn: 'снято с контроля',
};

const STATUS_READINGS: ReadonlyMap<string, ItemStatus> = new Map(
  (Object.entries(STATUS_LABELS) as [ItemStatus, string][]).flatMap(([status, label]) => [
    [normalizeHistoryHeader(label), status] as const,
    [normalizeHistoryHeader(status), status] as const,
    [normalizeHistoryHeader(status.replace('-', ' ')), status] as const,
  ]),
);

export function readStatusLabel(text: string): ItemStatus | null {
  return STATUS_READINGS.get(normalizeHistoryHeader(text)) ?? null;
}

/** The lines above the tables, which the reader skips. */
export const HISTORY_TITLE = 'История срезов дорожной карты';
export const HISTORY_NOTE =
  'Срез фиксируется после каждого заседания рабочей группы (Roadmap Monitor: «Зафиксировать срез» или roadmap snapshot). Срез за ту же дату заменяется.';

/** Written in a field the history lost (its column was deleted by hand), so that it stays unknown, not empty. */
export const UNKNOWN_VALUE = '(нет данных)';
