/** Finds whole years: `2023 год`, `2022–2024 гг.`, `2022/23`, and school years `2022-2023 учебный год`. */
import { notAfter, period, yearsSpan, type GuardedPattern, type Scanner, type Span } from './found';
import { toIso } from '../dates';
import { YEAR4, YEAR_WORD } from './vocabulary';

const SCHOOL_BEFORE = '(?:(?:учебн[а-я]*|уч\\.?)[ ]*(?:год[а-я]*|г\\.?)|(?:academic|school)[ ]+year)[ ]*';
const SCHOOL_AFTER =
  '[ ]*(?:(?:учебн[а-я]*|уч\\.?)[ ]*(?:год[а-я]*|г(?![а-я])\\.?)|(?:academic|school)[ ]+years?(?![a-z]))';

/** Two years joined by a dash or slash, maybe a school year: `2022–2024 гг.`, `2022/23 уч. г.`. */
const YEAR_RANGE: GuardedPattern = {
  pattern: new RegExp(`(${SCHOOL_BEFORE})?(${YEAR4})[ ]*[-/][ ]*(${YEAR4}|\\d{2})(?![\\d])${YEAR_WORD}(${SCHOOL_AFTER})?`),
  // The first year must not continue a number or a date: judged on the school-year words before it, if any.
  rejects: (before, match) => /[\d./]$/.test(match[1] !== undefined ? match[1] : before),
};
/** A year on its own, not a number after «№». */
const YEAR = notAfter(new RegExp(`(${YEAR4})(?![\\d])${YEAR_WORD}`), /(?:[\d./#]|№[ ]*|(?:^|[^a-z])n[ ]*)$/);

/** The school year runs from 1 September to 31 August. */
function schoolYearSpan(firstYear: number, lastYear: number): Span {
  return { from: toIso(firstYear, 9, 1), to: toIso(lastYear, 8, 31) };
}

function secondYear(first: number, written: string): number | null {
  if (written.length === 4) return Number(written);
  const candidate = first - (first % 100) + Number(written);
  return candidate > first ? candidate : null;
}

/** Year ranges go before months and quarters, which would otherwise take the first year of `2022-2023`. */
export function findYearRanges(scanner: Scanner): void {
  scanner.scan(YEAR_RANGE, (m) => {
    const first = Number(m[2]);
    const last = secondYear(first, m[3]);
    if (last === null) return null;
    const school = m[1] !== undefined || m[4] !== undefined;
    const span = school ? schoolYearSpan(first, last) : yearsSpan(first, last);
    return { exact: false, years: [first, last], borrow: 'any', span: () => span };
  });
}

export function findYears(scanner: Scanner): void {
  scanner.scan(YEAR, (m) => {
    const year = Number(m[1]);
    return period(year, () => yearsSpan(year, year));
  });
}
