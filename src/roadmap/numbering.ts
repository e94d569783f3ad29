import { isDateValue } from './cells';
import type { Cell } from './types';

export type NumberReading =
  | { kind: 'ok'; no: string }
  | { kind: 'missing' }
  | { kind: 'invalid'; text: string }
  /** Excel turned `1.1` into 1 January: `guess` is the number the user most likely typed. */
  | { kind: 'date'; iso: string; guess: string };

const ITEM_NUMBER = /^\d+(\.\d+)*$/;
/**
 * Other numbers plans give their items: «I этап», «Этап 1», «IV», «а)», «б.», «1)» (the closing bracket or dot
 * is dropped before this test).
 */
const OTHER_ITEM_NUMBER = /^(?:[IVXLC]+|[IVXLC]+\s+этап|этап\s+(?:\d+|[IVXLC]+)|[а-яa-z]|\d+[а-я])$/i;

/** True for a text that is an item number: «1», «1.2.3.», «1)», «а)», «I этап». */
export function isItemNumber(text: string): boolean {
  const no = text.replace(/\s+/g, ' ').trim().replace(/[.)]$/, '');
  return ITEM_NUMBER.test(no) || OTHER_ITEM_NUMBER.test(no);
}

/** Reads an item's number from its cell: text `1.1`, number 1.1 (displayed text preferred), or a date Excel made of it. */
export function readItemNumber(cell: Cell): NumberReading {
  const { value } = cell;
  if (isDateValue(value)) {
    const day = Number(value.iso.slice(8, 10));
    const month = Number(value.iso.slice(5, 7));
    return { kind: 'date', iso: value.iso, guess: `${day}.${month}` };
  }
  const raw = cell.text !== undefined && cell.text !== '' ? cell.text : value === null ? '' : String(typeof value === 'object' ? value.code : value);
  const text = raw.replace(/\s+/g, ' ').trim();
  if (text === '') return { kind: 'missing' };
  const no = text.replace(/[.)]$/, '');
  return ITEM_NUMBER.test(no) || OTHER_ITEM_NUMBER.test(no) ? { kind: 'ok', no } : { kind: 'invalid', text };
}

/** True for numbers written with digits and dots only, which have an order: «2.1.3». */
export function isDottedNumber(no: string): boolean {
  return ITEM_NUMBER.test(no);
}

/** Orders item numbers segment by segment: 1.9 < 1.10 < 2 < 2.1. */
export function compareItemNumbers(a: string, b: string): number {
  // Walks both numbers segment by segment without splitting them: this runs once per item of large sheets.
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const left = i < a.length ? readSegment(a, i) : null;
    const right = j < b.length ? readSegment(b, j) : null;
    const difference = (left?.value ?? -1) - (right?.value ?? -1);
    if (difference !== 0) return difference;
    i = left ? left.next : i;
    j = right ? right.next : j;
  }
  return 0;
}

/** The number that starts at `start` (up to the next dot) and where the following segment starts. */
function readSegment(text: string, start: number): { value: number; next: number } {
  let end = text.indexOf('.', start);
  if (end < 0) end = text.length;
  return { value: Number(text.slice(start, end)), next: end + 1 };
}
