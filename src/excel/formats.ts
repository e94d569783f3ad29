import { GENERAL_FORMAT, TEXT_FORMAT } from '../roadmap/report/sheetLook';

/** Number formats the add-in writes: the engine's (Office.js takes them in the invariant en-US notation). */
export { DATE_FORMAT, GENERAL_FORMAT, PERCENT_FORMAT, TEXT_FORMAT } from '../roadmap/report/sheetLook';

/** Text Excel would take for a formula if written as is: it is written into a text-formatted cell instead. */
export function looksLikeFormula(text: string): boolean {
  return /^[=+\-@]/.test(text);
}

/** The format to give a cell before writing `value` into it, so that text stays text. */
export function formatForText(value: string, otherwise: string = GENERAL_FORMAT): string {
  return looksLikeFormula(value) ? TEXT_FORMAT : otherwise;
}
