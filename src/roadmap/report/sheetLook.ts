import { LIVE_RULE_STYLES } from '../liveRules';
import { parseRangeRef } from '../a1';
import type { ReportCell, ReportSheet, ReportStyle } from './reportSheet';

/**
 * How report sheets look, once, for every host: the .xlsx writer (ExcelJS) and the add-in (Office.js) both turn a
 * CellLook into their own calls and take row heights and page breaks from here, so a sheet looks and prints the same
 * whichever wrote it (as liveRules does for the highlighting).
 *
 * Every body cell is top-aligned: in a tall row a number at the bottom seems to belong to the next row's activity.
 * Numbers and dates sit right, text left, and a header sits like the column under it.
 */

export type HorizontalAlign = 'left' | 'center' | 'right';

export interface CellLook {
  bold: boolean;
  italic: boolean;
  /** Font size in points. */
  size: number;
  /** Font colour as #RRGGBB, null for the default. */
  color: string | null;
  /** Solid fill as #RRGGBB, null for none. */
  fill: string | null;
  horizontal: HorizontalAlign;
  vertical: 'top' | 'center';
  wrap: boolean;
  /** Number format in Excel's invariant notation (Office.js and the file format both take it as is). */
  numberFormat: string;
  /** A thin border on every edge in this colour, null for none. */
  border: string | null;
}

export const DATE_FORMAT = 'dd.mm.yyyy';
export const PERCENT_FORMAT = '0.0%';
export const TEXT_FORMAT = '@';
export const GENERAL_FORMAT = 'General';
/** The font every report sheet uses, in points (Excel's and LibreOffice's default). */
export const BASE_FONT_SIZE = 11;

const HEADER_FILL = '#D9D9D9';
const BORDER = '#BFBFBF';

const PLAIN: CellLook = {
  bold: false, italic: false, size: BASE_FONT_SIZE, color: null, fill: null,
  horizontal: 'left', vertical: 'top', wrap: false, numberFormat: GENERAL_FORMAT, border: null,
};

/** What each style changes from plain text. */
const STYLE_LOOK: Record<ReportStyle, Partial<CellLook>> = {
  title: { bold: true, size: 14 },
  subtitle: { bold: true, size: 12 },
  header: { bold: true, fill: HEADER_FILL, wrap: true, vertical: 'center', border: BORDER },
  total: { bold: true },
  percent: { numberFormat: PERCENT_FORMAT },
  date: { numberFormat: DATE_FORMAT },
  wrap: { wrap: true },
  note: { italic: true, color: '#595959', wrap: true },
  error: { color: '#C00000' },
  warning: { color: '#9C5700' },
  // The legend's swatches: the very colours of the live highlighting.
  'legend-overdue': { fill: LIVE_RULE_STYLES.overdue.fill, color: LIVE_RULE_STYLES.overdue.font, wrap: true },
  'legend-due-soon': { fill: LIVE_RULE_STYLES['due-soon'].fill, color: LIVE_RULE_STYLES['due-soon'].font, wrap: true },
  'legend-missing': { fill: LIVE_RULE_STYLES.missing.fill, color: LIVE_RULE_STYLES.missing.font, wrap: true },
};

function isNumeric(cell: ReportCell | undefined): boolean {
  const value = cell?.value ?? null;
  return typeof value === 'number' || (value !== null && typeof value === 'object');
}

/**
 * The look of one cell: its style over plain text, the number format its value needs (dates as dates, text as text
 * so «1.1» or «=…» never turns into something else), right-aligned when it holds a number or a date.
 * `headerAlign` is how a header cell sits: like its column (see sheetLooks).
 */
export function cellLook(cell: ReportCell, headerAlign: HorizontalAlign = 'left'): CellLook {
  const { value } = cell;
  const kind = value === null ? 'empty' : typeof value;
  const key = `${cell.style ?? ''}|${kind}|${cell.style === 'header' ? headerAlign : ''}`;
  let look = looksByKey.get(key);
  if (!look) {
    look = { ...PLAIN, ...(cell.style ? STYLE_LOOK[cell.style] : {}) };
    if (value !== null && typeof value === 'object') look.numberFormat = DATE_FORMAT;
    else if (typeof value === 'string') look.numberFormat = TEXT_FORMAT;
    if (isNumeric(cell)) look.horizontal = 'right';
    if (cell.style === 'header') look.horizontal = headerAlign;
    looksByKey.set(key, Object.freeze(look));
  }
  return look;
}

/**
 * Every look made so far, by what decides it (style, kind of value, a header's alignment): a sheet of many thousand
 * cells has a few dozen looks, and the writers know a look by the object (renderReportSheet's style cache). Frozen,
 * as every cell of a look shares it.
 */
const looksByKey = new Map<string, CellLook>();

function isHeaderRow(row: readonly ReportCell[] | undefined): boolean {
  return !!row && row.length > 0 && row.every((cell) => !cell || cell.style === 'header');
}

/**
 * The alignment of each header cell: right over a column whose cells (down to the table's end: a blank row or the
 * next header) hold only numbers and dates, left otherwise. Index: [row][column] of the header rows only.
 */
