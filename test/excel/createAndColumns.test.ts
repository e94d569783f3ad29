import { analyzeSheet } from '../../src/roadmap';
import { STATUS_CHOICES } from '../../src/roadmap/status';
import { createRoadmap } from '../../src/excel/createRoadmap';
import { addMonitoringColumns } from '../../src/excel/addMonitoringColumns';
import { findRoadmap } from '../../src/excel/findRoadmap';
import { selectCell } from '../../src/excel/selectCell';
import { toSheetData } from '../../src/excel/cellValues';
import { monitoringColumnsPlan } from '../../src/host/plans';
import { createMockExcel, type MockWorkbookSpec } from './mockExcel';
import { pilotSheet, typedSheet } from './fixtures';

const request = { sheetName: 'Дорожная карта', statusChoices: STATUS_CHOICES.ru, dataValidation: true };

/** The new sheet as the engine would read it back: the values written to the table's range. */
function writtenTable(recorder: ReturnType<typeof createMockExcel>['recorder']) {
  const table = recorder.addedTables[0];
  const values = recorder.ranges.find((entry) => entry.address === table.address)?.range.values as string[][];
  const top = Number(/\d+/.exec(table.address)?.[0]);
  return { table, values, sheet: toSheetData(table.sheet, top, 1, { values, numberFormat: [], valueTypes: [] }) };
}

describe('creating a roadmap', () => {
  test('an empty typed table with the six columns, Статус and Дата выполнения', async () => {
    const { context, recorder } = createMockExcel({ sheets: [{ name: 'Лист1', rows: [] }] });
    expect(await createRoadmap(context, { ...request, template: false })).toEqual({ name: 'Дорожная карта' });
    const { table, values } = writtenTable(recorder);
    expect(table.address).toBe('A1:H2');
    expect(values[0]).toEqual(['№ п/п', 'Мероприятие', 'Срок', 'Ответственный', 'Результат', 'Дополнительные материалы', 'Статус', 'Дата выполнения']);
    expect(table.hasHeaders).toBe(true);
    expect(recorder.syncs).toBe(2);
  });

  test('pre-filled from the seed roadmap: the engine reads 15 items back, numbers kept as text', async () => {
    const { context, recorder } = createMockExcel({ sheets: [{ name: 'Лист1', rows: [] }] });
    await createRoadmap(context, { ...request, template: true });
    const { table, sheet } = writtenTable(recorder);
    expect(table.address).toBe('A4:H21');
    const roadmap = analyzeSheet(sheet, { today: '2021-09-01' });
    expect(roadmap?.items).toHaveLength(15);
    expect(roadmap?.sections).toHaveLength(2);
    const formats = recorder.ranges.find((entry) => entry.address === table.address)?.range.numberFormat as string[][];
    expect(formats.slice(1).every((row) => row[0] === '@')).toBe(true);
    expect(formats.slice(1).every((row) => row[7] === 'dd.mm.yyyy')).toBe(true);
  });

  test('the status column offers the statuses as a drop-down, where Excel supports it', async () => {
    const { context, recorder } = createMockExcel({ sheets: [{ name: 'Лист1', rows: [] }] });
    await createRoadmap(context, { ...request, template: true });
    const status = recorder.ranges.find((entry) => entry.address === 'G5:G21')?.range;
    expect(status?.dataValidation.rule).toEqual({ list: { inCellDropDown: true, source: 'Не начато,В работе,Выполнено,Не выполнено,Разногласия,Снято с контроля' } });

    const old = createMockExcel({ sheets: [{ name: 'Лист1', rows: [] }] });
    await createRoadmap(old.context, { ...request, template: true, dataValidation: false });
    expect(old.recorder.ranges.some((entry) => entry.range.dataValidation?.rule !== undefined)).toBe(false);
  });

  test('takes a free sheet name', async () => {
    const { context } = createMockExcel({ sheets: [{ name: 'Дорожная карта', rows: [['моё']] }] });
    expect(await createRoadmap(context, { ...request, template: false })).toEqual({ name: 'Дорожная карта (2)' });
  });
});

async function planFor(spec: MockWorkbookSpec) {
  const source = await findRoadmap(createMockExcel(spec).context);
  if (!source) throw new Error('no roadmap');
  const roadmap = analyzeSheet(source.sheet, { today: '2021-09-01' }, source.layout);
  if (!roadmap) throw new Error('no roadmap');
  return monitoringColumnsPlan(source, roadmap, 'ru');
}

describe('adding monitoring columns', () => {
  test('a plain range gets Статус and Дата выполнения in the first empty columns on its right', async () => {
    const sheet = pilotSheet();
    sheet.rows[6][7] = 'заметка'; // H7: the user's note right of the table
    const plan = await planFor({ sheets: [sheet] });
    expect(plan?.columns).toEqual([
      { key: 'status', column: 7, header: 'Статус' },
      { key: 'completedOn', column: 9, header: 'Дата выполнения' },
    ]);
    const { context, recorder } = createMockExcel({ sheets: [sheet] });
    if (!plan) throw new Error('no plan');
    expect(await addMonitoringColumns(context, plan, true)).toEqual({ added: ['status', 'completedOn'], dropDown: true });
    expect(recorder.ranges.find((entry) => entry.address === 'G4')?.range.values).toEqual([['Статус']]);
    expect(recorder.ranges.find((entry) => entry.address === 'I4')?.range.values).toEqual([['Дата выполнения']]);
    expect(recorder.ranges.find((entry) => entry.address === 'G6:G22')?.range.dataValidation.rule.list.source).toBe(STATUS_CHOICES.ru.join(','));
    expect(recorder.ranges.find((entry) => entry.address === 'I6:I22')?.range.numberFormat[0]).toEqual(['dd.mm.yyyy']);
    expect(recorder.ranges.some((entry) => entry.address.startsWith('H'))).toBe(false);
    expect(recorder.syncs).toBe(1);
  });

  test('an Excel table grows by table columns', async () => {
    const typed = typedSheet(3);
    typed.tables = [{ name: 'Roadmap', address: 'A1:F4' }];
    const plan = await planFor({ sheets: [typed] });
    const { context, recorder } = createMockExcel({ sheets: [typed] });
    if (!plan) throw new Error('no plan');
    await addMonitoringColumns(context, plan, false);
    expect(recorder.addedTableColumns).toEqual([
      { table: 'Roadmap', name: 'Статус' },
      { table: 'Roadmap', name: 'Дата выполнения' },
    ]);
  });

  test('nothing to add when both columns are there', async () => {
    const typed = typedSheet(2);
    typed.rows[0].push('Статус', 'Дата выполнения');
    expect(await planFor({ sheets: [typed] })).toBeNull();
  });
});

test('showing a finding activates its sheet and selects the cell in one sync', async () => {
  const { context, recorder } = createMockExcel({ sheets: [pilotSheet()] });
  await selectCell(context, 'Программа', 'E12');
  expect(recorder.activated).toEqual(['Программа']);
  expect(recorder.selected).toEqual([{ sheet: 'Программа', address: 'E12' }]);
  expect(recorder.syncs).toBe(1);
});
