import {
  Button, FluentProvider, Link, MessageBar, MessageBarBody, MessageBarTitle, Spinner, Tab, TabList, makeStyles, tokens,
  webDarkTheme, webLightTheme,
} from '@fluentui/react-components';
// From Griffel itself: the build compiles it to Griffel's __staticStyles, which @fluentui/react-components does not re-export.
import { makeStaticStyles } from '@griffel/react';
import { Suspense, lazy, useState } from 'react';
import { paneTexts, type PaneTexts } from '../i18n/pane';
import type { UiText } from '../i18n/ui';
import { formatRuDate, localToday } from '../roadmap/dates';
import { Findings } from './components/Findings';
import { HostSupportNote } from './components/HostSupportNote';
import { supportOf } from '../host/workbookPort';
import { Legend } from './components/Legend';
import { SettingsForm } from './components/SettingsForm';
import type { PaneTheme } from './officeTheme';
import { usePane, type PaneDeps, type View } from './usePane';
import type { HistoryPort } from '../host/historyPort';
import type { HostSupport } from '../host/hostSupport';
import type { Lang } from '../roadmap/types';
import type { HostProblem } from '../host/problems';
import { PANE_PART_TEXT } from '../i18n/paneParts';
import type { WorkingGroupViewProps } from './workingGroup/WorkingGroupView';

/**
 * «Рабочая группа» is opened now and then: its view, the brief, the requests and their words are a chunk of their own,
 * fetched on first opening (the pane's first view stays within its 200 KB budget). If the fetch fails (the network
 * dropped), the tab shows why instead of the pane going blank.
 */
const WorkingGroupView = lazy(() =>
  import('./workingGroup/WorkingGroupView').then(
    ({ WorkingGroupView }) => ({ default: WorkingGroupView }),
    (error: unknown) => ({ default: ({ lang }: WorkingGroupViewProps) => <PartMissing lang={lang} detail={error instanceof Error ? error.message : String(error)} /> }),
  ),
);

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

/** What went wrong, in the user's words, with the host's own message under it for support. */
function ProblemBar({ problem, text }: { problem: HostProblem; text: UiText }) {
  const styles = useStyles();
  return (
    <MessageBar intent="error" role="alert">
      <MessageBarBody>
        <MessageBarTitle>{text.problemTitle}</MessageBarTitle>
        <p className={styles.text}>{text.problem[problem.kind]}</p>
        {problem.detail && (
          <p className={styles.text}>
            {text.problemDetail}: {problem.detail}
          </p>
        )}
      </MessageBarBody>
    </MessageBar>
  );
}

/** A part of the pane that loads on first use could not be fetched: say so, the rest of the pane goes on working. */
function PartMissing({ lang, detail }: { lang: Lang; detail: string }) {
  const styles = useStyles();
  const words = PANE_PART_TEXT[lang];
  return (
    <MessageBar intent="error" role="alert">
      <MessageBarBody>
        <MessageBarTitle>{words.partMissingTitle}</MessageBarTitle>
        <p className={styles.text}>{words.partMissingBody}</p>
        <p className={styles.text}>
          {words.partMissingDetail}: {detail}
        </p>
      </MessageBarBody>
    </MessageBar>
  );
}

function Content({ view, text, pane }: { view: View; text: UiText; pane: ReturnType<typeof usePane> }) {
  const styles = useStyles();
  if (view.kind === 'problem') return <ProblemBar problem={view.problem} text={text} />;
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
function CheckTab({ pane, text, words, support, lang }: { pane: ReturnType<typeof usePane>; text: UiText; words: PaneTexts; support: HostSupport; lang: Lang }) {
  const styles = useStyles();
  return (
    <>
      <HostSupportNote support={support} lang={lang} />
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
        {tab === 'check' && <CheckTab pane={pane} text={text} words={words} support={supportOf(deps.port)} lang={lang} />}
        {tab === 'group' && historyPort && (
          <Suspense fallback={<Spinner label={text.working} />}>
            <WorkingGroupView port={deps.port} historyPort={historyPort} settings={pane.savedSettings} lang={lang} today={deps.today} text={text} />
          </Suspense>
        )}
        {tab === 'settings' && (
          <SettingsForm settings={pane.settings} text={text} pane={words} disabled={false} onChange={(settings) => pane.changeSettings(settings)} />
        )}
      </main>
    </FluentProvider>
  );
}
