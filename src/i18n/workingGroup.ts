/** Texts of the working group's tools: history findings, the meeting brief and the requests to the responsible. */
import type { ItemStatus, Lang } from '../roadmap/types';
import type { HistoryFindingCode } from '../roadmap/workingGroup/model';

export interface HistoryFindingParams {
  row?: number | null;
  header?: string;
  text?: string;
  date?: string;
  count?: number;
  expected?: number;
  found?: number;
}

type Template = (p: HistoryFindingParams) => string;

const HISTORY_FINDINGS: Record<Lang, Record<HistoryFindingCode, Template>> = {
  ru: {
    'history-missing-column': (p) => `на листе «История» нет столбца «${p.header}»${p.text ? `: ${p.text}` : ''}.`,
    'history-bad-date': (p) => `«${p.text}» в столбце «${p.header}» — не дата; строка сохранена без изменений, но в сравнении не участвует.`,
    'history-bad-number': (p) => `«${p.text}» в столбце «${p.header}» — не число; строка сохранена без изменений, но в сравнении не участвует.`,
    'history-bad-status': (p) => `статус «${p.text}» не распознан; строка сохранена без изменений, но в сравнении не участвует.`,
    'history-duplicate-counts': (p) => `показатели среза ${p.date} записаны второй раз; используется первая строка, вторая сохранена без изменений.`,
    'history-counts-recomputed': (p) => `для среза ${p.date} нет строки показателей; показатели подсчитаны по строкам мероприятий.`,
    'history-counts-mismatch': (p) =>
      `в срезе ${p.date} показатели говорят о ${p.expected} мероприятиях, а строк мероприятий ${p.found}: лист, вероятно, правили вручную.`,
    'history-unread-rows': (p) => `${p.count} строк(и) листа «История» не удалось прочитать; они сохранены без изменений под таблицами.`,
    'history-no-tables': () => 'на листе «История» не найдены таблицы срезов (нет строки заголовков «Дата среза» …); лист будет записан заново, прежнее содержимое сохранено без изменений под таблицами.',
  },
  en: {
    'history-missing-column': (p) => `the “История” sheet has no “${p.header}” column${p.text ? `: ${p.text}` : ''}.`,
    'history-bad-date': (p) => `“${p.text}” in the “${p.header}” column is not a date; the row is kept unchanged but left out of comparisons.`,
    'history-bad-number': (p) => `“${p.text}” in the “${p.header}” column is not a number; the row is kept unchanged but left out of comparisons.`,
    'history-bad-status': (p) => `status “${p.text}” is not recognised; the row is kept unchanged but left out of comparisons.`,
    'history-duplicate-counts': (p) => `the counts of the ${p.date} snapshot appear twice; the first row is used, the second is kept unchanged.`,
    'history-counts-recomputed': (p) => `the ${p.date} snapshot has no counts row; the counts are computed from its item rows.`,
    'history-counts-mismatch': (p) =>
      `the ${p.date} snapshot counts ${p.expected} items but has ${p.found} item rows: the sheet was probably edited by hand.`,
    'history-unread-rows': (p) => `${p.count} row(s) of the “История” sheet could not be read; they are kept unchanged below the tables.`,
    'history-no-tables': () => 'no snapshot tables found on the “История” sheet (no header row starting with “Дата среза”); the sheet will be rewritten and its old content kept unchanged below the tables.',
  },
};

export function historyFindingMessage(code: HistoryFindingCode, params: HistoryFindingParams, lang: Lang): string {
  const text = HISTORY_FINDINGS[lang][code](params);
  if (params.row == null) return capitalize(text);
  return lang === 'ru' ? `«История», строка ${params.row}: ${text}` : `“История”, row ${params.row}: ${text}`;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export const STATUS_NAMES: Record<Lang, Record<ItemStatus, string>> = {
  ru: { done: 'выполнено', overdue: 'просрочено', 'due-soon': 'срок скоро', open: 'срок впереди', undated: 'без срока' },
  en: { done: 'done', overdue: 'overdue', 'due-soon': 'due soon', open: 'open', undated: 'undated' },
};
