import { dateToIso } from '../../roadmap/dates';
import type { Cell, CellValue, Lang, SheetData } from '../../roadmap/types';
import { InputBudgetError } from '../readError';
import type { Budgets } from './budgets';
import { EXCEL_COLUMNS, EXCEL_ROWS } from './budgets';
import { decodeEscapes, type NumberStyle, type SharedStrings } from './workbookParts';
import { readRelationships, streamXml } from './xmlStream';
import type { ZipPackage } from './zipPackage';

export interface SheetContext {
  pkg: ZipPackage;
  file: string;
  lang?: Lang;
  strings: SharedStrings;
  styles: NumberStyle[];
  date1904: boolean;
}

const EMPTY: Cell = Object.freeze({ value: null }) as Cell;
const NO_CELLS: Cell[] = Object.freeze([]) as unknown as Cell[];

/** Column number of the letters at the start of an A1 reference (`AB12` → 28), and where the digits start. */
function columnOf(ref: string): { column: number; digits: number } {
  let column = 0;
  let index = 0;
  for (; index < ref.length; index++) {
    const code = ref.charCodeAt(index);
    if (code >= 65 && code <= 90) column = column * 26 + code - 64;
    else if (code >= 97 && code <= 122) column = column * 26 + code - 96;
    else break;
  }
  return { column, digits: index };
}

/** A range `A1:C3` (or one cell) as its corners; null when it is not a reference. */
export function parseRange(ref: string): { top: number; left: number; bottom: number; right: number } | null {
  const [from, to = from] = ref.split(':');
  const a = columnOf(from);
  const b = columnOf(to);
  const top = parseInt(from.slice(a.digits), 10);
  const bottom = parseInt(to.slice(b.digits), 10);
  if (!a.column || !b.column || !top || !bottom) return null;
  return { top: Math.min(top, bottom), bottom: Math.max(top, bottom), left: Math.min(a.column, b.column), right: Math.max(a.column, b.column) };
}

function area(ref: string): number {
  // A whole column `C:C` or row `3:3` is written without row or column numbers.
  let total = 0;
  for (const piece of ref.split(/\s+/)) {
    if (!piece) continue;
    const range = parseRange(piece);
    if (range) total += (range.bottom - range.top + 1) * (range.right - range.left + 1);
    else if (/^[A-Za-z]+:[A-Za-z]+$/.test(piece)) {
      const [from, to] = piece.split(':');
      total += (Math.abs(columnOf(to).column - columnOf(from).column) + 1) * EXCEL_ROWS;
    } else if (/^\d+:\d+$/.test(piece)) {
      const [from, to] = piece.split(':').map(Number);
      total += (Math.abs(to - from) + 1) * EXCEL_COLUMNS;
    }
  }
  return total;
}

function excelDate(serial: number, date1904: boolean): CellValue {
  // ExcelJS's utils.excelToDate, then the engine's conversion of a Date.
  const date = new Date(Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * 24 * 3600 * 1000));
  return Number.isNaN(date.getTime()) ? null : { kind: 'date', iso: dateToIso(date) };
}

/** ExcelJS's utils.xmlDecode, which it applies (a second time) to `str` values. */
function xmlDecodeAgain(text: string): string {
  if (text.indexOf('&') < 0) return text;
  return text.replace(/&([a-z]*);/g, (entity) => ({ '&lt;': '<', '&gt;': '>', '&amp;': '&', '&apos;': "'", '&quot;': '"' })[entity] ?? entity);
}

/**
 * One worksheet as the engine reads it — exactly what ExcelJS's model gives through toSheetData (src/xlsx/cells.ts):
 * shared strings and rich text as text, numbers in date formats as dates (1900 or 1904 system), formulas as
 * their cached results, errors, booleans, fixed-decimal numbers with their displayed text, the covered cells
 * of merges empty, hyperlinked cells as their text. Only the cells the XML holds are kept: rows are as long
 * as their last cell and the sheet as long as its last row, whatever its `<dimension>` claims.
 *
 * Budgets, checked while streaming, before any more work: `<c>` elements, cells beyond Excel's grid, merged
 * and validated areas. Throws InputBudgetError, or WorkbookReadError when the XML is damaged.
 */
