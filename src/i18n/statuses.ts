import type { ItemStatus, Lang } from '../roadmap/types';

/** The item statuses as every report, sheet and pane names them (lower case; capitalised where a label starts). */
export const STATUS_NAMES: Record<Lang, Record<ItemStatus, string>> = {
  ru: { done: 'выполнено', overdue: 'просрочено', 'due-soon': 'срок скоро', open: 'срок впереди', undated: 'без срока' },
  en: { done: 'done', overdue: 'overdue', 'due-soon': 'due soon', open: 'open', undated: 'undated' },
};
