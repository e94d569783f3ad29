import { documentSettingsStore } from '../../excel/documentSettings';
import { excelWorkbookPort } from '../../excel/excelWorkbookPort';
import { excelHistoryPort } from '../../excel/historyPort';
import { UI_TEXT, uiLanguage } from '../../i18n/ui';
import { summarySheet } from '../../roadmap/report/summarySheet';
import { browserLanguage, showOfficeProblem, whenInExcel } from '../officeCheck';
import { legacyController, type LegacyController, type LegacyDeps } from './controller';
import { renderLegacyPane } from './view';

/**
 * The simple pane's entry: the page loads it with `nomodule`, so only webviews without ES modules run it — Internet
 * Explorer 11 in Excel 2016/2019. Built to ES5 with core-js polyfills (webpack.config.js).
 */

/**
 * Starts the simple pane in `root` over the given workbook. The build exposes it as `window.RoadmapMonitorPane`, so
 * that the sandbox test (test/e2e/legacySandbox.ts) can run the shipped ES5 bundle over a scripted workbook.
 */
export function startLegacyPane(root: HTMLElement, deps: Pick<LegacyDeps, 'port' | 'historyPort' | 'settingsStore' | 'lang' | 'today'>): LegacyController {
  const doc = root.ownerDocument;
  const text = UI_TEXT[deps.lang];
  doc.documentElement.lang = deps.lang;
  doc.title = text.appTitle;
  const draw = () => renderLegacyPane(root, controller.state(), { lang: deps.lang, text, controller });
  const controller = legacyController({ ...deps, text, buildSummarySheet: summarySheet }, draw);
  draw();
  void controller.refresh();
  return controller;
}

function startInExcel(root: HTMLElement): void {
  const lang = uiLanguage(Office.context.displayLanguage);
  startLegacyPane(root, {
    port: excelWorkbookPort({ newSheetName: UI_TEXT[lang].newSheetName }),
    historyPort: excelHistoryPort(),
    settingsStore: documentSettingsStore(),
    lang,
  });
}

const root = typeof document === 'undefined' ? null : document.getElementById('root');
if (root) whenInExcel(() => startInExcel(root), (problem) => showOfficeProblem(root, problem, browserLanguage()));
