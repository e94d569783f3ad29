/** Words that name calendar units in Russian and English deadlines, as regular-expression sources. */

/** A month name in any case or common abbreviation (`январь`, `января`, `январе`, `янв.`, `сент.`, `Sept`). */
export const MONTH_WORD =
  '(?:(?:(?:январ|феврал|апрел|июн|июл|сентябр|октябр|ноябр|декабр)[ьяе]?|март[ае]?|август[ае]?|ма[йяе]' +
  '|янв|февр?|мар|апр|авг|сент?|окт|нояб?|дек)(?![а-я])' +
  '|(?:january|february|march|april|may|june|july|august|september|october|november|december' +
  '|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)(?![a-z]))\\.?';

const MONTH_KEYS = [
  ['янв', 'jan'], ['фев', 'feb'], ['мар', 'mar'], ['апр', 'apr'], ['ма', 'may'], ['июн', 'jun'],
  ['июл', 'jul'], ['авг', 'aug'], ['сен', 'sep'], ['окт', 'oct'], ['ноя', 'nov'], ['дек', 'dec'],
];

/** The month (1–12) a MONTH_WORD match names. */
export function monthNumber(word: string): number {
  const w = word.replace(/\.$/, '');
  // `ма` (май) is also the start of `мар` (март), so May must be a whole word.
  const index = MONTH_KEYS.findIndex(([ru, en]) => (ru === 'ма' ? /^ма[йяе]$/.test(w) : w.startsWith(ru)) || w.startsWith(en));
  return index + 1;
}

/** A four-digit year this parser believes in. */
export const YEAR4 = '(?:19|20|21)\\d{2}';

/** `г.`, `гг.`, `года`, `году`, `годы`, `годах` after a year. */
export const YEAR_WORD = '(?:[ ]*(?:годах|годов|годы|года|году|год|гг|г)(?![а-я])\\.?)?';

/** An optional year after a month, quarter or half-year: ` 2022 г.`, `, 2022`, ` (2022)`, `/2022`, ` of 2022`. */
export const YEAR_TAIL = `(?:[ ]*[,/(]?[ ]*(?:of[ ]+)?(${YEAR4})(?!\\d)${YEAR_WORD}[ ]*\\)?)?`;

/** Ordinal endings written after a numeral: `1-й`, `2-е`, `4-м`, `3 го`. */
export const ORDINAL_ENDING = '(?:[ ]*-?[ ]*(?:ый|ий|ой|й|ого|его|го|ом|ем|м|ое|ее|е|st|nd|rd|th)(?![а-яa-z]))?';

const ORDINAL_STEMS: ReadonlyArray<[RegExp, number]> = [
  [/^(?:i|1|перв|first)/, 1],
  [/^(?:ii|2|втор|second)/, 2],
  [/^(?:iii|3|трет|third)/, 3],
  [/^(?:iv|4|четверт|fourth)/, 4],
];

/** The number a quarter or half-year numeral stands for (`IV`, `4`, `четвертом`, `fourth`), or 0. */
export function ordinalNumber(word: string): number {
  // Longer roman numerals first: `iii` and `iv` also start with `i`.
  if (word === 'iii') return 3;
  if (word === 'iv') return 4;
  if (word === 'ii') return 2;
  const hit = ORDINAL_STEMS.find(([stem]) => stem.test(word));
  return hit ? hit[1] : 0;
}

export const QUARTER_NUMERAL = '(?:iv|iii|ii|i|[1-4]|перв[а-я]*|втор[а-я]*|трет[а-я]*|четверт[а-я]*|first|second|third|fourth)';
export const HALF_NUMERAL = '(?:ii|i|[12]|перв[а-я]*|втор[а-я]*|first|second)';

/** Number words that count months in `9 месяцев 2023`. */
export function monthCount(word: string): number {
  if (/^\d+$/.test(word)) return Number(word);
  if (word.startsWith('три')) return 3;
  if (word.startsWith('шест')) return 6;
  if (word.startsWith('девят')) return 9;
  if (word.startsWith('двенадцат')) return 12;
  return 0;
}
