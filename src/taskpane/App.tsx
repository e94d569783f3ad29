import { Button, FluentProvider, MessageBar, MessageBarBody, MessageBarTitle, Spinner, makeStaticStyles, makeStyles, tokens, webDarkTheme, webLightTheme } from '@fluentui/react-components';
import type { UiText } from '../i18n/ui';
import { Findings } from './components/Findings';
import { HostSupportNote } from './components/HostSupportNote';
import { supportOf } from '../host/workbookPort';
import { Legend } from './components/Legend';
import { SettingsForm } from './components/SettingsForm';
import type { PaneTheme } from './officeTheme';
import { usePane, type PaneDeps, type View } from './usePane';
import type { HistoryPort } from '../host/historyPort';
import { WorkingGroupView } from './workingGroup/WorkingGroupView';

const useGlobalStyles = makeStaticStyles({ body: { margin: 0 } });

const useStyles = makeStyles({
  root: { minHeight: '100vh', boxSizing: 'border-box' },
  main: { padding: tokens.spacingHorizontalM, display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  title: { fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold, margin: 0 },
  toolbar: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  text: { margin: 0 },
});

export interface AppProps extends PaneDeps {
  theme: PaneTheme;
  /** The «Рабочая группа» view's access to the workbook; without it the view is not shown. */
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
          <Button appearance="primary" onClick={() => void pane.create(false)}>
            {text.createEmpty}
          </Button>
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

/** The task pane: Проверить and Сводка, what they found, the highlight legend and the settings. */
export function App({ theme, historyPort, ...deps }: AppProps) {
  useGlobalStyles();
  const styles = useStyles();
  const pane = usePane(deps);
  const { text } = deps;
  return (
    <FluentProvider theme={theme === 'dark' ? webDarkTheme : webLightTheme} className={styles.root}>
      <main className={styles.main} aria-busy={pane.working}>
        <h1 className={styles.title}>{text.appTitle}</h1>
        <div className={styles.toolbar}>
          <Button appearance="primary" disabled={pane.working} onClick={() => void pane.validate()}>
            {text.validate}
          </Button>
          <Button disabled={pane.working} onClick={() => void pane.summary()}>
            {text.summary}
          </Button>
        </div>
        <HostSupportNote support={supportOf(deps.port)} lang={deps.lang} />
        {pane.working ? <Spinner label={text.working} /> : pane.view && <Content view={pane.view} text={text} pane={pane} />}
        {historyPort && <WorkingGroupView port={deps.port} historyPort={historyPort} settings={pane.settings} lang={deps.lang} today={deps.today} text={text} />}
        <Legend text={text} dueSoonDays={pane.settings.dueSoonDays} />
        <SettingsForm settings={pane.settings} text={text} disabled={pane.working} onChange={(settings) => void pane.changeSettings(settings)} />
      </main>
    </FluentProvider>
  );
}
