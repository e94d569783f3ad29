import { cellAt, cellText, isBlank } from './cells';
import { columnForHeader, REQUIRED_COLUMNS } from './columns';
import { countDated, guessColumns } from './guessColumns';
import { readSubHeader } from './subHeader';
import type { ColumnKey, SheetData, TableLayout } from './types';

/** Rows searched for the header: title lines may stand above it. */
const HEADER_SEARCH_ROWS = 30;
/** A header must name at least this many of the required columns (named or guessed from content). */
const MIN_REQUIRED_MATCHES = 3;
/** A header that names fewer columns than this is not tried even with guessing. */
const MIN_NAMED_FOR_GUESSING = 2;

interface HeaderMatch {
  rowIndex: number;
  columns: Partial<Record<ColumnKey, number>>;
  headers: Partial<Record<ColumnKey, string>>;
  required: number;
  /** Every column whose header names a deadline («Сроки, предусмотренные законодательством» | «Срок исполнения»). */
  deadlineCandidates: { column: number; header: string }[];
}

function countRequired(columns: Partial<Record<ColumnKey, number>>): number {
  return REQUIRED_COLUMNS.filter((key) => columns[key] !== undefined).length;
}

function matchHeaderRow(sheet: SheetData, rowIndex: number): HeaderMatch {
  const columns: Partial<Record<ColumnKey, number>> = {};
  const headers: Partial<Record<ColumnKey, string>> = {};
  const deadlineCandidates: HeaderMatch['deadlineCandidates'] = [];
  const row = sheet.cells[rowIndex] ?? [];
  row.forEach((cell, columnIndex) => {
    const text = cellText(cell);
    const key = columnForHeader(text);
    if (key === 'deadline') deadlineCandidates.push({ column: sheet.left + columnIndex, header: text.replace(/\s+/g, ' ').trim() });
    if (key && columns[key] === undefined) {
      columns[key] = sheet.left + columnIndex;
      headers[key] = text.replace(/\s+/g, ' ').trim();
    }
  });
  return { rowIndex, columns, headers, required: countRequired(columns), deadlineCandidates };
}

/**
 * Of several columns headed as deadlines, the one whose cells name the most dates: calendar plans print the
 * legal rule («не позднее чем за 45 дней до дня голосования») beside the actual date.
 */
function chooseDeadlineColumn(sheet: SheetData, match: HeaderMatch): HeaderMatch {
  if (match.deadlineCandidates.length < 2) return match;
  let best = match.deadlineCandidates[0];
  let bestCount = countDated(sheet, match.rowIndex + 1, best.column);
  for (const candidate of match.deadlineCandidates.slice(1)) {
    const count = countDated(sheet, match.rowIndex + 1, candidate.column);
    if (count > bestCount) {
      best = candidate;
      bestCount = count;
    }
  }
  return { ...match, columns: { ...match.columns, deadline: best.column }, headers: { ...match.headers, deadline: best.header } };
}

/** True for a row that only numbers the columns: 1 | 2 | 3 | 4 | 5 | 6. */
export function isColumnNumberingRow(sheet: SheetData, rowIndex: number): boolean {
  const texts = (sheet.cells[rowIndex] ?? []).map((cell) => cellText(cell).trim()).filter((text) => text !== '');
  if (texts.length < 3) return false;
  return texts.every((text, index) => /^\d+$/.test(text) && (index === 0 || Number(text) === Number(texts[index - 1]) + 1));
}

function filledColumns(sheet: SheetData, rowIndex: number): number[] {
  const row = sheet.cells[rowIndex] ?? [];
  const columns: number[] = [];
  row.forEach((cell, index) => {
    if (!isBlank(cell)) columns.push(sheet.left + index);
  });
  return columns;
}

/**
 * Finds the roadmap table on a sheet: the header row (anywhere in the first rows, maybe with a second row of
 * sub-headers under merged group headers), the columns it names or its content shows, and the body's extent.
 * Null when no row looks like a roadmap header.
 */
