import { Button, MessageBar, MessageBarBody, Spinner, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { UiText } from '../../i18n/ui';
import { WORKING_GROUP_UI } from '../../i18n/workingGroup';
import { briefDocument, requestText, type ResponsibleRequest } from '../../roadmap/workingGroup';
import type { Lang } from '../../roadmap/types';
import { copyText } from './copyText';
import { HistoryChart } from './HistoryChart';
import { DocumentButtons } from './DocumentButtons';
import { useWorkingGroup, type WorkingGroupDeps } from './useWorkingGroup';
import type { WorkingGroupState } from '../../host/workingGroupActions';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS, borderTop: `1px solid ${tokens.colorNeutralStroke2}`, paddingTop: tokens.spacingVerticalS },
  title: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, margin: 0 },
  subtitle: { fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold, margin: 0 },
  toolbar: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  text: { margin: 0 },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  counts: { borderCollapse: 'collapse', fontSize: tokens.fontSizeBase200 },
  cell: { padding: `0 ${tokens.spacingHorizontalS}`, textAlign: 'right' },
  labelCell: { padding: `0 ${tokens.spacingHorizontalS} 0 0`, textAlign: 'left', fontWeight: tokens.fontWeightRegular },
});

function Brief({ state, lang }: { state: WorkingGroupState; lang: Lang }) {
  const styles = useStyles();
  const document = briefDocument(state.brief, lang);
  return (
    <>
      <p className={styles.text}>{document.reportLine}</p>
      {document.notice && (
        <MessageBar intent="info">
          <MessageBarBody>{document.notice}</MessageBarBody>
        </MessageBar>
      )}
      <table className={styles.counts}>
        <thead>
          <tr>
            {document.countsHeader.map((header, index) => (
              <th key={header} scope="col" className={index === 0 ? styles.labelCell : styles.cell}>
                {header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {document.countsRows.map((row) => (
            <tr key={String(row[0])}>
              {row.map((value, index) =>
                index === 0 ? (
                  <th key={index} scope="row" className={styles.labelCell}>
                    {value}
                  </th>
                ) : (
                  <td key={index} className={styles.cell}>
                    {value}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
      {document.sections.map((section) => (
        <section key={section.key} aria-label={section.title}>
          <h3 className={styles.subtitle}>
            {section.title} — {section.count}
          </h3>
          {section.entries.length > 0 && (
            <ul className={styles.list}>
              {section.entries.map((entry) => (
                <li key={entry.text}>
                  {entry.text}
                  {entry.sub.length > 0 && (
                    <ul className={styles.list}>
                      {entry.sub.map((sub) => (
                        <li key={sub}>{sub}</li>
                      ))}
                    </ul>
                  )}
                </li>
              ))}
            </ul>
          )}
        </section>
      ))}
    </>
  );
}

function Requests({ state, lang, onCopied }: { state: WorkingGroupState; lang: Lang; onCopied: (ok: boolean) => void }) {
  const styles = useStyles();
  const words = WORKING_GROUP_UI[lang];
  const { brief } = state;
  const copy = async (request: ResponsibleRequest) => {
    onCopied(await copyText(requestText(request, { today: brief.today, nextMeeting: brief.nextMeeting, lang })));
  };
  return (
    <section aria-label={words.requestsTitle} className={styles.section}>
      <h3 className={styles.subtitle}>{words.requestsTitle}</h3>
      {brief.byResponsible.length === 0 && <p className={styles.text}>{words.noRequests}</p>}
      {brief.byResponsible.map((request) => (
        <div key={request.name} className={styles.toolbar}>
          <span>
            <strong>{request.name}</strong>: {words.requestCounts(request.overdue.length, request.dueSoon.length, request.missingResult.length)}
          </span>
          <Button size="small" onClick={() => void copy(request)} aria-label={words.copy(request.name)}>
            {lang === 'ru' ? 'Копировать' : 'Copy'}
          </Button>
        </div>
      ))}
    </section>
  );
}

export type WorkingGroupViewProps = WorkingGroupDeps & { text: UiText; download?: (blob: Blob, name: string) => void };

/** «Рабочая группа»: changes since the last snapshot, requests to copy, the history chart, Зафиксировать срез and the brief sheet. */
export function WorkingGroupView(props: WorkingGroupViewProps) {
  const styles = useStyles();
  const { lang, text } = props;
  const words = WORKING_GROUP_UI[lang];
  const group = useWorkingGroup(props);
  const [copied, setCopied] = useState<boolean | null>(null);
  const { view } = group;
  const ready = view.kind === 'ready';

  return (
    <section aria-label={words.title} className={styles.section}>
      <h2 className={styles.title}>{words.title}</h2>
      <div className={styles.toolbar}>
        <Button appearance="primary" disabled={group.working || !ready} onClick={() => void group.snapshot()}>
          {words.takeSnapshot}
        </Button>
        <Button disabled={group.working || !ready} onClick={() => void group.brief()}>
          {words.writeBrief}
        </Button>
        <Button appearance="subtle" disabled={group.working} onClick={() => void group.refresh()}>
          {words.refresh}
        </Button>
      </div>
      {group.working || view.kind === 'loading' ? (
        <Spinner size="small" label={words.working} />
      ) : view.kind === 'problem' ? (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>
            {text.problem[view.problem.kind]}
            {view.problem.detail ? ` ${view.problem.detail}` : ''}
          </MessageBarBody>
        </MessageBar>
      ) : view.kind === 'no-roadmap' ? (
        <p className={styles.text}>{words.noRoadmap}</p>
      ) : (
        <>
          {view.notice && (
            <MessageBar intent="success">
              <MessageBarBody>{view.notice}</MessageBarBody>
            </MessageBar>
          )}
          {copied !== null && (
            <MessageBar intent={copied ? 'success' : 'warning'}>
              <MessageBarBody>{copied ? words.copied : words.copyFailed}</MessageBarBody>
            </MessageBar>
          )}
          <Brief state={view.state} lang={lang} />
          <DocumentButtons state={view.state} context={{ lang, settings: props.settings }} download={props.download} />
          <Requests state={view.state} lang={lang} onCopied={setCopied} />
          <section aria-label={words.historyTitle} className={styles.section}>
            <h3 className={styles.subtitle}>{words.historyTitle}</h3>
            {view.state.reading.history.snapshots.length === 0 ? (
              <p className={styles.text}>{words.noHistory}</p>
            ) : (
              <HistoryChart snapshots={view.state.reading.history.snapshots} words={words} lang={lang} />
            )}
          </section>
        </>
      )}
    </section>
  );
}