export async function readSheet(context: SheetContext, name: string, part: string, budgets: Budgets): Promise<SheetData> {
  const { strings, styles, date1904, file, lang } = context;
  const rows: Cell[][] = [];
  const merges: string[] = [];
  const hyperlinks: { ref: string; id: string }[] = [];
  const richCells = new Set<Cell>();
  let cellCount = 0;
  let mergedCells = 0;
  let validatedCells = 0;

  let rowNumber = 0;
  let row: Cell[] = NO_CELLS;
  let column = 0;
  // The cell being read.
  let inCell = false;
  let type = '';
  let style = 0;
  let formula = false;
  let formulaText = '';
  let node: 'f' | 'v' | 't' | null = null;
  let raw: string | undefined;
  let runs: string[] | null = null;
  let inRun = false;
  let runText: string | undefined;
  let inRunText = false;

  const startRow = (r: number): void => {
    rowNumber = r;
    column = 0;
    if (rowNumber > EXCEL_ROWS) throw new InputBudgetError(file, { kind: 'far-cell', sheet: name, ref: `R${rowNumber}` }, lang);
    row = [];
    while (rows.length < rowNumber - 1) rows.push(NO_CELLS);
    rows[rowNumber - 1] = row;
  };

  const finishCell = (): void => {
    let value: CellValue = null;
    let text: string | undefined;
    let rich = false;
    const numberStyle = style ? styles[style] : undefined;
    if (formula) {
      if (raw) {
        if (type === 'str') value = xmlDecodeAgain(raw);
        else if (type === 'b') value = parseInt(raw, 10) !== 0;
        else if (type === 'e') value = { kind: 'error', code: raw };
        else value = parseFloat(raw);
      }
    } else if (runs) {
      value = runs.join('');
      rich = true;
    } else if (raw !== undefined) {
      switch (type) {
        case 's': {
          const index = parseInt(raw, 10);
          value = strings.values[index] ?? null;
          rich = strings.rich.has(index);
          break;
        }
        case 'str':
          value = xmlDecodeAgain(raw);
          break;
        case 'inlineStr':
          value = raw;
          break;
        case 'b':
          value = parseInt(raw, 10) !== 0;
          break;
        case 'e':
          value = { kind: 'error', code: raw };
          break;
        default:
          value = parseFloat(raw);
      }
    }
    if (typeof value === 'number' && numberStyle) {
      if (numberStyle.date) value = excelDate(value, date1904);
      else if (numberStyle.fixedDecimals !== null) text = value.toFixed(numberStyle.fixedDecimals);
    }
    const cell: Cell = value === null ? EMPTY : text === undefined ? { value } : { value, text };
    if (rich) richCells.add(cell);
    if (row === NO_CELLS) startRow(rowNumber + 1);
    row[column - 1] = cell;
  };

  await streamXml(
    context.pkg,
    part,
    {
      open(tag, attributes) {
        if (inCell) {
          if (inRun) {
            if (tag === 't') {
              inRunText = true;
              runText = '';
            }
          } else if (tag === 'v' || tag === 't') node = tag;
          else if (tag === 'f') {
            node = 'f';
            if (attributes.t) formula = true;
          } else if (tag === 'r') {
            inRun = true;
            runText = undefined;
          }
          return;
        }
        switch (tag) {
          case 'row':
            startRow(attributes.r ? parseInt(attributes.r, 10) : rowNumber + 1);
            break;
          case 'c': {
            if (++cellCount > budgets.cells) throw new InputBudgetError(file, { kind: 'cells', sheet: name, limit: budgets.cells }, lang);
            const ref = attributes.r;
            let r = rowNumber;
            if (ref) {
              const parsed = columnOf(ref);
              column = parsed.column;
              r = parseInt(ref.slice(parsed.digits), 10) || rowNumber;
            } else column++;
            if (column > EXCEL_COLUMNS || r > EXCEL_ROWS) throw new InputBudgetError(file, { kind: 'far-cell', sheet: name, ref: ref ?? `R${r}C${column}` }, lang);
            if (r !== rowNumber || row === NO_CELLS) {
              const keep = column;
              startRow(r);
              column = keep;
            }
            inCell = true;
            type = attributes.t ?? '';
            style = attributes.s ? parseInt(attributes.s, 10) : 0;
            formula = false;
            formulaText = '';
            node = null;
            raw = undefined;
            runs = null;
            inRun = false;
            break;
          }
          case 'mergeCell':
            if (attributes.ref) {
              merges.push(attributes.ref);
              mergedCells += area(attributes.ref);
              if (mergedCells > budgets.mergedCells) throw new InputBudgetError(file, { kind: 'merged-area', sheet: name, limit: budgets.mergedCells }, lang);
            }
            break;
          case 'dataValidation':
            validatedCells += area(attributes.sqref ?? '');
            if (validatedCells > budgets.validationCells) throw new InputBudgetError(file, { kind: 'validation-area', sheet: name, limit: budgets.validationCells }, lang);
            break;
          case 'hyperlink':
            if (attributes.ref && attributes['r:id']) hyperlinks.push({ ref: attributes.ref, id: attributes['r:id'] });
            break;
        }
      },
      text(text) {
        if (!inCell) return;
        if (inRun) {
          if (inRunText) runText += text;
        } else if (node === 'f') formulaText += text;
        else if (node !== null && !runs) raw = raw === undefined ? text : raw + text;
      },
      close(tag) {
        if (!inCell) {
          if (tag === 'row') row = NO_CELLS;
          return;
        }
        if (inRun) {
          if (tag === 't') inRunText = false;
          else if (tag === 'r') {
            inRun = false;
            (runs ??= []).push(runText === undefined ? '' : decodeEscapes(runText));
          }
          return;
        }
        if (tag === 'c') {
          inCell = false;
          if (formulaText) formula = true;
          finishCell();
        } else if (tag === 'f' || tag === 'v' || tag === 't' || tag === 'is') node = null;
      },
    },
    file,
    lang,
  );

  applyMerges(rows, merges);
  if (hyperlinks.length > 0) await applyHyperlinks(context, part, rows, hyperlinks, richCells);
  // Trailing empty rows and cells are not part of the used sheet.
  while (rows.length > 0 && rows[rows.length - 1].every((cell) => cell === undefined || cell.value === null)) rows.pop();
  for (let index = 0; index < rows.length; index++) {
    const cells = rows[index];
    if (cells === NO_CELLS || cells === undefined) {
      rows[index] = NO_CELLS;
      continue;
    }
    for (let c = 0; c < cells.length; c++) if (cells[c] === undefined) cells[c] = EMPTY;
  }
  return { name, top: 1, left: 1, cells: rows };
}

