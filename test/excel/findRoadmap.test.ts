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

  test('a small roadmap is found in four syncs and read in one', async () => {
    const { context, recorder, host } = createMockExcel({ sheets: [{ name: 'Заметки', rows: [['текст']] }, typedSheet(10)] });
    const source = await findRoadmap(context);
    expect(source?.layout.lastRow).toBe(11);
    expect(recorder.syncs).toBe(5);
    expect(host.inspect.responses[4]).toBeGreaterThan(host.inspect.responses[3]);
  });

  test('10,000 items are read in a few chunks, every response under 5 MB, every row once', async () => {
    const { context, recorder, host } = createMockExcel({ sheets: [typedSheet(10_000)] });
    const source = await findRoadmap(context);
    expect(source?.layout.lastRow).toBe(10_001);
    expect(source && analyzeSheet(source.sheet, { today: '2021-07-03' }, source.layout)?.items).toHaveLength(10_000);
    expect(recorder.syncs).toBeGreaterThan(5);
    expect(recorder.syncs).toBeLessThanOrEqual(10);
    expect(host.inspect.state.largestResponse).toBeLessThan(5 * 1024 * 1024);
  });

  test('a response over 5 MB fails the way Excel fails it; a chunk Excel refuses is read in halves', async () => {
    // Items whose text grows tenfold after the first rows: the first estimate is too small.
    const sheet = typedSheet(3_000);
    for (let row = 100; row <= 3_001; row++) sheet.rows[row - 1][1] = `${'Очень длинное мероприятие '.repeat(40)}${row}`;
    const { context, host } = createMockExcel({ sheets: [sheet] }, { payloadLimit: 1_000_000 });
    const source = await findRoadmap(context);
    expect(source?.sheet.cells).toHaveLength(3_001);
    // Excel refused at least one chunk as too large; the halves it was read in were accepted.
    expect(host.inspect.state.refused).toBeGreaterThan(0);
    expect(host.inspect.state.largestResponse).toBeLessThanOrEqual(1_000_000);
  });

  test('an item number is read from the value, not from Russian Excel’s «1,1»', async () => {
    const sheet = typedSheet(2);
    sheet.rows[1][0] = 1.1;
    sheet.rows[2][0] = 1.2;
    const { context } = createMockExcel({ sheets: [sheet] }, { locale: 'ru-RU' });
    const source = await findRoadmap(context);
    const roadmap = source && analyzeSheet(source.sheet, { today: '2021-07-03' }, source.layout);
    expect(roadmap?.items.map((item) => item.no)).toEqual(['1.1', '1.2']);
    expect(roadmap?.findings.filter((finding) => finding.code === 'invalid-no')).toEqual([]);
  });

  test('the monitoring sheet is recognised by its marker in R1C1 reference style too', async () => {
    const { context } = createMockExcel(
      { sheets: [typedSheet(2, 'Мониторинг'), pilotSheet()], selection: 'Мониторинг!A1', names: { RoadmapMonitor_Summary: "='Мониторинг'!$A$1" } },
      { referenceStyle: 'R1C1' },
    );
    expect((await findRoadmap(context))?.layout.sheet).toBe('Программа');
  });
});
