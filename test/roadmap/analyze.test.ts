import { analyzeSheet } from '../../src/roadmap';
import { pilotRoadmapRows, sheetFromRows } from '../../src/roadmap/template/pilotGrid';

const pilot = () => sheetFromRows('Программа', pilotRoadmapRows());

describe('the seed roadmap pasted from Word', () => {
  const roadmap = analyzeSheet(pilot(), { today: '2021-09-01' });

  test('finds the header under the title lines and skips the column-number row', () => {
    expect(roadmap?.layout).toMatchObject({ headerRow: 4, numberingRow: 5, firstRow: 6 });
    expect(roadmap?.layout.columns).toEqual({ no: 1, activity: 2, deadline: 3, responsible: 4, result: 5, materials: 6 });
  });

  test('reads 15 items in 2 sections, 5 overdue on 1 September 2021', () => {
    expect(roadmap?.sections.map((s) => [s.row, s.no])).toEqual([[6, '1'], [15, '2.1']]);
    expect(roadmap?.items).toHaveLength(15);
    expect(roadmap?.items.filter((i) => i.status === 'overdue').map((i) => i.no)).toEqual(['1.1', '1.2', '1.3', '1.4', '2.1.1']);
    // Warnings: the five overdue items and 2.1.6's first meeting (31.08.2021), passed with no mark.
    expect(roadmap?.counts).toEqual({ items: 15, done: 0, overdue: 5, dueSoon: 0, open: 8, undated: 2, doneLate: 0, withdrawn: 0, errors: 0, warnings: 6 });
  });

  test('keeps multi-line cells and assigns items to their section', () => {
    const first = roadmap?.items[0];
    expect(first).toMatchObject({ row: 7, no: '1.1', section: '1', responsible: 'ФЦК,\nпилотные регионы' });
    expect(roadmap?.items.find((i) => i.no === '2.1.6')).toMatchObject({
      section: '2.1',
      deadline: { kind: 'milestones', due: '2021-11-01', checkpoints: ['2021-08-31', '2021-09-20', '2021-10-11', '2021-11-01'] },
    });
  });

  test('footnotes below the table are neither items nor sections', () => {
    expect(roadmap?.items.every((i) => /^\d+(\.\d+)+$/.test(i.no))).toBe(true);
    expect(roadmap?.sections).toHaveLength(2);
  });

  test('continuous activities take the plan end date when one is given', () => {
    const withEnd = analyzeSheet(pilot(), { today: '2021-09-01', periodEnd: '2021-12-31' });
    expect(withEnd?.items.find((i) => i.no === '1.5')?.deadline).toMatchObject({ kind: 'continuous', due: '2021-12-31' });
    expect(withEnd?.counts.undated).toBe(0);
  });
});

describe('placeholders in required cells', () => {
  test('a dash or «нет» where the result or the responsible should be is a missing value', () => {
    const rows = [
      ['№ п/п', 'Мероприятие', 'Срок', 'Ответственный', 'Результат'],
      ['1', 'Совещание', 'до 01.10.2021', '-', 'нет'],
      ['2', 'Отчёт', '—', 'ФЦК', 'отчёт'],
    ];
    const roadmap = analyzeSheet(sheetFromRows('План', rows), { today: '2021-09-01' });
    expect(roadmap?.findings.map((f) => [f.code, f.row])).toEqual([
      ['missing-responsible', 2],
      ['missing-result', 2],
      ['missing-deadline', 3],
    ]);
  });
});
