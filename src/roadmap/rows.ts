import { cellAt, cellText, isBlank } from './cells';
import { isColumnNumberingRow } from './layout';
import type { SheetData, TableLayout } from './types';
import { hasLetters } from './letters';

export type RowKind =
  | { kind: 'blank' }
  | { kind: 'section'; no: string | null; title: string }
  | { kind: 'note' }
  /** The header (or its column-number row) repeated, as on every printed page. */
  | { kind: 'header' }
  | { kind: 'item' };

const NUMBERED_HEADING = /^(\d+(?:\.\d+)*)\.?\s+(\S[\s\S]*)$/;
const NAMED_HEADING = /^(?:раздел|глава|часть|подраздел|этап|блок|направление|section|part|stage)\s+([\dIVXLCDM]+)\.?\s*([\s\S]*)$/i;
/** «I. Организационные мероприятия», «II Этап», «I этап. Подготовка». */
const ROMAN_HEADING = /^([IVXLCDM]+)(?:\.\s*|\s+)(?:этап\.?\s*)?(\S[\s\S]*)$/;
const ROMAN_STAGE = /^([IVXLCDM]+)\s+этап\.?\s*([\s\S]*)$/i;
const ROMAN = /^[IVXLCDM]+\.?$/;
/** A number cell that names a section: «Раздел 1», «Этап 2», «I этап». */
const SECTION_NUMBER = /^(?:(?:раздел|этап|глава|часть)\s+([\dIVXLCDM]+)|([IVXLCDM]+)\s+этап)\.?$/i;
const FOOTNOTE = /^(\*|\[\d+\]|\d+\)|[¹²³⁴⁵⁶⁷⁸⁹]|примечание|примечания|сокращения|note)/i;
/**
 * Rows that are neither items nor sections wherever they stand: footnotes («<*> …», «* …», «Примечание: …»),
 * edition marks of legal databases («(в ред. …)», «(Позиция в редакции …)», «(п. 5 введен …)»), totals.
 */
