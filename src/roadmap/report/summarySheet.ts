import { reportTexts, type ReportTexts } from '../../i18n/report';
import { TERM_NAMES } from '../../i18n/statuses';
import { sheetLegendTexts } from '../../i18n/sheetLegend';
import { displayDate } from '../workingGroup/wording';
import { pageBreaksBefore } from './pageBreaks';
import type { ListedItem, MonitoringSummary, SectionSummary } from '../summary';
import type { ItemStatus, Lang } from '../types';
import type { ReportCell, ReportSheet, ReportValue } from './reportSheet';
import { appendAll } from '../arrays';

/**
 * The «Мониторинг» sheet: the monitoring summary as plain values (report date, counts, by section, by responsible,
 * overdue and due-soon lists, findings) and a native chart of items by status. Nothing in it depends on the file
 * it was made from, so rerunning on the tool's own output writes the same sheet.
 */

export interface SummarySheetOptions {
  lang: Lang;
  dueSoonDays: number;
}

type PlanStatus = Exclude<ItemStatus, 'withdrawn'>;
/** The statuses of the plan in force; withdrawn items are shown apart, under the total. */
const STATUS_ORDER: readonly PlanStatus[] = ['done', 'overdue', 'due-soon', 'open', 'undated'];
const COLUMN_WIDTHS = [60, 14, 22, 14, 14, 28, 12, 12];
const CHART_ROWS = 15;

