import { MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens } from '@fluentui/react-components';
import type { HostSupport } from '../../host/hostSupport';
import { hostSupportNotice } from '../../i18n/hostSupport';
import type { Lang } from '../../roadmap/types';

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  text: { margin: 0 },
});

/** What this Excel lacks (by ExcelApi set) and what still works; nothing where Excel has everything. */
export function HostSupportNote({ support, lang }: { support: HostSupport; lang: Lang }) {
  const styles = useStyles();
  const notice = hostSupportNotice(support, lang);
  if (!notice) return null;
  return (
    <MessageBar intent="info" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{notice.title}</MessageBarTitle>
        <ul className={styles.list}>
          {notice.missing.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
        <p className={styles.text}>{notice.stillWorks}</p>
      </MessageBarBody>
    </MessageBar>
  );
}
