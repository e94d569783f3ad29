import type { Finding, Item, SummaryCounts } from './types';

export function countFindings(items: readonly Item[], findings: readonly Finding[]): SummaryCounts {
  const counts: SummaryCounts = { items: items.length, done: 0, overdue: 0, dueSoon: 0, open: 0, undated: 0, errors: 0, warnings: 0 };
  for (const item of items) {
    if (item.status === 'done') counts.done++;
    else if (item.status === 'overdue') counts.overdue++;
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
