import { Link, makeStyles, tokens } from '@fluentui/react-components';
import type { Finding, Severity } from '../../roadmap/types';
import type { UiText } from '../../i18n/ui';

/** A long table may have thousands of findings; the pane lists the first ones of each group and counts the rest. */
const SHOWN_PER_GROUP = 200;
const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

const useStyles = makeStyles({
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXXS },
  // A link (underlined, link-coloured): clicking goes to the cell.
  item: { textAlign: 'start', display: 'block', padding: `${tokens.spacingVerticalXXS} 0` },
  heading: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, margin: `${tokens.spacingVerticalM} 0 ${tokens.spacingVerticalXS}` },
  error: { color: tokens.colorPaletteRedForeground1 },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1 },
  info: {},
  more: { color: tokens.colorNeutralForeground3, margin: `${tokens.spacingVerticalXS} 0` },
});

export interface FindingsProps {
  findings: Finding[];
  text: UiText;
  onSelect: (finding: Finding) => void;
}

/** Findings grouped by severity, each a link: clicking one selects its cell in the sheet. */
export function Findings({ findings, text, onSelect }: FindingsProps) {
  const styles = useStyles();
  return (
    <section aria-label={text.findingsTitle(findings.length)}>
      {SEVERITIES.map((severity) => {
        const group = findings.filter((finding) => finding.severity === severity);
        if (group.length === 0) return null;
        const headingId = `findings-${severity}`;
        return (
          <div key={severity}>
            <h2 id={headingId} className={`${styles.heading} ${styles[severity]}`}>
              {text.severity[severity]} ({group.length})
            </h2>
            <ul className={styles.list} aria-labelledby={headingId}>
              {group.slice(0, SHOWN_PER_GROUP).map((finding, index) => (
                <li key={`${finding.code}-${finding.row}-${finding.column}-${index}`}>
                  <Link as="button" className={styles.item} title={text.showCell} onClick={() => onSelect(finding)}>
                    {finding.message}
                  </Link>
                </li>
              ))}
            </ul>
            {group.length > SHOWN_PER_GROUP && <p className={styles.more}>… +{group.length - SHOWN_PER_GROUP}</p>}
          </div>
        );
      })}
    </section>
  );
}
