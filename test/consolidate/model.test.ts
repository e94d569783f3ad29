import fc from 'fast-check';
import { consolidate, consolidationExitStatus } from '../../src/consolidate/model';
import type { ReadWorkbook, WorkbookOutcome } from '../../src/consolidate/types';
import type { Finding, SummaryCounts } from '../../src/roadmap/types';

function counts(partial: Partial<SummaryCounts>): SummaryCounts {
  return { items: 0, done: 0, overdue: 0, dueSoon: 0, open: 0, undated: 0, doneLate: 0, withdrawn: 0, errors: 0, warnings: 0, ...partial };
}

function finding(row: number | null, severity: Finding['severity'], message: string): Finding {
  return { code: severity === 'error' ? 'missing-result' : 'unparsed-deadline', severity, row, column: null, message };
}

function read(institution: string, file: string, partial: Partial<ReadWorkbook> = {}): ReadWorkbook {
  return {
    kind: 'read', file, institution, institutionSource: 'title', asOf: null, savedOn: null, sheet: 'Лист1',
    counts: counts({}), overdue: [], findings: [], ...partial,
  };
}

const school = read('КГКОУ ШИ 14', 'in/school.xlsx', {
  asOf: '2021-08-30',
  counts: counts({ items: 10, done: 4, overdue: 2, dueSoon: 1, open: 2, undated: 1, doneLate: 0, withdrawn: 0, errors: 1, warnings: 2 }),
  overdue: [
    { row: 7, no: '1.1', activity: 'Совещание', responsible: 'ФЦК', deadlineText: 'до 31.07.2021 г.', due: '2021-07-31', days: 32 },
    { row: 9, no: '1.3', activity: 'Отчёт', responsible: 'ЦЗН', deadlineText: 'август 2021', due: '2021-08-31', days: 1 },
  ],
  findings: [finding(9, 'warning', 'Строка 9: просрочено'), finding(7, 'error', 'Строка 7: не заполнен результат.')],
});
const centre = read('ЦЗН Бийска', 'in/czn.xlsx', {
  counts: counts({ items: 5, done: 5 }),
});
const lagging = read('ГКУ ЦЗН Рубцовска', 'in/rub.xlsx', {
  counts: counts({ items: 4, done: 1, overdue: 3, warnings: 3 }),
  overdue: [{ row: 12, no: '2.1', activity: 'Обучение', responsible: 'ЦЗН', deadlineText: '01.06.2021', due: '2021-06-01', days: 92 }],
  findings: [finding(12, 'warning', 'Строка 12: просрочено')],
});
const broken: WorkbookOutcome = { kind: 'unread', file: 'in/broken.xlsx', reason: { code: 'not-xlsx' } };
const previousReport: WorkbookOutcome = { kind: 'unread', file: 'in/свод.xlsx', reason: { code: 'tool-report' } };

describe('consolidating workbook outcomes', () => {
  const result = consolidate('2021-09-01', [school, broken, centre, lagging]);

  test('«Свод» lists each workbook read, the most overdue first, with completion', () => {
    expect(result.workbooks.map((row) => [row.institution, row.counts.overdue, row.completionPercent])).toEqual([
      ['ГКУ ЦЗН Рубцовска', 3, 25],
      ['КГКОУ ШИ 14', 2, 40],
      ['ЦЗН Бийска', 0, 100],
    ]);
    expect(result.workbooks[1].asOf).toBe('2021-08-30');
  });

  test('totals add up every workbook read, and completion is over all items', () => {
    expect(result.totals).toEqual({ items: 19, done: 10, overdue: 5, dueSoon: 1, open: 2, undated: 1, doneLate: 0, withdrawn: 0, errors: 1, warnings: 5, completionPercent: 52.6 });
    expect(result.files).toBe(4);
  });

  test('overdue items of all workbooks, the longest overdue first, each with its institution', () => {
    expect(result.overdue.map((item) => [item.institution, item.no, item.days])).toEqual([
      ['ГКУ ЦЗН Рубцовска', '2.1', 92],
      ['КГКОУ ШИ 14', '1.1', 32],
      ['КГКОУ ШИ 14', '1.3', 1],
    ]);
  });

  test('findings grouped by institution and file, in row order', () => {
    expect(result.findings.map((f) => [f.institution, f.file, f.row, f.message])).toEqual([
      ['ГКУ ЦЗН Рубцовска', 'in/rub.xlsx', 12, 'Строка 12: просрочено'],
      ['КГКОУ ШИ 14', 'in/school.xlsx', 7, 'Строка 7: не заполнен результат.'],
      ['КГКОУ ШИ 14', 'in/school.xlsx', 9, 'Строка 9: просрочено'],
    ]);
  });

  test('unreadable files keep their reason', () => {
    expect(result.unreadable).toEqual([{ kind: 'unread', file: 'in/broken.xlsx', reason: { code: 'not-xlsx' } }]);
  });

  test('«Замечания» leaves out the overdue warnings «Просрочено» lists', () => {
    const overdueWarning: Finding = { code: 'overdue', severity: 'warning', row: 7, column: null, message: 'Строка 7: просрочено' };
    const withOverdue = consolidate('2021-09-01', [read('КГКОУ ШИ 14', 'a.xlsx', { findings: [overdueWarning, finding(8, 'error', 'Строка 8')] })]);
    expect(withOverdue.findings.map((f) => f.code)).toEqual(['missing-result']);
  });

  test('names sort naturally (school-2 before school-10), ties broken by name', () => {
    const schools = ['school-10', 'school-2', 'School-2', 'school-1'].map((name) => read(name, `${name}.xlsx`));
    expect(consolidate('2021-09-01', schools).workbooks.map((row) => row.file)).toEqual(['school-1.xlsx', 'School-2.xlsx', 'school-2.xlsx', 'school-10.xlsx']);
  });

  test('the tool\'s own report is passed over, not counted as unreadable', () => {
    const withReport = consolidate('2021-09-01', [centre, previousReport]);
    expect(withReport.skipped).toEqual([previousReport]);
    expect(withReport.unreadable).toEqual([]);
    expect(withReport.files).toBe(1);
    expect(consolidationExitStatus(withReport)).toBe(0);
  });

  test('the order in which workers finish never shows in the report', () => {
    const outcomes: WorkbookOutcome[] = [school, broken, centre, lagging, read('КГКОУ ШИ 14', 'in/school-copy.xlsx', school)];
    const expected = consolidate('2021-09-01', outcomes);
    fc.assert(
      fc.property(fc.shuffledSubarray(outcomes, { minLength: outcomes.length }), (shuffled) => {
        expect(consolidate('2021-09-01', shuffled)).toEqual(expected);
      }),
    );
  });
});

describe('exit status', () => {
  test('0 when every file was read and none holds an error', () => {
    expect(consolidationExitStatus(consolidate('2021-09-01', [centre, lagging]))).toBe(0);
  });
  test('1 when a workbook holds an error', () => {
    expect(consolidationExitStatus(consolidate('2021-09-01', [centre, school]))).toBe(1);
  });
  test('1 when some file could not be read', () => {
    expect(consolidationExitStatus(consolidate('2021-09-01', [centre, broken]))).toBe(1);
  });
  test('2 when nothing could be read', () => {
    expect(consolidationExitStatus(consolidate('2021-09-01', [broken]))).toBe(2);
    expect(consolidationExitStatus(consolidate('2021-09-01', []))).toBe(2);
  });
});
