import { HEADER_TEXT, STANDARD_COLUMNS } from '../roadmap/columns';
import { PILOT_FOOTNOTES, PILOT_ROWS, PILOT_TITLE } from '../roadmap/template/pilotRoadmap';
import type { ColumnKey } from '../roadmap/types';

/** The columns of a new roadmap table: the six of the documents, then the two the monitoring needs. */
export const NEW_ROADMAP_COLUMNS: readonly ColumnKey[] = [...STANDARD_COLUMNS, 'status', 'completedOn'];

/** Column widths in characters, in the order of NEW_ROADMAP_COLUMNS. */
export const NEW_ROADMAP_WIDTHS: readonly number[] = [8, 50, 18, 22, 40, 30, 14, 14];

export interface NewRoadmapContent {
  /** Lines above the table (title of the document). */
  titles: string[];
  header: string[];
  /** Body rows of the table, each as wide as the header; a section is its title in the first cell. */
  body: string[][];
  /** Lines below the table, after an empty row. */
  footnotes: string[];
}

/** An empty roadmap table, or the pilot roadmap (seed 003) laid out as a typed table. */
export function newRoadmapContent(template: boolean): NewRoadmapContent {
  const header = NEW_ROADMAP_COLUMNS.map((key) => HEADER_TEXT[key]);
  const blank = (): string[] => header.map(() => '');
  if (!template) return { titles: [], header, body: [blank()], footnotes: [] };
  const body = PILOT_ROWS.map((row) => {
    const cells = blank();
    if ('section' in row) cells[0] = row.section;
    else row.item.forEach((text, index) => (cells[index] = text));
    return cells;
  });
  return { titles: [...PILOT_TITLE], header, body, footnotes: [...PILOT_FOOTNOTES] };
}
