import { analyzeSheet, type Cell, type CellValue, type SheetData } from '../../src/roadmap';
import { explainTable } from '../../src/roadmap/explain';
import { explainText } from '../../src/cli/report/explainText';

function sheet(rows: readonly (readonly CellValue[])[]): SheetData {
  return { name: 'Лист', top: 1, left: 1, cells: rows.map((row) => row.map((value): Cell => ({ value }))) };
}

describe('check --explain', () => {
  const roadmap = analyzeSheet(
    sheet([
      ['План мероприятий на 2005 год'],
      [],
      ['', 'Мероприятие', 'Срок', null, 'Ответственный'],
      [null, null, 'начало', 'окончание', null],
      ['I. Подготовка'],
      ['1', 'Совещание', 'апрель', 'до 5 мая', 'Отдел'],
      ['2', 'Отчёт', 'май', 'до 15 июня', 'Отдел'],
      [null, 'за полугодие', null, 'до 01.07', null],
    ]),
    { today: '2005-04-01' },
  );
  if (!roadmap) throw new Error('no table');
  const explanation = explainTable(roadmap);

  it('names each column, the header it came from and whether it was guessed', () => {
    expect(explanation).toMatchObject({ headerRow: 3, subHeaderRow: 4, numberingRow: null });
    expect(explanation.columns).toEqual([
      { key: 'no', letter: 'A', header: '', guessed: true },
      { key: 'activity', letter: 'B', header: 'Мероприятие', guessed: false },
      { key: 'deadline', letter: 'D', header: 'Срок / окончание', guessed: false },
      { key: 'responsible', letter: 'E', header: 'Ответственный', guessed: false },
    ]);
  });

  it('gives each item its rows and the finders that read its deadline', () => {
    expect(explanation.items.map((item) => [item.no, item.rows, item.deadline.due, item.deadline.inferredYear])).toEqual([
      ['1', [6, 6], '2005-05-05', true],
      ['2', [7, 8], '2005-07-01', true],
    ]);
    expect(explanation.items[0].deadline.finders).toEqual([{ finder: 'exact dates', text: '5 мая', years: [] }]);
    expect(explanation.items[1].deadline).toMatchObject({ kind: 'milestones', text: 'до 15 июня\nдо 01.07' });
  });

  it('prints it in the asked language', () => {
    const ru = explainText(explanation, 'ru');
    expect(ru).toContain('столбец A → no: «» (определён по содержимому)');
    expect(ru).toContain('п. 2, строки 7–8');
    expect(ru).toContain('exact dates: «5 мая»');
    expect(explainText(explanation, 'en')).toContain('column D → deadline: “Срок / окончание”');
  });
});
