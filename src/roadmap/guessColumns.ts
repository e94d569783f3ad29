import { cellAt, cellText, isDateValue } from './cells';
import { cachedDeadlineParser } from './deadlineCache';
import { isItemNumber } from './numbering';
import type { ColumnKey, SheetData } from './types';

/** Body rows looked at to tell what a column holds. */
const SAMPLE_ROWS = 40;
/** Filled cells needed before a column's content is trusted (one is enough under an empty header cell). */
const MIN_FILLED = 2;
const NUMBER_SHARE = 0.7;
const DEADLINE_SHARE = 0.6;

const parse = cachedDeadlineParser(null);

function columnTexts(sheet: SheetData, bodyStart: number, column: number, skipLoneCells = true): { texts: string[]; dates: number } {
  const texts: string[] = [];
  let dates = 0;
  const end = Math.min(sheet.cells.length, bodyStart + SAMPLE_ROWS);
  for (let rowIndex = bodyStart; rowIndex < end; rowIndex++) {
    const cell = cellAt(sheet.cells, rowIndex, column - sheet.left);
    const text = cellText(cell).trim();
    // A row of one cell is a section heading or a note, not a sample of the column.
    if (text === '' || (skipLoneCells && (sheet.cells[rowIndex] ?? []).filter((other) => cellText(other).trim() !== '').length < 2)) continue;
    texts.push(text);
    if (isDateValue(cell.value)) dates++;
  }
  return { texts, dates };
}

function isDeadlinePhrase(text: string): boolean {
  const kind = parse(text).kind;
  return kind !== 'unknown' && kind !== 'none';
}

/**
 * Columns whose header is unknown or empty, recognised from what they hold: a column of item numbers is the
 * number column, a column of deadline phrases or dates the deadline. Only keys the header did not name are
 * guessed, and only from columns no header claimed. Returns the guessed column of each key.
 */
export function guessColumns(
  sheet: SheetData,
  headerIndex: number,
  bodyStart: number,
  firstColumn: number,
  lastColumn: number,
  named: Partial<Record<ColumnKey, number>>,
): Partial<Record<ColumnKey, number>> {
  const claimed = new Set(Object.values(named) as number[]);
  const guessed: Partial<Record<ColumnKey, number>> = {};
  for (let column = firstColumn; column <= lastColumn; column++) {
    if (claimed.has(column)) continue;
    const { texts, dates } = columnTexts(sheet, bodyStart, column);
    const emptyHeader = cellText(cellAt(sheet.cells, headerIndex, column - sheet.left)).trim() === '';
    if (texts.length < (emptyHeader ? 1 : MIN_FILLED)) continue;
    const share = (count: number): number => count / texts.length;
    if (named.no === undefined && guessed.no === undefined && share(texts.filter(isItemNumber).length) >= NUMBER_SHARE) {
      guessed.no = column;
      claimed.add(column);
    } else if (
      named.deadline === undefined &&
      guessed.deadline === undefined &&
      share(Math.max(dates, texts.filter(isDeadlinePhrase).length)) >= DEADLINE_SHARE
    ) {
      guessed.deadline = column;
      claimed.add(column);
    }
  }
  return guessed;
}

/** How many of a column's first body cells name a date (a date cell, or a deadline phrase with a due date). */
export function countDated(sheet: SheetData, bodyStart: number, column: number): number {
  // Lone cells count here: a Word paste puts the date paragraph of a deadline cell on a row of its own.
  const { texts, dates } = columnTexts(sheet, bodyStart, column, false);
  return Math.max(dates, texts.filter((text) => parse(text).due !== null).length);
}