function capitalized(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

const cell = (value: ReportValue, style?: ReportCell['style']): ReportCell => (style ? { value, style } : { value });
const header = (...titles: string[]): ReportCell[] => titles.map((title) => cell(title, 'header'));

function tallyRow(label: string, tally: Omit<SectionSummary, 'no' | 'title'>): ReportCell[] {
  return [cell(label, 'wrap'), cell(tally.items), cell(tally.done), cell(tally.overdue), cell(tally.dueSoon), cell(tally.open), cell(tally.undated)];
}

function tallyHeader(first: string, texts: ReportTexts): ReportCell[] {
  return header(first, texts.summary.itemsHeader, ...STATUS_ORDER.map((status) => capitalized(texts.status[status])));
}

function sectionLabel(section: SectionSummary, texts: ReportTexts): string {
  if (section.no === null && section.title === '') return texts.summary.noSection;
  // A section's title usually starts with its own number («1. Подготовительные…»).
  if (section.no === null || section.title.startsWith(section.no)) return section.title;
  return `${section.no}. ${section.title}`;
}

function listRows(items: readonly ListedItem[], daysHeader: string, texts: ReportTexts): ReportCell[][] {
  const h = texts.summary.listHeader;
  const rows: ReportCell[][] = [header(h.activity, h.no, h.deadline, h.due, daysHeader, h.responsible, h.row)];
  if (items.length === 0) rows.push([cell(texts.summary.none)]);
  for (const item of items) {
    rows.push([
      cell(item.activity, 'wrap'),
      cell(item.no),
      cell(item.deadlineText, 'wrap'),
      item.due ? cell({ date: item.due }, 'date') : cell(null),
      cell(item.days),
      cell(item.responsible, 'wrap'),
      cell(item.row),
    ]);
  }
  return rows;
}

export function summarySheet(summary: MonitoringSummary, { lang, dueSoonDays }: SummarySheetOptions, name?: string): ReportSheet {
  const texts = reportTexts(lang);
  const s = texts.summary;
  const { counts } = summary;
  const rows: ReportCell[][] = [];
  const merges: string[] = [];
  const legend = sheetLegendTexts(lang);
  /** Rows where a heading and its table start: a printed page never ends between them. */
  const blockStarts: number[] = [];
  const blank = () => rows.push([]);
  const title = (text: string) => {
    rows.push([cell(text, 'subtitle')]);
    blockStarts.push(rows.length);
  };

  rows.push([cell(s.title, 'title')]);
  merges.push('A1:H1');
  rows.push([cell(s.sourceLine(summary.sheet))]);
  rows.push([cell(s.reportDate, 'subtitle'), cell({ date: summary.today }, 'date')]);
  blank();

  title(s.countsTitle);
  const chartSourceTop = rows.length + 1;
  rows.push(header(s.statusHeader, s.itemsHeader));
  const statusCount: Record<PlanStatus, number> = {
    done: counts.done, overdue: counts.overdue, 'due-soon': counts.dueSoon, open: counts.open, undated: counts.undated,
  };
  for (const status of STATUS_ORDER) rows.push([cell(capitalized(texts.status[status])), cell(statusCount[status])]);
  const chartSourceBottom = rows.length;
  rows.push([cell(s.total, 'total'), cell(counts.items, 'total')]);
  rows.push([cell(s.completion), cell(summary.completionPercent / 100, 'percent')]);
  rows.push([cell(capitalized(TERM_NAMES[lang].doneLate)), cell(counts.doneLate)]);
  rows.push([cell(capitalized(TERM_NAMES[lang].withdrawnApart)), cell(counts.withdrawn)]);
  rows.push([cell(s.errors), cell(counts.errors, counts.errors > 0 ? 'error' : undefined)]);
  rows.push([cell(s.warnings), cell(counts.warnings, counts.warnings > 0 ? 'warning' : undefined)]);
  // What the roadmap sheet's colours mean, beside the counts they seem to contradict (see legendRows).
  blank();
  appendAll(rows, legendRows(summary, lang, dueSoonDays));
  // The chart stands right of the counts; the tables below start under it.
  const chartTop = chartSourceTop - 1;
  while (rows.length < chartTop + CHART_ROWS) blank();
  blank();

  title(s.bySectionTitle);
  rows.push(tallyHeader(s.sectionHeader, texts));
  for (const section of summary.bySection) rows.push(tallyRow(sectionLabel(section, texts), section));
  blank();

  title(s.byResponsibleTitle);
  rows.push(tallyHeader(s.responsibleHeader, texts));
  for (const responsible of summary.byResponsible) rows.push(tallyRow(responsible.name, responsible));
  blank();

  title(`${s.overdueTitle} (${summary.overdue.length})`);
  appendAll(rows, listRows(summary.overdue, s.listHeader.daysOverdue, texts));
  blank();

  title(`${s.dueSoonTitle(dueSoonDays)} (${summary.dueSoon.length})`);
  appendAll(rows, listRows(summary.dueSoon, s.listHeader.daysLeft, texts));
  blank();

  title(`${s.findingsTitle} (${summary.findings.length})`);
  const f = s.findingsHeader;
  rows.push(header(f.message, f.row, f.severity, legend.kindHeader));
  if (summary.findings.length === 0) rows.push([cell(s.none)]);
  for (const finding of summary.findings) {
    const style = finding.severity === 'error' ? 'error' : finding.severity === 'warning' ? 'warning' : undefined;
    // People read the finding's kind in words; its code is for --json.
    rows.push([cell(finding.message, 'wrap'), cell(finding.row), cell(texts.severity[finding.severity], style), cell(legend.kind[finding.code], 'wrap')]);
  }

  const sheet: ReportSheet = {
    name: name ?? s.sheetName,
    rows,
    columnWidths: COLUMN_WIDTHS,
    merges,
    charts: [{ type: 'column', title: s.chartTitle, source: `A${chartSourceTop}:B${chartSourceBottom}`, from: `D${chartTop}`, to: `H${chartTop + CHART_ROWS - 1}` }],
    frozenRows: 0,
  };
  return { ...sheet, print: { breaksBefore: pageBreaksBefore(sheet, blockStarts) } };
}

/**
 * The legend of the roadmap sheet's highlighting, under the counts: each colour in its own colours, and a note that the
 * colours follow today's date while this sheet is as of its report date. It stands here rather than on the roadmap
 * sheet because this sheet is the tools' own (rewritten whole on each run, never over a cell the user typed) and both
 * the command and the add-in write it, and because here it sits beside the counts a reader compares with the colours.
 */
function legendRows(summary: MonitoringSummary, lang: Lang, dueSoonDays: number): ReportCell[][] {
  const legend = sheetLegendTexts(lang);
  return [
    [cell(legend.legendTitle(summary.sheet), 'subtitle')],
    [cell(legend.overdue, 'legend-overdue')],
    [cell(legend.dueSoon(dueSoonDays), 'legend-due-soon')],
    [cell(legend.missing, 'legend-missing')],
    [cell(legend.note(displayDate(summary.today, lang)), 'note')],
  ];
}
