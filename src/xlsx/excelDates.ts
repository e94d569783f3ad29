import { isoToUtcDate } from '../roadmap/dates';

/** The first and last days Excel's 1900 date system holds (serials 1 and 2958465). */
const FIRST_DAY = Date.UTC(1900, 0, 1);
const LAST_DAY = Date.UTC(9999, 11, 31);

/**
 * A date (YYYY-MM-DD) as a cell value Excel can hold: the Date, or null when it is not a date or lies outside
 * 1900-01-01…9999-12-31 (Excel shows such a cell as ##### or refuses the file as damaged; an empty cell is honest).
 */
export function excelDate(iso: string): Date | null {
  const date = isoToUtcDate(iso);
  const time = date.getTime();
  return Number.isNaN(time) || time < FIRST_DAY || time > LAST_DAY ? null : date;
}
