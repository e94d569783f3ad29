import fc from 'fast-check';
import {
  analyzeSheet, liveRules, plannedDateColumn, summarize, type Cell, type CellValue, type SheetData,
} from '../../src/roadmap';
import { summarySheet } from '../../src/roadmap/report/summarySheet';

const WORDS = [
  '№ п/п', '№', 'Мероприятие', 'Срок', 'Ответственный', 'Результат', 'Дополнительные материалы', 'Статус', 'Дата выполнения',
  'Комментарий', 'Плановая дата', 'Activity', 'Deadline', 'Выполнено', 'done', 'В работе', '1', '1.1', '1.10', '2.1.3', '1.',
  'до 31.07.2021 г.', 'IV квартал 2022 г.', 'ежеквартально', 'постоянно', 'по мере необходимости', '31.12.2021',
  'ФЦК,\nпилотные регионы', '1. Раздел первый', 'Раздел II', '¹ сноска', '=SUM(A1)', '+7', '-', '@x', '', ' ', '\n',
];

const cellValue: fc.Arbitrary<CellValue> = fc.oneof(
  { weight: 4, arbitrary: fc.constant(null) },
  { weight: 6, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 2, arbitrary: fc.string({ maxLength: 30 }) },
  { weight: 2, arbitrary: fc.oneof(fc.integer({ min: -5, max: 50 }), fc.double({ noNaN: false })) },
  { weight: 1, arbitrary: fc.boolean() },
  {
    weight: 2,
    arbitrary: fc.date({ min: new Date(Date.UTC(1900, 0, 1)), max: new Date(Date.UTC(2100, 11, 31)), noInvalidDate: true })
      .map((date) => ({ kind: 'date' as const, iso: date.toISOString().slice(0, 10) })),
  },
  { weight: 1, arbitrary: fc.constantFrom('#REF!', '#N/A', '#VALUE!').map((code) => ({ kind: 'error' as const, code })) },
);

const cell: fc.Arbitrary<Cell> = fc.record({ value: cellValue, text: fc.option(fc.constantFrom('1.10', '', '2.1'), { nil: undefined }) }, { requiredKeys: ['value'] });

const HEADER: Cell[] = ['№ п/п', 'Мероприятие', 'Срок', 'Ответственный', 'Результат', 'Статус'].map((value) => ({ value }));

/** Arbitrary grids, half of them with a recognisable header somewhere, so both paths of the engine are exercised. */
const sheetArbitrary: fc.Arbitrary<SheetData> = fc
  .record({
    rows: fc.array(fc.array(cell, { maxLength: 9 }), { maxLength: 25 }),
    headerAt: fc.option(fc.nat({ max: 24 }), { nil: null }),
    top: fc.integer({ min: 1, max: 5 }),
    left: fc.integer({ min: 1, max: 3 }),
  })
  .map(({ rows, headerAt, top, left }) => {
    const cells = rows.map((row) => [...row]);
    if (headerAt !== null) cells.splice(Math.min(headerAt, cells.length), 0, HEADER);
    return { name: 'Лист', top, left, cells };
  });

const options = fc.record({
  today: fc.constantFrom('2021-09-01', '2020-02-29', '2030-12-31'),
  dueSoonDays: fc.integer({ min: 0, max: 60 }),
  lang: fc.constantFrom('ru' as const, 'en' as const),
  periodEnd: fc.constantFrom(null, '2021-12-31'),
});

describe('analyzeSheet on arbitrary cell grids', () => {
  it('never throws, and its counts agree with its items and findings', () => {
    fc.assert(
      fc.property(sheetArbitrary, options, (sheet, opts) => {
        const roadmap = analyzeSheet(sheet, opts);
        if (roadmap === null) return;
        const { counts, items, findings, layout } = roadmap;
        expect(counts.items).toBe(items.length);
        expect(counts.done + counts.overdue + counts.dueSoon + counts.open + counts.undated).toBe(items.length);
        expect(counts.overdue).toBe(items.filter((item) => item.status === 'overdue').length);
        expect(counts.errors).toBe(findings.filter((finding) => finding.severity === 'error').length);
        expect(counts.warnings).toBe(findings.filter((finding) => finding.severity === 'warning').length);
        for (const item of items) {
          expect(item.row).toBeGreaterThanOrEqual(layout.firstRow);
          expect(item.row).toBeLessThanOrEqual(layout.lastRow);
          if (item.deadline.due !== null) expect(item.deadline.due).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        }
        for (const finding of findings) {
          if (finding.row !== null) expect(finding.row).toBeGreaterThanOrEqual(layout.headerRow);
          expect(finding.message.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('gives a summary, a monitoring sheet and live rules for whatever it reads', () => {
    fc.assert(
      fc.property(sheetArbitrary, options, (sheet, opts) => {
        const roadmap = analyzeSheet(sheet, opts);
        if (roadmap === null) return;
        const summary = summarize(roadmap);
        expect(summary.bySection.reduce((sum, section) => sum + section.items, 0)).toBe(roadmap.items.length);
        expect(summary.completionPercent).toBeGreaterThanOrEqual(0);
        expect(summary.completionPercent).toBeLessThanOrEqual(100);
        const report = summarySheet(summary, { lang: opts.lang, dueSoonDays: opts.dueSoonDays });
        expect(report.charts).toHaveLength(1);
        const column = plannedDateColumn(sheet, roadmap.layout);
        expect(column).toBeGreaterThanOrEqual(roadmap.layout.firstColumn);
        for (const rule of liveRules(roadmap, { plannedDateColumn: column, dueSoonDays: opts.dueSoonDays })) {
          expect(rule.range).toMatch(/^[A-Z]+\d+:[A-Z]+\d+$/);
        }
      }),
      { numRuns: 200 },
    );
  });
});
