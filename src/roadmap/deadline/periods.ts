/** Finds months, quarters, half-years and «9 месяцев» periods, in Russian and English. */
import { monthsSpan, notAfter, period, type Scanner } from './found';
import {
  HALF_NUMERAL,
  MONTH_WORD,
  ORDINAL_ENDING,
  QUARTER_NUMERAL,
  YEAR4,
  YEAR_TAIL,
  YEAR_WORD,
  monthCount,
  monthNumber,
  ordinalNumber,
} from './vocabulary';

/** What may not stand right before a period's numeral: a letter or digit (the word or number goes on). */
const EDGE = /[а-яa-z0-9]$/;
const QUARTER_UNIT = '(?:кварта[а-я]*|кв(?![а-я])\\.?|quarters?(?![a-z])(?:[ ]+of)?)';
const HALF_UNIT = '(?:полугод[а-я]*|половин[а-я]*|пол\\.|halfs?(?![a-z])(?:[ ]+of)?|halves)';

/** `IV квартал 2022 г.`, `4 кв. 2022`, `I-II кварталы 2023`, `в 1-м квартале`, `fourth quarter of 2022`. */
const QUARTER = notAfter(
  new RegExp(
    `(${QUARTER_NUMERAL})${ORDINAL_ENDING}(?:[ ]*(?:-|и|,|and)[ ]*(${QUARTER_NUMERAL})${ORDINAL_ENDING})?` +
      `[ ]*${QUARTER_UNIT}${YEAR_TAIL}`,
  ),
  EDGE,
);
/** `Q4 2022`, `Q4/2022`, `4Q 2022`, `2022 Q4`. */
const Q_QUARTER = notAfter(new RegExp(`q[ ]*([1-4])(?![0-9])${YEAR_TAIL}`), EDGE);
const QUARTER_Q = notAfter(new RegExp(`([1-4])[ ]*q(?![a-z])${YEAR_TAIL}`), EDGE);
const Q_QUARTER_YEAR = notAfter(new RegExp(`q[ ]*([1-4])(?![0-9])[ ]*[/']?[ ]*(${YEAR4})(?!\\d)`), EDGE);
const YEAR_Q = notAfter(new RegExp(`(${YEAR4})[ ]*[-/,]?[ ]*q[ ]*([1-4])(?![0-9])`), /\d$/);
/** `I полугодие 2023`, `первое полугодие`, `вторая половина 2022 года`, `first half of 2023`. */
const HALF = notAfter(new RegExp(`(${HALF_NUMERAL})${ORDINAL_ENDING}[ ]*${HALF_UNIT}${YEAR_TAIL}`), EDGE);
const H_HALF = notAfter(new RegExp(`h[ ]*([12])(?![0-9])${YEAR_TAIL}`), EDGE);
/** `9 месяцев 2023 г.`: January to the end of the ninth month. Needs a year, else it is a duration. */
const MONTHS_OF_YEAR = notAfter(
  new RegExp(`(\\d{1,2}|три|шест[а-я]*|девят[а-я]*|двенадцат[а-я]*)[ ]*месяц[а-я]*[ ]*(${YEAR4})(?!\\d)${YEAR_WORD}`),
  EDGE,
);
/** `декабрь 2021 г.`, `в декабре 2021 года`, `сент. 2021`, `December 2021`, or a month alone. */
const MONTH = notAfter(new RegExp(`(${MONTH_WORD})${YEAR_TAIL}`), /[а-яa-z]$/);

function yearOf(written: string | undefined): number | null {
  return written ? Number(written) : null;
}

function quarterMonths(first: number, last: number): [number, number] {
  return [first * 3 - 2, last * 3];
}

export function findPeriods(scanner: Scanner): void {
  // `Q3 2023 – Q1 2024`: a Q with its year after it first, so that `2023 – Q1` is not read as Q1 2023.
  scanner.scan(Q_QUARTER_YEAR, (m) => {
    const [from, to] = quarterMonths(Number(m[1]), Number(m[1]));
    return period(Number(m[2]), (y) => monthsSpan(y, from, to));
  });
  scanner.scan(YEAR_Q, (m) => {
    const [from, to] = quarterMonths(Number(m[2]), Number(m[2]));
    return period(Number(m[1]), (y) => monthsSpan(y, from, to));
  });
  scanner.scan(QUARTER, (m) => {
    const first = ordinalNumber(m[1]);
    const last = m[2] ? ordinalNumber(m[2]) : first;
    if (first === 0 || last < first) return null;
    const [from, to] = quarterMonths(first, last);
    return period(yearOf(m[3]), (y) => monthsSpan(y, from, to));
  });
  for (const pattern of [Q_QUARTER, QUARTER_Q]) {
    scanner.scan(pattern, (m) => {
      const [from, to] = quarterMonths(Number(m[1]), Number(m[1]));
      return period(yearOf(m[2]), (y) => monthsSpan(y, from, to));
    });
  }
  scanner.scan(HALF, (m) => {
    const half = ordinalNumber(m[1]);
    if (half < 1 || half > 2) return null;
    return period(yearOf(m[2]), (y) => monthsSpan(y, half * 6 - 5, half * 6));
  });
  scanner.scan(H_HALF, (m) => {
    const half = Number(m[1]);
    return period(yearOf(m[2]), (y) => monthsSpan(y, half * 6 - 5, half * 6));
  });
  scanner.scan(MONTHS_OF_YEAR, (m) => {
    const count = monthCount(m[1]);
    if (count < 1 || count > 12) return null;
    return period(Number(m[2]), (y) => monthsSpan(y, 1, count));
  });
  scanner.scan(MONTH, (m) => {
    const month = monthNumber(m[1]);
    if (month === 0) return null;
    return period(yearOf(m[2]), (y) => monthsSpan(y, month, month));
  });
}
