import type { Lang } from '../roadmap/types';

/** The task pane's frame: its tabs, the report date at the top, button labels that say what they do, date fields. */
export interface PaneTexts {
  tabs: { check: string; group: string; settings: string };
  tabsLabel: string;
  /** The report date line at the top of the pane: `date` as ДД.ММ.ГГГГ; `isToday` when no date is set. */
  reportDateLine: (date: string, isToday: boolean) => string;
  changeReportDate: string;
  /** Проверить: reads the table, lists findings and writes the highlighting. */
  validate: string;
  /** Сводка: writes the «Мониторинг» sheet. */
  summary: string;
  /** Placeholder and format of every date field, whatever the browser's locale. */
  datePlaceholder: string;
  invalidDate: string;
}

const RU: PaneTexts = {
  tabs: { check: 'Проверка', group: 'Рабочая группа', settings: 'Параметры' },
  tabsLabel: 'Разделы панели',
  reportDateLine: (date, isToday) => (isToday ? `Дата отчёта: сегодня, ${date}` : `Дата отчёта: ${date}`),
  changeReportDate: 'Изменить дату',
  validate: 'Проверить и подсветить',
  summary: 'Записать лист «Мониторинг»',
  datePlaceholder: 'ДД.ММ.ГГГГ',
  invalidDate: 'Введите дату как ДД.ММ.ГГГГ, например 01.09.2021.',
};

const EN: PaneTexts = {
  tabs: { check: 'Check', group: 'Working group', settings: 'Settings' },
  tabsLabel: 'Pane sections',
  reportDateLine: (date, isToday) => (isToday ? `Report date: today, ${date}` : `Report date: ${date}`),
  changeReportDate: 'Change the date',
  validate: 'Check and highlight',
  summary: 'Write the «Мониторинг» sheet',
  datePlaceholder: 'DD.MM.YYYY',
  invalidDate: 'Type the date as DD.MM.YYYY, e.g. 01.09.2021.',
};

export function paneTexts(lang: Lang): PaneTexts {
  return lang === 'en' ? EN : RU;
}
