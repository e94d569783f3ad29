import { pluralForm } from './numbers';
import { DOCUMENT_PANE_WORDS } from './documents';
import type { ProblemKind } from '../host/problems';
import type { Lang, Severity } from '../roadmap/types';

/** Every text of the task pane and the ribbon commands, Russian and English side by side. */
export interface UiText {
  appTitle: string;
  validate: string;
  summary: string;
  addColumns: string;
  createEmpty: string;
  createFromTemplate: string;
  working: string;
  noRoadmapTitle: string;
  noRoadmapBody: string;
  roadmapFound: (sheet: string, items: number) => string;
  counts: (counts: { overdue: number; dueSoon: number; done: number; errors: number; warnings: number }) => string;
  allCleanTitle: string;
  allCleanBody: string;
  findingsTitle: (count: number) => string;
  severity: Record<Severity, string>;
  showCell: string;
  highlighted: string;
  summaryWritten: (sheet: string) => string;
  columnsAdded: (names: string[]) => string;
  columnsPresent: string;
  dropDownUnsupported: string;
  roadmapCreated: (sheet: string) => string;
  legendTitle: string;
  legendMissing: string;
  legendOverdue: string;
  legendDueSoon: (days: number) => string;
  legendNote: string;
  settingsTitle: string;
  reportDate: string;
  reportDateHint: string;
  dueSoonDays: string;
  periodEnd: string;
  periodEndHint: string;
  chair: string;
  chairHint: string;
  invalidNumber: (max: number) => string;
  problemTitle: string;
  problem: Record<ProblemKind, string>;
  problemDetail: string;
  newSheetName: string;
  /** The ribbon's message dialog (there is no pane to show findings or problems in). */
  closeDialog: string;
  ribbonFindings: (counts: { errors: number; warnings: number }) => string;
}

const ru: UiText = {
  appTitle: 'Мониторинг дорожной карты',
  validate: 'Проверить',
  summary: 'Сводка',
  addColumns: 'Добавить столбцы мониторинга',
  createEmpty: 'Создать дорожную карту',
  createFromTemplate: 'Создать по образцу',
  working: 'Excel выполняет действие…',
  noRoadmapTitle: 'Дорожная карта не найдена',
  noRoadmapBody:
    'В книге нет таблицы с заголовками «№ п/п», «Мероприятие», «Срок», «Ответственный», «Результат». Выделите ячейку таблицы или создайте новую дорожную карту.',
  roadmapFound: (sheet, items) => `Лист «${sheet}»: ${items} ${plural(items, 'мероприятие', 'мероприятия', 'мероприятий')}.`,
  counts: ({ overdue, dueSoon, done, errors, warnings }) =>
    `Просрочено: ${overdue}. Срок скоро: ${dueSoon}. Выполнено: ${done}. Ошибок: ${errors}, предупреждений: ${warnings}.`,
  allCleanTitle: 'Замечаний нет',
  allCleanBody: 'Все обязательные поля заполнены, сроки прочитаны, просроченных мероприятий нет.',
  findingsTitle: (count) => `Замечания: ${count}`,
  severity: { error: 'Ошибки', warning: 'Предупреждения', info: 'Сведения' },
  showCell: 'Показать ячейку',
  highlighted: 'Подсветка в таблице обновлена. Она сохраняется в файле и пересчитывается каждый день без надстройки.',
  summaryWritten: (sheet) => `Лист «${sheet}» с итогами мониторинга обновлён.`,
  columnsAdded: (names) => `Добавлены столбцы: ${names.join(', ')}.`,
  columnsPresent: 'Столбцы «Статус» и «Дата выполнения» уже есть в таблице.',
  dropDownUnsupported: 'Эта версия Excel не поддерживает раскрывающиеся списки из надстроек: статус вводится вручную.',
  roadmapCreated: (sheet) => `Создан лист «${sheet}» с таблицей дорожной карты.`,
  legendTitle: 'Цвета подсветки',
  legendMissing: 'Не заполнено обязательное поле',
  legendOverdue: 'Срок прошёл, мероприятие не выполнено',
  legendDueSoon: (days) => `Срок наступает в ближайшие ${days} ${plural(days, 'день', 'дня', 'дней')}`,
  legendNote: 'Сроки сравниваются с текущей датой по столбцу «Плановая дата».',
  settingsTitle: 'Параметры',
  reportDate: 'Дата отчёта',
  reportDateHint: 'Пусто — сегодняшняя дата.',
  dueSoonDays: 'Срок скоро: за сколько дней',
  periodEnd: 'Дата окончания плана',
  periodEndHint: 'Срок мероприятий «на протяжении всего периода».',
  chair: DOCUMENT_PANE_WORDS.ru.chair,
  chairHint: DOCUMENT_PANE_WORDS.ru.chairHint,
  invalidNumber: (max) => `Введите целое число от 0 до ${max}.`,
  problemTitle: 'Excel не выполнил действие',
  problem: {
    protected: 'Лист или книга защищены. Снимите защиту (Рецензирование → Снять защиту листа) и повторите.',
    'edit-mode': 'Идёт редактирование ячейки. Нажмите Enter или Esc, чтобы закончить ввод, и повторите.',
    'not-found': 'Таблица или лист были удалены или переименованы во время работы. Повторите действие.',
    'too-large': 'Таблица слишком велика для одного запроса Excel в браузере. Откройте книгу в классическом Excel или разделите таблицу.',
    unsupported: 'Эта версия Excel не поддерживает нужную функцию. Обновите Office или откройте книгу в Excel в браузере.',
    unknown: 'Произошла непредвиденная ошибка. Сохраните книгу и повторите действие.',
  },
  problemDetail: 'Сообщение Excel',
  newSheetName: 'Дорожная карта',
  closeDialog: 'Закрыть',
  ribbonFindings: ({ errors, warnings }) =>
    `Ошибок: ${errors}, предупреждений: ${warnings}. Они подсвечены в таблице; список с переходом к ячейкам — в панели (кнопка «Открыть панель»).`,
};

