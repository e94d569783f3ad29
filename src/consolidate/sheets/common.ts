import type { LiveRule } from '../../roadmap/liveRules';
import type { ReportCell, ReportSheet, ReportStyle, ReportValue } from '../../roadmap/report/reportSheet';

/** A table on a report sheet: its header row and extent (1-based), for its AutoFilter and the header printed on every page. */
export interface SheetTable {
  headerRow: number;
  columns: number;
  /** The table's last row (the header's own row when the table is empty). */
  lastRow: number;
}

/**
 * A report sheet plus what the ReportSheet model has no word for: conditional-formatting rules, the table (AutoFilter,
 * header repeated on printed pages), what prints (`printArea`, e.g. "A1:L32": a chart's data beside it never does).
 */
export interface ConsolidatedSheet {
  sheet: ReportSheet;
  rules: LiveRule[];
  table?: SheetTable;
  printArea?: string;
}

export function cell(value: ReportValue, style?: ReportStyle): ReportCell {
  return style === undefined ? { value } : { value, style };
}

export function headerRow(texts: readonly string[]): ReportCell[] {
  return texts.map((text) => cell(text, 'header'));
}

export function dateCell(iso: string | null): ReportCell {
  return iso ? cell({ date: iso }, 'date') : cell(null);
}
