/**
 * The deadline parser's inner reader, fuzzed without its guard: parseDeadline turns any exception into `unknown`,
 * so a crash on a whole class of texts would pass every test of the public function. Here a throw fails the test.
 */
import fc from 'fast-check';
import { readDeadlineUnguarded } from '../../src/roadmap/deadline';
import { explainDeadline } from '../../src/roadmap/deadline/explain';
import { parseDeadlineInYear } from '../../src/roadmap/deadline/planYear';
import { isIsoDate } from '../../src/roadmap/dates';

const PIECES = [
  'до', 'с', 'по', 'к началу', 'не позднее', 'в течение', 'после', 'от', '№', 'N', 'г.', 'года', 'гг.', 'квартал', 'кв.',
  'полугодие', 'месяцев', 'учебного года', 'ежегодно', 'ежеквартально', 'постоянно', 'по мере необходимости', 'раз в',
  'январь', 'мая', 'сент.', 'декабря', 'IV', 'II', 'Ш', 'i', 'х', '-', '–', '—', '/', '.', ',', '(', ')', '*', '\n',
  '31.12.2021', '01.09.22', '2021-07-31', '2022', '2022-2024', '2022/23', '05.03', '10.00', '09-00', '1', '15', '31', '0',
  '99', '1 марта', 'июнь', 'до 5 мая', '22 июня 10.00 ч.', 'by', 'end of', 'Q3', 'until', '\u00a0', 'ё', '¹',
];

const phrase = fc.array(fc.constantFrom(...PIECES), { maxLength: 12 }).map((parts) => parts.join(' '));
const anyText = fc.oneof(phrase, fc.string({ maxLength: 40 }), fc.string({ unit: 'grapheme', maxLength: 20 }));

describe('the deadline reader without its guard', () => {
  it('never throws, and what it returns is well formed', () => {
    fc.assert(
      fc.property(anyText, fc.constantFrom(null, '2021-12-31'), (text, periodEnd) => {
        const deadline = readDeadlineUnguarded(text, { periodEnd });
        expect(deadline.checkpoints.every(isIsoDate)).toBe(true);
        expect([...deadline.checkpoints].sort()).toEqual(deadline.checkpoints);
        if (deadline.due !== null) expect(deadline.checkpoints[deadline.checkpoints.length - 1]).toBe(deadline.due);
        else expect(deadline.checkpoints).toEqual([]);
      }),
      { numRuns: 3000 },
    );
  });

  it('the plan-year reader and the explanation never throw either', () => {
    fc.assert(
      fc.property(anyText, fc.integer({ min: 1990, max: 2099 }), (text, year) => {
        const lent = parseDeadlineInYear(text, year);
        if (lent) {
          expect(lent.checkpoints.every((iso) => isIsoDate(iso) && iso.startsWith(String(year)))).toBe(true);
          expect(lent.due).toBe(lent.checkpoints[lent.checkpoints.length - 1]);
        }
        const explained = explainDeadline(text);
        for (const found of explained.found) expect(explained.normalized).toContain(found.text);
      }),
      { numRuns: 2000 },
    );
  });

  it('names the finder that read each part', () => {
    expect(explainDeadline('до 31.12.2021, IV квартал 2022 г.').found.map((f) => [f.finder, f.text])).toEqual([
      ['exact dates', '31.12.2021'],
      ['periods', 'iv квартал 2022 г.'],
    ]);
    expect(explainDeadline('ежеквартально').phrases).toEqual(['recurring']);
  });
});
