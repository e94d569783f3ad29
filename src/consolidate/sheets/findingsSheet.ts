import { consolidateTexts } from '../../i18n/consolidate';
import type { ReportCell } from '../../roadmap/report/reportSheet';
import type { Lang } from '../../roadmap/types';
import type { Consolidation, FindingRow } from '../types';
import { cell, headerRow, type ConsolidatedSheet } from './common';

export const FINDINGS_HEADER_ROW = 3;

function findingRow(finding: FindingRow, severityText: string): ReportCell[] {
  const severityStyle = finding.severity === 'error' ? 'error' : finding.severity === 'warning' ? 'warning' : undefined;
  return [
    cell(finding.institution, 'wrap'),
    cell(finding.file, 'wrap'),
    cell(finding.sheet),
    cell(finding.row),
    cell(severityText, severityStyle),
    cell(finding.code),
    cell(finding.message, 'wrap'),
  ];
}

/**
 * «Замечания»: every finding of every workbook, grouped by institution and file, so each can be sent back; overdue
 * items are not repeated here («Просрочено» lists them).
 */
export function findingsSheet(consolidation: Consolidation, lang: Lang): ConsolidatedSheet {
  const t = consolidateTexts(lang);
  const h = t.findingsHeader;
  const rows: ReportCell[][] = [
    [cell(t.findingsTitle, 'title')],
    [],
    headerRow([h.institution, h.file, h.sheet, h.row, h.severity, h.code, h.message]),
    ...consolidation.findings.map((finding) => findingRow(finding, t.severity[finding.severity])),
  ];
  if (consolidation.findings.length === 0) rows.push([cell(t.noFindings)]);
  return {
    sheet: {
      name: t.sheets.findings,
      rows,
      columnWidths: [32, 28, 16, 9, 16, 20, 80],
      merges: ['A1:G1'],
      charts: [],
      frozenRows: FINDINGS_HEADER_ROW,
    },
    rules: [],
    table: { headerRow: FINDINGS_HEADER_ROW, columns: 7, lastRow: FINDINGS_HEADER_ROW + consolidation.findings.length },
  };
}
