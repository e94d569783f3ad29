import { formatRuDate } from './dates';
import { dateInText } from './status';
import type { Deadline } from './types';

/**
 * Контрольные точки (seed 000 §3.2, §4.7: the working group decides whether the plan's checkpoints are reached).
 * A multi-date deadline («до 31.08.2021 – первое совещание / до 20.09.2021 – второе совещание …», seed 003 item 2.1.6)
 * names checkpoints before its last date; each one that has passed needs a mark that it was met.
 */

const MIN_LABEL_LENGTH = 4;

/** The words a deadline line gives a checkpoint («до 31.08.2021 – первое совещание» → «первое совещание»), lower case. */
export function checkpointLabel(deadlineText: string, checkpoint: string): string | null {
  for (const line of deadlineText.split(/\r?\n|;/)) {
    if (dateInText(line) !== checkpoint) continue;
    const label = line
      .replace(/^.*?\d{1,2}\.\d{1,2}\.\d{4}\s*(г\.|года)?/, '')
      .replace(/^[\s–—:,-]+/, '')
      .replace(/[\s.;,]+$/, '')
      .trim()
      .toLowerCase();
    return label.length >= MIN_LABEL_LENGTH ? label : null;
  }
  return null;
}

/**
 * The passed checkpoints of a multi-date deadline that no mark confirms, ascending (ISO). A checkpoint is marked when
 * one of the item's texts (status, comment, result) names its date as DD.MM.YYYY or its words («первое совещание
 * проведено»). The last date is the due date itself: when it passes, the item is overdue, not a checkpoint.
 */
export function unmarkedPassedCheckpoints(deadline: Deadline, today: string, marks: readonly string[]): string[] {
  if (deadline.kind !== 'milestones' || deadline.due === null) return [];
  const markText = marks.join('\n').toLowerCase().replace(/ё/g, 'е');
  return deadline.checkpoints.filter((date) => {
    if (date >= today || date === deadline.due) return false;
    if (markText.includes(formatRuDate(date))) return false;
    const label = checkpointLabel(deadline.text, date)?.replace(/ё/g, 'е');
    return !(label && markText.includes(label));
  });
}
