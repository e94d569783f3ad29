/**
 * Dates written without a year («до 5 мая», «22 июня 10.00 ч.», «до 01.11», «июнь»), read in the plan's year.
 * Event plans write the year once, in their title («План мероприятий … на 2005 год»), and leave it out of the
 * table. The plain parser never guesses a year; the table reader calls this only when the plan names one
 * year unambiguously.
 */
import type { Deadline } from '../types';
import { findExactDates } from './exactDates';
import { Scanner } from './found';
import { normalize } from './normalize';
import { findPeriods } from './periods';
import { isPlaceholder } from './phrases';
import { resolveAnchors } from './resolve';
import { findYearRanges, findYears } from './years';

/** The finders in the order the parser runs them, by name (the names `explainDeadline` reports). */
export const FINDERS: readonly (readonly [string, (scanner: Scanner) => void])[] = [
  ['exact dates', findExactDates],
  ['year ranges', findYearRanges],
  ['periods', findPeriods],
  ['years', findYears],
];

/**
 * Reads `text` lending `year` to every date or period in it that has none. Null when the text names its own
 * year (its plain reading stands), names no date at all, or the dates found say when work starts rather than
 * when it is due.
 */
export function parseDeadlineInYear(text: string, year: number): (Deadline & { inferredYear: true }) | null {
  const normalized = normalize(text);
  if (isPlaceholder(normalized)) return null;
  const scanner = new Scanner(normalized);
  for (const [, find] of FINDERS) find(scanner);
  if (scanner.found.length === 0 || scanner.found.some((found) => found.years.length > 0)) return null;
  const lent = scanner.found.map((found) => ({ ...found, years: [year] }));
  const { ends } = resolveAnchors(normalized, lent);
  if (ends.length === 0) return null;
  const checkpoints = [...new Set(ends.map((anchor) => anchor.to))].sort();
  const due = checkpoints[checkpoints.length - 1];
  const exact = ends.some((anchor) => anchor.exact && anchor.to === due);
  const kind = checkpoints.length > 1 ? 'milestones' : exact ? 'date' : 'period';
  return { text, kind, due, checkpoints, inferredYear: true };
}

const YEAR_IN_TITLE = /(?:^|[^\d№])((?:19|20)\d\d)(?!\d)/g;

/** Years this far before the latest one in a title are history («… годовщины Победы 1941 — 1945 годов»), not the plan's. */
const HISTORY_YEARS = 5;

/**
 * The distinct years written in the lines above a table (a plan's title, its approval line), ascending,
 * without the historical years a title commemorates.
 */
export function titleYears(lines: readonly string[]): number[] {
  const years = new Set<number>();
  // An exec loop rather than matchAll, which Excel 2016's IE11 webview lacks.
  for (const line of lines) {
    YEAR_IN_TITLE.lastIndex = 0;
    for (let match = YEAR_IN_TITLE.exec(line); match !== null; match = YEAR_IN_TITLE.exec(line)) years.add(Number(match[1]));
  }
  const latest = Math.max(...years);
  return [...years].filter((year) => year >= latest - HISTORY_YEARS).sort((a, b) => a - b);
}

/** A line holding only a year and its word: the tail of a date that Word wrapped («До 25 апреля⏎2008 года»). */
const WRAPPED_YEAR = /\n(?=[ \t]*(?:19|20)\d\d[ \t]*(?:г\.|года?|г)?[ \t]*(?:\n|$))/g;

/** A short line of words without a number: the opening of the date on the next line («Не ранее⏎4 декабря 2011 года»). */
const WORDS_BEFORE_DATE = /(^|\n)([^\d\n]{1,20})\n(?=[^\n]*\d)/g;

/**
 * Joins the lines of a deadline that belong together — a wrapped year to the date above it, a short opening line
 * («Не позднее», «и не позднее») to the date below it — so that a narrow cell, or a Word cell pasted one paragraph
 * per row, reads as the phrases it writes. Lines that each name a date stay apart (they are milestones).
 */
export function joinWrappedYear(text: string): string {
  if (!text.includes('\n')) return text;
  return text.replace(WRAPPED_YEAR, ' ').replace(WORDS_BEFORE_DATE, (_match, start: string, words: string) => `${start}${words.trimEnd()} `);
}
