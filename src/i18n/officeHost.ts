import type { Lang } from '../roadmap/types';

/**
 * What a page of the add-in says when it cannot reach Excel: office.js did not load (a network that blocks
 * appsforoffice.microsoft.com), or the page was opened in a browser rather than in Excel's task pane. And the few
 * words only the pane for Excel 2016/2019 (Internet Explorer 11 inside Excel) needs.
 */
export interface OfficeHostText {
  officeJsMissingTitle: string;
  officeJsMissingBody: string;
  outsideOfficeTitle: string;
  outsideOfficeBody: string;
  /** The simple pane: a report date typed as text (IE11 has no date picker). */
  reportDateFormat: string;
  applyReportDate: string;
  badReportDate: string;
  newRoadmapTitle: string;
  findingsMore: (count: number) => string;
}

export const OFFICE_HOST_TEXT: Record<Lang, OfficeHostText> = {
  ru: {
    officeJsMissingTitle: 'Не удалось загрузить Office.js',
    officeJsMissingBody:
      'Панель не может связаться с Excel: библиотека Office.js не загрузилась. Обычно это значит, что сеть организации блокирует адрес appsforoffice.microsoft.com. ' +
      'Попросите администратора открыть этот адрес или развернуть надстройку, собранную командой OFFICE_JS=local npm run build (Office.js с вашего сервера). ' +
      'Кнопки ленты «Проверить», «Сводка» и «Зафиксировать срез» тоже не работают, пока Office.js недоступен.',
    outsideOfficeTitle: 'Откройте панель в Excel',
    outsideOfficeBody:
      'Это панель надстройки «Мониторинг дорожной карты», она работает только внутри Excel. В Excel: Главная → Дорожная карта → Открыть панель. ' +
      'Таблицу можно проверить и без Excel: npx roadmap check файл.xlsx.',
    reportDateFormat: 'ДД.ММ.ГГГГ, пусто — сегодня',
    applyReportDate: 'Применить',
    badReportDate: 'Дата не распознана: введите её как 01.09.2021.',
    newRoadmapTitle: 'Новая дорожная карта',
    findingsMore: (count) => `… и ещё ${count}`,
  },
  en: {
    officeJsMissingTitle: 'Office.js could not be loaded',
    officeJsMissingBody:
      "The pane cannot reach Excel: the Office.js library did not load. Usually your organisation's network blocks appsforoffice.microsoft.com. " +
      'Ask your administrator to allow it, or to deploy the add-in built with OFFICE_JS=local npm run build (Office.js from your own server). ' +
      'The ribbon buttons Validate, Summary and Take snapshot do not work either while Office.js is unavailable.',
    outsideOfficeTitle: 'Open the pane in Excel',
    outsideOfficeBody:
      'This is the Roadmap Monitor add-in pane; it works only inside Excel. In Excel: Home → Roadmap → Open pane. ' +
      'Without Excel, check a table with: npx roadmap check file.xlsx.',
    reportDateFormat: 'DD.MM.YYYY, empty means today',
    applyReportDate: 'Apply',
    badReportDate: 'Not a date: type it as 01.09.2021.',
    newRoadmapTitle: 'New roadmap',
    findingsMore: (count) => `… and ${count} more`,
  },
};
