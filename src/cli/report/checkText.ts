import type { ReportTexts } from '../../i18n/report';
import { formatRuDate } from '../../roadmap/dates';
import type { ListedItem, MonitoringSummary } from '../../roadmap/summary';
import type { Finding, Roadmap, Severity } from '../../roadmap/types';
import { appendAll } from '../../roadmap/arrays';

const ACTIVITY_WIDTH = 90;

/** One line of a cell's text: line breaks and runs of spaces become one space, long text is cut with an ellipsis. */
export function oneLine(text: string, width = ACTIVITY_WIDTH): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= width ? flat : `${flat.slice(0, width - 1).trimEnd()}…`;
}

function listedLine(item: ListedItem, days: string, texts: ReportTexts): string {
  const due = item.due ? formatRuDate(item.due) : item.deadlineText;
  return `  ${texts.check.rowLabel(item.row)}  ${texts.check.itemLabel(item.no)}  ${due} (${days}) — ${oneLine(item.activity)} — ${oneLine(item.responsible, 60)}`;
}

const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

function findingLines(findings: readonly Finding[], texts: ReportTexts): string[] {
  if (findings.length === 0) return [texts.check.noFindings];
  const lines: string[] = [];
  for (const severity of SEVERITIES) {
    const ofSeverity = findings.filter((finding) => finding.severity === severity);
    if (ofSeverity.length === 0) continue;
    // Overdue items are listed in full above; repeating each as a warning would bury the other findings.
    const shown = ofSeverity.filter((finding) => finding.code !== 'overdue');
    lines.push(`${texts.severityPlural[severity]} (${ofSeverity.length}):`);
    for (const finding of shown) lines.push(`  [${finding.code}] ${oneLine(finding.message, 200)}`);
    const folded = ofSeverity.length - shown.length;
    if (folded > 0) lines.push(texts.check.overdueFindingsFolded(folded));
  }
  return lines;
}

/** `roadmap check` for a person: what was read, the counts, what is overdue or due soon, the findings. */
export function checkText(file: string, roadmap: Roadmap, summary: MonitoringSummary, dueSoonDays: number, texts: ReportTexts): string {
  const { counts } = roadmap;
  const lines = [
    texts.check.heading(file, roadmap.layout.sheet, roadmap.layout.headerRow),
    texts.check.reportDate(formatRuDate(roadmap.today)),
    texts.check.items(counts.items, roadmap.sections.length),
    texts.check.tally([
      `${texts.status.done}: ${counts.done}${counts.doneLate > 0 ? ` (${texts.terms.doneLate}: ${counts.doneLate})` : ''}`,
      `${texts.status.overdue}: ${counts.overdue}`,
      `${texts.status['due-soon']}: ${counts.dueSoon}`,
      `${texts.status.open}: ${counts.open}`,
      `${texts.status.undated}: ${counts.undated}`,
    ]),
    ...(counts.withdrawn > 0 ? [texts.check.tally([`${texts.terms.withdrawnApart}: ${counts.withdrawn}`])] : []),
    texts.check.completion(summary.completionPercent),
    '',
  ];
  if (summary.overdue.length > 0) {
    lines.push(texts.check.overdueTitle(summary.overdue.length));
    for (const item of summary.overdue) lines.push(listedLine(item, texts.check.overdueLine(item.days), texts));
    lines.push('');
  }
  if (summary.dueSoon.length > 0) {
    lines.push(texts.check.dueSoonTitle(summary.dueSoon.length, dueSoonDays));
    for (const item of summary.dueSoon) lines.push(listedLine(item, texts.check.dueSoonLine(item.days), texts));
    lines.push('');
  }
  appendAll(lines, findingLines(roadmap.findings, texts));
  lines.push('', texts.check.verdict(counts.errors, counts.warnings));
  return `${lines.join('\n')}\n`;
}
