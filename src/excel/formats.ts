/** Number formats the add-in writes. Office.js takes them in the invariant (en-US) notation. */
export const DATE_FORMAT = 'dd.mm.yyyy';
export const TEXT_FORMAT = '@';
export const PERCENT_FORMAT = '0.0%';
export const GENERAL_FORMAT = 'General';

/** Text Excel would take for a formula if written as is: it is written into a text-formatted cell instead. */
export function looksLikeFormula(text: string): boolean {
  return /^[=+\-@]/.test(text);
}

/** The format to give a cell before writing `value` into it, so that text stays text. */
export function formatForText(value: string, otherwise: string = GENERAL_FORMAT): string {
  return looksLikeFormula(value) ? TEXT_FORMAT : otherwise;
}
