import { consolidate } from '../../src/consolidate/model';
import { CHART_BARS, consolidationSheets, SUMMARY_HEADER_ROW } from '../../src/consolidate/sheets';
import { shortLabel } from '../../src/consolidate/sheets/chartSheet';
import type { ReadWorkbook } from '../../src/consolidate/types';
import type { ReportCell, ReportSheet } from '../../src/roadmap/report/reportSheet';
import { LIVE_RULE_STYLES } from '../../src/roadmap/liveRules';

function workbook(institution: string, file: string, done: number, items: number, overdue: number, errors = 0): ReadWorkbook {
  return {
    kind: 'read', file, institution, institutionSource: 'title', asOf: '2021-08-31', savedOn: '2021-07-26', sheet: 'План',
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
    { kind: 'unread', file: 'bad.xlsx', reason: { code: 'empty' } },
    { kind: 'unread', file: 'old.xlsx', reason: { code: 'tool-report' } },
  ]);
  const [{ sheet, rules, table }, chart] = consolidationSheets(consolidation, 'ru');

  test('one row per workbook under the header, the most overdue first, with both dates, then the totals', () => {
    expect(values(sheet.rows[SUMMARY_HEADER_ROW - 1])).toEqual([
      'Учреждение', 'Файл', 'Мероприятий', 'Выполнено', 'Просрочено', 'Срок скоро', 'Без срока', 'Ошибок', 'Предупреждений', 'Выполнение, %',
      'По состоянию на', 'Файл сохранён',
    ]);
    expect(values(sheet.rows[SUMMARY_HEADER_ROW])).toEqual([
      '=HYPERLINK("http://x")', 'b.xlsx', 4, 1, 3, 0, 0, 2, 3, 0.25, { date: '2021-08-31' }, { date: '2021-07-26' },
    ]);
    expect(values(sheet.rows[SUMMARY_HEADER_ROW + 3])).toEqual(['Итого', null, 13, 8, 4, 0, 0, 2, 4, 0.615]);
    expect(at(sheet, SUMMARY_HEADER_ROW + 1, 10)?.style).toBe('percent');
    expect(values(sheet.rows[2])).toEqual([
      'Прочитано книг: 3 из 4, не прочитано: 1; пропущено файлов: 1 (отчёты Roadmap Monitor: 1) (см. лист «Не прочитано»)',
    ]);
    // The filter covers the workbooks, not the totals below them.
    expect(table).toEqual({ headerRow: SUMMARY_HEADER_ROW, columns: 12, lastRow: SUMMARY_HEADER_ROW + 3 });
    expect(sheet.charts).toEqual([]);
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

  test('«Диаграмма»: a horizontal bar chart of the overdue, labels told apart by file, the most overdue drawn on top', () => {
    expect(chart.sheet.name).toBe('Диаграмма');
    expect(chart.sheet.charts).toEqual([{ type: 'bar', title: '', source: 'N3:O5', from: 'A3', to: 'L32' }]);
    expect([3, 4, 5].map((row) => [at(chart.sheet, row, 14)?.value, at(chart.sheet, row, 15)?.value])).toEqual([
      ['Учреждение', 'Просрочено'],
      ['ЦЗН Бийска (c.xlsx)', 1],
      ['=HYPERLINK("http://x")', 3],
    ]);
    expect(chart.printArea).toBe('A$1:L$32');
  });
});

describe('the chart at 300 institutions', () => {
  const schools = Array.from({ length: 300 }, (_, index) => workbook(`МБОУ СОШ № ${index + 1}`, `school-${index + 1}.xlsx`, 0, 40, (index * 7) % 23));
  const [, chart] = consolidationSheets(consolidate('2021-09-01', schools), 'ru');

  test(`shows the ${CHART_BARS} most overdue, ties in natural order of name (№ 2 before № 10), and says how many it leaves out`, () => {
    const data = chart.sheet.rows.slice(3).map((row) => [row[13]?.value, row[14]?.value]).reverse();
    expect(data).toHaveLength(CHART_BARS);
    const most = schools.map((s) => s.counts.overdue).sort((a, b) => b - a).slice(0, CHART_BARS);
    expect(data.map(([, overdue]) => overdue)).toEqual(most);
    const ofTop = data.filter(([, overdue]) => overdue === 22).map(([label]) => label);
    const numbers = ofTop.map((label) => Number(String(label).replace(/\D/g, '')));
    expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
    const withOverdue = schools.filter((s) => s.counts.overdue > 0).length;
    expect(values(chart.sheet.rows[0])).toEqual([`15 учреждений с наибольшим числом просроченных мероприятий (из ${withOverdue} с просрочкой)`]);
  });
});

test('a long institution name is cut in the middle, keeping the end that tells schools apart', () => {
  const name = (n: number) => `Муниципальное бюджетное общеобразовательное учреждение «Средняя общеобразовательная школа № ${n}» г. Барнаула`;
  expect(shortLabel(name(12))).toBe('Муниципальное бюджет…школа № 12» г. Барнаула');
  expect(shortLabel(name(12))).not.toBe(shortLabel(name(13)));
  expect(shortLabel('МБОУ СОШ № 5')).toBe('МБОУ СОШ № 5');
});

describe('the other sheets', () => {
  test('in English with --lang en', () => {
    const names = consolidationSheets(consolidate('2021-09-01', []), 'en').map(({ sheet }) => sheet.name);
    expect(names).toEqual(['Summary', 'Chart', 'Overdue', 'Findings', 'Unreadable']);
  });

  test('with nothing to list, each sheet says so instead of showing an empty table', () => {
    const [summary, chart, overdue, findings, unreadable] = consolidationSheets(consolidate('2021-09-01', []), 'ru').map(({ sheet }) => sheet);
    expect(summary.charts).toEqual([]);
    expect(chart.charts).toEqual([]);
    expect(values(chart.rows[2])).toEqual(['Просроченных мероприятий нет: диаграмме нечего показать.']);
    expect(values(overdue.rows[3])).toEqual(['Просроченных мероприятий нет.']);
    expect(values(findings.rows[3])).toEqual(['Замечаний нет.']);
    expect(values(unreadable.rows[3])).toEqual(['Все файлы прочитаны.']);
  });
});
