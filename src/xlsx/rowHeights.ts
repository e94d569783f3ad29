/**
 * Row heights for wrapped text. Excel and LibreOffice do not re-fit row heights of a file they open, so a sheet
 * written with wrapped cells and no heights shows one line of each; the writer sets heights from the text instead.
 */

const POINTS_PER_LINE = 15;
const DEFAULT_WIDTH = 8.43;

/** Lines a text takes in a column `width` characters wide: each paragraph wraps on its own. */
export function wrappedLines(text: string, width: number = DEFAULT_WIDTH): number {
  const perLine = Math.max(1, Math.floor(width * 0.9));
  return text.split('\n').reduce((lines, paragraph) => lines + Math.max(1, Math.ceil(paragraph.length / perLine)), 0);
}

/** Height in points for the tallest wrapped text of a row, or undefined when one line is enough. */
export function rowHeightFor(texts: readonly { text: string; width: number | undefined }[]): number | undefined {
  const lines = texts.reduce((most, { text, width }) => Math.max(most, wrappedLines(text, width)), 1);
  return lines > 1 ? lines * POINTS_PER_LINE : undefined;
}
