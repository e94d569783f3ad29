import { cellAt, cellText, isBlank } from './cells';
import type { SheetData, TableLayout } from './types';

export type RowKind =
  | { kind: 'blank' }
  | { kind: 'section'; no: string | null; title: string }
  | { kind: 'note' }
  | { kind: 'item' };

const NUMBERED_HEADING = /^(\d+(?:\.\d+)*)\.?\s+(\S[\s\S]*)$/;
const NAMED_HEADING = /^(?:раздел|глава|часть|section|part)\s+([\dIVXLCDM]+)\.?\s*([\s\S]*)$/i;
const ROMAN = /^[IVXLCDM]+\.?$/;
const FOOTNOTE = /^(\*|\[\d+\]|\d+\)|[¹²³⁴⁵⁶⁷⁸⁹]|примечание|примечания|сокращения|note)/i;

/**
 * What one body row is. A section is one cell across the row («1. Подготовительные…», «2.1 Мероприятия…»,
 * merged or not), or a number with a title and nothing else when the numbers below continue it («1 | Организация»).
 */
export function classifyRow(sheet: SheetData, layout: TableLayout, rowIndex: number, nextNumbers: (rowIndex: number) => string | null): RowKind {
  const filled: { column: number; text: string }[] = [];
  for (let column = layout.firstColumn; column <= layout.lastColumn; column++) {
    const cell = cellAt(sheet.cells, rowIndex, column - sheet.left);
    if (!isBlank(cell)) filled.push({ column, text: cellText(cell).trim() });
  }
  if (filled.length === 0) return { kind: 'blank' };
  const noColumn = layout.columns.no;
  const activityColumn = layout.columns.activity;

  if (filled.length === 1 && (filled[0].column === layout.firstColumn || filled[0].column === noColumn)) {
    const { text } = filled[0];
    const numbered = NUMBERED_HEADING.exec(text);
    if (numbered && /\p{L}/u.test(numbered[2])) return { kind: 'section', no: numbered[1], title: numbered[2].trim() };
    const named = NAMED_HEADING.exec(text);
    if (named) return { kind: 'section', no: named[1], title: named[2].trim() || text };
    if (FOOTNOTE.test(text)) return { kind: 'note' };
    if (/\p{L}{3}/u.test(text)) return { kind: 'section', no: null, title: text };
  }

  if (filled.length === 2 && noColumn !== undefined && activityColumn !== undefined) {
    const no = filled.find((cell) => cell.column === noColumn);
    const title = filled.find((cell) => cell.column === activityColumn);
    if (no && title) {
      const number = no.text.replace(/\.$/, '');
      if (ROMAN.test(no.text)) return { kind: 'section', no: number, title: title.text };
      const next = nextNumbers(rowIndex);
      if (/^\d+(\.\d+)*$/.test(number) && next !== null && next.startsWith(`${number}.`)) {
        return { kind: 'section', no: number, title: title.text };
      }
    }
  }
  return { kind: 'item' };
}
