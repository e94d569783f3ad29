import { Button, MessageBar, MessageBarBody, makeStyles, tokens } from '@fluentui/react-components';
import { useRef, useState } from 'react';
import { DOCUMENT_PANE_WORDS } from '../../i18n/documents';
import type { ActionContext } from '../../host/actions';
import { asHostProblem } from '../../host/problems';
import type { WorkingGroupState } from '../../host/workingGroupActions';
import { workingGroupDocumentFile, type WorkingGroupDocumentKind } from '../../host/workingGroupDocuments';
import { downloadFile } from './downloadFile';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  subtitle: { fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold, margin: 0 },
  toolbar: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

const KINDS: readonly WorkingGroupDocumentKind[] = ['brief', 'disagreements', 'protocol'];

export interface DocumentButtonsProps {
  state: WorkingGroupState;
  context: Pick<ActionContext, 'lang' | 'settings'>;
  /** How the file reaches the user; tests pass their own. */
  download?: (blob: Blob, name: string) => void;
}

/** The working group's Word documents as downloads: the brief, the list of disagreements, the draft protocol. */
export function DocumentButtons({ state, context, download = downloadFile }: DocumentButtonsProps) {
  const styles = useStyles();
  const words = DOCUMENT_PANE_WORDS[context.lang];
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [working, setWorking] = useState(false);
  const busy = useRef(false);

  const make = async (kind: WorkingGroupDocumentKind) => {
    if (busy.current) return;
    busy.current = true;
    setWorking(true);
    try {
      const file = await workingGroupDocumentFile(kind, state, context);
      download(file.blob, file.name);
      setMessage({ ok: true, text: words.downloaded(file.name) });
    } catch (error) {
      setMessage({ ok: false, text: asHostProblem(error).detail ?? String(error) });
    } finally {
      busy.current = false;
      setWorking(false);
    }
  };

  return (
    <section aria-label={words.title} className={styles.section}>
      <h3 className={styles.subtitle}>{words.title}</h3>
      <div className={styles.toolbar}>
        {KINDS.map((kind) => (
          <Button key={kind} size="small" disabled={working} onClick={() => void make(kind)}>
            {words.buttons[kind]}
          </Button>
        ))}
      </div>
      {message && (
        <MessageBar intent={message.ok ? 'success' : 'error'}>
          <MessageBarBody>{message.text}</MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}
