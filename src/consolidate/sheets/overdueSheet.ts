import { consolidateTexts } from '../../i18n/consolidate';
import type { ReportCell } from '../../roadmap/report/reportSheet';
import type { Lang } from '../../roadmap/types';
import type { Consolidation, OverdueRow } from '../types';
import { cell, dateCell, headerRow, type ConsolidatedSheet } from './common';

export const OVERDUE_HEADER_ROW = 3;

function overdueRow(row: OverdueRow): ReportCell[] {
  return [
    cell(row.institution, 'wrap'),
    cell(row.no),
    cell(row.activity, 'wrap'),
    cell(row.deadlineText, 'wrap'),
    dateCell(row.due || null),
    cell(row.responsible, 'wrap'),
    cell(row.days),
    cell(row.file, 'wrap'),
    cell(row.row),
  ];
}

/** «Просрочено»: every overdue item of every workbook, the longest overdue first. */
export function overdueSheet(consolidation: Consolidation, lang: Lang): ConsolidatedSheet {
  const t = consolidateTexts(lang);
  const h = t.overdueHeader;
  const rows: ReportCell[][] = [
    [cell(t.overdueTitle, 'title')],
    [cell(t.reportDateLabel, 'subtitle'), dateCell(consolidation.today)],
    headerRow([h.institution, h.no, h.activity, h.deadline, h.due, h.responsible, h.days, h.file, h.row]),
    ...consolidation.overdue.map(overdueRow),
  ];
  if (consolidation.overdue.length === 0) rows.push([cell(t.noOverdue)]);
  return {
    sheet: {
      name: t.sheets.overdue,
      rows,
      columnWidths: [32, 12, 60, 24, 14, 28, 12, 36, 9],
      merges: ['A1:D1'],
      charts: [],
      frozenRows: OVERDUE_HEADER_ROW,
    },
    rules: [],
    table: { headerRow: OVERDUE_HEADER_ROW, columns: 9, lastRow: OVERDUE_HEADER_ROW + consolidation.overdue.length },
  };
}
