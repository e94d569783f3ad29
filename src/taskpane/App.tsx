import {
  Button, FluentProvider, Link, MessageBar, MessageBarBody, MessageBarTitle, Spinner, Tab, TabList, makeStaticStyles, makeStyles, tokens,
  webDarkTheme, webLightTheme,
} from '@fluentui/react-components';
import { useState } from 'react';
import { paneTexts, type PaneTexts } from '../i18n/pane';
import type { UiText } from '../i18n/ui';
import { formatRuDate, localToday } from '../roadmap/dates';
import { Findings } from './components/Findings';
import { Legend } from './components/Legend';
import { SettingsForm } from './components/SettingsForm';
import type { PaneTheme } from './officeTheme';
import { usePane, type PaneDeps, type View } from './usePane';
import type { HistoryPort } from '../host/historyPort';
import { WorkingGroupView } from './workingGroup/WorkingGroupView';

const useGlobalStyles = makeStaticStyles({ body: { margin: 0 } });

const useStyles = makeStyles({
  root: { minHeight: '100vh', boxSizing: 'border-box' },
  header: { padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM} 0`, display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXXS },
  main: { padding: tokens.spacingHorizontalM, display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  title: { fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold, margin: 0 },
  reportDate: { margin: 0, display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalS, fontWeight: tokens.fontWeightSemibold },
  toolbar: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  text: { margin: 0 },
});

export type PaneTab = 'check' | 'group' | 'settings';

export interface AppProps extends PaneDeps {
  theme: PaneTheme;
  /** The «Рабочая группа» view's access to the workbook; without it the tab is not shown. */
  historyPort?: HistoryPort;
}

function Content({ view, text, pane }: { view: View; text: UiText; pane: ReturnType<typeof usePane> }) {
  const styles = useStyles();
  if (view.kind === 'problem') {
    return (
      <MessageBar intent="error" role="alert">
        <MessageBarBody>
          <MessageBarTitle>{text.problemTitle}</MessageBarTitle>
          <p className={styles.text}>{text.problem[view.problem.kind]}</p>
          {view.problem.detail && (
            <p className={styles.text}>
              {text.problemDetail}: {view.problem.detail}
            </p>
          )}
        </MessageBarBody>
      </MessageBar>
    );
  }
  if (view.kind === 'no-roadmap') {
    return (
      <>
        <MessageBar intent="warning">
          <MessageBarBody>
            <MessageBarTitle>{text.noRoadmapTitle}</MessageBarTitle>
            {text.noRoadmapBody}
          </MessageBarBody>
        </MessageBar>
        <div className={styles.toolbar}>
          <Button onClick={() => void pane.create(false)}>{text.createEmpty}</Button>
          <Button onClick={() => void pane.create(true)}>{text.createFromTemplate}</Button>
        </div>
      </>
    );
  }
  const { roadmap, source } = view.analysis;
  const hasMonitoringColumns = source.layout.columns.status !== undefined && source.layout.columns.completedOn !== undefined;
  return (
    <>
      {view.notices.map((notice) => (
        <MessageBar key={notice.text} intent={notice.intent}>
          <MessageBarBody>{notice.text}</MessageBarBody>
        </MessageBar>
      ))}
      <p className={styles.text}>{text.roadmapFound(source.layout.sheet, roadmap.counts.items)}</p>
      <p className={styles.text}>{text.counts(roadmap.counts)}</p>
      {roadmap.findings.length === 0 ? (
        <MessageBar intent="success">
          <MessageBarBody>
            <MessageBarTitle>{text.allCleanTitle}</MessageBarTitle>
            {text.allCleanBody}
          </MessageBarBody>
        </MessageBar>
      ) : (
        <Findings findings={roadmap.findings} text={text} onSelect={(finding) => void pane.showFinding(finding, view.analysis)} />
      )}
      {!hasMonitoringColumns && (
        <div className={styles.toolbar}>
          <Button onClick={() => void pane.addColumns()}>{text.addColumns}</Button>
        </div>
      )}
    </>
  );
}

/** «Проверка»: one primary action (check and highlight), the summary sheet, what was found, the colour legend. */
function CheckTab({ pane, text, words }: { pane: ReturnType<typeof usePane>; text: UiText; words: PaneTexts }) {
  const styles = useStyles();
  return (
    <>
      <div className={styles.toolbar}>
        <Button appearance="primary" disabled={pane.working} onClick={() => void pane.validate()}>
          {words.validate}
        </Button>
        <Button disabled={pane.working} onClick={() => void pane.summary()}>
          {words.summary}
        </Button>
      </div>
      {pane.working ? <Spinner label={text.working} /> : pane.view && <Content view={pane.view} text={text} pane={pane} />}
      <Legend text={text} dueSoonDays={pane.settings.dueSoonDays} />
    </>
  );
}

/**
 * The task pane: the report date at the top (it drives every number), then three tabs — Проверка, Рабочая группа,
 * Параметры — each with at most one primary button.
 */
export function App({ theme, historyPort, ...deps }: AppProps) {
  useGlobalStyles();
  const styles = useStyles();
  const pane = usePane(deps);
  const [tab, setTab] = useState<PaneTab>('check');
  const { text, lang } = deps;
  const words = paneTexts(lang);
  const reportDate = pane.settings.reportDate;
  const shownDate = formatRuDate(reportDate ?? (deps.today ?? localToday)());
  return (
    <FluentProvider theme={theme === 'dark' ? webDarkTheme : webLightTheme} className={styles.root}>
      <header className={styles.header}>
        <h1 className={styles.title}>{text.appTitle}</h1>
        <p className={styles.reportDate}>
          <span>{words.reportDateLine(shownDate, reportDate === null)}</span>
          {tab !== 'settings' && (
            <Link as="button" onClick={() => setTab('settings')}>
              {words.changeReportDate}
            </Link>
          )}
        </p>
        <TabList selectedValue={tab} onTabSelect={(_, data) => setTab(data.value as PaneTab)} aria-label={words.tabsLabel}>
          <Tab value="check">{words.tabs.check}</Tab>
          {historyPort && <Tab value="group">{words.tabs.group}</Tab>}
          <Tab value="settings">{words.tabs.settings}</Tab>
        </TabList>
      </header>
      <main className={styles.main} aria-busy={pane.working}>
        {tab === 'check' && <CheckTab pane={pane} text={text} words={words} />}
        {tab === 'group' && historyPort && (
          <WorkingGroupView port={deps.port} historyPort={historyPort} settings={pane.savedSettings} lang={lang} today={deps.today} text={text} />
        )}
        {tab === 'settings' && (
          <SettingsForm settings={pane.settings} text={text} pane={words} disabled={false} onChange={(settings) => pane.changeSettings(settings)} />
        )}
      </main>
    </FluentProvider>
  );
}