export function locateTable(sheet: SheetData): TableLayout | null {
  const searchRows = Math.min(sheet.cells.length, HEADER_SEARCH_ROWS);
  const matches: HeaderMatch[] = [];
  for (let rowIndex = 0; rowIndex < searchRows; rowIndex++) matches.push(matchHeaderRow(sheet, rowIndex));

  let best: HeaderMatch | null = null;
  for (const match of matches) {
    if (match.required >= MIN_REQUIRED_MATCHES && (!best || match.required > best.required)) best = match;
  }
  let guessed: ColumnKey[] = [];
  const tryGuess = (match: HeaderMatch): HeaderMatch => {
    const sub = readSubHeader(sheet, match.rowIndex, match.columns, match.headers);
    const extent = tableColumns(sheet, match.rowIndex, sub ? match.rowIndex + 1 : null, sub?.columns ?? match.columns);
    const bodyStart = match.rowIndex + (sub ? 2 : 1);
    // An empty header cell (often over the numbers) may stand left of the first named one.
    const found = guessColumns(sheet, match.rowIndex, bodyStart, Math.max(sheet.left, extent.first - 1), extent.last + 1, sub?.columns ?? match.columns);
    guessed = Object.keys(found) as ColumnKey[];
    // The header row's own columns plus the guesses; the sub-header is applied again below.
    const columns = { ...match.columns, ...found };
    return { ...match, columns, required: countRequired({ ...(sub?.columns ?? match.columns), ...found }) };
  };
  if (best) {
    best = tryGuess(best);
  } else {
    for (const match of matches) {
      if (match.required < MIN_NAMED_FOR_GUESSING) continue;
      const withGuesses = tryGuess(match);
      if (withGuesses.required >= MIN_REQUIRED_MATCHES) {
        best = withGuesses;
        break;
      }
    }
  }
  if (!best) return null;
  best = chooseDeadlineColumn(sheet, best);

  const headerIndex = best.rowIndex;
  const sub = readSubHeader(sheet, headerIndex, best.columns, best.headers);
  const columns = sub ? { ...best.columns, ...sub.columns } : best.columns;
  const headers = sub ? { ...best.headers, ...sub.headers } : best.headers;
  for (const key of guessed) {
    const column = columns[key] as number;
    headers[key] = cellText(cellAt(sheet.cells, headerIndex, column - sheet.left)).replace(/\s+/g, ' ').trim();
  }
  const { first: firstColumn, last: lastColumn } = tableColumns(sheet, headerIndex, sub ? headerIndex + 1 : null, columns);

  const afterHeader = headerIndex + (sub ? 2 : 1);
  const numbering = isColumnNumberingRow(sheet, afterHeader);
  const bodyStartIndex = afterHeader + (numbering ? 1 : 0);
  let lastIndex = sheet.cells.length - 1;
  while (lastIndex >= bodyStartIndex && rowIsBlank(sheet, lastIndex, firstColumn, lastColumn)) lastIndex--;

  return {
    sheet: sheet.name,
    headerRow: sheet.top + headerIndex,
    subHeaderRow: sub ? sheet.top + headerIndex + 1 : null,
    numberingRow: numbering ? sheet.top + afterHeader : null,
    columns,
    headers,
    guessed,
    firstRow: sheet.top + bodyStartIndex,
    lastRow: sheet.top + Math.max(lastIndex, bodyStartIndex - 1),
    firstColumn,
    lastColumn,
  };
}

function tableColumns(sheet: SheetData, headerIndex: number, subIndex: number | null, columns: Partial<Record<ColumnKey, number>>): { first: number; last: number } {
  const spanned = [...filledColumns(sheet, headerIndex), ...(subIndex === null ? [] : filledColumns(sheet, subIndex))];
  const recognised = Object.values(columns) as number[];
  return { first: Math.min(...spanned, ...recognised), last: Math.max(...spanned, ...recognised) };
}

export function rowIsBlank(sheet: SheetData, rowIndex: number, firstColumn: number, lastColumn: number): boolean {
  for (let column = firstColumn; column <= lastColumn; column++) {
    if (!isBlank(cellAt(sheet.cells, rowIndex, column - sheet.left))) return false;
  }
  return true;
}
