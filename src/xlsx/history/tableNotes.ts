import type ExcelJS from 'exceljs';
import { cellAddress } from '../../roadmap/a1';
import { UNREAD_BLOCK_TITLE, type HistoryLayout } from '../../roadmap/workingGroup';

/** A cell note the user put inside the tools' columns of «История», with what identifies its row (null: a blank row). */
export interface TableNote {
  key: string | null;
  row: number;
  column: number;
  note: NonNullable<ExcelJS.Cell['note']>;
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object' && 'richText' in value) return value.richText.map((run) => run.text).join('');
  if (typeof value === 'object' && 'result' in value) return cellText(value.result as ExcelJS.CellValue);
  return String(value);
}

/**
 * What identifies each non-blank row of «История» across a rewrite, by row number: the title and note rows, the tables'
 * header rows, a counts row by its snapshot date, an items row by its snapshot date and item number, any other row
 * (rows that could not be read, a row damaged by hand) by its text. A key met again gets «#2», «#3»….
 */
function rowKeys(sheet: ExcelJS.Worksheet, layout: Pick<HistoryLayout, 'counts' | 'items'>, toolColumns: number): Map<number, string> {
  const keys = new Map<number, string>();
  const seen = new Map<string, number>();
  let section: 'counts' | 'items' | 'other' = 'other';
  for (let row = 1; row <= sheet.rowCount; row++) {
    const cells = Array.from({ length: toolColumns }, (_, index) => sheet.getCell(row, index + 1).value);
    const texts = cells.map(cellText);
    if (texts.every((text) => text.trim() === '')) continue;
    let key: string;
    if (row <= 2) key = `top|${row}`;
    else if (texts[0] === layout.counts.headers[0] && texts[1] === layout.counts.headers[1]) [section, key] = ['counts', 'counts-header'];
    else if (texts[0] === layout.items.headers[0] && texts[1] === layout.items.headers[1]) [section, key] = ['items', 'items-header'];
    else if (texts[0] === UNREAD_BLOCK_TITLE) [section, key] = ['other', 'unread-title'];
    else if (section === 'counts' && cells[0] instanceof Date) key = `counts|${texts[0]}`;
    else if (section === 'items' && cells[0] instanceof Date && texts[1].trim() !== '') key = `items|${texts[0]}|${texts[1].trim()}`;
    else key = `row|${texts.join('\t')}`;
    const count = (seen.get(key) ?? 0) + 1;
    seen.set(key, count);
    keys.set(row, count === 1 ? key : `${key}#${count}`);
  }
  return keys;
}

/** The cell notes in the tools' columns (1…toolColumns) of the old «История», each with its row's key. */
export function notesInTables(sheet: ExcelJS.Worksheet | undefined, layout: Pick<HistoryLayout, 'counts' | 'items'>, toolColumns: number): TableNote[] {
  if (!sheet) return [];
  const keys = rowKeys(sheet, layout, toolColumns);
  const notes: TableNote[] = [];
  for (let row = 1; row <= sheet.rowCount; row++) {
    for (let column = 1; column <= toolColumns; column++) {
      const { note } = sheet.getCell(row, column);
      if (note !== undefined && note !== null) notes.push({ key: keys.get(row) ?? null, row, column, note });
    }
  }
  return notes;
}

/**
 * Puts each note back on the rewritten sheet, in its column, on the row with the same key (a note on a blank row: the
 * same row, if it is still blank). Returns the old addresses («C14») of the notes that have no such row to go to: the
 * snapshot or item is gone from the history, so the copy names them instead of dropping them silently.
 */
export function placeTableNotes(sheet: ExcelJS.Worksheet, notes: readonly TableNote[], layout: Pick<HistoryLayout, 'counts' | 'items'>, toolColumns: number): string[] {
  const rowsByKey = new Map<string, number>();
  const keys = rowKeys(sheet, layout, toolColumns);
  for (const [row, key] of keys) rowsByKey.set(key, row);
  const unplaced: string[] = [];
  for (const kept of notes) {
    const row = kept.key === null ? (keys.has(kept.row) ? undefined : kept.row) : rowsByKey.get(kept.key);
    if (row === undefined) unplaced.push(cellAddress(kept.row, kept.column));
    else sheet.getCell(row, kept.column).note = kept.note;
  }
  return unplaced;
}

