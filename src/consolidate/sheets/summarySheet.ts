import { consolidateTexts } from '../../i18n/consolidate';
import { columnLetter } from '../../roadmap/columns';
import { LIVE_RULE_STYLES, type LiveRule, type LiveRuleKind } from '../../roadmap/liveRules';
import type { ChartSpec, ReportCell } from '../../roadmap/report/reportSheet';
import type { Lang } from '../../roadmap/types';
import type { Consolidation, WorkbookRow } from '../types';
import { cell, dateCell, headerRow, type ConsolidatedSheet } from './common';

/** Layout of «Свод»: the table's header on row 5, one row per workbook below, then the totals. */
export const SUMMARY_HEADER_ROW = 5;
const TABLE_COLUMNS = 11;
/** Columns (1-based) of the counts that are highlighted when above zero. */
const HIGHLIGHTED: readonly { column: number; kind: LiveRuleKind }[] = [
  { column: 5, kind: 'overdue' },
  { column: 6, kind: 'due-soon' },
  { column: 8, kind: 'missing' },
];
/** The chart's data: institution and completion, sorted by completion, right of the table after a blank column. */
const CHART_DATA_COLUMN = 13;
const CHART_COLUMN = 16;

/** 25.3 (%) → 0.253, without the float noise of dividing by 100, for a cell shown as a percent. */
function fraction(percent: number): number {
  return Math.round(percent * 10) / 1000;
}

function workbookRow(row: WorkbookRow): ReportCell[] {
  const { counts } = row;
  return [
    cell(row.institution, 'wrap'),
    cell(row.file),
    cell(counts.items),
    cell(counts.done),
    cell(counts.overdue),
    cell(counts.dueSoon),
    cell(counts.undated),
    cell(counts.errors),
    cell(counts.warnings),
    cell(fraction(row.completionPercent), 'percent'),
    dateCell(row.reportDate),
  ];
}

/** Chart labels: the institution, with the file when two workbooks name the same institution. */
function chartLabels(workbooks: readonly WorkbookRow[]): string[] {
  const seen = new Map<string, number>();
  for (const { institution } of workbooks) seen.set(institution, (seen.get(institution) ?? 0) + 1);
  return workbooks.map((row) => ((seen.get(row.institution) ?? 0) > 1 ? `${row.institution} (${row.file})` : row.institution));
}

/**
 * A bar chart lists its first category at the bottom: sorted best first, the laggards end up on top. Values are
 * percentage points (25.3), so the chart's axis reads 0–100 without a number format of its own.
 */
function chartRows(workbooks: readonly WorkbookRow[]): { label: string; completion: number }[] {
  const labels = chartLabels(workbooks);
  return workbooks
    .map((row, index) => ({ label: labels[index], completion: row.completionPercent }))
    .sort((a, b) => b.completion - a.completion || a.label.localeCompare(b.label, 'ru'));
}

function highlightRules(first: number, last: number): LiveRule[] {
  return HIGHLIGHTED.map(({ column, kind }, index) => {
    const letter = columnLetter(column);
    return {
      kind,
      range: `${letter}${first}:${letter}${last}`,
      formula: `AND(N("roadmap-monitor:${kind}")=0,${letter}${first}>0)`,
      style: LIVE_RULE_STYLES[kind],
      priority: index + 1,
    };
  });
}

export function summarySheet(consolidation: Consolidation, lang: Lang): ConsolidatedSheet {
  const t = consolidateTexts(lang);
  const h = t.summaryHeader;
  const { workbooks, totals } = consolidation;
  const rows: ReportCell[][] = [
    [cell(t.summaryTitle, 'title')],
    [cell(t.reportDateLabel, 'subtitle'), dateCell(consolidation.today)],
    [cell(t.filesLine(workbooks.length, consolidation.files, consolidation.unreadable.length, t.sheets.unreadable))],
    [],
    headerRow([h.institution, h.file, h.items, h.done, h.overdue, h.dueSoon, h.undated, h.errors, h.warnings, h.completion, h.reportDate]),
    ...workbooks.map(workbookRow),
    [
      cell(t.totalLabel, 'total'),
      cell(null, 'total'),
      ...[totals.items, totals.done, totals.overdue, totals.dueSoon, totals.undated, totals.errors, totals.warnings].map((n) => cell(n, 'total')),
      cell(fraction(totals.completionPercent), 'percent'),
    ],
  ];

  const firstDataRow = SUMMARY_HEADER_ROW + 1;
  const lastDataRow = SUMMARY_HEADER_ROW + workbooks.length;
  const charts: ChartSpec[] = [];
  if (workbooks.length > 0) {
    const dataLetter = columnLetter(CHART_DATA_COLUMN);
    const valueLetter = columnLetter(CHART_DATA_COLUMN + 1);
    const pad = (row: ReportCell[]): void => {
      while (row.length < CHART_DATA_COLUMN - 1) row.push(cell(null));
    };
    pad(rows[SUMMARY_HEADER_ROW - 2]);
    rows[SUMMARY_HEADER_ROW - 2].push(cell(t.chartData, 'subtitle'));
    pad(rows[SUMMARY_HEADER_ROW - 1]);
    rows[SUMMARY_HEADER_ROW - 1].push(cell(h.institution, 'header'), cell(h.completion, 'header'));
    chartRows(workbooks).forEach(({ label, completion }, index) => {
      const row = rows[SUMMARY_HEADER_ROW + index];
      pad(row);
      row.push(cell(label), cell(completion));
    });
    const chartLetter = columnLetter(CHART_COLUMN);
    const chartEndLetter = columnLetter(CHART_COLUMN + 9);
    charts.push({
      type: 'bar',
      title: t.chartTitle,
      source: `${dataLetter}${SUMMARY_HEADER_ROW}:${valueLetter}${lastDataRow}`,
      from: `${chartLetter}2`,
      to: `${chartEndLetter}${Math.max(22, 4 + workbooks.length)}`,
    });
  }

  const lastTableLetter = columnLetter(TABLE_COLUMNS);
  return {
    sheet: {
      name: t.sheets.summary,
      rows,
      columnWidths: [40, 40, 14, 12, 13, 12, 11, 10, 17, 15, 13, 3, 40, 15],
      merges: [`A1:${lastTableLetter}1`, `A3:${lastTableLetter}3`],
      charts,
      frozenRows: SUMMARY_HEADER_ROW,
    },
    rules: workbooks.length > 0 ? highlightRules(firstDataRow, lastDataRow) : [],
  };
}
