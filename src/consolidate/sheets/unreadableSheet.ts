import { consolidateTexts } from '../../i18n/consolidate';
import { readFailureText } from '../../i18n/readFailures';
import type { ReportCell } from '../../roadmap/report/reportSheet';
import type { Lang } from '../../roadmap/types';
import type { Consolidation, UnreadWorkbook } from '../types';
import { cell, headerRow, type ConsolidatedSheet } from './common';

export const UNREADABLE_HEADER_ROW = 3;

/** «Не прочитано»: every file that could not be read, then every file passed over on purpose, each with why. */
export function unreadableSheet(consolidation: Consolidation, lang: Lang): ConsolidatedSheet {
  const t = consolidateTexts(lang);
  const row = (file: UnreadWorkbook, outcome: string): ReportCell[] => [
    cell(file.file, 'wrap'),
    cell(readFailureText(file.reason, lang), 'wrap'),
    cell(outcome),
  ];
  const listed = [
    ...consolidation.unreadable.map((file) => row(file, t.outcome.unread)),
    ...consolidation.skipped.map((file) => row(file, t.outcome.skipped)),
  ];
  const rows: ReportCell[][] = [
    [cell(t.unreadableTitle, 'title')],
    [],
    headerRow([t.unreadableHeader.file, t.unreadableHeader.reason, t.unreadableHeader.outcome]),
    ...listed,
  ];
  if (listed.length === 0) rows.push([cell(t.allRead)]);
  return {
    sheet: { name: t.sheets.unreadable, rows, columnWidths: [48, 90, 16], merges: ['A1:C1'], charts: [], frozenRows: UNREADABLE_HEADER_ROW },
    rules: [],
    table: { headerRow: UNREADABLE_HEADER_ROW, columns: 3, lastRow: UNREADABLE_HEADER_ROW + listed.length },
  };
}
