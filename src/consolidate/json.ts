import { readFailureText } from '../i18n/readFailures';
import type { Lang } from '../roadmap/types';
import type { Consolidation } from './types';

/** `--json`: the report's content, machine-readable — one entry per row of each sheet, dates as ISO. */
export function consolidationJson(consolidation: Consolidation, output: string | null, lang: Lang): unknown {
  const listed = ({ file, reason }: { file: string; reason: Consolidation['unreadable'][number]['reason'] }) => ({
    file, code: reason.code, reason: readFailureText(reason, lang),
  });
  return {
    today: consolidation.today,
    report: output,
    files: consolidation.files,
    read: consolidation.workbooks.length,
    workbooks: consolidation.workbooks.map(({ institution, file, sheet, counts, completionPercent, asOf, savedOn }) => ({
      institution, file, sheet, ...counts, completionPercent, asOf, savedOn,
    })),
    totals: consolidation.totals,
    overdue: consolidation.overdue.map(({ institution, file, row, no, activity, deadlineText, due, responsible, days }) => ({
      institution, file, row, no, activity, deadline: deadlineText, due, responsible, daysOverdue: days,
    })),
    findings: consolidation.findings.map(({ institution, file, sheet, row, column, code, severity, message }) => ({
      institution, file, sheet, row, column, code, severity, message,
    })),
    unreadable: consolidation.unreadable.map(listed),
    skipped: consolidation.skipped.map(listed),
    lockFiles: consolidation.lockFiles,
  };
}