/** A covered cell under a merge's first row: the engine reads it as a continuation of the row above. */
const MERGED_FROM_ABOVE: Cell = Object.freeze({ value: null, mergedFromAbove: true }) as Cell;

/**
 * The covered cells of a merge read empty, as ExcelJS reads them: those under the merge's first row are marked
 * `mergedFromAbove` (a number cell merged down marks a Word table's continuation rows), whether or not the XML holds
 * them; only the rows the sheet holds are visited, and the merged area is within its budget already.
 */
function applyMerges(rows: Cell[][], merges: readonly string[]): void {
  for (const ref of merges) {
    const range = parseRange(ref);
    if (!range) continue;
    const last = Math.min(range.bottom, rows.length);
    for (let r = range.top; r <= last; r++) {
      let cells = rows[r - 1];
      if (r === range.top) {
        if (!cells || cells === NO_CELLS) continue;
        const right = Math.min(range.right, cells.length);
        for (let c = range.left + 1; c <= right; c++) if (cells[c - 1] !== undefined) cells[c - 1] = EMPTY;
        continue;
      }
      if (!cells || cells === NO_CELLS) {
        cells = [];
        rows[r - 1] = cells;
      }
      for (let c = range.left; c <= range.right; c++) cells[c - 1] = MERGED_FROM_ABOVE;
    }
  }
}

/**
 * ExcelJS turns a cell with a hyperlink into `{ text, hyperlink }`, which the engine reads as the cell's text
 * when that is a plain string, and as empty otherwise (a number, a date, rich text).
 */
async function applyHyperlinks(context: SheetContext, part: string, rows: Cell[][], hyperlinks: { ref: string; id: string }[], richCells: Set<Cell>): Promise<void> {
  const rels = await readRelationships(context.pkg, part, context.file, context.lang);
  for (const { ref, id } of hyperlinks) {
    if (!rels.get(id)?.written) continue;
    const { column, digits } = columnOf(ref);
    const r = Number(ref.slice(digits));
    const cells = rows[r - 1];
    const cell = cells?.[column - 1];
    if (!cell || cell.value === null) continue;
    if (typeof cell.value !== 'string' || richCells.has(cell)) cells[column - 1] = EMPTY;
  }
}
