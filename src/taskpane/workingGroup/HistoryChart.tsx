import { makeStyles, tokens } from '@fluentui/react-components';
import type { Lang } from '../../roadmap/types';
import type { Snapshot } from '../../roadmap/workingGroup';
import { displayDate } from '../../roadmap/workingGroup/wording';
import type { WorkingGroupUiWords } from '../../i18n/workingGroup';
import { maxOf } from '../../roadmap/arrays';

const WIDTH = 280;
const HEIGHT = 120;
const PAD = 8;

const useStyles = makeStyles({
  legend: { display: 'flex', gap: tokens.spacingHorizontalM, fontSize: tokens.fontSizeBase200, margin: 0 },
  completion: { color: tokens.colorPaletteGreenForeground1 },
  overdue: { color: tokens.colorPaletteRedForeground1 },
});

function points(values: readonly number[], max: number): string {
  const step = values.length > 1 ? (WIDTH - 2 * PAD) / (values.length - 1) : 0;
  return values.map((value, index) => `${PAD + index * step},${HEIGHT - PAD - (max === 0 ? 0 : (value / max) * (HEIGHT - 2 * PAD))}`).join(' ');
}

/** Completion % and overdue items over the snapshots: the same series as the native chart on «История». */
export function HistoryChart({ snapshots, words, lang }: { snapshots: readonly Snapshot[]; words: WorkingGroupUiWords; lang: Lang }) {
  const styles = useStyles();
  const completion = snapshots.map((snapshot) => snapshot.counts.completionPercent);
  const overdue = snapshots.map((snapshot) => snapshot.counts.overdue);
  const described = snapshots
    .map((snapshot) => `${displayDate(snapshot.date, lang)}: ${snapshot.counts.completionPercent} %, ${snapshot.counts.overdue}`)
    .join('; ');
  return (
    <figure style={{ margin: 0 }}>
      <svg width={WIDTH} height={HEIGHT} role="img" aria-label={words.chartLabel(described)} viewBox={`0 0 ${WIDTH} ${HEIGHT}`}>
        <polyline fill="none" stroke="currentColor" strokeWidth={2} className={styles.completion} points={points(completion, 100)} />
        <polyline fill="none" stroke="currentColor" strokeWidth={2} strokeDasharray="4 3" className={styles.overdue} points={points(overdue, maxOf(overdue, 1))} />
      </svg>
      <figcaption className={styles.legend}>
        <span className={styles.completion}>— {words.completionSeries}</span>
        <span className={styles.overdue}>- - {words.overdueSeries}</span>
      </figcaption>
    </figure>
  );
}
