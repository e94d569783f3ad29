import { columnLetter } from '../roadmap/columns';
import type { Finding, TableLayout } from '../roadmap/types';

/** The cell a finding is about: its row and column, the table's first column for a whole row, the header for the whole table. */
export function findingCell(finding: Finding, layout: TableLayout): string {
  const column = (finding.column !== null ? layout.columns[finding.column] : undefined) ?? layout.firstColumn;
  const row = finding.row ?? layout.headerRow;
  return `${columnLetter(column)}${row}`;
}
