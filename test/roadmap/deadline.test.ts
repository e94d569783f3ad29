import fc from 'fast-check';
import { isIsoDate, lastDayOfMonth, toIso, daysInMonth } from '../../src/roadmap/dates';
import { parseDeadline } from '../../src/roadmap/deadline';
import type { Deadline } from '../../src/roadmap/types';

const DATED = new Set(['date', 'milestones', 'period']);

/** Words and signs deadlines are made of, so that random strings reach deep into the parser. */
const PIECES = [
  'до', 'с', 'по', 'не позднее', 'от', 'начиная с', 'в течение', 'ежегодно', 'ежеквартально', 'постоянно',
  'по мере необходимости', 'квартал', 'кв.', 'полугодие', 'месяцев', 'IV', 'I', 'ІІ', 'Ш', 'декабрь', 'января',
  'сент.', 'г.', 'гг.', 'года', 'учебный год', 'Q4', 'H1', 'by', 'July', '-', '–', '—', '/', '.', ',', ';', '\n',
  ' ', '\u00a0', '31', '01', '12', '2021', '2022', '2024', '22', '29.02', '31.02.2021', '(', ')', '№', 'дней', 'после',
];
const deadlineLike = fc.array(fc.constantFrom(...PIECES), { maxLength: 14 }).map((parts) => parts.join(''));
const spacedDeadlineLike = fc.array(fc.constantFrom(...PIECES), { maxLength: 14 }).map((parts) => parts.join(' '));
const anyText = fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' }), deadlineLike, spacedDeadlineLike);
const periodEnd = fc.option(fc.constantFrom('2022-12-31', '2024-06-30', 'not a date', ''), { nil: undefined });

function checkInvariants(text: string, deadline: Deadline): void {
  expect(deadline.text).toBe(text);
  expect(deadline.due === null || isIsoDate(deadline.due)).toBe(true);
  deadline.checkpoints.forEach((c) => expect(isIsoDate(c)).toBe(true));
  const sorted = [...new Set(deadline.checkpoints)].sort();
  expect(deadline.checkpoints).toEqual(sorted);
  if (DATED.has(deadline.kind)) {
    expect(deadline.due).not.toBeNull();
    expect(deadline.checkpoints[deadline.checkpoints.length - 1]).toBe(deadline.due);
  }
  if (deadline.kind === 'date' || deadline.kind === 'period') expect(deadline.checkpoints).toHaveLength(1);
  if (deadline.kind === 'milestones') expect(deadline.checkpoints.length).toBeGreaterThan(1);
  if (!DATED.has(deadline.kind) && deadline.kind !== 'continuous') {
    expect(deadline.due).toBeNull();
    expect(deadline.checkpoints).toEqual([]);
  }
}

const validDay = fc
  .record({ year: fc.integer({ min: 2000, max: 2099 }), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 31 }) })
  .filter(({ year, month, day }) => day <= daysInMonth(year, month));
const pad = (n: number): string => String(n).padStart(2, '0');

describe('parseDeadline properties', () => {
  it('never throws and keeps its invariants on any string', () => {
    fc.assert(
      fc.property(anyText, periodEnd, (text, end) => {
        checkInvariants(text, parseDeadline(text, end === undefined ? undefined : { periodEnd: end }));
      }),
      { numRuns: 3000 },
    );
  });

  it('reads every valid DD.MM.YYYY date, however it is wrapped', () => {
    const wrappers = ['{}', 'до {}', 'до {} г.', 'не позднее {}', 'в срок до {}г.', 'к {} года', 'до{}'];
    fc.assert(
      fc.property(validDay, fc.constantFrom(...wrappers), ({ year, month, day }, wrapper) => {
        const text = wrapper.replace('{}', `${pad(day)}.${pad(month)}.${year}`);
        const parsed = parseDeadline(text);
        expect(parsed.kind).toBe('date');
        expect(parsed.due).toBe(toIso(year, month, day));
      }),
    );
  });

  it('never turns an impossible day into a date', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2000, max: 2099 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 29, max: 39 }), (year, month, day) => {
        fc.pre(day > daysInMonth(year, month));
        expect(parseDeadline(`до ${day}.${pad(month)}.${year} г.`)).toMatchObject({ kind: 'unknown', due: null });
      }),
    );
  });

  it('makes milestones of several dates: ascending, deduplicated, due on the last', () => {
    fc.assert(
      fc.property(fc.array(validDay, { minLength: 2, maxLength: 6 }), (days) => {
        const isos = days.map(({ year, month, day }) => toIso(year, month, day));
        const text = days.map(({ year, month, day }, i) => `до ${pad(day)}.${pad(month)}.${year} – этап ${i + 1}`).join('\n');
        const expected = [...new Set(isos)].sort();
        const parsed = parseDeadline(text);
        expect(parsed.checkpoints).toEqual(expected);
        expect(parsed.kind).toBe(expected.length > 1 ? 'milestones' : 'date');
        expect(parsed.due).toBe(expected[expected.length - 1]);
      }),
    );
  });

  it('ends a quarter on its last day, in any spelling of the numeral', () => {
    const numerals = [['I', '1', 'І'], ['II', '2', 'ІІ'], ['III', '3', 'ІІІ'], ['IV', '4', 'ІV']];
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 2000, max: 2099 }), fc.integer({ min: 0, max: 2 }), fc.constantFrom('квартал', 'кв.', 'квартале'), (q, year, spelling, unit) => {
        const parsed = parseDeadline(`${numerals[q - 1][spelling]} ${unit} ${year} г.`);
        expect(parsed).toMatchObject({ kind: 'period', due: lastDayOfMonth(year, q * 3) });
      }),
    );
  });

  it('gives continuous work the plan end, when there is one', () => {
    expect(parseDeadline('постоянно', { periodEnd: '2024-12-31' })).toEqual({
      text: 'постоянно',
      kind: 'continuous',
      due: '2024-12-31',
      checkpoints: ['2024-12-31'],
    });
    expect(parseDeadline('постоянно', { periodEnd: null }).due).toBeNull();
    expect(parseDeadline('постоянно', { periodEnd: '31.12.2024' }).due).toBeNull();
  });
});

describe('a range whose dash was lost in copying', () => {
  it('reads two month names with only spaces between them as one period, a list with a comma, «и» or a new line as checkpoints', () => {
    // Шиловский район, 2013 (test/fixtures/real-plans): «январь декабрь 2013 г.» means the whole year.
    expect(parseDeadline('январь декабрь 2013 г.')).toMatchObject({ kind: 'period', due: '2013-12-31', checkpoints: ['2013-12-31'] });
    expect(parseDeadline('январь, декабрь 2013 г.')).toMatchObject({ kind: 'milestones', checkpoints: ['2013-01-31', '2013-12-31'] });
    expect(parseDeadline('январь и июнь 2013')).toMatchObject({ kind: 'milestones', checkpoints: ['2013-01-31', '2013-06-30'] });
    expect(parseDeadline('январь\nдекабрь 2013')).toMatchObject({ kind: 'milestones', checkpoints: ['2013-01-31', '2013-12-31'] });
  });
});
