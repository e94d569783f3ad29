import { createRoot } from 'react-dom/client';
import { documentSettingsStore } from '../excel/documentSettings';
import { excelWorkbookPort } from '../excel/excelWorkbookPort';
import { excelHistoryPort } from '../excel/historyPort';
import { UI_TEXT, uiLanguage } from '../i18n/ui';
import { summarySheet } from '../roadmap/report/summarySheet';
import { App } from './App';
import { browserLanguage, showOfficeProblem, whenInExcel } from './officeCheck';
import { paneTheme } from './officeTheme';
import { loadSimplePane, runsReactPane } from './paneChoice';

/** The React pane: the page loads it as a module, so Excel's modern webviews run it (Internet Explorer 11 runs ./legacy). */
function start(container: HTMLElement): void {
  const lang = uiLanguage(Office.context.displayLanguage);
  const text = UI_TEXT[lang];
  document.documentElement.lang = lang;
  document.title = text.appTitle;
  createRoot(container).render(
    <App
      port={excelWorkbookPort({ newSheetName: text.newSheetName })}
      historyPort={excelHistoryPort()}
      settingsStore={documentSettingsStore()}
      lang={lang}
      text={text}
      buildSummarySheet={summarySheet}
      theme={paneTheme(Office.context.officeTheme?.bodyBackgroundColor)}
    />,
  );
}

const root = document.getElementById('root');
if (!runsReactPane(window)) loadSimplePane(document);
else if (root) whenInExcel(() => start(root), (problem) => showOfficeProblem(root, problem, browserLanguage()));
