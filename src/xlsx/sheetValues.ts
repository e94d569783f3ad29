import type JSZip from 'jszip';
import type { RangeRef } from '../roadmap/a1';
import { parseCellRef } from '../roadmap/a1';
import { NS, parseXml, readPart, Relationships, resolveTarget } from './packageParts';

/** The values a chart caches, read from the worksheet XML (strings, numbers, or empty). */
export type SheetValue = string | number | null;

const SHARED_STRINGS_TYPE = `${NS.rel}/sharedStrings`;

/**
 * The workbook's shared strings, decoded only as far as asked: a roadmap's table fills this part with
 * hundreds of thousands of strings, and a chart needs a handful of them.
 */
export class SharedStrings {
  private readonly decoded: string[] = [];
  private readonly items: Iterator<RegExpMatchArray>;

  private constructor(xml: string) {
    this.items = xml.matchAll(/<si>[\s\S]*?<\/si>|<si\/>/g);
  }

  static async load(zip: JSZip): Promise<SharedStrings> {
    const rels = await Relationships.load(zip, 'xl/workbook.xml');
    const relationship = rels.list().find((candidate) => candidate.type === SHARED_STRINGS_TYPE);
    const xml = relationship ? await readPart(zip, resolveTarget('xl/workbook.xml', relationship.target)) : null;
    return new SharedStrings(xml ?? '');
  }

  get(index: number): string {
    while (this.decoded.length <= index) {
      const next = this.items.next();
      if (next.done) return '';
      this.decoded.push(stringItemText(next.value[0]));
    }
    return this.decoded[index];
  }
}

/** The text of an <si> or <is> item: its runs' <t>, without phonetic guides. */
function stringItemText(fragment: string): string {
  const item = parseXml(`<sst xmlns="${NS.main}">${fragment}</sst>`, 'xl/sharedStrings.xml').documentElement.firstChild as Element | null;
  return item ? textOfItem(item) : '';
}

function textOfItem(item: Element): string {
  let text = '';
  for (const t of Array.from(item.getElementsByTagNameNS(NS.main, 't'))) {
    const parent = t.parentNode as Element | null;
    if (parent && parent.localName === 'rPh') continue;
    text += t.textContent ?? '';
  }
  return text;
}

function childText(cell: Element, name: string): string | null {
  const child = cell.getElementsByTagNameNS(NS.main, name)[0];
  return child ? (child.textContent ?? '') : null;
}

function cellValue(cell: Element, sharedStrings: SharedStrings): SheetValue {
  const type = cell.getAttribute('t') || 'n'; // xmldom gives '' for a missing attribute
  if (type === 'inlineStr') {
    const inline = cell.getElementsByTagNameNS(NS.main, 'is')[0];
    return inline ? textOfItem(inline) : '';
  }
  const raw = childText(cell, 'v');
  if (raw === null) return null;
  if (type === 's') return sharedStrings.get(Number(raw));
  if (type === 'n') {
    const number = Number(raw);
    return Number.isFinite(number) ? number : null;
  }
  return raw; // str, b, e: shown as written
}

/** A cell as a chart caches it: its value and its style index (for the number format it is shown in). */
export interface SheetCell {
  value: SheetValue;
  style: number;
}

/** The cells of a range of a worksheet, row by row (missing cells: null, style 0). */
export function rangeCells(worksheet: Document, range: RangeRef, sharedStrings: SharedStrings): SheetCell[][] {
  const height = range.bottom - range.top + 1;
  const width = range.right - range.left + 1;
  const cells: SheetCell[][] = Array.from({ length: height }, () => Array.from({ length: width }, () => ({ value: null, style: 0 })));
  for (const row of Array.from(worksheet.getElementsByTagNameNS(NS.main, 'row'))) {
    const rowNumber = Number(row.getAttribute('r'));
    if (rowNumber < range.top || rowNumber > range.bottom) continue;
    for (const cell of Array.from(row.getElementsByTagNameNS(NS.main, 'c'))) {
      const ref = parseCellRef(cell.getAttribute('r') ?? '');
      if (!ref || ref.column < range.left || ref.column > range.right) continue;
      cells[ref.row - range.top][ref.column - range.left] = { value: cellValue(cell, sharedStrings), style: Number(cell.getAttribute('s')) || 0 };
    }
  }
  return cells;
}

/** The cached values of a range of a worksheet, row by row (missing cells are null). */
export function rangeValues(worksheet: Document, range: RangeRef, sharedStrings: SharedStrings): SheetValue[][] {
  return rangeCells(worksheet, range, sharedStrings).map((row) => row.map((cell) => cell.value));
}
