import type { Deadline } from '../types';

export interface DeadlineOptions {
  /** The plan's end date (ISO): the due date of continuous activities. */
  periodEnd?: string | null;
}

/**
 * Reads a deadline as roadmaps write it («до 31.07.2021 г.», «IV квартал 2022 г.», «ежеквартально» …).
 * Never throws: what it cannot read is kind `unknown` with a null due date.
 */
export function parseDeadline(text: string, options: DeadlineOptions = {}): Deadline {
  const trimmed = text.trim();
  if (trimmed === '') return { text, kind: 'none', due: null, checkpoints: [] };
  const dates = [...trimmed.matchAll(/(\d{1,2})\.(\d{1,2})\.(\d{4})/g)].map(
    ([, d, m, y]) => `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`,
  );
  if (dates.length === 1) return { text, kind: 'date', due: dates[0], checkpoints: dates };
  if (dates.length > 1) {
    const sorted = [...dates].sort();
    return { text, kind: 'milestones', due: sorted[sorted.length - 1], checkpoints: sorted };
  }
  if (/всего периода|постоянно/i.test(trimmed)) {
    const due = options.periodEnd ?? null;
    return { text, kind: 'continuous', due, checkpoints: due ? [due] : [] };
  }
  return { text, kind: 'unknown', due: null, checkpoints: [] };
}
