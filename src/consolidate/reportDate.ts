import { isValidDate, toIso } from '../roadmap/dates';

/** «по состоянию на 01.09.2021», «отчёт на 1.09.21», «as of 01.09.2021». */
const AS_OF = /(?:по состоянию на|отч[её]т на|данные на|as of)\s*(\d{1,2})\.(\d{1,2})\.(\d{2}|\d{4})(?!\d)/iu;

function fullYear(text: string): number {
  const year = Number(text);
  return text.length === 2 ? 2000 + year : year;
}

/** The date a title line says the roadmap's state is given for, or null. */
export function statedReportDate(titleLines: readonly string[]): string | null {
  for (const line of titleLines) {
    const match = AS_OF.exec(line);
    if (!match) continue;
    const [day, month, year] = [Number(match[1]), Number(match[2]), fullYear(match[3])];
    if (isValidDate(year, month, day)) return toIso(year, month, day);
  }
  return null;
}

/**
 * The date a workbook's data is as of: the date a title line states («по состоянию на 01.09.2021»), else the
 * report date the tool wrote into its copy (`toolAsOf`), else null. The date the file was saved is another
 * thing (a copied file keeps its saving date), reported beside it, never in its place.
 */
export function workbookAsOf(titleLines: readonly string[], toolAsOf: string | null): string | null {
  return statedReportDate(titleLines) ?? toolAsOf;
}
