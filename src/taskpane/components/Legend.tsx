import { makeStyles, tokens } from '@fluentui/react-components';
import { LIVE_RULE_STYLES, type LiveRuleKind } from '../../roadmap/liveRules';
import type { UiText } from '../../i18n/ui';

const useStyles = makeStyles({
  heading: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, margin: `${tokens.spacingVerticalM} 0 ${tokens.spacingVerticalXS}` },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS },
  row: { display: 'flex', alignItems: 'center', columnGap: tokens.spacingHorizontalS },
  swatch: {
    flexShrink: 0,
    width: '40px',
    textAlign: 'center',
    borderRadius: tokens.borderRadiusSmall,
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    // Large bold text: the sheet's own colour pairs (4.35:1 for a missing field) are readable at this size.
    fontSize: tokens.fontSizeBase500,
    lineHeight: tokens.lineHeightBase500,
    fontWeight: tokens.fontWeightBold,
  },
  note: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200, margin: `${tokens.spacingVerticalXS} 0 0` },
});

export interface LegendProps {
  text: UiText;
  dueSoonDays: number;
}

/** What the highlight colours in the sheet mean: the live rules' own colours. */
export function Legend({ text, dueSoonDays }: LegendProps) {
  const styles = useStyles();
  const entries: [LiveRuleKind, string][] = [
    ['missing', text.legendMissing],
    ['overdue', text.legendOverdue],
    ['due-soon', text.legendDueSoon(dueSoonDays)],
  ];
  return (
    <section aria-labelledby="legend-title">
      <h2 id="legend-title" className={styles.heading}>
        {text.legendTitle}
      </h2>
      <ul className={styles.list}>
        {entries.map(([kind, label]) => (
          <li key={kind} className={styles.row}>
            <span aria-hidden="true" className={styles.swatch} style={{ backgroundColor: LIVE_RULE_STYLES[kind].fill, color: LIVE_RULE_STYLES[kind].font }}>
              Аа
            </span>
            <span>{label}</span>
          </li>
        ))}
      </ul>
      <p className={styles.note}>{text.legendNote}</p>
    </section>
  );
}
