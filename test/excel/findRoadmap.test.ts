import { analyzeSheet } from '../../src/roadmap';
import { findRoadmap } from '../../src/excel/findRoadmap';
import { createMockExcel } from './mockExcel';
import { pilotSheet, typedSheet } from './fixtures';

describe('finding and reading the roadmap', () => {
  test('reads the pasted seed roadmap below its title lines, as the engine reads it', async () => {
    const { context } = createMockExcel({ sheets: [{ name: 'Пусто', rows: [] }, pilotSheet()] });
    const source = await findRoadmap(context);
    expect(source?.table).toBeNull();
    expect(source?.layout).toMatchObject({ sheet: 'Программа', headerRow: 4, numberingRow: 5, firstRow: 6 });
    const roadmap = source && analyzeSheet(source.sheet, { today: '2021-09-01' }, source.layout);
    expect(roadmap?.items).toHaveLength(15);
    expect(roadmap?.counts.overdue).toBe(5);
  });

  test('date-formatted numbers become dates, error values become errors', async () => {
    const sheet = typedSheet(3);
    sheet.errors = { '3,4': '#REF!' };
    const { context } = createMockExcel({ sheets: [sheet] });
    const source = await findRoadmap(context);
    const roadmap = source && analyzeSheet(source.sheet, { today: '2021-07-03' }, source.layout);
    expect(roadmap?.items[0].deadline).toMatchObject({ kind: 'date', due: '2021-07-02' });
    expect(roadmap?.items[0].status).toBe('overdue');
    expect(roadmap?.findings.find((finding) => finding.code === 'cell-error')).toMatchObject({ row: 3, column: 'responsible' });
  });

  test('a workbook without a roadmap header gives null', async () => {
    const { context } = createMockExcel({ sheets: [{ name: 'Лист1', rows: [['Бюджет', 'Сумма'], ['Аренда', 100]] }, { name: 'Лист2', rows: [] }] });
    expect(await findRoadmap(context)).toBeNull();
  });

  test('prefers the Excel table under the selection to a plain roadmap elsewhere', async () => {
    const typed = typedSheet(4, 'Таблица');
    typed.tables = [{ name: 'Roadmap', address: 'A1:F5' }];
    const { context } = createMockExcel({ sheets: [pilotSheet(), typed], selection: 'Таблица!B3' });
    const source = await findRoadmap(context);
    expect(source).toMatchObject({ table: 'Roadmap', layout: { sheet: 'Таблица', headerRow: 1, firstRow: 2, lastRow: 5 } });
  });

  test('reads the selected sheet before other sheets', async () => {
    const { context } = createMockExcel({ sheets: [pilotSheet('Первая'), typedSheet(2, 'Вторая')], selection: 'Вторая!A1' });
    expect((await findRoadmap(context))?.layout.sheet).toBe('Вторая');
  });

  test('never takes the monitoring sheet the add-in wrote for the roadmap', async () => {
    const summary = typedSheet(2, 'Мониторинг');
    const { context } = createMockExcel({
      sheets: [summary, pilotSheet()],
      selection: 'Мониторинг!A1',
      names: { RoadmapMonitor_Summary: "='Мониторинг'!$A$1" },
    });
    expect((await findRoadmap(context))?.layout.sheet).toBe('Программа');
  });

  test.each([10, 10_000])('syncs the same number of times for %i rows, and reads the data in one batch', async (rows) => {
    const { context, recorder } = createMockExcel({ sheets: [{ name: 'Заметки', rows: [['текст']] }, typedSheet(rows)] });
    const source = await findRoadmap(context);
    expect(source?.layout.lastRow).toBe(rows + 1);
    expect(recorder.syncs).toBe(5);
    const reads = recorder.ranges.filter((entry) => Array.isArray(entry.range.numberFormat) && entry.range.values.length === rows + 1);
    expect(reads).toHaveLength(1);
  });
});
