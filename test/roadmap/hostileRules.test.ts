import { locateTable, type Cell, type CellValue, type SheetData } from '../../src/roadmap';
import { plannedDateColumn } from '../../src/roadmap/liveRules';
import { isToolSheetName } from '../../src/roadmap/report/ownership';
import { escapeControls } from '../../src/cli/terminal';
import { excelDate } from '../../src/xlsx/excelDates';
import { withinCellLimit } from '../../src/xlsx/renderReportSheet';

function sheet(rows: CellValue[][]): SheetData {
  return { name: 'План', top: 1, left: 1, cells: rows.map((row) => row.map((value): Cell => ({ value }))) };
}

const TABLE = sheet([
  ['№ п/п', 'Мероприятие', 'Срок', 'Ответственный', 'Результат'],
  ['1', 'Приказ', 'до 01.08.2021', 'Отдел', 'приказ'],
  ['2', 'Отчёт', 'до 01.09.2021', 'Отдел', 'отчёт'],
]);

describe('«Плановая дата» never goes into a merged range', () => {
  const layout = locateTable(TABLE)!;

  it('takes the first column right of the table when nothing is merged there', () => {
    expect(plannedDateColumn(TABLE, layout)).toBe(6);
  });

  it('passes over every column of a merge that crosses the table rows (the result merged over F:G)', () => {
    expect(plannedDateColumn(TABLE, layout, [{ top: 2, left: 5, bottom: 2, right: 7 }])).toBe(8);
  });

  it('ignores merges above or below the table (a title merged across the page)', () => {
    expect(plannedDateColumn(TABLE, layout, [{ top: 10, left: 1, bottom: 10, right: 9 }])).toBe(6);
  });
});

describe('small rules', () => {
  it('a renamed tool sheet is no longer the tools’: only the name it was given, or «name (n)»', () => {
    expect(isToolSheetName('Мониторинг', ['Мониторинг'])).toBe(true);
    expect(isToolSheetName('Мониторинг (2)', ['Мониторинг'])).toBe(true);
    expect(isToolSheetName('Мониторинг за 1 кв', ['Мониторинг'])).toBe(false);
    expect(isToolSheetName('Мониторинг (1)', ['Мониторинг'])).toBe(false);
  });

  it('control characters are escaped, line breaks and tabs kept, JSON escapes valid', () => {
    expect(escapeControls('a\u001b]0;x\u0007b\u009b\r\n\tc')).toBe('a\\u001B]0;x\\u0007b\\u009B\\u000D\n\tc');
    expect(JSON.parse(`"${escapeControls('\u001b\u009b')}"`)).toBe('\u001b\u009b');
  });

  it('dates Excel cannot hold are not written', () => {
    expect(excelDate('2021-07-31')?.toISOString()).toBe('2021-07-31T00:00:00.000Z');
    expect(excelDate('9999-12-31')).not.toBeNull();
    expect(excelDate('1899-12-31')).toBeNull();
    expect(excelDate('+10113-09-19')).toBeNull();
  });

  it('a text over 32,767 characters is cut to fit one cell, with an ellipsis', () => {
    const cut = withinCellLimit('я'.repeat(40_000));
    expect(cut).toHaveLength(32_767);
    expect(cut.endsWith('…')).toBe(true);
    expect(withinCellLimit('коротко')).toBe('коротко');
  });
});