function headerAlignments(rows: readonly ReportCell[][]): Map<number, HorizontalAlign[]> {
  const result = new Map<number, HorizontalAlign[]>();
  rows.forEach((row, index) => {
    if (!isHeaderRow(row)) return;
    const aligns = row.map((_, column) => {
      let numbers = 0;
      let others = 0;
      for (let below = index + 1; below < rows.length; below++) {
        const next = rows[below];
        if (next.length === 0 || isHeaderRow(next)) break;
        const cell = next[column];
        if (!cell || cell.value === null) continue;
        if (isNumeric(cell)) numbers++;
        else others++;
      }
      return numbers > 0 && others === 0 ? 'right' : 'left';
    });
    result.set(index, aligns);
  });
  return result;
}

/** The look of every cell of a sheet, null where there is no cell: what both renderers write. */
export function sheetLooks(rows: readonly ReportCell[][]): (CellLook | null)[][] {
  const headers = headerAlignments(rows);
  return rows.map((row, index) => row.map((cell, column) => (cell ? cellLook(cell, headers.get(index)?.[column]) : null)));
}

/** A key equal for equal looks, to write runs of same-looking cells at once. */
export function lookKey(look: CellLook): string {
  return JSON.stringify(look);
}

// ---- Row heights -------------------------------------------------------------------------------------------------

/** Points a line of text takes at the base font (Excel's default row height). */
const POINTS_PER_LINE = 15;
/** Characters of average Russian or English text that fit in one unit of column width (Calibri/Carlito 11). */
const CHARACTERS_PER_WIDTH = 1.05;
/** Bold text is wider. */
const BOLD_WIDENING = 1.1;
/** Excel's own cap on a row's height, in points. */
export const MAX_ROW_HEIGHT = 409;
/** A column's width when a sheet gives none (Excel's default). */
const DEFAULT_WIDTH = 8.43;

/**
 * Lines a text takes when wrapped, word by word, in a column `width` characters wide (Excel's column-width unit) at
 * `size` points; each paragraph (line break) starts a new line. A word longer than a line breaks inside.
 */
export function wrappedLines(text: string, width: number = DEFAULT_WIDTH, size: number = BASE_FONT_SIZE, bold = false): number {
  const perLine = Math.max(1, Math.floor((width * CHARACTERS_PER_WIDTH * BASE_FONT_SIZE) / size / (bold ? BOLD_WIDENING : 1) - 1));
  // A text no longer than a line and without a line break fits on one (its words and single spaces are no longer).
  if (text.length <= perLine && !text.includes('\n')) return 1;
  let lines = 0;
  for (const paragraph of text.split('\n')) {
    let used = 0;
    let paragraphLines = 1;
    for (const word of paragraph.split(/\s+/).filter((part) => part !== '')) {
      const needed = used === 0 ? word.length : used + 1 + word.length;
      if (needed <= perLine) {
        used = needed;
        continue;
      }
      if (used > 0) paragraphLines++;
      paragraphLines += Math.ceil(word.length / perLine) - 1;
      used = word.length % perLine || perLine;
    }
    lines += paragraphLines;
  }
  return Math.max(1, lines);
}

/** One wrapped text of a row: the text, the width it wraps in (a merged cell's columns together) and its look. */
export interface WrappedText {
  text: string;
  width: number | undefined;
  size?: number;
  bold?: boolean;
}

/**
 * The height in points a row needs for its tallest wrapped text, or undefined when the default height (one line of the
 * base font) is enough. Neither Excel, LibreOffice nor R7 re-fits the rows of a file it opens, and Excel never fits
 * merged cells, so every writer sets heights from this one estimate.
 */
export function rowHeightFor(texts: readonly WrappedText[]): number | undefined {
  let height = 0;
  let needed = false;
  for (const { text, width, size = BASE_FONT_SIZE, bold = false } of texts) {
    const lines = wrappedLines(text, width, size, bold);
    if (lines > 1) needed = true;
    height = Math.max(height, lines * POINTS_PER_LINE * (size / BASE_FONT_SIZE));
  }
  return needed ? Math.min(MAX_ROW_HEIGHT, Math.ceil(height)) : undefined;
}

/** Column span of each merge that starts in a row, by its first column (0-based): merged text wraps across them all. */
function mergedWidths(sheet: Pick<ReportSheet, 'merges' | 'columnWidths'>): Map<string, number> {
  const widths = new Map<string, number>();
  for (const merge of sheet.merges) {
    const box = parseRangeRef(merge);
    if (!box) continue;
    let width = 0;
    for (let column = box.left; column <= box.right; column++) width += sheet.columnWidths[column - 1] ?? DEFAULT_WIDTH;
    widths.set(`${box.top}:${box.left}`, width);
  }
  return widths;
}

/**
 * The height of each row of a report sheet (index 0 = row 1): undefined leaves the default. `looks` are the sheet's
 * looks when the caller has them already (sheetLooks).
 */
export function reportRowHeights(
  sheet: Pick<ReportSheet, 'rows' | 'merges' | 'columnWidths'>,
  looks: readonly (readonly (CellLook | null)[])[] = sheetLooks(sheet.rows),
): (number | undefined)[] {
  const merged = mergedWidths(sheet);
  return sheet.rows.map((cells, rowIndex) => {
    const texts: WrappedText[] = [];
    cells.forEach((cell, columnIndex) => {
      const look = looks[rowIndex][columnIndex];
      if (!cell || !look?.wrap || typeof cell.value !== 'string') return;
      const width = merged.get(`${rowIndex + 1}:${columnIndex + 1}`) ?? sheet.columnWidths[columnIndex];
      texts.push({ text: cell.value, width, size: look.size, bold: look.bold });
    });
    return rowHeightFor(texts);
  });
}
