import type { Lang } from '../roadmap/types';
import { pluralForm, type PluralForms } from './numbers';

const DAYS: PluralForms = { one: 'день', few: 'дня', many: 'дней', other: 'дня' };

/** Every text of the browser page (dist/app.html), Russian and English side by side. */
export interface AppText {
  title: string;
  intro: string;
  privacy: string;
  chooseFiles: string;
  chooseFolder: string;
  dropZone: string;
  dropZoneHint: string;
  reportDate: string;
  reportDateHint: string;
  badDate: (typed: string) => string;
  workbooksTitle: string;
  noWorkbooks: string;
  reading: string;
  clear: string;
  counts: { items: string; done: string; overdue: string; dueSoon: string; undated: string; errors: string; warnings: string; completion: string };
  sheetLine: (sheet: string, headerRow: number) => string;
  overdueTitle: string;
  dueSoonTitle: string;
  findingsTitle: string;
  noFindings: string;
  row: (row: number) => string;
  daysOverdue: (days: number) => string;
  daysLeft: (days: number) => string;
  severity: { error: string; warning: string; info: string };
  downloadsTitle: string;
  summary: string;
  snapshot: string;
  brief: string;
  disagreements: string;
  protocol: string;
  requests: string;
  requestsTitle: string;
  noRequests: string;
  copy: string;
  copied: string;
  preparing: string;
  failed: (message: string) => string;
  notRead: string;
  xlsOrOds: (extension: string) => string;
  consolidateTitle: string;
  consolidateHint: string;
  consolidate: string;
  progressLabel: string;
  progress: (done: number, total: number) => string;
  cancel: string;
  cancelled: string;
  /** «Свод» stopped because the report date was changed while it read. */
  cancelledForDate: string;
  /** «Свод готов.» before the closing line of `roadmap consolidate` (src/i18n/consolidate.ts). */
  consolidated: (line: string) => string;
  downloadConsolidated: string;
  fileNames: { summary: string; snapshot: string; consolidated: string };
  noScript: string;
}

const RU: AppText = {
  title: 'Roadmap Monitor: дорожные карты в браузере',
  intro: 'Проверка дорожных карт, сводка, срез, документы рабочей группы и свод по всем учреждениям — как у команды roadmap, без установки.',
  privacy: 'Файлы не покидают компьютер: всё считается в этой вкладке, на сервер ничего не отправляется.',
  chooseFiles: 'Выбрать книги',
  chooseFolder: 'Выбрать папку',
  dropZone: 'Перетащите сюда книги .xlsx или папку',
  dropZoneHint: 'или выберите их кнопками ниже',
  reportDate: 'Дата отчёта',
  reportDateHint: 'ДД.ММ.ГГГГ',
  badDate: (typed) => `Дата «${typed}» не прочитана: введите её как ДД.ММ.ГГГГ, например 01.09.2021. Пока действует прежняя дата.`,
  workbooksTitle: 'Книги',
  noWorkbooks: 'Книги ещё не выбраны.',
  reading: 'Читается…',
  clear: 'Очистить список',
  counts: {
    items: 'Мероприятий',
    done: 'Выполнено',
    overdue: 'Просрочено',
    dueSoon: 'Срок скоро',
    undated: 'Без срока',
    errors: 'Ошибок',
    warnings: 'Предупреждений',
    completion: 'Исполнение',
  },
  sheetLine: (sheet, headerRow) => `Лист «${sheet}», заголовок в строке ${headerRow}`,
  overdueTitle: 'Просроченные мероприятия',
  dueSoonTitle: 'Срок скоро',
  findingsTitle: 'Замечания',
  noFindings: 'Замечаний нет.',
  row: (row) => `строка ${row}`,
  daysOverdue: (days) => `просрочено на ${days} ${pluralForm(days, DAYS, 'ru')}`,
  daysLeft: (days) => `осталось ${days} ${pluralForm(days, DAYS, 'ru')}`,
  severity: { error: 'Ошибка', warning: 'Предупреждение', info: 'Сведения' },
  downloadsTitle: 'Скачать',
  summary: 'Скачать сводку',
  snapshot: 'Зафиксировать срез',
  brief: 'Справка к заседанию (.docx)',
  disagreements: 'Лист разногласий (.docx)',
  protocol: 'Проект протокола (.docx)',
  requests: 'Запросы ответственным',
  requestsTitle: 'Запросы ответственным',
  noRequests: 'Запросов нет: просроченных и близких по сроку мероприятий нет.',
  copy: 'Копировать',
  copied: 'Скопировано',
  preparing: 'Готовится…',
  failed: (message) => `Не получилось: ${message}`,
  notRead: 'Не прочитано',
  xlsOrOds: (extension) => `книга .${extension}: браузер её не читает; откройте её и сохраните как .xlsx`,
  consolidateTitle: 'Свод',
  consolidateHint: 'Сводный отчёт по всем выбранным книгам, как roadmap consolidate: «Свод», «Диаграмма», «Просрочено», «Замечания», «Не прочитано».',
  consolidate: 'Собрать свод',
  progressLabel: 'Прочитано книг',
  progress: (done, total) => `Прочитано ${done} из ${total}`,
  cancel: 'Отменить',
  cancelled: 'Свод отменён.',
  cancelledForDate: 'Свод отменён: дата отчёта изменилась. Книги читаются для новой даты; затем нажмите «Собрать свод» ещё раз.',
  consolidated: (line) => `Свод готов. ${line}`,
  downloadConsolidated: 'Скачать свод',
  fileNames: { summary: 'сводка', snapshot: 'срез', consolidated: 'свод' },
  noScript: 'Для работы страницы нужен JavaScript.',
};

