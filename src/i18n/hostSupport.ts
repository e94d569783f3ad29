import { FEATURE_API_SETS, type HostFeature, type HostSupport } from '../host/hostSupport';
import type { Lang } from '../roadmap/types';

/** What the panes and the ribbon say when the open Excel lacks an API set: what is missing, and what still works. */
export interface HostSupportNotice {
  title: string;
  /** One line per missing feature, naming the requirement set it needs. */
  missing: string[];
  stillWorks: string;
}

interface Words {
  title: (apiVersion: string, excel: string | null) => string;
  missing: Record<HostFeature, (apiSet: string) => string>;
  stillWorks: string;
}

/** The perpetual Excel that stops at a version (Microsoft: «Excel JavaScript API requirement sets»). */
function excelOf(apiVersion: string): string | null {
  if (apiVersion === '1.1') return 'Excel 2016';
  if (apiVersion === '1.8') return 'Excel 2019';
  return null;
}

const WORDS: Record<Lang, Words> = {
  ru: {
    title: (version, excel) => `${excel ? `${excel}: ` : ''}Excel поддерживает ExcelApi ${version}, часть возможностей недоступна`,
    missing: {
      sheetLayout: (set) => `Ширина столбцов, высота строк и объединённые заголовки листов отчёта не задаются (нужен ExcelApi ${set}).`,
      sheetMarkers: (set) =>
        `Excel не может пометить листы «Мониторинг» и «История» как листы надстройки (нужен ExcelApi ${set}): лист, помеченный раньше, обновляется, а непомеченный остаётся, и рядом появляется новый.`,
      tableColumns: (set) =>
        `В таблицу Excel нельзя добавить столбец с заголовком (нужен ExcelApi ${set}): «Статус», «Дата выполнения» и «Плановая дата» добавьте в таблицу сами.`,
      liveHighlighting: (set) =>
        `Нет живой подсветки (условное форматирование, нужен ExcelApi ${set}): «Проверить» показывает замечания списком, но не раскрашивает таблицу. Копию с подсветкой, которая работает в любом Excel 2016, пишет команда «roadmap summary».`,
      frozenHeader: (set) => `Строка заголовка не закрепляется (нужен ExcelApi ${set}).`,
      statusDropDown: (set) => `В столбце «Статус» нет выпадающего списка (нужен ExcelApi ${set}): статус вводится вручную.`,
      secondaryAxis: (set) => `На диаграмме листа «История» процент выполнения идёт по общей оси с числом мероприятий, а не по своей (нужен ExcelApi ${set}).`,
      printLayout: (set) => `Листы отчёта печатаются с настройками по умолчанию, а не альбомно в одну страницу шириной (нужен ExcelApi ${set}).`,
    },
    stillWorks:
      'Работают: «Проверить» (замечания с переходом к ячейке), «Сводка» (лист «Мониторинг» с итогами и диаграммой), «Зафиксировать срез», справка к заседанию, новая дорожная карта.',
  },
  en: {
    title: (version, excel) => `${excel ? `${excel}: ` : ''}Excel supports ExcelApi ${version}; some features are not available`,
    missing: {
      sheetLayout: (set) => `Column widths, row heights and merged titles of the report sheets are not set (needs ExcelApi ${set}).`,
      sheetMarkers: (set) =>
        `Excel cannot mark «Мониторинг» and «История» as the add-in's sheets (needs ExcelApi ${set}): a sheet marked before is updated; an unmarked one stays and a new one is added beside it.`,
      tableColumns: (set) =>
        `A column with a header cannot be added to an Excel table (needs ExcelApi ${set}): add «Статус», «Дата выполнения» and «Плановая дата» to the table yourself.`,
      liveHighlighting: (set) =>
        `No live highlighting (conditional formatting needs ExcelApi ${set}): Validate lists the findings but does not colour the table. The copy written by «roadmap summary» carries the highlighting and works in any Excel 2016.`,
      frozenHeader: (set) => `The header row is not frozen (needs ExcelApi ${set}).`,
      statusDropDown: (set) => `The Статус column has no drop-down (needs ExcelApi ${set}): type the status.`,
      secondaryAxis: (set) => `On the «История» chart the completion % shares the item counts' axis instead of having its own (needs ExcelApi ${set}).`,
      printLayout: (set) => `Report sheets print with the default settings, not landscape one page wide (needs ExcelApi ${set}).`,
    },
    stillWorks:
      'Still working: Validate (findings with links to the cells), Summary (the «Мониторинг» sheet with totals and a chart), Take snapshot, the meeting brief, a new roadmap.',
  },
};

/** Null when this Excel has everything the add-in uses. */
export function hostSupportNotice(support: HostSupport, lang: Lang): HostSupportNotice | null {
  if (support.missing.length === 0) return null;
  const words = WORDS[lang];
  return {
    title: words.title(support.apiVersion, excelOf(support.apiVersion)),
    missing: support.missing.map(({ feature, apiSet }) => words.missing[feature](apiSet)),
    stillWorks: words.stillWorks,
  };
}

/** The ribbon's Проверить where Excel cannot highlight: the counts, that nothing is coloured, and why. */
export function ribbonFindingsUnhighlighted({ errors, warnings }: { errors: number; warnings: number }, support: HostSupport, lang: Lang): string {
  const line = WORDS[lang].missing.liveHighlighting(FEATURE_API_SETS.liveHighlighting);
  const counts = lang === 'ru' ? `Ошибок: ${errors}, предупреждений: ${warnings}.` : `${errors} ${errors === 1 ? 'error' : 'errors'}, ${warnings} ${warnings === 1 ? 'warning' : 'warnings'}.`;
  const pane = lang === 'ru' ? 'Список с переходом к ячейкам — в панели (кнопка «Открыть панель»).' : 'Open the pane (Open pane) for the list with links to the cells.';
  const yours = lang === 'ru' ? `Ваш Excel: ExcelApi ${support.apiVersion}.` : `Your Excel: ExcelApi ${support.apiVersion}.`;
  return `${counts} ${pane} ${yours} ${line}`;
}
