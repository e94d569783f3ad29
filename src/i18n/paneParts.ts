import type { Lang } from '../roadmap/types';

/** What the pane says when a part of it that loads on first use (the «Рабочая группа» tab) cannot be fetched. */
export interface PanePartText {
  partMissingTitle: string;
  partMissingBody: string;
  /** Prefix of the browser's own message, shown for support. */
  partMissingDetail: string;
}

export const PANE_PART_TEXT: Record<Lang, PanePartText> = {
  ru: {
    partMissingTitle: 'Раздел не загрузился',
    partMissingBody:
      'Эта часть панели загружается с сервера надстройки при первом открытии, а связи с ним сейчас нет. Проверка и параметры работают. Закройте панель и откройте её снова, когда сеть будет доступна.',
    partMissingDetail: 'Сообщение браузера',
  },
  en: {
    partMissingTitle: 'This part of the pane did not load',
    partMissingBody:
      'It is fetched from the add-in’s server when first opened, and that server cannot be reached now. Checking and the settings still work. Close the pane and open it again when the network is back.',
    partMissingDetail: 'Browser message',
  },
};
