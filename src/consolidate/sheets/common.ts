import type { LiveRule } from '../../roadmap/liveRules';
import type { ReportCell, ReportSheet, ReportStyle, ReportValue } from '../../roadmap/report/reportSheet';

/** A report sheet plus the conditional-formatting rules that go with it (the ReportSheet model has none). */
export interface ConsolidatedSheet {
  sheet: ReportSheet;
  rules: LiveRule[];
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
