import { consolidateTexts } from '../../i18n/consolidate';
import { columnLetter } from '../../roadmap/columns';
import { LIVE_RULE_STYLES, type LiveRule, type LiveRuleKind } from '../../roadmap/liveRules';
import type { ReportCell } from '../../roadmap/report/reportSheet';
import type { Lang } from '../../roadmap/types';
import { fileCounts } from '../model';
import type { Consolidation, WorkbookRow } from '../types';
import { cell, dateCell, headerRow, type ConsolidatedSheet } from './common';

/** Layout of «Свод»: the table's header on row 5, one row per workbook below, then the totals. */
export const SUMMARY_HEADER_ROW = 5;
const TABLE_COLUMNS = 12;
/** Columns (1-based) of the counts that are highlighted when above zero. */
const HIGHLIGHTED: readonly { column: number; kind: LiveRuleKind }[] = [
  { column: 5, kind: 'overdue' },
  { column: 6, kind: 'due-soon' },
  { column: 8, kind: 'missing' },
];

/** 25.3 (%) → 0.253, without the float noise of dividing by 100, for a cell shown as a percent. */
function fraction(percent: number): number {
  return Math.round(percent * 10) / 1000;
}

function workbookRow(row: WorkbookRow): ReportCell[] {
  const { counts } = row;
  return [
    cell(row.institution, 'wrap'),
    cell(row.file, 'wrap'),
    cell(counts.items),
    cell(counts.done),
    cell(counts.overdue),
    cell(counts.dueSoon),
    cell(counts.undated),
    cell(counts.errors),
    cell(counts.warnings),
    cell(fraction(row.completionPercent), 'percent'),
    dateCell(row.asOf),
    dateCell(row.savedOn),
  ];
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

/** «Свод»: one row per workbook read (the most overdue first), the totals, and what was not read or passed over. */
export function summarySheet(consolidation: Consolidation, lang: Lang): ConsolidatedSheet {
  const t = consolidateTexts(lang);
  const h = t.summaryHeader;
  const { workbooks, totals } = consolidation;
  const rows: ReportCell[][] = [
    [cell(t.summaryTitle, 'title')],
    [cell(t.reportDateLabel, 'subtitle'), dateCell(consolidation.today)],
    [cell(t.filesLine(fileCounts(consolidation)), 'wrap')],
    [],
    headerRow([h.institution, h.file, h.items, h.done, h.overdue, h.dueSoon, h.undated, h.errors, h.warnings, h.completion, h.asOf, h.savedOn]),
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
  const lastTableLetter = columnLetter(TABLE_COLUMNS);
  return {
    sheet: {
      name: t.sheets.summary,
      rows,
      columnWidths: [40, 34, 13, 12, 13, 12, 11, 10, 17, 15, 14, 14],
      merges: [`A1:${lastTableLetter}1`, `A3:${lastTableLetter}3`],
      charts: [],
      frozenRows: SUMMARY_HEADER_ROW,
    },
    rules: workbooks.length > 0 ? highlightRules(firstDataRow, lastDataRow) : [],
    // The totals row stays below the filter: filtering or sorting the workbooks never moves it.
    table: { headerRow: SUMMARY_HEADER_ROW, columns: TABLE_COLUMNS, lastRow: lastDataRow },
  };
}
