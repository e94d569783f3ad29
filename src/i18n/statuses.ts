import type { ItemStatus, Lang } from '../roadmap/types';

/** The item statuses as every report, sheet and pane names them (lower case; capitalised where a label starts). */
export const STATUS_NAMES: Record<Lang, Record<ItemStatus, string>> = {
  ru: { done: 'выполнено', overdue: 'просрочено', 'due-soon': 'срок скоро', open: 'срок впереди', undated: 'без срока', withdrawn: 'снято с контроля' },
  en: { done: 'done', overdue: 'overdue', 'due-soon': 'due soon', open: 'open', undated: 'undated', withdrawn: 'withdrawn' },
};

/** The working group's other counted terms (seed 000 §4.7), named once for every output. */
export const TERM_NAMES: Record<Lang, { doneLate: string; doneOnTime: string; withdrawnApart: string; checkpoint: string }> = {
  ru: {
    doneLate: 'исполнено с нарушением срока',
    doneOnTime: 'исполнено в срок',
    withdrawnApart: 'снято с контроля (не входит в план)',
    checkpoint: 'контрольная точка',
  },
  en: {
    doneLate: 'done late',
    doneOnTime: 'done on time',
    withdrawnApart: 'withdrawn (not in the plan in force)',
    checkpoint: 'checkpoint',
  },
};
