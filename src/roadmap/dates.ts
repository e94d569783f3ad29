/** Calendar helpers over ISO dates (YYYY-MM-DD), all in UTC so that no time zone shifts a day. */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;
/** Excel's day 0 in the 1900 date system, adjusted for its fictitious 29 Feb 1900. */
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

export function isIsoDate(text: string): boolean {
  const match = ISO_DATE.exec(text);
  if (!match) return false;
  const [, y, m, d] = match;
  return isValidDate(Number(y), Number(m), Number(d));
}

export function isValidDate(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return false;
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function toIso(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function lastDayOfMonth(year: number, month: number): string {
  return toIso(year, month, daysInMonth(year, month));
}

function isoToUtcMs(iso: string): number {
  return Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));
}

function utcMsToIso(ms: number): string {
  const date = new Date(ms);
  return toIso(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

export function addDays(iso: string, days: number): string {
  return utcMsToIso(isoToUtcMs(iso) + days * MS_PER_DAY);
}

/** Whole days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: string, to: string): number {
  return Math.round((isoToUtcMs(to) - isoToUtcMs(from)) / MS_PER_DAY);
}

export function excelSerialToIso(serial: number): string {
  return utcMsToIso(EXCEL_EPOCH_MS + Math.floor(serial) * MS_PER_DAY);
}

export function isoToExcelSerial(iso: string): number {
  return Math.round((isoToUtcMs(iso) - EXCEL_EPOCH_MS) / MS_PER_DAY);
}

/** A JavaScript Date as the calendar day it shows in UTC (how ExcelJS hands over date cells). */
export function dateToIso(date: Date): string {
  return utcMsToIso(date.getTime());
}

export function isoToUtcDate(iso: string): Date {
  return new Date(isoToUtcMs(iso));
}

/** DD.MM.YYYY, as Russian documents write dates. */
export function formatRuDate(iso: string): string {
  return `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}`;
}

/** Today's date where the program runs, as ISO. */
export function localToday(now: Date = new Date()): string {
  return toIso(now.getFullYear(), now.getMonth() + 1, now.getDate());
}
