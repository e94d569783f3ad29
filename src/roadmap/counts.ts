import type { Finding, Item, SummaryCounts } from './types';

/** The counts of the plan in force (withdrawn items counted apart) and of the findings. */
export function countFindings(items: readonly Item[], findings: readonly Finding[]): SummaryCounts {
  const counts: SummaryCounts = { items: 0, done: 0, overdue: 0, dueSoon: 0, open: 0, undated: 0, doneLate: 0, withdrawn: 0, errors: 0, warnings: 0 };
  for (const item of items) {
    if (item.status === 'withdrawn') {
      counts.withdrawn++;
      continue;
    }
    counts.items++;
    if (item.status === 'done') {
      counts.done++;
      if (item.completion === 'late') counts.doneLate++;
    } else if (item.status === 'overdue') counts.overdue++;
    else if (item.status === 'due-soon') counts.dueSoon++;
    else if (item.status === 'open') counts.open++;
    else counts.undated++;
  }
  for (const finding of findings) {
    if (finding.severity === 'error') counts.errors++;
    else if (finding.severity === 'warning') counts.warnings++;
  }
  return counts;
}
