import type { ReportCell, ReportSheet } from '../report/reportSheet';
import { BRIEF_SHEET_NAME } from './model';
import type { BriefDocument } from './briefDocument';

const LAST_COLUMN = 'D';

/** The brief as a report sheet «Справка к заседанию»: plain values that read without the add-in. */
export function briefReportSheet(document: BriefDocument): ReportSheet {
  const rows: ReportCell[][] = [];
  const merges: string[] = [];
  const wide = (text: string, style: ReportCell['style']): void => {
    rows.push([{ value: text, style }]);
    merges.push(`A${rows.length}:${LAST_COLUMN}${rows.length}`);
  };

  wide(document.title, 'title');
  wide(document.reportLine, 'wrap');
  if (document.notice) wide(document.notice, 'warning');
  rows.push([]);
  rows.push(document.countsHeader.map((text) => ({ value: text, style: 'header' })));
  for (const row of document.countsRows) rows.push(row.map((value) => ({ value })));
  for (const section of document.sections) {
    rows.push([]);
    wide(`${section.title} — ${section.count}`, 'subtitle');
    if (section.entries.length === 0) wide(document.none, 'wrap');
    for (const entry of section.entries) {
      wide(entry.text, 'wrap');
      for (const sub of entry.sub) wide(`    – ${sub}`, 'wrap');
    }
  }
  return { name: BRIEF_SHEET_NAME, rows, columnWidths: [40, 16, 16, 16], merges, charts: [], frozenRows: 0 };
}
