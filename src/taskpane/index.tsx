import { createRoot } from 'react-dom/client';
import { documentSettingsStore } from '../excel/documentSettings';
import { excelWorkbookPort } from '../excel/excelWorkbookPort';
import { excelHistoryPort } from '../excel/historyPort';
import { UI_TEXT, uiLanguage } from '../i18n/ui';
import { summarySheet } from '../roadmap/report/summarySheet';
import { App } from './App';
import { paneTheme } from './officeTheme';

Office.onReady(() => {
  const lang = uiLanguage(Office.context.displayLanguage);
  const text = UI_TEXT[lang];
  document.documentElement.lang = lang;
  document.title = text.appTitle;
  const container = document.getElementById('root');
  if (!container) return;
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
});
