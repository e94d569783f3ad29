import type { Cell, SheetData } from '../types';
import { PILOT_FOOTNOTES, PILOT_HEADER, PILOT_ROWS, PILOT_TITLE } from './pilotRoadmap';

/**
 * Seed 003 as it lands in Excel when pasted from Word: title lines, the header on row 4, a row numbering the
 * columns, section rows as one cell (merged across the row in a workbook), items, footnotes below.
 * Each row is the text of columns A–F; '' is an empty cell.
 */
export function pilotRoadmapRows(): string[][] {
  const width = PILOT_HEADER.length;
  const single = (text: string): string[] => [text, ...Array<string>(width - 1).fill('')];
  return [
    ...PILOT_TITLE.map(single),
    [...PILOT_HEADER],
    PILOT_HEADER.map((_, index) => String(index + 1)),
    ...PILOT_ROWS.map((row) => ('section' in row ? single(row.section) : [...row.item])),
    single(''),
    ...PILOT_FOOTNOTES.map(single),
  ];
}

/** Rows of text as a sheet the engine reads (empty strings become empty cells). */
export function sheetFromRows(name: string, rows: readonly (readonly string[])[]): SheetData {
  const cells: Cell[][] = rows.map((row) => row.map((text) => ({ value: text === '' ? null : text })));
  return { name, top: 1, left: 1, cells };
}
