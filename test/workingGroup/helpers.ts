import { analyzeSheet, type Cell, type Roadmap, type SheetData } from '../../src/roadmap';
import { pilotRoadmapRows, sheetFromRows } from '../../src/roadmap/template/pilotGrid';
import type { HistoryLayout, HistoryValue } from '../../src/roadmap/workingGroup';

export type Rows = string[][];

/** Seed 003 as pasted from Word, with a «Статус» column added (rows of text, A–G). */
export function pilotWithStatus(): Rows {
  const rows = pilotRoadmapRows().map((row) => [...row, '']);
  rows[3][6] = 'Статус';
  rows[4][6] = '7';
  return rows;
}

export function rowOf(rows: Rows, no: string): string[] {
  const row = rows.find((cells) => cells[0] === no);
  if (!row) throw new Error(`no item ${no}`);
  return row;
}

export const COLUMN = { no: 0, activity: 1, deadline: 2, responsible: 3, result: 4, materials: 5, status: 6 } as const;

export function setCell(rows: Rows, no: string, column: keyof typeof COLUMN, text: string): Rows {
  rowOf(rows, no)[COLUMN[column]] = text;
  return rows;
}

export function analyzeRows(rows: Rows, today: string): Roadmap {
  const roadmap = analyzeSheet(sheetFromRows('Программа', rows), { today });
  if (!roadmap) throw new Error('no roadmap');
  return roadmap;
}

function toCell(value: HistoryValue): Cell {
  if (value === null) return { value: null };
  if (typeof value === 'object') return { value: { kind: 'date', iso: value.date } };
  return { value };
}

/** What a host writes for a history layout, read back as the engine sees a sheet. */
export function layoutToSheet(layout: HistoryLayout): SheetData {
  const grid: Cell[][] = [];
  const put = (row: number, values: readonly HistoryValue[]): void => {
    grid[row - 1] = values.map(toCell);
  };
  put(1, [layout.title]);
  put(2, [layout.note]);
  for (const table of [layout.counts, layout.items]) {
    put(table.headerRow, table.headers);
    table.rows.forEach((values, index) => put(table.headerRow + 1 + index, values));
  }
  if (layout.unread) {
    put(layout.unread.titleRow, [layout.unread.title]);
    layout.unread.rows.forEach((values, index) => put(layout.unread!.titleRow + 1 + index, values));
  }
  for (let index = 0; index < grid.length; index++) grid[index] ??= [];
  return { name: 'История', top: 1, left: 1, cells: grid };
}

/** A sheet from rows of engine values (for hand-made, damaged history sheets). */
export function sheetOfValues(rows: readonly (readonly Cell['value'][])[]): SheetData {
  return { name: 'История', top: 1, left: 1, cells: rows.map((row) => row.map((value) => ({ value }))) };
}
