import { consolidate } from '../../src/consolidate/model';
import { consolidationSheets, SUMMARY_HEADER_ROW } from '../../src/consolidate/sheets';
import type { ReadWorkbook } from '../../src/consolidate/types';
import type { ReportCell, ReportSheet } from '../../src/roadmap/report/reportSheet';
import { LIVE_RULE_STYLES } from '../../src/roadmap/liveRules';

function workbook(institution: string, file: string, done: number, items: number, overdue: number, errors = 0): ReadWorkbook {
  return {
    kind: 'read', file, institution, institutionSource: 'title', reportDate: '2021-08-31', sheet: 'План',
    counts: { items, done, overdue, dueSoon: 0, open: items - done - overdue, undated: 0, doneLate: 0, withdrawn: 0, errors, warnings: overdue },
    overdue: [], findings: [],
  };
}

const values = (row: ReportCell[] | undefined): unknown[] => (row ?? []).map((cell) => cell.value);
/** Cell at an A1-style column number and row, 1-based. */
const at = (sheet: ReportSheet, row: number, column: number): ReportCell | undefined => sheet.rows[row - 1]?.[column - 1];

describe('«Свод»', () => {
  const consolidation = consolidate('2021-09-01', [
    workbook('ЦЗН Бийска', 'a.xlsx', 5, 5, 0),
    workbook('=HYPERLINK("http://x")', 'b.xlsx', 1, 4, 3, 2),
    workbook('ЦЗН Бийска', 'c.xlsx', 2, 4, 1),
    { kind: 'unread', file: 'bad.xlsx', reason: 'пуст' },
  ]);
  const [{ sheet, rules }] = consolidationSheets(consolidation, 'ru');

  test('one row per workbook under the header, the most overdue first, then the totals', () => {
    expect(values(sheet.rows[SUMMARY_HEADER_ROW - 1]).slice(0, 11)).toEqual([
      'Учреждение', 'Файл', 'Мероприятий', 'Выполнено', 'Просрочено', 'Срок скоро', 'Без срока', 'Ошибок', 'Предупреждений', 'Выполнение, %', 'Дата отчёта',
    ]);
    expect(values(sheet.rows[SUMMARY_HEADER_ROW]).slice(0, 11)).toEqual(['=HYPERLINK("http://x")', 'b.xlsx', 4, 1, 3, 0, 0, 2, 3, 0.25, { date: '2021-08-31' }]);
    expect(values(sheet.rows[SUMMARY_HEADER_ROW + 3])).toEqual(['Итого', null, 13, 8, 4, 0, 0, 2, 4, 0.615]);
    expect(at(sheet, SUMMARY_HEADER_ROW + 1, 10)?.style).toBe('percent');
    expect(values(sheet.rows[2])).toEqual(['Прочитано книг: 3 из 4; не прочитано: 1 (лист «Не прочитано»)']);
  });

  test('a bar chart of completion by institution reads a block of its own, labels told apart by file', () => {
    expect(sheet.charts).toHaveLength(1);
    const [chart] = sheet.charts;
    expect(chart.type).toBe('bar');
    expect(chart.source).toBe(`M${SUMMARY_HEADER_ROW}:N${SUMMARY_HEADER_ROW + 3}`);
    const block = [0, 1, 2, 3].map((offset) => [at(sheet, SUMMARY_HEADER_ROW + offset, 13)?.value, at(sheet, SUMMARY_HEADER_ROW + offset, 14)?.value]);
    expect(block).toEqual([
      ['Учреждение', 'Выполнение, %'],
      ['ЦЗН Бийска (a.xlsx)', 100],
      ['ЦЗН Бийска (c.xlsx)', 50],
      ['=HYPERLINK("http://x")', 25],
    ]);
  });

  test('overdue, due-soon and error counts above zero are highlighted by live rules in the engine colours', () => {
    const first = SUMMARY_HEADER_ROW + 1;
    const last = SUMMARY_HEADER_ROW + 3;
    expect(rules.map((rule) => [rule.kind, rule.range, rule.formula, rule.style])).toEqual([
      ['overdue', `E${first}:E${last}`, `AND(N("roadmap-monitor:overdue")=0,E${first}>0)`, LIVE_RULE_STYLES.overdue],
      ['due-soon', `F${first}:F${last}`, `AND(N("roadmap-monitor:due-soon")=0,F${first}>0)`, LIVE_RULE_STYLES['due-soon']],
      ['missing', `H${first}:H${last}`, `AND(N("roadmap-monitor:missing")=0,H${first}>0)`, LIVE_RULE_STYLES.missing],
    ]);
  });
});

describe('the other sheets', () => {
  test('in English with --lang en', () => {
    const names = consolidationSheets(consolidate('2021-09-01', []), 'en').map(({ sheet }) => sheet.name);
    expect(names).toEqual(['Summary', 'Overdue', 'Findings', 'Unreadable']);
  });

  test('with nothing to list, each sheet says so instead of showing an empty table', () => {
    const [summary, overdue, findings, unreadable] = consolidationSheets(consolidate('2021-09-01', []), 'ru').map(({ sheet }) => sheet);
    expect(summary.charts).toEqual([]);
    expect(values(overdue.rows[3])).toEqual(['Просроченных мероприятий нет.']);
    expect(values(findings.rows[3])).toEqual(['Замечаний нет.']);
    expect(values(unreadable.rows[3])).toEqual(['Все файлы прочитаны.']);
  });
});
