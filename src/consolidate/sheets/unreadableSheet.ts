import { consolidateTexts } from '../../i18n/consolidate';
import type { ReportCell } from '../../roadmap/report/reportSheet';
import type { Lang } from '../../roadmap/types';
import type { Consolidation } from '../types';
import { cell, headerRow, type ConsolidatedSheet } from './common';

export const UNREADABLE_HEADER_ROW = 3;

/** «Не прочитано»: every file that could not be read, and why. */
export function unreadableSheet(consolidation: Consolidation, lang: Lang): ConsolidatedSheet {
  const t = consolidateTexts(lang);
  const rows: ReportCell[][] = [
    [cell(t.unreadableTitle, 'title')],
    [],
    headerRow([t.unreadableHeader.file, t.unreadableHeader.reason]),
    ...consolidation.unreadable.map((file): ReportCell[] => [cell(file.file, 'wrap'), cell(file.reason, 'wrap')]),
  ];
  if (consolidation.unreadable.length === 0) rows.push([cell(t.allRead)]);
  return {
    sheet: { name: t.sheets.unreadable, rows, columnWidths: [48, 90], merges: ['A1:B1'], charts: [], frozenRows: UNREADABLE_HEADER_ROW },
    rules: [],
  };
}