const NOTE = /^(?:<\s*\*+\s*>|\*|примечани[ея]|сноск|\(\s*(?:в\s+ред|позици[яи]\s+в\s+ред|(?:п|пп|пункт|подпункт|строка|абзац|позиция|раздел)\.?\s*[\d.]*\s*(?:в\s+ред|введен|исключ|утратил))|итого|всего\s*(?::|по\s|$)|всего\s+\d)/i;

interface Filled {
  column: number;
  text: string;
}

function filledCells(sheet: SheetData, layout: TableLayout, rowIndex: number): Filled[] {
  const filled: Filled[] = [];
  for (let column = layout.firstColumn; column <= layout.lastColumn; column++) {
    const cell = cellAt(sheet.cells, rowIndex, column - sheet.left);
    if (!isBlank(cell)) filled.push({ column, text: cellText(cell).trim() });
  }
  return filled;
}

/** A single cell read as a section heading, or null: «1. Подготовка», «I. Организация», «Раздел 2», «Этап 1». */
export function sectionHeading(text: string): { no: string | null; title: string } | null {
  const numbered = NUMBERED_HEADING.exec(text);
  if (numbered && hasLetters(numbered[2])) return { no: numbered[1], title: numbered[2].trim() };
  const stage = ROMAN_STAGE.exec(text);
  if (stage) return { no: stage[1], title: text };
  const named = NAMED_HEADING.exec(text);
  if (named) return { no: named[1], title: named[2].trim() || text };
  const roman = ROMAN_HEADING.exec(text);
  if (roman && hasLetters(roman[2], 3)) return { no: roman[1], title: roman[2].trim() };
  return null;
}

/** The header row's texts by column, read once per table: a repeated header is a literal copy of them. */
const HEADER_TEXTS = new WeakMap<TableLayout, Map<number, string>>();

function headerTexts(sheet: SheetData, layout: TableLayout): Map<number, string> {
  let texts = HEADER_TEXTS.get(layout);
  if (!texts) {
    texts = new Map();
    for (let column = layout.firstColumn; column <= layout.lastColumn; column++) {
      const text = cellText(cellAt(sheet.cells, layout.headerRow - sheet.top, column - sheet.left)).trim();
      if (text !== '') texts.set(column, text);
    }
    HEADER_TEXTS.set(layout, texts);
  }
  return texts;
}

/** True for a body row that repeats the header or its column numbers (Excel's «rows to repeat at top» pasted in). */
function repeatsHeader(sheet: SheetData, layout: TableLayout, rowIndex: number, filled: Filled[]): boolean {
  if (layout.numberingRow !== null && isColumnNumberingRow(sheet, rowIndex)) return true;
  const texts = headerTexts(sheet, layout);
  const matching = filled.filter((cell) => texts.get(cell.column) === cell.text);
  return matching.length >= 2 && matching.length * 2 >= filled.length;
}

function isBlankAt(sheet: SheetData, rowIndex: number, column: number | undefined): boolean {
  return column === undefined || isBlank(cellAt(sheet.cells, rowIndex, column - sheet.left));
}

/**
 * What one body row is. A section is one cell across the row («1. Подготовительные…», «I. Организация»,
 * «Раздел 2», merged or not), or a number with a title and no deadline or responsible («1. | Организация»,
 * «II | Мероприятия»). `nextNumbers` gives the next filled number below a row (to tell a heading with items
 * under it from a last item with empty cells).
 */
export function classifyRow(sheet: SheetData, layout: TableLayout, rowIndex: number, nextNumbers: (rowIndex: number) => string | null): RowKind {
  const filled = filledCells(sheet, layout, rowIndex);
  if (filled.length === 0) return { kind: 'blank' };
  const noColumn = layout.columns.no;
  const activityColumn = layout.columns.activity;

  if (repeatsHeader(sheet, layout, rowIndex, filled)) return { kind: 'header' };
  const noText = noColumn === undefined ? '' : cellText(cellAt(sheet.cells, rowIndex, noColumn - sheet.left)).trim();
  if (NOTE.test(filled[0].text) && (noText === '' || filled[0].column === noColumn)) return { kind: 'note' };

  if (filled.length === 1 && (filled[0].column === layout.firstColumn || filled[0].column === noColumn)) {
    const { text } = filled[0];
    const heading = sectionHeading(text);
    if (heading) return { kind: 'section', ...heading };
    if (FOOTNOTE.test(text)) return { kind: 'note' };
    if (hasLetters(text, 3)) return { kind: 'section', no: null, title: text };
  }
  if (filled.length === 1 && filled[0].column === activityColumn && noText === '') {
    const heading = sectionHeading(filled[0].text);
    if (heading) return { kind: 'section', ...heading };
  }

  if (noColumn !== undefined && activityColumn !== undefined && noText !== '') {
    const title = filled.find((cell) => cell.column === activityColumn);
    const others = filled.filter((cell) => cell.column !== noColumn && cell.column !== activityColumn);
    const bare = isBlankAt(sheet, rowIndex, layout.columns.deadline) && isBlankAt(sheet, rowIndex, layout.columns.responsible);
    if (title && bare) {
      const number = noText.replace(/[.)]$/, '');
      const named = SECTION_NUMBER.exec(noText);
      if (named) return { kind: 'section', no: named[1] ?? named[2], title: title.text };
      if (others.length === 0 && ROMAN.test(noText)) return { kind: 'section', no: number, title: title.text };
      const next = nextNumbers(rowIndex);
      if (/^\d+(\.\d+)*$/.test(number) && next !== null) {
        if (next.startsWith(`${number}.`) || others.length === 0) return { kind: 'section', no: number, title: title.text };
      }
    }
  }
  return { kind: 'item' };
}

/**
 * True when an item-like row without a number continues the item above it: a Word table pasted into Excel
 * (each paragraph of a cell on its own row, the number and the other cells merged down), or a stage typed
 * under its activity. A row inside the vertical merge of the number cell above always continues it (hosts that
 * read merges say so); otherwise a row with no number that still has its own activity, deadline and responsible
 * is an item whose number is missing.
 */
export function continuesItem(sheet: SheetData, layout: TableLayout, rowIndex: number): boolean {
  const { no, activity, deadline, responsible } = layout.columns;
  if (no === undefined) return isBlankAt(sheet, rowIndex, activity) && isBlankAt(sheet, rowIndex, responsible);
  if (!isBlankAt(sheet, rowIndex, no)) return false;
  // Inside the vertical merge of the number cell above: part of that item, whatever else the row holds.
  if (cellAt(sheet.cells, rowIndex, no - sheet.left).mergedFromAbove) return true;
  return isBlankAt(sheet, rowIndex, responsible) || isBlankAt(sheet, rowIndex, activity) || isBlankAt(sheet, rowIndex, deadline);
}
