import type { Consolidation } from './types';

/** `--json`: the report's content, machine-readable — one entry per row of each sheet, dates as ISO. */
export function consolidationJson(consolidation: Consolidation, output: string): unknown {
  return {
    today: consolidation.today,
    report: output,
    files: consolidation.files,
    read: consolidation.workbooks.length,
    workbooks: consolidation.workbooks.map(({ institution, file, sheet, counts, completionPercent, reportDate }) => ({
      institution, file, sheet, ...counts, completionPercent, reportDate,
    })),
    totals: consolidation.totals,
    overdue: consolidation.overdue.map(({ institution, file, row, no, activity, deadlineText, due, responsible, days }) => ({
      institution, file, row, no, activity, deadline: deadlineText, due, responsible, daysOverdue: days,
    })),
    findings: consolidation.findings.map(({ institution, file, sheet, row, column, code, severity, message }) => ({
      institution, file, sheet, row, column, code, severity, message,
    })),
    unreadable: consolidation.unreadable.map(({ file, reason }) => ({ file, reason })),
  };
}
