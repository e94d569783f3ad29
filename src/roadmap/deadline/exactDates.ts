/** Finds single days: `31.07.2021`, `01.09.22`, `2021-07-31`, `31 июля 2021 г.`, `July 31, 2021`, `1 марта`. */
import { daySpan, notAfter, type FoundShape, type GuardedPattern, type Scanner } from './found';
import { MONTH_WORD, YEAR4, monthNumber } from './vocabulary';

/** A date right after «от» names a document (`приказ от 12.05.2021 № 5`), not a deadline. */
const DOCUMENT_DATE = /(?:^|[^а-яa-z])от[ ]*$/;

const ISO = notAfter(new RegExp(`(${YEAR4})[ ]*([-./])[ ]*(\\d{1,2})[ ]*\\2[ ]*(\\d{1,2})(?![\\d])`), /[\d./]$/);
const DAY_MONTH_YEAR = notAfter(/(\d{1,2})[ ]*[./][ ]*(\d{1,2})[ ]*[./][ ]*(\d{4}|\d{2})(?![\d])/, /[\d./]$/);
const DASHED = notAfter(new RegExp(`(\\d{1,2})-(\\d{1,2})-(${YEAR4})(?![\\d-])`), /[\d-]$/);
const DAY_NAMED_MONTH = notAfter(
  new RegExp(
    `(\\d{1,2})(?!\\d)(?:[ ]*-?[ ]*(?:го|е|ое|st|nd|rd|th)(?![а-яa-z]))?[ ]*(${MONTH_WORD})` + `(?:[ ]*,?[ ]*(${YEAR4})(?!\\d))?`,
  ),
  /[\d.]$/,
);
const NAMED_MONTH_DAY = notAfter(new RegExp(
  `(${MONTH_WORD})[ ]*(\\d{1,2})(?!\\d)(?:[ ]*(?:st|nd|rd|th)(?![a-z]))?(?:[ ]*,?[ ]*(${YEAR4})(?!\\d))?`,
), /[a-z]$/);
/** Days of one month, with the `с` that opens them: `с 1 по 15 сентября 2021 г.`, `1-15 сентября 2021`. */
const DAYS_OF_MONTH: GuardedPattern = {
  pattern: new RegExp(
    `(?:(?:с|from)[ ]+)?(\\d{1,2})[ ]*(?:-|по|до)[ ]*(\\d{1,2})(?!\\d)[ ]*(${MONTH_WORD})(?:[ ]*,?[ ]*(${YEAR4})(?!\\d))?`,
  ),
  // The opening `с` must start a word; the first day must not continue a number.
  rejects: (before, match) => (/^\d/.test(match[0]) ? /[\d.]$/ : /[а-яa-z]$/).test(before),
};
/** A day and month with no year (`до 05.03`): usable only as one end of a range. */
const DAY_MONTH = notAfter(/(\d{1,2})[./](\d{1,2})(?![\d]|[ ]*[./][ ]*\d)/, /[\d./]$/);

function fullYear(written: string): number {
  return written.length === 2 ? 2000 + Number(written) : Number(written);
}

function day(year: number | null, month: number, dayOfMonth: number): FoundShape {
  return {
    exact: true,
    years: year === null ? [] : [year],
    borrow: 'range',
    span: (y) => daySpan(y, month, dayOfMonth),
  };
}

function unlessDocument(before: string, shape: FoundShape): FoundShape | 'skip' {
  return DOCUMENT_DATE.test(before) ? 'skip' : shape;
}

export function findExactDates(scanner: Scanner): void {
  scanner.scan(ISO, (m, before) => unlessDocument(before, day(Number(m[1]), Number(m[3]), Number(m[4]))));
  scanner.scan(DAY_MONTH_YEAR, (m, before) =>
    unlessDocument(before, day(fullYear(m[3]), Number(m[2]), Number(m[1]))),
  );
  scanner.scan(DASHED, (m, before) => unlessDocument(before, day(Number(m[3]), Number(m[2]), Number(m[1]))));
  scanner.scan(DAYS_OF_MONTH, (m, before) => {
    const [first, last, month] = [Number(m[1]), Number(m[2]), monthNumber(m[3])];
    if (first >= last) return null;
    const shape: FoundShape = {
      exact: false,
      years: m[4] ? [Number(m[4])] : [],
      borrow: 'range',
      span: (y) => {
        const [a, b] = [daySpan(y, month, first), daySpan(y, month, last)];
        return a && b ? { from: a.from, to: b.to } : null;
      },
    };
    return unlessDocument(before, shape);
  });
  scanner.scan(DAY_NAMED_MONTH, (m, before) =>
    unlessDocument(before, day(m[3] ? Number(m[3]) : null, monthNumber(m[2]), Number(m[1]))),
  );
  scanner.scan(NAMED_MONTH_DAY, (m, before) =>
    unlessDocument(before, day(m[3] ? Number(m[3]) : null, monthNumber(m[1]), Number(m[2]))),
  );
  scanner.scan(DAY_MONTH, (m, before) => {
    const [d, mo] = [Number(m[1]), Number(m[2])];
    if (d < 1 || d > 31 || mo < 1 || mo > 12) return null;
    return unlessDocument(before, day(null, mo, d));
  });
}
