import { isDateValue } from './cells';
import type { Cell } from './types';

export type NumberReading =
  | { kind: 'ok'; no: string }
  | { kind: 'missing' }
  | { kind: 'invalid'; text: string }
  /** Excel turned `1.1` into 1 January: `guess` is the number the user most likely typed. */
  | { kind: 'date'; iso: string; guess: string };

const ITEM_NUMBER = /^\d+(\.\d+)*$/;

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
  return ITEM_NUMBER.test(no) ? { kind: 'ok', no } : { kind: 'invalid', text };
}

/** Orders item numbers segment by segment: 1.9 < 1.10 < 2 < 2.1. */
export function compareItemNumbers(a: string, b: string): number {
  const left = a.split('.').map(Number);
  const right = b.split('.').map(Number);
  for (let i = 0; i < Math.max(left.length, right.length); i++) {
    const difference = (left[i] ?? -1) - (right[i] ?? -1);
    if (difference !== 0) return difference;
  }
  return 0;
}