const en: UiText = {
  appTitle: 'Roadmap monitoring',
  validate: 'Validate',
  summary: 'Summary',
  addColumns: 'Add monitoring columns',
  createEmpty: 'Create a roadmap',
  createFromTemplate: 'Create from the sample',
  working: 'Excel is working…',
  noRoadmapTitle: 'No roadmap found',
  noRoadmapBody:
    'The workbook has no table headed «№ п/п», «Мероприятие», «Срок», «Ответственный», «Результат» (No., Activity, Deadline, Responsible, Result). Select a cell of the table or create a new roadmap.',
  roadmapFound: (sheet, items) => `Sheet “${sheet}”: ${items} ${items === 1 ? 'activity' : 'activities'}.`,
  counts: ({ overdue, dueSoon, done, errors, warnings }) =>
    `Overdue: ${overdue}. Due soon: ${dueSoon}. Done: ${done}. Errors: ${errors}, warnings: ${warnings}.`,
  allCleanTitle: 'No findings',
  allCleanBody: 'Every required field is filled, every deadline was read, nothing is overdue.',
  findingsTitle: (count) => `Findings: ${count}`,
  severity: { error: 'Errors', warning: 'Warnings', info: 'Notes' },
  showCell: 'Show the cell',
  highlighted: 'The highlighting in the table is up to date. It is saved in the file and recalculates every day without the add-in.',
  summaryWritten: (sheet) => `The monitoring sheet “${sheet}” is up to date.`,
  columnsAdded: (names) => `Columns added: ${names.join(', ')}.`,
  columnsPresent: 'The table already has the «Статус» and «Дата выполнения» columns.',
  dropDownUnsupported: 'This version of Excel does not support drop-down lists from add-ins: type the status by hand.',
  roadmapCreated: (sheet) => `Sheet “${sheet}” with a roadmap table was created.`,
  legendTitle: 'Highlight colours',
  legendMissing: 'A required field is empty',
  legendOverdue: 'Past its deadline and not done',
  legendDueSoon: (days) => `Due within ${days} ${days === 1 ? 'day' : 'days'}`,
  legendNote: 'Deadlines are compared with the current date through the «Плановая дата» (planned date) column.',
  settingsTitle: 'Settings',
  reportDate: 'Report date',
  reportDateHint: 'Empty means today.',
  dueSoonDays: 'Due soon, days',
  periodEnd: 'End of the plan',
  periodEndHint: 'The deadline of activities that run «throughout the period».',
  chair: DOCUMENT_PANE_WORDS.en.chair,
  chairHint: DOCUMENT_PANE_WORDS.en.chairHint,
  invalidNumber: (max) => `Enter a whole number from 0 to ${max}.`,
  problemTitle: 'Excel did not complete the action',
  problem: {
    protected: 'The sheet or workbook is protected. Unprotect it (Review → Unprotect Sheet) and try again.',
    'edit-mode': 'A cell is being edited. Press Enter or Esc to finish, then try again.',
    'not-found': 'The table or sheet was deleted or renamed meanwhile. Try again.',
    'too-large': 'The table is too large for one request of Excel on the web. Open the workbook in desktop Excel or split the table.',
    unsupported: 'This version of Excel lacks a feature the action needs. Update Office or use Excel on the web.',
    unknown: 'Something unexpected happened. Save the workbook and try again.',
  },
  problemDetail: 'Excel says',
  newSheetName: 'Roadmap',
  closeDialog: 'Close',
  ribbonFindings: ({ errors, warnings }) =>
    `${errors} ${errors === 1 ? 'error' : 'errors'}, ${warnings} ${warnings === 1 ? 'warning' : 'warnings'}. They are highlighted in the table; open the pane (Open pane) for the list with links to the cells.`,
};

/** Russian plural forms through Intl.PluralRules: 1 день, 2 дня, 5 дней, 21 день. */
function plural(n: number, one: string, few: string, many: string): string {
  return pluralForm(n, { one, few, many, other: few }, 'ru');
}

export const UI_TEXT: Record<Lang, UiText> = { ru, en };

/** Russian unless Office runs in English ("en-US", "en-GB"…). */
export function uiLanguage(displayLanguage: string | undefined): Lang {
  return displayLanguage?.toLowerCase().startsWith('en') ? 'en' : 'ru';
}