const EN: AppText = {
  title: 'Roadmap Monitor: roadmaps in the browser',
  intro: 'Check roadmaps, write the summary and the snapshot, the working group’s documents and the consolidated report of all institutions — as the roadmap command does, with nothing to install.',
  privacy: 'Your files never leave this computer: everything is computed in this tab, nothing is sent to a server.',
  chooseFiles: 'Choose workbooks',
  chooseFolder: 'Choose a folder',
  dropZone: 'Drop .xlsx workbooks or a folder here',
  dropZoneHint: 'or choose them with the buttons below',
  reportDate: 'Report date',
  reportDateHint: 'DD.MM.YYYY',
  badDate: (typed) => `“${typed}” is not a date: type it as DD.MM.YYYY, e.g. 01.09.2021. The previous date still applies.`,
  workbooksTitle: 'Workbooks',
  noWorkbooks: 'No workbooks chosen yet.',
  reading: 'Reading…',
  clear: 'Clear the list',
  counts: {
    items: 'Items',
    done: 'Done',
    overdue: 'Overdue',
    dueSoon: 'Due soon',
    undated: 'Undated',
    errors: 'Errors',
    warnings: 'Warnings',
    completion: 'Completion',
  },
  sheetLine: (sheet, headerRow) => `Sheet “${sheet}”, header in row ${headerRow}`,
  overdueTitle: 'Overdue items',
  dueSoonTitle: 'Due soon',
  findingsTitle: 'Findings',
  noFindings: 'No findings.',
  row: (row) => `row ${row}`,
  daysOverdue: (days) => `${days} ${days === 1 ? 'day' : 'days'} overdue`,
  daysLeft: (days) => `${days} ${days === 1 ? 'day' : 'days'} left`,
  severity: { error: 'Error', warning: 'Warning', info: 'Info' },
  downloadsTitle: 'Download',
  summary: 'Download the summary',
  snapshot: 'Take a snapshot',
  brief: 'Meeting brief (.docx)',
  disagreements: 'Disagreements sheet (.docx)',
  protocol: 'Draft protocol (.docx)',
  requests: 'Requests to the responsible',
  requestsTitle: 'Requests to the responsible',
  noRequests: 'No requests: nothing is overdue or due soon.',
  copy: 'Copy',
  copied: 'Copied',
  preparing: 'Preparing…',
  failed: (message) => `It did not work: ${message}`,
  notRead: 'Not read',
  xlsOrOds: (extension) => `a .${extension} workbook: the browser cannot read it; open it and save it as .xlsx`,
  consolidateTitle: 'Consolidated report',
  consolidateHint: 'One report of all chosen workbooks, as roadmap consolidate writes it: summary, chart, overdue, findings, not read.',
  consolidate: 'Consolidate',
  progressLabel: 'Workbooks read',
  progress: (done, total) => `${done} of ${total} read`,
  cancel: 'Cancel',
  cancelled: 'Consolidation cancelled.',
  cancelledForDate: 'Consolidation cancelled: the report date changed. The workbooks are read for the new date; then press «Consolidate» again.',
  consolidated: (line) => `Report ready. ${line}`,
  downloadConsolidated: 'Download the report',
  fileNames: { summary: 'summary', snapshot: 'snapshot', consolidated: 'consolidated' },
  noScript: 'This page needs JavaScript.',
};

export function appText(lang: Lang): AppText {
  return lang === 'en' ? EN : RU;
}

/** The page's language: English when the browser's first preference among Russian and English is English, else Russian. */
export function pageLanguage(languages: readonly string[]): Lang {
  for (const language of languages) {
    const primary = language.toLowerCase().split('-')[0];
    if (primary === 'ru') return 'ru';
    if (primary === 'en') return 'en';
  }
  return 'ru';
}
