import { isValidDate, lastDayOfMonth, toIso } from '../dates';

/** The first and last day a phrase covers (the same day for an exact date). */
export interface Span {
  from: string;
  to: string;
}

/** A piece of the normalised text that names a date or a period, found before its role is known. */
export interface Found {
  start: number;
  end: number;
  /** True for a single named day (`31.07.2021`), false for a period (`IV квартал 2022`). */
  exact: boolean;
  /** The years the phrase itself writes; empty when it needs to borrow one. */
  years: number[];
  /**
   * Where a phrase without a year may borrow one: only from the other end of a range (`1 сентября` in
   * `с 1 сентября по 31 декабря 2021`), or also from the only year the cell names (`2022 год: I квартал`).
   */
  borrow: 'range' | 'any';
  /** The span for a year (the written one, or a borrowed one); null when no such day exists. */
  span(year: number): Span | null;
}

export type FoundShape = Omit<Found, 'start' | 'end'>;

export function daySpan(year: number, month: number, day: number): Span | null {
  if (!isValidDate(year, month, day)) return null;
  const iso = toIso(year, month, day);
  return { from: iso, to: iso };
}

export function monthsSpan(year: number, firstMonth: number, lastMonth: number): Span | null {
  if (firstMonth < 1 || lastMonth > 12 || firstMonth > lastMonth) return null;
  return { from: toIso(year, firstMonth, 1), to: lastDayOfMonth(year, lastMonth) };
}

export function yearsSpan(firstYear: number, lastYear: number): Span {
  return { from: toIso(Math.min(firstYear, lastYear), 1, 1), to: toIso(Math.max(firstYear, lastYear), 12, 31) };
}

/** A period that is written with its year, or waits to borrow one. */
export function period(year: number | null, build: (year: number) => Span | null, borrow: 'range' | 'any' = 'any'): FoundShape {
  return { exact: false, years: year === null ? [] : [year], borrow, span: build };
}

/**
 * A pattern with a condition on the text right before it. This is what a lookbehind `(?<!…)` says, written so that
 * IE11 (Excel 2016/2019's webview) can run it: no lookbehind, named group or s/u/y flag anywhere in the engine.
 * `rejects` gets the text before the match (the scanner's working copy, as a lookbehind would see it) and the match.
 */
export interface GuardedPattern {
  pattern: RegExp;
  rejects(before: string, match: RegExpExecArray): boolean;
}

/** `pattern` where `(?<!X)pattern` was: rejected when the text before it ends with what `tail` (anchored with `$`) matches. */
export function notAfter(pattern: RegExp, tail: RegExp): GuardedPattern {
  return { pattern, rejects: (before) => tail.test(before) };
}

/** Finders pass their patterns as constants: compile each global copy once, not on every cell. */
const GLOBAL_PATTERNS = new WeakMap<RegExp, RegExp>();

function globalVersion(pattern: RegExp): RegExp {
  let regex = GLOBAL_PATTERNS.get(pattern);
  if (!regex) {
    regex = new RegExp(pattern.source, `${pattern.ignoreCase ? 'i' : ''}${pattern.multiline ? 'm' : ''}g`);
    GLOBAL_PATTERNS.set(pattern, regex);
  }
  return regex;
}

/**
 * Runs finders over the normalised text one after another. Each match is blanked out in a working copy
 * so that later, coarser finders (a bare year) do not read the parts of earlier ones (the year of a date).
 */
export class Scanner {
  private working: string;
  readonly found: Found[] = [];

  constructor(readonly text: string) {
    this.working = text;
  }

  /**
   * `read` turns a match into what it names, `'skip'` to blank it without keeping it (a document's date
   * after «от»), or null to leave the text for other finders.
   */
  scan(pattern: RegExp | GuardedPattern, read: (match: RegExpExecArray, before: string) => FoundShape | 'skip' | null): void {
    const guard = pattern instanceof RegExp ? null : pattern;
    const regex = globalVersion(guard ? guard.pattern : (pattern as RegExp));
    regex.lastIndex = 0;
    const source = this.working;
    for (let match = regex.exec(source); match !== null; match = regex.exec(source)) {
      if (match[0].length === 0) {
        regex.lastIndex += 1;
        continue;
      }
      const start = match.index;
      // A lookbehind that fails makes the regex try the next position: so does a guard.
      if (guard && guard.rejects(source.slice(0, start), match)) {
        regex.lastIndex = start + 1;
        continue;
      }
      const end = start + match[0].length;
      const result = read(match, this.text.slice(0, start));
      if (result === null) continue;
      this.working = this.working.slice(0, start) + '#'.repeat(end - start) + this.working.slice(end);
      if (result !== 'skip') this.found.push({ ...result, start, end });
    }
  }
}
